#include "flow/flow_key_peek.h"

#include <array>

#include "common/ip_address.h"
#include "common/link_types.h"
#include "decode/ip_address_store.h"
#include "decode/wire_headers.h"
#include "flow/flow_key.h"

namespace tapwatch {

namespace {

// What makeFlowKey() reads of a packet, and nothing else: a DecodedPacket
// here cost a zero fill of a few hundred bytes on every packet (a third of
// this file's time in perf).
struct PeekedTuple {
  IpAddress src, dst;
  uint16_t src_port = 0, dst_port = 0;
  std::array<uint16_t, kMaxVlanTags> vlan{};  // the first vlan_count are set (a few bytes to clear)
  uint8_t vlan_count = 0;
  uint8_t ip_protocol = 0;
  uint8_t ip_version = 0;
  // Not part of the key: bytes the IP header announces after the L4 header
  // (0 for a pure ACK); UINT32_MAX when it cannot say (TSO length 0).
  uint32_t l4_bytes = UINT32_MAX;
};

bool isVlanEthertype(uint16_t type) {
  return type == ethertype::kVlan || type == ethertype::kQinQ || type == ethertype::kVlanLegacyQinQ;
}

// Ports of the TCP/UDP header at `l4` (`cap` bytes there) into the key's packet.
bool peekPorts(uint8_t protocol, const uint8_t* l4, uint32_t cap, PeekedTuple& p) {
  if (protocol == ipproto::kTcp) {
    if (cap < sizeof(TcpHeader)) return false;
    const auto* h = headerAt<TcpHeader>(l4);
    p.src_port = h->srcPort();
    p.dst_port = h->dstPort();
    if (p.l4_bytes != UINT32_MAX) p.l4_bytes = p.l4_bytes > h->headerLength() ? p.l4_bytes - h->headerLength() : 0;
    return true;
  }
  if (protocol == ipproto::kUdp) {
    if (cap < sizeof(UdpHeader)) return false;
    p.src_port = headerAt<UdpHeader>(l4)->srcPort();
    p.dst_port = headerAt<UdpHeader>(l4)->dstPort();
    return true;
  }
  return false;
}

bool peekIp(const uint8_t* ip, uint32_t cap, PeekedTuple& p) {
  if (cap < 1) return false;
  if (ip[0] >> 4 == 4) {
    if (cap < sizeof(Ipv4Header)) return false;
    const auto* h = headerAt<Ipv4Header>(ip);
    const uint32_t header_length = h->headerLength();
    if (header_length < sizeof(Ipv4Header) || header_length > cap || h->isFragment()) return false;
    p.ip_version = 4;
    p.ip_protocol = h->protocol;
    if (h->totalLength() != 0) p.l4_bytes = h->totalLength() > header_length ? h->totalLength() - header_length : 0;
    storeV4(p.src, h->src);
    storeV4(p.dst, h->dst);
    return peekPorts(h->protocol, ip + header_length, cap - header_length, p);
  }
  if (ip[0] >> 4 == 6) {
    if (cap < sizeof(Ipv6Header)) return false;
    const auto* h = headerAt<Ipv6Header>(ip);
    p.ip_version = 6;
    p.ip_protocol = h->next_header;
    if (h->payloadLength() != 0) p.l4_bytes = h->payloadLength();
    p.src = IpAddress::v6(h->src);
    p.dst = IpAddress::v6(h->dst);
    return peekPorts(h->next_header, ip + sizeof(Ipv6Header), cap - sizeof(Ipv6Header), p);
  }
  return false;
}

bool peekEthertype(uint16_t type, const uint8_t* p, uint32_t cap, PeekedTuple& out) {
  while (isVlanEthertype(type)) {
    if (cap < sizeof(VlanTag) || out.vlan_count == kMaxVlanTags) return false;
    const auto* tag = headerAt<VlanTag>(p);
    out.vlan[out.vlan_count++] = tag->vlanId();
    type = tag->etherType();
    p += sizeof(VlanTag);
    cap -= sizeof(VlanTag);
  }
  if (type != ethertype::kIpv4 && type != ethertype::kIpv6) return false;
  return peekIp(p, cap, out);
}

}  // namespace

bool peekFlowHash(int datalink, const uint8_t* data, uint32_t caplen, uint32_t& hash) {
  bool payload = false;
  return peekFlowHash(datalink, data, caplen, hash, payload);
}

bool peekFlowHash(int datalink, const uint8_t* data, uint32_t caplen, uint32_t& hash, bool& payload) {
  PeekedTuple p;
  bool ok = false;
  switch (datalink) {
    case link::kEthernet:
      ok = caplen >= sizeof(EthernetHeader) &&
           peekEthertype(headerAt<EthernetHeader>(data)->etherType(), data + sizeof(EthernetHeader),
                         caplen - sizeof(EthernetHeader), p);
      break;
    case link::kLinuxSll:
      ok = caplen >= sizeof(SllHeader) && peekEthertype(headerAt<SllHeader>(data)->protocolType(),
                                                        data + sizeof(SllHeader), caplen - sizeof(SllHeader), p);
      break;
    case link::kLinuxSll2:
      ok = caplen >= sizeof(Sll2Header) && peekEthertype(headerAt<Sll2Header>(data)->protocolType(),
                                                         data + sizeof(Sll2Header), caplen - sizeof(Sll2Header), p);
      break;
    case link::kRaw:
    case link::kRawBsdOs:
    case link::kLinktypeRaw:
    case link::kIpv4:
    case link::kIpv6: ok = peekIp(data, caplen, p); break;
    default: break;
  }
  if (!ok) return false;
  hash = static_cast<uint32_t>(hashFlowKey(makeFlowKey(p)));
  payload = p.ip_protocol != ipproto::kTcp || p.l4_bytes != 0;  // UDP: a datagram is its payload
  return true;
}

}  // namespace tapwatch

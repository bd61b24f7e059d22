// Decoder: TCP and UDP headers, the hand-off to IP-carried tunnels; other IP
// protocols pass through with ports 0.
#include <algorithm>

#include "decode/decoder.h"
#include "decode/wire_headers.h"

namespace tapwatch {

namespace {

// The window scale option of a SYN's options, or -1. Options are only walked
// on SYNs (the one place the option is valid), within the captured header.
int8_t windowScaleOption(const uint8_t* p, uint32_t length) {
  constexpr uint8_t kEnd = 0, kNop = 1, kWindowScale = 3;
  uint32_t i = 0;
  while (i < length) {
    const uint8_t kind = p[i];
    if (kind == kEnd) break;
    if (kind == kNop) {
      ++i;
      continue;
    }
    if (i + 1 >= length) break;
    const uint8_t size = p[i + 1];
    if (size < 2 || i + size > length) break;
    if (kind == kWindowScale && size == 3) return static_cast<int8_t>(std::min<uint8_t>(p[i + 2], 14));
    i += size;
  }
  return -1;
}

}  // namespace

DecodeStatus Decoder::decodeTransport(uint8_t protocol, const uint8_t* p, uint32_t cap, uint32_t wire,
                                      DecodedPacket& out) {
  out.ip_protocol = protocol;
  if (checksums_.active() && dropForTransportChecksum(protocol, p, cap, wire, out)) return DecodeStatus::Error;
  switch (protocol) {
    case ipproto::kTcp: return decodeTcp(p, cap, wire, out);
    case ipproto::kUdp: return decodeUdp(p, cap, wire, out);
    case ipproto::kIpInIp:
      if (!enterTunnel(TunnelType::IpIp, true, out)) return fail(DecodeError::TunnelTooDeep);
      return decodeIpv4(p, cap, wire, out);
    case ipproto::kIpv6InIp:
      if (!enterTunnel(TunnelType::IpIp, true, out)) return fail(DecodeError::TunnelTooDeep);
      return decodeIpv6(p, cap, wire, out);
    case ipproto::kGre: return decodeGre(p, cap, wire, out);
    case ipproto::kEtherIp: return decodeEtherIp(p, cap, wire, out);
    case ipproto::kMplsInIp: return decodeMpls(true, p, cap, wire, out);
    case ipproto::kL2tpv3: stats_.count(DecodeError::UnopenedTunnelL2tp); break;
    default: break;
  }
  out.l4_header = p;
  out.l4_header_length = static_cast<uint16_t>(std::min<uint32_t>(cap, 0xffff));
  out.payload = p;
  out.payload_length = cap;
  out.payload_wire_length = wire;
  return DecodeStatus::Ok;
}

DecodeStatus Decoder::decodeTcp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(TcpHeader)) return fail(DecodeError::TruncatedTcp);
  const auto* tcp = headerAt<TcpHeader>(p);
  const uint32_t header_length = tcp->headerLength();  // options are skipped, not parsed
  if (header_length < sizeof(TcpHeader) || header_length > wire) return fail(DecodeError::BadTcpDataOffset);
  if (header_length > cap) return fail(DecodeError::TruncatedTcp);
  out.src_port = tcp->srcPort();
  out.dst_port = tcp->dstPort();
  out.tcp_seq = tcp->sequence();
  out.tcp_ack = tcp->acknowledgement();
  out.tcp_window = tcp->windowSize();
  out.tcp_flags = tcp->flags;
  if ((tcp->flags & 0x02) != 0)
    out.tcp_window_scale = windowScaleOption(p + sizeof(TcpHeader), header_length - sizeof(TcpHeader));
  out.l4_header = p;
  out.l4_header_length = static_cast<uint16_t>(header_length);
  out.payload = p + header_length;
  out.payload_length = cap - header_length;
  out.payload_wire_length = wire - header_length;
  return DecodeStatus::Ok;
}

DecodeStatus Decoder::decodeUdp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(UdpHeader)) return fail(DecodeError::TruncatedUdp);
  const auto* udp = headerAt<UdpHeader>(p);
  const uint32_t length = udp->datagramLength();
  // Shorter than the IP payload is allowed (trailing bytes are ignored); longer is a lie.
  if (length < sizeof(UdpHeader) || length > wire) return fail(DecodeError::BadUdpLength);
  out.src_port = udp->srcPort();
  out.dst_port = udp->dstPort();
  out.l4_header = p;
  out.l4_header_length = static_cast<uint16_t>(sizeof(UdpHeader));
  out.payload = p + sizeof(UdpHeader);
  out.payload_length = std::min(cap, length) - static_cast<uint32_t>(sizeof(UdpHeader));
  out.payload_wire_length = length - static_cast<uint32_t>(sizeof(UdpHeader));
  // VXLAN and Geneve by destination port: their source port is flow entropy.
  if (vxlan_ports_.test(out.dst_port))
    return decodeVxlan(out.payload, out.payload_length, out.payload_wire_length, out);
  if (geneve_ports_.test(out.dst_port))
    return decodeGeneve(out.payload, out.payload_length, out.payload_wire_length, out);
  if (out.src_port == kL2tpPort || out.dst_port == kL2tpPort) stats_.count(DecodeError::UnopenedTunnelL2tp);
  if (out.src_port == kGtpUserPort || out.dst_port == kGtpUserPort) stats_.count(DecodeError::UnopenedTunnelGtp);
  return DecodeStatus::Ok;
}

}  // namespace tapwatch

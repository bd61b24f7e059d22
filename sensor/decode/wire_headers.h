#pragma once
// Wire-format headers as packed byte structs with byte-order-aware accessors.
// Every field is a byte array, so a header may sit at any alignment and reading
// one is a plain byte load; the decoder checks the length before calling
// headerAt<T>(). Used by the worker thread's Decoder and by tests that build
// packets.
#include <cstdint>

#include "common/bytes.h"

namespace tapwatch {

namespace ethertype {
constexpr uint16_t kIpv4 = 0x0800, kArp = 0x0806, kRarp = 0x8035, kIpv6 = 0x86dd;
constexpr uint16_t kVlan = 0x8100, kQinQ = 0x88a8, kVlanLegacyQinQ = 0x9100;
constexpr uint16_t kMinEthertype = 0x0600;  // below: an IEEE 802.3 length field (LLC frame)
}  // namespace ethertype

namespace ipproto {
constexpr uint8_t kHopByHop = 0, kIcmp = 1, kTcp = 6, kUdp = 17, kRouting = 43, kFragment = 44, kEsp = 50, kAh = 51,
                  kIcmpv6 = 58, kNoNext = 59, kDstOpts = 60;
}  // namespace ipproto

template <typename Header>
const Header* headerAt(const uint8_t* p) {
  static_assert(alignof(Header) == 1, "wire headers must be byte-aligned");
  return reinterpret_cast<const Header*>(p);
}

struct [[gnu::packed]] EthernetHeader {
  uint8_t dst[6];
  uint8_t src[6];
  uint8_t type[2];
  uint16_t etherType() const { return loadBe16(type); }
};
static_assert(sizeof(EthernetHeader) == 14);

// 802.1Q / 802.1ad tag as it follows the outer ethertype: TCI then the inner type.
struct [[gnu::packed]] VlanTag {
  uint8_t tci[2];
  uint8_t type[2];
  uint16_t vlanId() const { return loadBe16(tci) & 0x0fff; }
  uint16_t etherType() const { return loadBe16(type); }
};
static_assert(sizeof(VlanTag) == 4);

// DLT_LINUX_SLL (cooked v1).
struct [[gnu::packed]] SllHeader {
  uint8_t packet_type[2];
  uint8_t arphrd[2];
  uint8_t addr_len[2];
  uint8_t addr[8];
  uint8_t protocol[2];
  uint16_t arphrdType() const { return loadBe16(arphrd); }
  uint16_t protocolType() const { return loadBe16(protocol); }
};
static_assert(sizeof(SllHeader) == 16);

// DLT_LINUX_SLL2 (cooked v2).
struct [[gnu::packed]] Sll2Header {
  uint8_t protocol[2];
  uint8_t reserved[2];
  uint8_t if_index[4];
  uint8_t arphrd[2];
  uint8_t packet_type;
  uint8_t addr_len;
  uint8_t addr[8];
  uint16_t protocolType() const { return loadBe16(protocol); }
  uint16_t arphrdType() const { return loadBe16(arphrd); }
  uint32_t interfaceIndex() const { return loadBe32(if_index); }
};
static_assert(sizeof(Sll2Header) == 20);

constexpr uint16_t kArphrdNetlink = 824;  // SLL carrying netlink messages, not a network protocol

struct [[gnu::packed]] Ipv4Header {
  uint8_t version_ihl;
  uint8_t tos;
  uint8_t total_length[2];
  uint8_t id[2];
  uint8_t flags_fragment[2];
  uint8_t ttl;
  uint8_t protocol;
  uint8_t checksum[2];
  uint8_t src[4];
  uint8_t dst[4];
  uint8_t version() const { return version_ihl >> 4; }
  uint32_t headerLength() const { return uint32_t{version_ihl & 0x0fu} * 4; }
  uint16_t totalLength() const { return loadBe16(total_length); }
  uint16_t identification() const { return loadBe16(id); }
  bool moreFragments() const { return (flags_fragment[0] & 0x20) != 0; }
  uint32_t fragmentOffset() const { return uint32_t{loadBe16(flags_fragment) & 0x1fffu} * 8; }  // bytes
  bool isFragment() const { return moreFragments() || fragmentOffset() != 0; }
};
static_assert(sizeof(Ipv4Header) == 20);

struct [[gnu::packed]] Ipv6Header {
  uint8_t version_class_flow[4];
  uint8_t payload_length[2];
  uint8_t next_header;
  uint8_t hop_limit;
  uint8_t src[16];
  uint8_t dst[16];
  uint8_t version() const { return version_class_flow[0] >> 4; }
  uint16_t payloadLength() const { return loadBe16(payload_length); }
};
static_assert(sizeof(Ipv6Header) == 40);

// Hop-by-hop, routing and destination options share this prefix; AH too, but
// AH counts its length in 4-octet units (RFC 4302) instead of 8 (RFC 8200).
struct [[gnu::packed]] Ipv6ExtHeader {
  uint8_t next_header;
  uint8_t length;
  uint32_t byteLength() const { return (uint32_t{length} + 1) * 8; }
  uint32_t ahByteLength() const { return (uint32_t{length} + 2) * 4; }
};
static_assert(sizeof(Ipv6ExtHeader) == 2);

struct [[gnu::packed]] Ipv6FragmentHeader {
  uint8_t next_header;
  uint8_t reserved;
  uint8_t offset_flags[2];
  uint8_t id[4];
  uint32_t fragmentOffset() const { return uint32_t{loadBe16(offset_flags) & 0xfff8u}; }  // bytes
  bool moreFragments() const { return (offset_flags[1] & 0x01) != 0; }
  uint32_t identification() const { return loadBe32(id); }
};
static_assert(sizeof(Ipv6FragmentHeader) == 8);

struct [[gnu::packed]] TcpHeader {
  uint8_t src_port[2];
  uint8_t dst_port[2];
  uint8_t seq[4];
  uint8_t ack[4];
  uint8_t data_offset;  // high nibble: header length in 32-bit words
  uint8_t flags;        // CWR ECE URG ACK PSH RST SYN FIN
  uint8_t window[2];
  uint8_t checksum[2];
  uint8_t urgent[2];
  uint16_t srcPort() const { return loadBe16(src_port); }
  uint16_t dstPort() const { return loadBe16(dst_port); }
  uint32_t sequence() const { return loadBe32(seq); }
  uint32_t acknowledgement() const { return loadBe32(ack); }
  uint32_t headerLength() const { return static_cast<uint32_t>(data_offset >> 4) * 4; }
  uint16_t windowSize() const { return loadBe16(window); }
};
static_assert(sizeof(TcpHeader) == 20);

struct [[gnu::packed]] UdpHeader {
  uint8_t src_port[2];
  uint8_t dst_port[2];
  uint8_t length[2];
  uint8_t checksum[2];
  uint16_t srcPort() const { return loadBe16(src_port); }
  uint16_t dstPort() const { return loadBe16(dst_port); }
  uint16_t datagramLength() const { return loadBe16(length); }
};
static_assert(sizeof(UdpHeader) == 8);

}  // namespace tapwatch

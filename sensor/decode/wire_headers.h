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
// Encapsulations (see decode_tunnel.cc). GRE's protocol field holds ethertypes too.
constexpr uint16_t kMplsUnicast = 0x8847, kMplsMulticast = 0x8848, kPppoeSession = 0x8864;
constexpr uint16_t kTransparentEthernet = 0x6558;  // GRE TEB / NVGRE / Geneve: an Ethernet frame follows
constexpr uint16_t kErspanTypeII = 0x88be, kErspanTypeIII = 0x22eb;
}  // namespace ethertype

namespace ipproto {
constexpr uint8_t kHopByHop = 0, kIcmp = 1, kTcp = 6, kUdp = 17, kRouting = 43, kFragment = 44, kEsp = 50, kAh = 51,
                  kIcmpv6 = 58, kNoNext = 59, kDstOpts = 60;
// Encapsulations: IPv4-in-IP (RFC 2003), IPv6-in-IP (RFC 2473 / 6in4 RFC 4213),
// GRE (RFC 2784), EtherIP (RFC 3378), L2TPv3 (RFC 3931, not opened), MPLS-in-IP (RFC 4023).
constexpr uint8_t kIpInIp = 4, kIpv6InIp = 41, kGre = 47, kEtherIp = 97, kL2tpv3 = 115, kMplsInIp = 137;
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

// ---- Encapsulation headers (decode_tunnel.cc, decode_mpls.cc) ----

// GRE (RFC 2784 with the RFC 2890 key and sequence number; RFC 1701 flag layout).
// Optional fields follow in this order: checksum+offset (C or R), key (K), sequence (S).
struct [[gnu::packed]] GreHeader {
  uint8_t flags_version[2];
  uint8_t protocol[2];
  bool checksumPresent() const { return (flags_version[0] & 0x80) != 0; }
  bool routingPresent() const { return (flags_version[0] & 0x40) != 0; }
  bool keyPresent() const { return (flags_version[0] & 0x20) != 0; }
  bool sequencePresent() const { return (flags_version[0] & 0x10) != 0; }
  uint8_t version() const { return flags_version[1] & 0x07; }
  uint16_t protocolType() const { return loadBe16(protocol); }
  // Bytes up to the payload: this header and the optional fields the flags announce.
  uint32_t headerLength() const {
    return 4 + ((checksumPresent() || routingPresent()) ? 4 : 0) + (keyPresent() ? 4 : 0) + (sequencePresent() ? 4 : 0);
  }
};
static_assert(sizeof(GreHeader) == 4);

// ERSPAN type II header (GRE protocol 0x88BE with the sequence bit set); version 1.
struct [[gnu::packed]] ErspanIIHeader {
  uint8_t version_vlan[2];
  uint8_t cos_en_t_session[2];
  uint8_t reserved_index[4];
  uint8_t version() const { return version_vlan[0] >> 4; }
  uint16_t vlanId() const { return loadBe16(version_vlan) & 0x0fff; }
  uint16_t sessionId() const { return loadBe16(cos_en_t_session) & 0x03ff; }
};
static_assert(sizeof(ErspanIIHeader) == 8);

// ERSPAN type III header (GRE protocol 0x22EB); version 2. The O bit announces
// an 8-byte platform-specific subheader after it.
struct [[gnu::packed]] ErspanIIIHeader {
  uint8_t version_vlan[2];
  uint8_t cos_bso_t_session[2];
  uint8_t timestamp[4];
  uint8_t sgt[2];
  uint8_t p_ft_hwid_d_gra_o[2];
  uint8_t version() const { return version_vlan[0] >> 4; }
  uint16_t sessionId() const { return loadBe16(cos_bso_t_session) & 0x03ff; }
  uint8_t frameType() const { return static_cast<uint8_t>((loadBe16(p_ft_hwid_d_gra_o) >> 10) & 0x1f); }
  bool platformSubheader() const { return (p_ft_hwid_d_gra_o[1] & 0x01) != 0; }
};
static_assert(sizeof(ErspanIIIHeader) == 12);
constexpr uint32_t kErspanPlatformSubheaderLength = 8;
constexpr uint8_t kErspanFrameEthernet = 0, kErspanFrameIp = 2;

// VXLAN (RFC 7348). The I flag says the VNI is valid; every other bit is reserved.
struct [[gnu::packed]] VxlanHeader {
  uint8_t flags;
  uint8_t reserved[3];
  uint8_t vni[3];
  uint8_t reserved2;
  bool vniValid() const { return (flags & 0x08) != 0; }
  uint32_t networkId() const { return uint32_t{vni[0]} << 16 | uint32_t{vni[1]} << 8 | vni[2]; }
};
static_assert(sizeof(VxlanHeader) == 8);

// Geneve (RFC 8926): fixed part, then opt_len 4-byte words of TLV options.
struct [[gnu::packed]] GeneveHeader {
  uint8_t version_optlen;
  uint8_t flags;  // O (control packet), C (critical options present)
  uint8_t protocol[2];
  uint8_t vni[3];
  uint8_t reserved;
  uint8_t version() const { return version_optlen >> 6; }
  uint32_t optionsLength() const { return uint32_t{version_optlen & 0x3fu} * 4; }
  uint16_t protocolType() const { return loadBe16(protocol); }
};
static_assert(sizeof(GeneveHeader) == 8);

struct [[gnu::packed]] GeneveOption {
  uint8_t option_class[2];
  uint8_t type;
  uint8_t reserved_length;  // low 5 bits: option data length in 4-byte words
  uint32_t byteLength() const { return 4 + uint32_t{reserved_length & 0x1fu} * 4; }
};
static_assert(sizeof(GeneveOption) == 4);

// One MPLS label stack entry (RFC 3032): label 20 bits, TC 3, bottom-of-stack 1, TTL 8.
struct [[gnu::packed]] MplsLabel {
  uint8_t entry[4];
  uint32_t label() const { return loadBe32(entry) >> 12; }
  bool bottomOfStack() const { return (entry[2] & 0x01) != 0; }
};
static_assert(sizeof(MplsLabel) == 4);
constexpr uint32_t kMplsLabelIpv4ExplicitNull = 0, kMplsLabelIpv6ExplicitNull = 2;

// PPPoE session stage (RFC 2516); `length` counts the PPP payload including its protocol field.
struct [[gnu::packed]] PppoeHeader {
  uint8_t version_type;  // 0x11
  uint8_t code;          // 0x00 in the session stage
  uint8_t session_id[2];
  uint8_t length[2];
  uint16_t sessionId() const { return loadBe16(session_id); }
  uint16_t payloadLength() const { return loadBe16(length); }
};
static_assert(sizeof(PppoeHeader) == 6);

namespace pppproto {
constexpr uint16_t kIpv4 = 0x0021, kIpv6 = 0x0057, kMplsUnicast = 0x0281, kMplsMulticast = 0x0283;
// 0x8000-0xbfff: network control protocols (IPCP, IPv6CP, ...); 0xc000-: LCP, PAP, CHAP, ...
constexpr uint16_t kFirstControl = 0x8000;
}  // namespace pppproto

// Cisco HDLC (DLT_C_HDLC): address (0x0f unicast, 0x8f broadcast), control 0, an ethertype.
struct [[gnu::packed]] CiscoHdlcHeader {
  uint8_t address;
  uint8_t control;
  uint8_t protocol[2];
  uint16_t protocolType() const { return loadBe16(protocol); }
};
static_assert(sizeof(CiscoHdlcHeader) == 4);

// EtherIP (RFC 3378): version 3 in the high nibble, then an Ethernet frame.
struct [[gnu::packed]] EtherIpHeader {
  uint8_t version_reserved[2];
  uint8_t version() const { return version_reserved[0] >> 4; }
};
static_assert(sizeof(EtherIpHeader) == 2);

// UDP ports of tunnels the decoder recognises but does not open (counted).
constexpr uint16_t kL2tpPort = 1701, kGtpUserPort = 2152;

}  // namespace tapwatch

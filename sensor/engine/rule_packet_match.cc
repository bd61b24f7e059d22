#include "engine/rule_packet_match.h"

#include <optional>

namespace tapwatch {
namespace {

using Key = RulePacketTest::Key;
using BitMode = RulePacketTest::BitMode;

constexpr uint8_t kIpProtoIcmp = 1;
constexpr uint8_t kIpProtoIcmpV6 = 58;

uint16_t be16(const uint8_t* p) { return static_cast<uint16_t>((p[0] << 8) | p[1]); }

bool isIcmp(const DecodedPacket& p) {
  return (p.ip_protocol == kIpProtoIcmp && p.ip_version == 4) || (p.ip_protocol == kIpProtoIcmpV6 && p.ip_version == 6);
}

// Suricata's flag test (DetectFlagsMatch): only the considered bits take part.
bool bitsHold(const RulePacketTest& t, uint16_t value) {
  value &= t.considered;
  switch (t.bit_mode) {
    case BitMode::Any: return (value & t.bits) != 0;
    case BitMode::Plus: return (value & t.bits) == t.bits;
    case BitMode::Not: return (value & t.bits) != t.bits;
    case BitMode::Exact: return value == t.bits;
  }
  return false;
}

// Types whose bytes 4..7 are identifier and sequence number (RFC 792, RFC 4443).
bool icmpHasIdSeq(const DecodedPacket& p, uint8_t type) {
  if (p.ip_version == 6) return type == 128 || type == 129;
  return type == 0 || type == 8 || (type >= 13 && type <= 18);
}

std::optional<uint64_t> tcpMss(const DecodedPacket& p) {
  if (!p.isTcp() || p.l4_header == nullptr || p.l4_header_length <= 20) return std::nullopt;
  const uint8_t* o = p.l4_header + 20;
  const size_t n = p.l4_header_length - 20u;
  for (size_t i = 0; i < n;) {
    const uint8_t kind = o[i];
    if (kind == 0) break;
    if (kind == 1) {
      ++i;
      continue;
    }
    if (i + 1 >= n || o[i + 1] < 2 || i + o[i + 1] > n) break;
    if (kind == 2 && o[i + 1] == 4) return be16(o + i + 2);
    i += o[i + 1];
  }
  return std::nullopt;
}

bool hasIpOption(const DecodedPacket& p, uint8_t wanted) {
  if (p.ip_version != 4 || p.ip_header == nullptr || p.ip_header_length <= 20) return false;
  const uint8_t* o = p.ip_header + 20;
  const size_t n = p.ip_header_length - 20u;
  if (wanted == 0xff) return true;  // any: the header carries options
  for (size_t i = 0; i < n;) {
    const uint8_t type = o[i];
    if (type == wanted) return true;
    if (type == 0) break;  // end of option list
    if (type == 1) {
      ++i;
      continue;
    }
    if (i + 1 >= n || o[i + 1] < 2) break;
    i += o[i + 1];
  }
  return false;
}

// The value a number test reads, or nullopt when the packet has no such field (never matches).
std::optional<uint64_t> numberOf(Key key, const DecodedPacket& p) {
  const bool v4 = p.ip_version == 4 && p.ip_header != nullptr && p.ip_header_length >= 20;
  const bool v6 = p.ip_version == 6 && p.ip_header != nullptr && p.ip_header_length >= 40;
  const uint8_t* ip = p.ip_header;
  const bool icmp = isIcmp(p) && p.l4_header != nullptr && p.l4_header_length >= 4;
  switch (key) {
    case Key::Dsize:
      // ICMP: the data after the 8-byte header, as Suricata counts it.
      if (isIcmp(p)) return p.payload_length >= 8 ? p.payload_length - 8 : 0;
      return p.payload_length;
    case Key::Ttl: return v4 ? std::optional<uint64_t>(ip[8]) : v6 ? std::optional<uint64_t>(ip[7]) : std::nullopt;
    case Key::Tos:
      if (v4) return ip[1];
      if (v6) return static_cast<uint64_t>(((ip[0] & 0x0f) << 4) | (ip[1] >> 4));
      return std::nullopt;
    case Key::IpId: return v4 ? std::optional<uint64_t>(be16(ip + 4)) : std::nullopt;
    case Key::IpProto: return (v4 || v6) ? std::optional<uint64_t>(p.ip_protocol) : std::nullopt;
    case Key::Seq: return p.isTcp() && p.l4_header ? std::optional<uint64_t>(p.tcp_seq) : std::nullopt;
    case Key::Ack: return p.isTcp() && p.l4_header ? std::optional<uint64_t>(p.tcp_ack) : std::nullopt;
    case Key::Window: return p.isTcp() && p.l4_header ? std::optional<uint64_t>(p.tcp_window) : std::nullopt;
    case Key::TcpMss: return tcpMss(p);
    case Key::Itype: return icmp ? std::optional<uint64_t>(p.l4_header[0]) : std::nullopt;
    case Key::Icode: return icmp ? std::optional<uint64_t>(p.l4_header[1]) : std::nullopt;
    case Key::IcmpId:
    case Key::IcmpSeq:
      if (!icmp || p.l4_header_length < 8 || !icmpHasIdSeq(p, p.l4_header[0])) return std::nullopt;
      return be16(p.l4_header + (key == Key::IcmpId ? 4 : 6));
    default: return std::nullopt;
  }
}

}  // namespace

bool packetTestHolds(const RulePacketTest& t, const DecodedPacket& p) {
  switch (t.key) {
    case Key::SameIp: return p.ip_version != 0 && p.src == p.dst;
    case Key::Flags: return p.isTcp() && p.l4_header != nullptr && bitsHold(t, p.tcp_flags);
    case Key::Fragbits: {
      if (p.ip_version != 4 || p.ip_header == nullptr) return false;
      uint16_t bits = static_cast<uint16_t>(be16(p.ip_header + 6) & 0xe000);
      // A reassembled datagram is whole: its last fragment's MF bit is not the datagram's.
      if (p.from_fragments) bits = static_cast<uint16_t>(bits & ~0x2000);
      return bitsHold(t, bits);
    }
    case Key::Ipopts: return hasIpOption(p, t.option);
    default: break;
  }
  const auto value = numberOf(t.key, p);
  return value && t.compare.holds(*value);
}

bool packetTestsHold(const std::vector<RulePacketTest>& tests, const DecodedPacket& packet) {
  for (const RulePacketTest& t : tests)
    if (!packetTestHolds(t, packet)) return false;
  return true;
}

}  // namespace tapwatch

#pragma once
// Test helpers that build packets byte by byte, independent of the decoder's
// own header structs, so a wrong accessor in the decoder cannot hide itself.
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace tapwatch::test {

using Bytes = std::vector<uint8_t>;

inline void put16(Bytes& b, uint16_t v) {
  b.push_back(static_cast<uint8_t>(v >> 8));
  b.push_back(static_cast<uint8_t>(v));
}
inline void put32(Bytes& b, uint32_t v) {
  put16(b, static_cast<uint16_t>(v >> 16));
  put16(b, static_cast<uint16_t>(v));
}
inline void append(Bytes& b, const Bytes& more) { b.insert(b.end(), more.begin(), more.end()); }
inline Bytes cat(Bytes a, const Bytes& b) {
  append(a, b);
  return a;
}
inline Bytes text(std::string_view s) { return Bytes(s.begin(), s.end()); }
inline Bytes pattern(size_t n, uint8_t seed = 0) {
  Bytes b(n);
  for (size_t i = 0; i < n; ++i) b[i] = static_cast<uint8_t>(seed + i * 7 + (i >> 8));
  return b;
}

struct TcpSpec {
  uint16_t src_port = 40000;
  uint16_t dst_port = 80;
  uint32_t seq = 0x01020304;
  uint32_t ack = 0xa0b0c0d0;
  uint8_t flags = 0x18;  // PSH ACK
  uint16_t window = 0xfaf0;
  Bytes options;                             // padded by the caller to a multiple of 4
  std::optional<uint8_t> data_offset_words;  // override the computed data offset
};

inline Bytes tcp(const TcpSpec& s, const Bytes& payload) {
  Bytes b;
  put16(b, s.src_port);
  put16(b, s.dst_port);
  put32(b, s.seq);
  put32(b, s.ack);
  uint8_t words = s.data_offset_words.value_or(static_cast<uint8_t>((20 + s.options.size()) / 4));
  b.push_back(static_cast<uint8_t>(words << 4));
  b.push_back(s.flags);
  put16(b, s.window);
  put16(b, 0);  // checksum: zero (wrong) unless withL4Checksum() fills it in
  put16(b, 0);  // urgent pointer
  append(b, s.options);
  append(b, payload);
  return b;
}

inline Bytes udp(uint16_t src_port, uint16_t dst_port, const Bytes& payload,
                 std::optional<uint16_t> length = std::nullopt) {
  Bytes b;
  put16(b, src_port);
  put16(b, dst_port);
  put16(b, length.value_or(static_cast<uint16_t>(8 + payload.size())));
  put16(b, 0);
  append(b, payload);
  return b;
}

struct Ipv4Spec {
  std::array<uint8_t, 4> src{192, 0, 2, 1};
  std::array<uint8_t, 4> dst{198, 51, 100, 2};
  uint8_t protocol = 6;
  uint16_t id = 0x1234;
  uint32_t fragment_offset = 0;  // bytes, multiple of 8
  bool more_fragments = false;
  bool dont_fragment = false;
  Bytes options;  // multiple of 4
  std::optional<uint16_t> total_length;
  std::optional<uint8_t> ihl_words;
  uint8_t version = 4;
};

inline Bytes ipv4(const Ipv4Spec& s, const Bytes& payload) {
  Bytes b;
  uint8_t ihl = s.ihl_words.value_or(static_cast<uint8_t>((20 + s.options.size()) / 4));
  b.push_back(static_cast<uint8_t>((s.version << 4) | (ihl & 0x0f)));
  b.push_back(0);
  put16(b, s.total_length.value_or(static_cast<uint16_t>(20 + s.options.size() + payload.size())));
  put16(b, s.id);
  uint16_t frag = static_cast<uint16_t>((s.fragment_offset / 8) & 0x1fff);
  if (s.more_fragments) frag |= 0x2000;
  if (s.dont_fragment) frag |= 0x4000;
  put16(b, frag);
  b.push_back(64);
  b.push_back(s.protocol);
  put16(b, 0);  // header checksum: zero (wrong) unless withIpv4Checksum() fills it in
  b.insert(b.end(), s.src.begin(), s.src.end());
  b.insert(b.end(), s.dst.begin(), s.dst.end());
  append(b, s.options);
  append(b, payload);
  return b;
}

struct Ipv6Spec {
  std::array<uint8_t, 16> src{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  std::array<uint8_t, 16> dst{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
  uint8_t next_header = 6;
  std::optional<uint16_t> payload_length;
  uint8_t version = 6;
};

// `payload` includes any extension headers.
inline Bytes ipv6(const Ipv6Spec& s, const Bytes& payload) {
  Bytes b;
  b.push_back(static_cast<uint8_t>(s.version << 4));
  b.push_back(0);
  put16(b, 0x1234);  // flow label bits
  put16(b, s.payload_length.value_or(static_cast<uint16_t>(payload.size())));
  b.push_back(s.next_header);
  b.push_back(64);
  b.insert(b.end(), s.src.begin(), s.src.end());
  b.insert(b.end(), s.dst.begin(), s.dst.end());
  append(b, payload);
  return b;
}

// Hop-by-hop / routing / destination options header of `bytes` total (multiple of 8, >= 8).
inline Bytes ipv6Options(uint8_t next, size_t bytes) {
  Bytes b(bytes, 0);
  b[0] = next, b[1] = static_cast<uint8_t>(bytes / 8 - 1);
  if (bytes >= 8) b[2] = 1, b[3] = static_cast<uint8_t>(bytes - 4);  // PadN covering the rest
  return b;
}

// AH header of `bytes` (multiple of 4, >= 12); length field in 4-octet units minus 2.
inline Bytes ipv6Ah(uint8_t next, size_t bytes) {
  Bytes b(bytes, 0xaa);
  b[0] = next, b[1] = static_cast<uint8_t>(bytes / 4 - 2);
  return b;
}

inline Bytes ipv6Fragment(uint8_t next, uint32_t offset, bool more, uint32_t id) {
  Bytes b{next, 0};
  put16(b, static_cast<uint16_t>((offset & 0xfff8) | (more ? 1 : 0)));
  put32(b, id);
  return b;
}

// Reference RFC 1071 arithmetic, one big-endian 16-bit word at a time: deliberately
// the plainest form, independent of sensor/decode/checksum.cc.
inline uint32_t onesSum(const uint8_t* p, size_t n, uint32_t sum = 0) {
  for (size_t i = 0; i + 1 < n; i += 2) sum += static_cast<uint32_t>(p[i] << 8 | p[i + 1]);
  if (n % 2 == 1) sum += static_cast<uint32_t>(p[n - 1] << 8);
  return sum;
}
inline uint16_t onesFold(uint32_t sum) {
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return static_cast<uint16_t>(sum);
}

// An IPv4 packet (header first) with its header checksum filled in.
inline Bytes withIpv4Checksum(Bytes ip) {
  const size_t ihl = size_t{ip[0] & 0x0fu} * 4;
  ip[10] = ip[11] = 0;
  const auto c = static_cast<uint16_t>(~onesFold(onesSum(ip.data(), ihl)));
  ip[10] = static_cast<uint8_t>(c >> 8), ip[11] = static_cast<uint8_t>(c);
  return ip;
}

// A TCP segment or UDP datagram with its checksum filled in for the given
// addresses (4 or 16 bytes each).
template <size_t N>
Bytes withL4Checksum(Bytes l4, uint8_t protocol, const std::array<uint8_t, N>& src, const std::array<uint8_t, N>& dst) {
  const size_t at = protocol == 6 ? 16 : 6;
  l4[at] = l4[at + 1] = 0;
  uint32_t sum = onesSum(src.data(), N) + onesSum(dst.data(), N) + protocol + static_cast<uint32_t>(l4.size());
  sum = onesSum(l4.data(), l4.size(), sum);
  auto c = static_cast<uint16_t>(~onesFold(sum));
  if (protocol == 17 && c == 0) c = 0xffff;  // 0 would mean "no checksum"
  l4[at] = static_cast<uint8_t>(c >> 8), l4[at + 1] = static_cast<uint8_t>(c);
  return l4;
}

struct VlanTagSpec {
  uint16_t tpid;
  uint16_t tci;
};

inline Bytes ethernet(uint16_t type, const Bytes& payload, std::initializer_list<VlanTagSpec> tags = {}) {
  Bytes b{0x02, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 0, 0x02};
  for (const VlanTagSpec& tag : tags) {
    put16(b, tag.tpid);
    put16(b, tag.tci);
  }
  put16(b, type);
  append(b, payload);
  return b;
}

inline Bytes sll(uint16_t protocol, const Bytes& payload, uint16_t arphrd = 1) {
  Bytes b;
  put16(b, 0);  // packet type: to us
  put16(b, arphrd);
  put16(b, 6);
  b.insert(b.end(), {0x02, 0, 0, 0, 0, 0x01, 0, 0});
  put16(b, protocol);
  append(b, payload);
  return b;
}

inline Bytes sll2(uint16_t protocol, const Bytes& payload, uint16_t arphrd = 1) {
  Bytes b;
  put16(b, protocol);
  put16(b, 0);
  put32(b, 3);  // interface index
  put16(b, arphrd);
  b.push_back(4);  // outgoing
  b.push_back(6);
  b.insert(b.end(), {0x02, 0, 0, 0, 0, 0x01, 0, 0});
  append(b, payload);
  return b;
}

inline Bytes loopback(uint32_t family, const Bytes& payload, bool big_endian) {
  Bytes b;
  if (big_endian) {
    put32(b, family);
  } else {
    for (int i = 0; i < 4; ++i) b.push_back(static_cast<uint8_t>(family >> (8 * i)));
  }
  append(b, payload);
  return b;
}

// ---- Encapsulations ----

struct GreSpec {
  uint16_t protocol = 0x0800;
  std::optional<uint32_t> key;
  std::optional<uint32_t> sequence;
  bool checksum = false;
  uint8_t version = 0;
  bool routing = false;
};

inline Bytes gre(const GreSpec& s, const Bytes& payload) {
  Bytes b;
  uint8_t flags = 0;
  if (s.checksum) flags |= 0x80;
  if (s.routing) flags |= 0x40;
  if (s.key) flags |= 0x20;
  if (s.sequence) flags |= 0x10;
  b.push_back(flags);
  b.push_back(s.version);
  put16(b, s.protocol);
  if (s.checksum || s.routing) put32(b, 0xdead0000);  // checksum + offset, never verified
  if (s.key) put32(b, *s.key);
  if (s.sequence) put32(b, *s.sequence);
  append(b, payload);
  return b;
}

// ERSPAN type II header (goes after GRE with a sequence number, protocol 0x88be).
inline Bytes erspan2(const Bytes& frame, uint16_t session = 7, uint8_t version = 1) {
  Bytes b;
  put16(b, static_cast<uint16_t>(version << 12 | 0x00a));  // VLAN 10 of the mirrored port
  put16(b, session & 0x03ff);
  put32(b, 0x00000005);  // index
  append(b, frame);
  return b;
}

// ERSPAN type III header (GRE protocol 0x22eb); frame type 0 = Ethernet, 2 = IP.
inline Bytes erspan3(const Bytes& frame, bool platform_subheader, uint8_t frame_type = 0, uint8_t version = 2) {
  Bytes b;
  put16(b, static_cast<uint16_t>(version << 12 | 0x00a));
  put16(b, 9);
  put32(b, 0x12345678);  // timestamp
  put16(b, 0);           // security group tag
  put16(b, static_cast<uint16_t>((frame_type & 0x1f) << 10 | 0x1 << 4 | (platform_subheader ? 1 : 0)));
  if (platform_subheader) {
    put32(b, 0x0c000001);  // platform id 3, ...
    put32(b, 0xcafef00d);
  }
  append(b, frame);
  return b;
}

inline Bytes vxlan(uint32_t vni, const Bytes& frame, uint8_t flags = 0x08) {
  Bytes b{flags, 0, 0, 0};
  put32(b, vni << 8);
  append(b, frame);
  return b;
}

struct GeneveOptionSpec {
  uint16_t option_class;
  uint8_t type;
  Bytes data;  // multiple of 4
};

inline Bytes geneve(uint16_t protocol, const Bytes& inner, std::initializer_list<GeneveOptionSpec> options = {},
                    std::optional<uint8_t> opt_words = std::nullopt, uint8_t version = 0) {
  Bytes opts;
  for (const GeneveOptionSpec& o : options) {
    put16(opts, o.option_class);
    opts.push_back(o.type);
    opts.push_back(static_cast<uint8_t>(o.data.size() / 4));
    append(opts, o.data);
  }
  Bytes b;
  b.push_back(static_cast<uint8_t>(version << 6 | (opt_words.value_or(static_cast<uint8_t>(opts.size() / 4)) & 0x3f)));
  b.push_back(0);
  put16(b, protocol);
  put32(b, 0x00123400);  // VNI 0x1234
  append(b, opts);
  append(b, inner);
  return b;
}

// MPLS label stack: the last label gets the bottom-of-stack bit.
inline Bytes mpls(std::initializer_list<uint32_t> labels, const Bytes& payload) {
  Bytes b;
  size_t i = 0;
  for (uint32_t label : labels) {
    bool bottom = ++i == labels.size();
    put32(b, label << 12 | (bottom ? 0x100u : 0u) | 64u);
  }
  append(b, payload);
  return b;
}

inline Bytes pppoeSession(uint16_t ppp_protocol, const Bytes& payload, std::optional<uint16_t> length = std::nullopt) {
  Bytes b{0x11, 0x00};
  put16(b, 0x0042);  // session id
  put16(b, length.value_or(static_cast<uint16_t>(payload.size() + 2)));
  put16(b, ppp_protocol);
  append(b, payload);
  return b;
}

inline Bytes ciscoHdlc(uint16_t protocol, const Bytes& payload) {
  Bytes b{0x0f, 0x00};
  put16(b, protocol);
  append(b, payload);
  return b;
}

}  // namespace tapwatch::test

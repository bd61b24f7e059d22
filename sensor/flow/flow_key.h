#pragma once
// FlowKey: the direction-normalised identity of a flow (after Snort 3's
// flow_key.h). The endpoint that sorts lower by (address bytes, port) is
// always stored first, so both directions of a flow build the same key. The
// struct has no implicit padding (static_asserts below), which lets equality
// be one memcmp and the hash read it as plain bytes.
//
// Header-only on purpose: the capture thread hashes with symmetricFlowHash()
// without linking the flow library; workers build keys in FlowTable.
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "decode/decoded_packet.h"

namespace tapwatch {

struct FlowKey {
  std::array<uint8_t, 16> addr_lo{};  // IpAddress::bytes of the low endpoint
  std::array<uint8_t, 16> addr_hi{};
  uint16_t port_lo = 0;
  uint16_t port_hi = 0;
  std::array<uint16_t, kMaxVlanTags> vlan{};  // outermost first; unused tags are 0
  uint8_t vlan_count = 0;
  uint8_t protocol = 0;  // IP protocol: 6 TCP, 17 UDP
  uint8_t family = 0;    // 4 or 6
  uint8_t reserved = 0;  // explicit so no byte of the key is padding

  // Word by word rather than memcmp: GCC calls libc for a 44-byte memcmp,
  // and every packet compares its key with its flow's.
  bool operator==(const FlowKey& other) const;
};
static_assert(sizeof(FlowKey) == 44, "FlowKey must stay padding free");
static_assert(std::has_unique_object_representations_v<FlowKey>, "FlowKey must stay padding free");

namespace flow_key_detail {
inline uint64_t load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
// Final avalanche of MurmurHash3 (fmix64): every input bit affects every output bit.
inline uint64_t loadBe64(const uint8_t* p) {
  const uint64_t v = load64(p);
  return std::endian::native == std::endian::little ? __builtin_bswap64(v) : v;
}
// Compares 16 address bytes as memcmp orders them (<0, 0, >0) with two
// big-endian word compares: memcmp with a result used for ordering is a
// libc call, twice a packet (the look-ahead peek and the flow lookup).
inline int compareAddressBytes(const uint8_t* a, const uint8_t* b) {
  const uint64_t a0 = loadBe64(a), b0 = loadBe64(b);
  if (a0 != b0) return a0 < b0 ? -1 : 1;
  const uint64_t a1 = loadBe64(a + 8), b1 = loadBe64(b + 8);
  if (a1 != b1) return a1 < b1 ? -1 : 1;
  return 0;
}
inline uint64_t fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}
}  // namespace flow_key_detail

// Builds the key of `packet`. `src_is_low` tells the caller whether the
// packet's source is the key's low endpoint (its direction relative to the key).
// Ports are 0 for protocols without ports. Equal endpoints count as src-low.
// `Packet`: a DecodedPacket, or anything with its address, port, VLAN and
// protocol members (flow_key_peek.cc fills a small one per packet).
template <typename Packet>
inline FlowKey makeFlowKey(const Packet& packet, bool& src_is_low) {
  FlowKey key;
  const int order = flow_key_detail::compareAddressBytes(packet.src.bytes.data(), packet.dst.bytes.data());
  src_is_low = order < 0 || (order == 0 && packet.src_port <= packet.dst_port);
  const IpAddress& lo = src_is_low ? packet.src : packet.dst;
  const IpAddress& hi = src_is_low ? packet.dst : packet.src;
  key.addr_lo = lo.bytes;
  key.addr_hi = hi.bytes;
  key.port_lo = src_is_low ? packet.src_port : packet.dst_port;
  key.port_hi = src_is_low ? packet.dst_port : packet.src_port;
  // The decoder may reuse its DecodedPacket: tags beyond vlan_count are not trusted.
  key.vlan_count = packet.vlan_count > kMaxVlanTags ? static_cast<uint8_t>(kMaxVlanTags) : packet.vlan_count;
  for (size_t i = 0; i < key.vlan_count; ++i) key.vlan[i] = packet.vlan[i] & 0x0fff;
  key.protocol = packet.ip_protocol;
  key.family = packet.ip_version;
  return key;
}

template <typename Packet>
inline FlowKey makeFlowKey(const Packet& packet) {
  bool src_is_low = false;
  return makeFlowKey(packet, src_is_low);
}

inline bool FlowKey::operator==(const FlowKey& other) const {
  using flow_key_detail::load64;
  const auto* a = reinterpret_cast<const uint8_t*>(this);
  const auto* b = reinterpret_cast<const uint8_t*>(&other);
  uint64_t diff = 0;
  for (size_t i = 0; i + 8 <= sizeof(FlowKey); i += 8) diff |= load64(a + i) ^ load64(b + i);
  uint32_t ta, tb;
  std::memcpy(&ta, a + 40, sizeof ta);
  std::memcpy(&tb, b + 40, sizeof tb);
  return diff == 0 && ta == tb;
}

// 64-bit hash of the whole key: five 8-byte words and a 4-byte tail, each
// folded in with a multiply, then fully avalanched.
inline uint64_t hashFlowKey(const FlowKey& key) {
  using namespace flow_key_detail;
  const auto* p = reinterpret_cast<const uint8_t*>(&key);
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (size_t i = 0; i + 8 <= sizeof(FlowKey); i += 8) {
    h ^= load64(p + i);
    h *= 0x9e3779b97f4a7c15ULL;
    h ^= h >> 32;
  }
  uint32_t tail;
  std::memcpy(&tail, p + 40, sizeof tail);
  h ^= tail;
  return fmix64(h);
}

// Same value for both directions of a flow (the key is normalised).
inline uint32_t symmetricFlowHash(const DecodedPacket& packet) {
  const uint64_t h = hashFlowKey(makeFlowKey(packet));
  return static_cast<uint32_t>(h ^ (h >> 32));
}

}  // namespace tapwatch

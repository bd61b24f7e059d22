#pragma once
// IP IOC lists (`kind: ip`): IPv4/IPv6 addresses and CIDR prefixes, matched
// against whole-value address fields (ip.src, ip.dst, the addresses in
// dns.answer, an IP-literal host of smtp.url).
//
// IpMatcher turns every entry of every list that looks at a field into
// disjoint address ranges, one sorted table per family, each range naming
// the set of list patterns it belongs to. Duplicates and overlaps (a /8 and
// an address inside it, in one list or in several) collapse at build time,
// so a lookup is one search, not one per entry:
//   IPv4: a 65,536-bucket index on the top 16 bits narrows the search to the
//         ranges of one /16 (O(1) for real lists), then a binary search;
//   IPv6: a binary search over the ranges (log2 of 1M = 20 steps).
// Memory: 12 bytes per IPv4 range + 256 KiB index; 36 bytes per IPv6 range
// (bench/README.md measures 1M entries). Built on the main thread, then
// read-only and shared by workers; lookups allocate nothing.
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "detect/field_mask.h"
#include "detect/list_refs.h"
#include "detect/pattern_ref.h"

namespace tapwatch {

// One list entry: an address is a prefix of full length.
struct IpPrefix {
  std::array<uint8_t, 16> addr{};  // network order; IPv4 in the first 4 bytes; host bits cleared
  uint8_t bits = 0;                // prefix length: 0..32 (v4) or 0..128 (v6)
  bool v6 = false;
  uint32_t line = 0;  // in the list file, for messages
};

// Parses "192.0.2.1", "192.0.2.0/24", "2001:db8::/32", "::1". Host bits
// below the prefix are cleared (192.0.2.7/24 is 192.0.2.0/24), as feeds
// often write them. False + `why` (and `col`, 1-based within `text`) on error.
bool parseIpPrefix(std::string_view text, IpPrefix& out, std::string& why, size_t& col);

// An address written as text (a field value): IPv4 dotted quad or IPv6;
// surrounding blanks ignored. No allocation.
struct IpValue {
  std::array<uint8_t, 16> addr{};
  bool v6 = false;
};
bool parseIpValue(std::string_view text, IpValue& out);

class IpMatcher {
 public:
  // `fields`: the fields (fieldBit of each) on which `ref` applies;
  // one matcher serves every field of a set, like DomainMatcher.
  void add(const IpPrefix& prefix, PatternRef ref, FieldMask fields = FieldMask::all());
  // Sorts, merges and splits what add() collected into the lookup tables;
  // frees the collected entries. Call once, before lookups.
  void build();

  bool empty() const { return v4_.starts.empty() && v6_.starts.empty(); }
  size_t ranges() const { return v4_.starts.size() + v6_.starts.size(); }
  size_t memoryBytes() const;

  // Calls fn(ref) for every list pattern whose entries cover `ip` and that
  // looks at one of `fields`.
  template <typename Fn>
  void lookup(const IpValue& ip, Fn&& fn, FieldMask fields = FieldMask::all()) const {
    const uint32_t set = ip.v6 ? find6(ip.addr) : find4(ip.addr);
    if (set == kNoSet) return;
    const auto [first, count] = sets_[set];
    for (uint32_t i = 0; i < count; ++i)
      if (set_fields_[first + i].intersects(fields)) fn(set_refs_[first + i]);
  }

  struct U128 {
    uint64_t hi = 0, lo = 0;
    auto operator<=>(const U128&) const = default;
  };

 private:
  static constexpr uint32_t kNoSet = UINT32_MAX;
  template <typename Key>
  struct Table {
    std::vector<Key> starts, ends;  // inclusive ranges, disjoint, sorted
    std::vector<uint32_t> sets;     // index into sets_
  };
  template <typename Key>
  struct Pending {
    Key lo, hi;
    uint16_t ref;  // index into refs_
  };

  uint32_t find4(const std::array<uint8_t, 16>& addr) const;
  uint32_t find6(const std::array<uint8_t, 16>& addr) const;
  template <typename Key>
  void buildTable(std::vector<Pending<Key>>& pending, Table<Key>& table);
  uint32_t internSet(const std::vector<uint16_t>& refs);

  ListRefs refs_;
  std::vector<Pending<uint32_t>> pending4_;
  std::vector<Pending<U128>> pending6_;
  Table<uint32_t> v4_;
  Table<U128> v6_;
  std::vector<uint32_t> v4_index_;                   // 65,537 entries: first v4 range whose end >= bucket << 16
  std::vector<std::pair<uint32_t, uint32_t>> sets_;  // (first, count) in set_refs_
  std::vector<PatternRef> set_refs_;
  std::vector<FieldMask> set_fields_;                  // parallel to set_refs_
  std::map<std::vector<uint16_t>, uint32_t> set_ids_;  // build time only
};

}  // namespace tapwatch

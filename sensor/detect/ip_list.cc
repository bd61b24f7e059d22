#include "detect/ip_list.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

namespace tapwatch {
namespace {

using U128 = IpMatcher::U128;

constexpr size_t kMaxAddressText = 45;  // longest IPv6 text (with an embedded IPv4)

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// inet_pton wants a NUL-terminated string: copy into a stack buffer.
bool parseAddress(std::string_view text, std::array<uint8_t, 16>& addr, bool& v6) {
  if (text.empty() || text.size() > kMaxAddressText) return false;
  char buf[kMaxAddressText + 1];
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = '\0';
  addr.fill(0);
  if (inet_pton(AF_INET, buf, addr.data()) == 1) {
    v6 = false;
    return true;
  }
  if (inet_pton(AF_INET6, buf, addr.data()) == 1) {
    v6 = true;
    return true;
  }
  return false;
}

uint32_t key4(const std::array<uint8_t, 16>& a) {
  return (uint32_t{a[0]} << 24) | (uint32_t{a[1]} << 16) | (uint32_t{a[2]} << 8) | uint32_t{a[3]};
}

U128 key6(const std::array<uint8_t, 16>& a) {
  U128 k;
  for (int i = 0; i < 8; ++i) k.hi = (k.hi << 8) | a[static_cast<size_t>(i)];
  for (int i = 8; i < 16; ++i) k.lo = (k.lo << 8) | a[static_cast<size_t>(i)];
  return k;
}

// Successor / maximum per key type (ranges are inclusive, so the top address needs care).
bool isMax(uint32_t k) { return k == UINT32_MAX; }
bool isMax(const U128& k) { return k.hi == UINT64_MAX && k.lo == UINT64_MAX; }
uint32_t succ(uint32_t k) { return k + 1; }
U128 succ(U128 k) {
  if (++k.lo == 0) ++k.hi;
  return k;
}
uint32_t pred(uint32_t k) { return k - 1; }
U128 pred(U128 k) {
  if (k.lo-- == 0) --k.hi;
  return k;
}
template <typename Key>
Key maxKey();
template <>
uint32_t maxKey<uint32_t>() {
  return UINT32_MAX;
}
template <>
U128 maxKey<U128>() {
  return U128{UINT64_MAX, UINT64_MAX};
}

}  // namespace

bool parseIpPrefix(std::string_view text, IpPrefix& out, std::string& why, size_t& col) {
  const size_t slash = text.find('/');
  const std::string_view address = text.substr(0, slash);
  col = 1;
  if (!parseAddress(address, out.addr, out.v6)) {
    // append(): GCC 12 -O3 warns falsely (-Wrestrict) on "literal" + std::string.
    why.clear();
    why.append("'").append(address).append("' is not an IPv4 or IPv6 address");
    return false;
  }
  const unsigned max_bits = out.v6 ? 128 : 32;
  unsigned bits = max_bits;
  if (slash != std::string_view::npos) {
    const std::string_view digits = text.substr(slash + 1);
    col = slash + 2;
    bits = 0;
    bool ok = !digits.empty() && digits.size() <= 3;
    for (const char c : digits) {
      ok = ok && c >= '0' && c <= '9';
      bits = bits * 10 + static_cast<unsigned>(c - '0');
    }
    if (!ok || bits > max_bits) {
      why = "prefix length must be 0.." + std::to_string(max_bits);
      return false;
    }
  }
  out.bits = static_cast<uint8_t>(bits);
  // Clear host bits: 192.0.2.7/24 means 192.0.2.0/24.
  for (unsigned i = 0; i < 16; ++i) {
    const unsigned from = i * 8;
    if (from >= bits) out.addr[i] = 0;
    else if (bits - from < 8) out.addr[i] &= static_cast<uint8_t>(0xFF << (8 - (bits - from)));
  }
  return true;
}

bool parseIpValue(std::string_view text, IpValue& out) {
  while (!text.empty() && isBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && isBlank(text.back())) text.remove_suffix(1);
  return parseAddress(text, out.addr, out.v6);
}

void IpMatcher::add(const IpPrefix& prefix, PatternRef ref, FieldMask fields) {
  const auto r = static_cast<uint16_t>(refs_.indexOf(ref, fields));
  if (!prefix.v6) {
    const uint32_t lo = key4(prefix.addr);
    const uint32_t host = prefix.bits >= 32 ? 0 : (prefix.bits == 0 ? UINT32_MAX : (UINT32_MAX >> prefix.bits));
    pending4_.push_back({lo, lo | host, r});
    return;
  }
  const U128 lo = key6(prefix.addr);
  U128 hi = lo;
  if (prefix.bits < 64) {
    hi.hi |= prefix.bits == 0 ? UINT64_MAX : (UINT64_MAX >> prefix.bits);
    hi.lo = UINT64_MAX;
  } else if (prefix.bits < 128) {
    hi.lo |= prefix.bits == 64 ? UINT64_MAX : (UINT64_MAX >> (prefix.bits - 64));
  }
  pending6_.push_back({lo, hi, r});
}

uint32_t IpMatcher::internSet(const std::vector<uint16_t>& refs) {
  auto [it, added] = set_ids_.try_emplace(refs, static_cast<uint32_t>(sets_.size()));
  if (added) {
    sets_.emplace_back(static_cast<uint32_t>(set_refs_.size()), static_cast<uint32_t>(refs.size()));
    for (const uint16_t r : refs) {
      set_refs_.push_back(refs_[r].ref);
      set_fields_.push_back(refs_[r].fields);
    }
  }
  return it->second;
}

template <typename Key>
void IpMatcher::buildTable(std::vector<Pending<Key>>& pending, Table<Key>& table) {
  if (pending.empty()) return;
  std::sort(pending.begin(), pending.end(),
            [](const Pending<Key>& a, const Pending<Key>& b) { return a.ref != b.ref ? a.ref < b.ref : a.lo < b.lo; });
  // Per list: merge duplicates, overlaps and adjacent ranges.
  std::vector<Pending<Key>> merged;
  for (const auto& p : pending) {
    if (!merged.empty()) {
      auto& last = merged.back();
      if (last.ref == p.ref && (p.lo <= last.hi || (!isMax(last.hi) && p.lo == succ(last.hi)))) {
        last.hi = std::max(last.hi, p.hi);
        continue;
      }
    }
    merged.push_back(p);
  }
  pending.clear();
  pending.shrink_to_fit();
  auto emit = [&](Key lo, Key hi, uint32_t set) {
    if (!table.starts.empty() && table.sets.back() == set && !isMax(table.ends.back()) &&
        succ(table.ends.back()) == lo) {
      table.ends.back() = hi;  // continues the previous range
      return;
    }
    table.starts.push_back(lo);
    table.ends.push_back(hi);
    table.sets.push_back(set);
  };
  if (merged.front().ref == merged.back().ref) {  // one list: the merged ranges are the table
    const uint32_t set = internSet({merged.front().ref});
    table.starts.reserve(merged.size());
    table.ends.reserve(merged.size());
    table.sets.reserve(merged.size());
    std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.lo < b.lo; });
    for (const auto& m : merged) emit(m.lo, m.hi, set);
    return;
  }
  // Several lists overlap: sweep over range boundaries, one range per stretch
  // of addresses covered by the same set of lists.
  struct Event {
    Key at;
    uint16_t ref;
    bool open;
  };
  std::vector<Event> events;
  events.reserve(merged.size() * 2);
  for (const auto& m : merged) {
    events.push_back({m.lo, m.ref, true});
    if (!isMax(m.hi)) events.push_back({succ(m.hi), m.ref, false});
  }
  merged.clear();
  merged.shrink_to_fit();
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
  std::vector<uint16_t> active;
  for (size_t i = 0; i < events.size();) {
    const Key at = events[i].at;
    for (; i < events.size() && events[i].at == at; ++i) {
      const auto pos = std::lower_bound(active.begin(), active.end(), events[i].ref);
      if (events[i].open) active.insert(pos, events[i].ref);
      else if (pos != active.end() && *pos == events[i].ref) active.erase(pos);
    }
    if (active.empty()) continue;
    const Key end = i < events.size() ? pred(events[i].at) : maxKey<Key>();
    emit(at, end, internSet(active));
  }
}

void IpMatcher::build() {
  buildTable(pending4_, v4_);
  buildTable(pending6_, v6_);
  set_ids_.clear();
  // Bucket b holds the first range that can contain an address of b.x.y.z.
  v4_index_.assign(65537, 0);
  size_t r = 0;
  for (uint32_t b = 0; b <= 65536; ++b) {
    const uint64_t bucket_start = uint64_t{b} << 16;
    while (r < v4_.ends.size() && v4_.ends[r] < bucket_start) ++r;
    v4_index_[b] = static_cast<uint32_t>(r);
  }
  if (v4_.starts.empty()) v4_index_.clear();
}

uint32_t IpMatcher::find4(const std::array<uint8_t, 16>& addr) const {
  if (v4_.starts.empty()) return kNoSet;
  const uint32_t key = key4(addr);
  const uint32_t b = key >> 16;
  const auto first = v4_.ends.begin() + v4_index_[b];
  const auto last = v4_.ends.begin() + std::min<size_t>(size_t{v4_index_[b + 1]} + 1, v4_.ends.size());
  const auto it = std::lower_bound(first, last, key);
  if (it == v4_.ends.end()) return kNoSet;
  const auto i = static_cast<size_t>(it - v4_.ends.begin());
  return v4_.starts[i] <= key ? v4_.sets[i] : kNoSet;
}

uint32_t IpMatcher::find6(const std::array<uint8_t, 16>& addr) const {
  if (v6_.starts.empty()) return kNoSet;
  const U128 key = key6(addr);
  auto it = std::upper_bound(v6_.starts.begin(), v6_.starts.end(), key);
  if (it == v6_.starts.begin()) return kNoSet;
  const auto i = static_cast<size_t>(it - v6_.starts.begin()) - 1;
  return key <= v6_.ends[i] ? v6_.sets[i] : kNoSet;
}

size_t IpMatcher::memoryBytes() const {
  return v4_.starts.capacity() * sizeof(uint32_t) * 2 + v4_.sets.capacity() * sizeof(uint32_t) +
         v6_.starts.capacity() * sizeof(U128) * 2 + v6_.sets.capacity() * sizeof(uint32_t) +
         v4_index_.capacity() * sizeof(uint32_t) + sets_.capacity() * sizeof(sets_[0]) +
         set_refs_.capacity() * (sizeof(PatternRef) + sizeof(FieldMask)) + refs_.memoryBytes();
}

}  // namespace tapwatch

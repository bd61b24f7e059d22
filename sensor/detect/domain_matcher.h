#pragma once
// Domain IOC lists: a hash set of domains plus a tokenizer that finds
// domain-like tokens in text. An entry matches a token equal to it or to one
// of its subdomains, never a look-alike (`notscam.example` is not
// `scam.example`), and a token is bounded by non-domain characters. A hash set
// loads 100k entries in milliseconds where a Hyperscan literal database takes
// seconds (measured in tests/detect/ioc_list_test.cc).
// DomainMatcher: built on the main thread, then read-only. DomainTokenizer:
// per stream, worker thread; no allocation.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/field_mask.h"
#include "detect/list_refs.h"
#include "detect/pattern_ref.h"

namespace tapwatch {

// Lower-cased byte if `c` can be part of a domain token, else 0. Bytes >= 0x80
// count as domain bytes so UTF-8 IDN labels stay one token.
inline char domainByte(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c + ('a' - 'A'));
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c >= 0x80)
    return static_cast<char>(c);
  return 0;
}

constexpr size_t kMaxDomainToken = 253;  // longest DNS name in text form

// One matcher per DetectionSet holds every domain list of every field: each
// (list pattern) reference carries the mask of fields it applies to, so a
// list named by several signatures on several fields is hashed once (a 1M
// list on the seven name fields of the shipped pack costs one hash set, not
// seven). The references are few: an entry's chain names them by index.

class DomainMatcher {
 public:
  // `fields`: the fields (fieldBit of each) on which `ref` looks for this entry.
  void add(std::string_view domain, PatternRef ref, FieldMask fields = FieldMask::all());
  bool empty() const { return map_.empty(); }
  size_t size() const { return map_.size(); }

  void reserve(size_t entries) { map_.reserve(entries); }
  // Approximate heap bytes held (buckets, nodes, long names, ref chain); for benchmarks.
  size_t memoryBytes() const;

  // Calls fn(ref) for every list entry equal to `token` or a parent of it
  // whose pattern looks at one of `fields`.
  template <typename Fn>
  void lookup(std::string_view token, Fn&& fn, FieldMask fields = FieldMask::all()) const {
    size_t from = 0;
    while (from < token.size()) {
      if (auto it = map_.find(token.substr(from)); it != map_.end())
        for (uint32_t i = it->second; i != kNone; i = refs_[i].next)
          if (const ListRefs::Entry& r = list_refs_[refs_[i].ref]; r.fields.intersects(fields)) fn(r.ref);
      const size_t dot = token.find('.', from);
      if (dot == std::string_view::npos) break;
      from = dot + 1;
    }
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Most domains are in one list: a chain in one array instead of a vector per entry.
  static constexpr uint32_t kNone = UINT32_MAX;
  struct RefNode {
    uint32_t next;
    uint32_t ref;  // index into list_refs_
  };

  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> map_;  // domain -> first RefNode
  std::vector<RefNode> refs_;
  ListRefs list_refs_;
};

// Splits a byte stream into domain tokens across calls. onToken(token, end)
// gets the lower-cased token without trailing dots and the absolute offset
// just past its last byte.
class DomainTokenizer {
 public:
  template <typename Fn>
  void feed(const uint8_t* data, size_t size, uint64_t offset, Fn&& onToken) {
    for (size_t i = 0; i < size; ++i) {
      const char c = domainByte(data[i]);
      if (c != 0) {
        if (len_ < buf_.size()) buf_[len_++] = c;
        else overlong_ = true;
      } else if (len_ > 0 || overlong_) {
        emit(offset + i, onToken);
      }
    }
  }

  // End of data: the pending token (if any) is complete.
  template <typename Fn>
  void finish(uint64_t offset, Fn&& onToken) {
    if (len_ > 0 || overlong_) emit(offset, onToken);
  }

  void reset() {
    len_ = 0;
    overlong_ = false;
  }

 private:
  template <typename Fn>
  void emit(uint64_t end, Fn&& onToken) {
    size_t n = len_;
    if (!overlong_) {
      size_t dots = 0;
      while (n > 0 && buf_[n - 1] == '.') --n, ++dots;  // "visit scam.example." ends a sentence
      if (n > 0 && n <= kMaxDomainToken) onToken(std::string_view(buf_.data(), n), end - dots);
    }
    reset();
  }

  std::array<char, kMaxDomainToken + 2> buf_;
  uint16_t len_ = 0;
  bool overlong_ = false;  // longer than any DNS name: never a match
};

}  // namespace tapwatch

#pragma once
// FieldMask: a set of fields (bit i = the field with index i), for list
// patterns that one set-wide matcher (DomainMatcher, IpMatcher) serves on
// several fields: each list reference carries the fields it applies to. Wide
// enough for every field (more than 64 since http.response_body_own_text); a
// plain value, no allocation.
#include <array>
#include <cstddef>
#include <cstdint>

#include "common/field.h"

namespace tapwatch {

class FieldMask {
 public:
  static constexpr size_t kWords = (kFieldCount + 63) / 64;

  constexpr FieldMask() = default;
  static constexpr FieldMask of(size_t field_index) {
    FieldMask m;
    m.words_[field_index >> 6] = uint64_t{1} << (field_index & 63);
    return m;
  }
  static constexpr FieldMask all() {
    FieldMask m;
    for (auto& w : m.words_) w = ~uint64_t{0};
    return m;
  }

  constexpr FieldMask& operator|=(FieldMask o) {
    for (size_t i = 0; i < kWords; ++i) words_[i] |= o.words_[i];
    return *this;
  }
  constexpr bool intersects(FieldMask o) const {
    for (size_t i = 0; i < kWords; ++i)
      if (words_[i] & o.words_[i]) return true;
    return false;
  }
  constexpr bool operator==(const FieldMask&) const = default;

 private:
  std::array<uint64_t, kWords> words_{};
};

constexpr FieldMask fieldBit(size_t field_index) { return FieldMask::of(field_index); }

}  // namespace tapwatch

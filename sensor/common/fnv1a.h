#pragma once
// 64-bit FNV-1a for the keys of tables touched only when a rule fires
// (policy/threshold_table, engine/xbits_table), never on the per-packet path:
// fnv1aOf(key.field, ...) folds in each key field's bytes in order
// (or start from kFnv1aOffset and fold in bytes with fnv1aMix()).
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace tapwatch {

inline constexpr uint64_t kFnv1aOffset = 14695981039346656037ull;

inline uint64_t fnv1aMix(uint64_t h, const void* data, size_t n) {
  const auto* p = static_cast<const uint8_t*>(data);
  for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

// Each field as its object bytes: only types without padding, whose bytes
// are all value (integers, enums, bool, IpAddress), so equal keys hash equal.
template <typename... Fields>
uint64_t fnv1aOf(const Fields&... fields) {
  static_assert((std::has_unique_object_representations_v<Fields> && ...), "a key field with padding bytes");
  uint64_t h = kFnv1aOffset;
  ((h = fnv1aMix(h, &fields, sizeof fields)), ...);
  return h;
}

}  // namespace tapwatch

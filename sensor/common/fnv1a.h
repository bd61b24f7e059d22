#pragma once
// 64-bit FNV-1a for the keys of tables touched only when a rule fires
// (policy/threshold_table, engine/xbits_table), never on the per-packet path:
// start from kFnv1aOffset and fold in each key field with fnv1aMix().
#include <cstddef>
#include <cstdint>

namespace tapwatch {

inline constexpr uint64_t kFnv1aOffset = 14695981039346656037ull;

inline uint64_t fnv1aMix(uint64_t h, const void* data, size_t n) {
  const auto* p = static_cast<const uint8_t*>(data);
  for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

}  // namespace tapwatch

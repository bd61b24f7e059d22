#pragma once
// PatternMask: which of one signature's patterns matched (bit i = patterns[i]),
// kMaxPatternsPerSignature bits in 64-bit words. It is what a scope's
// signature state accumulates, what a Condition evaluates and what a hit
// reports (score, indicators). A plain value: no allocation, trivially
// copyable (16 bytes, passed in two registers), any thread.
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace tapwatch {

// Also bounds the pattern index a PatternRef and a Condition op carry (uint8_t).
constexpr size_t kMaxPatternsPerSignature = 128;

class PatternMask {
 public:
  static constexpr size_t kWords = kMaxPatternsPerSignature / 64;
  static_assert(kMaxPatternsPerSignature % 64 == 0 && kMaxPatternsPerSignature <= 256,
                "whole 64-bit words; pattern indices are uint8_t");

  constexpr PatternMask() = default;

  static constexpr PatternMask bit(size_t i) {
    PatternMask m;
    m.set(i);
    return m;
  }
  // Patterns [0, n): the ones a signature of n patterns has.
  static constexpr PatternMask firstN(size_t n) {
    PatternMask m;
    for (size_t w = 0; w < kWords; ++w) {
      const size_t from = w * 64;
      m.words_[w] = n >= from + 64 ? ~uint64_t{0} : n > from ? (uint64_t{1} << (n - from)) - 1 : 0;
    }
    return m;
  }

  constexpr void set(size_t i) { words_[i >> 6] |= uint64_t{1} << (i & 63); }
  constexpr bool test(size_t i) const { return ((words_[i >> 6] >> (i & 63)) & 1) != 0; }
  constexpr bool any() const {
    uint64_t bits = 0;
    for (uint64_t w : words_) bits |= w;
    return bits != 0;
  }
  constexpr size_t count() const {
    size_t n = 0;
    for (uint64_t w : words_) n += static_cast<size_t>(std::popcount(w));
    return n;
  }
  // Calls fn(i) for each set bit i, lowest first.
  template <typename Fn>
  constexpr void forEach(Fn&& fn) const {
    for (size_t w = 0; w < kWords; ++w)
      for (uint64_t bits = words_[w]; bits != 0; bits &= bits - 1)
        fn(w * 64 + static_cast<size_t>(std::countr_zero(bits)));
  }

  constexpr PatternMask& operator|=(const PatternMask& o) {
    for (size_t w = 0; w < kWords; ++w) words_[w] |= o.words_[w];
    return *this;
  }
  constexpr PatternMask& operator&=(const PatternMask& o) {
    for (size_t w = 0; w < kWords; ++w) words_[w] &= o.words_[w];
    return *this;
  }
  friend constexpr PatternMask operator|(PatternMask a, const PatternMask& b) { return a |= b; }
  friend constexpr PatternMask operator&(PatternMask a, const PatternMask& b) { return a &= b; }
  friend constexpr PatternMask operator~(PatternMask a) {
    for (uint64_t& w : a.words_) w = ~w;
    return a;
  }
  friend constexpr bool operator==(const PatternMask&, const PatternMask&) = default;

 private:
  std::array<uint64_t, kWords> words_{};
};

}  // namespace tapwatch

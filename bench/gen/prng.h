#pragma once
// Prng: xoshiro256** seeded through splitmix64. Fast, small, and the same
// sequence on every machine and compiler, which is what makes a capture
// reproducible from its seed (std::mt19937 is portable too, but the standard
// distributions on top of it are not). Single thread; one per flow.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace tapwatch::gen {

__extension__ typedef unsigned __int128 Uint128;  // __extension__: fine under -Wpedantic

class Prng {
 public:
  explicit Prng(uint64_t seed) {
    for (auto& word : s_) word = splitmix(seed);
  }

  uint64_t next() {
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, n); Lemire's multiply-shift (the tiny bias is irrelevant here).
  uint64_t below(uint64_t n) { return n == 0 ? 0 : static_cast<uint64_t>((static_cast<Uint128>(next()) * n) >> 64); }
  // Uniform in [lo, hi].
  uint64_t range(uint64_t lo, uint64_t hi) { return lo + below(hi - lo + 1); }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return uniform() < p; }
  // Log-uniform in [lo, hi]: many small values, a long tail of big ones.
  uint64_t logUniform(uint64_t lo, uint64_t hi) {
    const double a = std::log(static_cast<double>(lo));
    const double b = std::log(static_cast<double>(hi));
    return static_cast<uint64_t>(std::exp(a + (b - a) * uniform()));
  }
  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }
  std::string_view pick(std::span<const std::string_view> items) { return items[below(items.size())]; }

  void fill(uint8_t* out, size_t n) {
    while (n >= 8) {
      const uint64_t v = next();
      for (int i = 0; i < 8; ++i) out[i] = static_cast<uint8_t>(v >> (8 * i));
      out += 8;
      n -= 8;
    }
    if (n > 0) {
      const uint64_t v = next();
      for (size_t i = 0; i < n; ++i) out[i] = static_cast<uint8_t>(v >> (8 * i));
    }
  }

  // A new independent seed for a child generator (one per flow).
  uint64_t fork() { return next() ^ 0x6a09e667f3bcc909ULL; }

 private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static uint64_t splitmix(uint64_t& x) {
    uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  uint64_t s_[4];
};

}  // namespace tapwatch::gen

#pragma once
// FastDivisor: n / d and n % d for a divisor fixed once, by a multiply
// instead of a div instruction (20-40 cycles of latency on x86, and the flow
// table divides a flow number by its chunk size several times a packet: the
// lookup, both LRU neighbours, the list tail). Exact for every 32-bit n and
// d >= 1: Lemire, Kaser, Kurz, "Faster remainder by direct computation"
// (2019), with the 64-bit constant ceil(2^64 / d).
#include <cstdint>

namespace tapwatch {

class FastDivisor {
 public:
  explicit FastDivisor(uint32_t divisor = 1) : divisor_(divisor), magic_(divisor <= 1 ? 0 : UINT64_MAX / divisor + 1) {}

  uint32_t divisor() const { return divisor_; }
  uint32_t quotient(uint32_t n) const {
    if (magic_ == 0) return n;  // d = 1: ceil(2^64 / 1) does not fit 64 bits
    __extension__ using Wide = unsigned __int128;
    return static_cast<uint32_t>((static_cast<Wide>(magic_) * n) >> 64);
  }
  uint32_t remainder(uint32_t n, uint32_t quotient) const { return n - quotient * divisor_; }

 private:
  uint32_t divisor_;
  uint64_t magic_;
};

}  // namespace tapwatch

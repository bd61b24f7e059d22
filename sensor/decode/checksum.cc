#include "decode/checksum.h"

#include <bit>
#include <cstring>

namespace tapwatch {

namespace {

// a + b with the carry out of bit 63 added back in (one's complement addition).
// Sums of 32-bit halves are equivalent to sums of 16-bit words modulo 0xffff,
// which is all the final fold keeps.
inline uint64_t addCarry(uint64_t a, uint64_t b) {
  const uint64_t s = a + b;
  return s + (s < b ? 1 : 0);
}

}  // namespace

uint64_t checksumAdd(uint64_t sum, const uint8_t* data, size_t length) {
  // Each 8-byte load is added as two 32-bit halves to 64-bit accumulators: no
  // carry can be lost before 2^32 words (far beyond any packet), the adds are
  // independent of each other, and the compiler turns the loop into vector code.
  uint64_t a = 0, b = 0;
  while (length >= 16) {
    uint64_t w[2];
    std::memcpy(w, data, 16);
    a += (w[0] & 0xffffffffu) + (w[0] >> 32);
    b += (w[1] & 0xffffffffu) + (w[1] >> 32);
    data += 16;
    length -= 16;
  }
  if (length >= 8) {
    uint64_t w;
    std::memcpy(&w, data, 8);
    a += (w & 0xffffffffu) + (w >> 32);
    data += 8;
    length -= 8;
  }
  if (length >= 4) {
    uint32_t w;
    std::memcpy(&w, data, 4);
    b += w;
    data += 4;
    length -= 4;
  }
  if (length >= 2) {
    uint16_t w;
    std::memcpy(&w, data, 2);
    a += w;
    data += 2;
    length -= 2;
  }
  if (length == 1) {
    // The odd byte is the high byte of a word whose low byte is zero (in memory order).
    const uint8_t last[2] = {data[0], 0};
    uint16_t w;
    std::memcpy(&w, last, 2);
    b += w;
  }
  return addCarry(addCarry(sum, a), b);
}

uint16_t checksumFold(uint64_t sum) {
  sum = (sum & 0xffffffffu) + (sum >> 32);
  sum = (sum & 0xffffffffu) + (sum >> 32);
  sum = (sum & 0xffffu) + (sum >> 16);
  sum = (sum & 0xffffu) + (sum >> 16);
  sum = (sum & 0xffffu) + (sum >> 16);
  auto folded = static_cast<uint16_t>(sum);
  if constexpr (std::endian::native == std::endian::little)
    folded = static_cast<uint16_t>((folded >> 8) | (folded << 8));
  return folded;
}

uint64_t pseudoHeaderSum(const IpAddress& src, const IpAddress& dst, uint8_t protocol, uint32_t length) {
  const size_t address_bytes = src.family == 6 ? 16 : 4;
  uint64_t sum = checksumAdd(0, src.bytes.data(), address_bytes);
  sum = checksumAdd(sum, dst.bytes.data(), address_bytes);
  // IPv4: zero, protocol, 16-bit length. IPv6: 32-bit length, three zeros, next header.
  // Both sum to the same words: length (as two 16-bit halves) plus protocol.
  const uint8_t tail[8] = {static_cast<uint8_t>(length >> 24),
                           static_cast<uint8_t>(length >> 16),
                           static_cast<uint8_t>(length >> 8),
                           static_cast<uint8_t>(length),
                           0,
                           0,
                           0,
                           protocol};
  return checksumAdd(sum, tail, sizeof tail);
}

}  // namespace tapwatch

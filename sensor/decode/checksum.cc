#include "decode/checksum.h"

#include <bit>
#include <cstring>

#include "decode/checksum_vector.h"

namespace tapwatch {

namespace {

// a + b with the carry out of bit 63 added back in (one's complement addition).
// Sums of 32-bit halves are equivalent to sums of 16-bit words modulo 0xffff,
// which is all the final fold keeps.
inline uint64_t addCarry(uint64_t a, uint64_t b) {
  const uint64_t s = a + b;
  return s + (s < b ? 1 : 0);
}

// The widest vector loop this CPU runs, chosen once at startup. A caller in
// another file's static initialiser that ran first would find it null and
// take the scalar loop: slower, not wrong.
const checksum_vector::WordSum kVectorWordSum = checksum_vector::best();

}  // namespace

uint64_t checksumAdd(uint64_t sum, const uint8_t* data, size_t length) {
  // Each 8-byte load is added as two 32-bit halves to 64-bit accumulators: no
  // carry can be lost before 2^32 words (far beyond any packet) and the adds
  // are independent of each other.
  uint64_t a = 0, b = 0;
  // Whole 64-byte blocks in vector lanes (AVX2 or SSE2: the exact sum of
  // their 16-bit words, about 2.5x the bytes per instruction of 32-bit words
  // widened to 64-bit lanes; the checksum was ~7 % of a small-packet scan).
  if (length >= checksum_vector::kBlockBytes && kVectorWordSum != nullptr) {
    const size_t blocks = length / checksum_vector::kBlockBytes;
    a = kVectorWordSum(data, blocks);
    data += blocks * checksum_vector::kBlockBytes;
    length -= blocks * checksum_vector::kBlockBytes;
  }
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

uint64_t pseudoHeaderSum(const IpAddress& src, const IpAddress& dst, uint8_t protocol, uint32_t length) {
  // Summed here in 32-bit words rather than by three checksumAdd() calls: it
  // runs for every TCP/UDP packet, on a few fixed-size pieces.
  uint64_t sum = 0;
  const size_t address_words = src.family == 6 ? 4 : 1;
  for (size_t i = 0; i < address_words; ++i) {
    uint32_t s32, d32;
    std::memcpy(&s32, src.bytes.data() + 4 * i, 4);
    std::memcpy(&d32, dst.bytes.data() + 4 * i, 4);
    sum += uint64_t{s32} + d32;
  }
  // IPv4: zero, protocol, 16-bit length. IPv6: 32-bit length, three zeros, next header.
  // Both sum to the same words: in memory order the bytes length (big
  // endian) then 0, 0, 0, protocol, here as the two native 32-bit words those
  // bytes load as. Computed, not stored and reloaded: a byte array read back
  // as words stalled store forwarding (most of this function's time).
  if constexpr (std::endian::native == std::endian::little)
    return sum + __builtin_bswap32(length) + (uint32_t{protocol} << 24);
  else return sum + length + protocol;
}

}  // namespace tapwatch

#include "decode/checksum.h"

#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
  // carry can be lost before 2^32 words (far beyond any packet) and the adds
  // are independent of each other.
  uint64_t a = 0, b = 0;
#ifdef __SSE2__
  // 64 bytes a step: the 32-bit words of each 16-byte load are widened to
  // 64-bit lanes (unpack with zero) and added to four vector accumulators,
  // about 4x the bytes per cycle of the scalar loop below, which GCC does not
  // vectorise at -O2 (the checksum was ~7% of a small-packet scan).
  if (length >= 64) {
    const __m128i zero = _mm_setzero_si128();
    __m128i acc[4] = {zero, zero, zero, zero};
    while (length >= 64) {
      for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * i));
        acc[i] = _mm_add_epi64(acc[i], _mm_add_epi64(_mm_unpacklo_epi32(v, zero), _mm_unpackhi_epi32(v, zero)));
      }
      data += 64;
      length -= 64;
    }
    const __m128i total = _mm_add_epi64(_mm_add_epi64(acc[0], acc[1]), _mm_add_epi64(acc[2], acc[3]));
    uint64_t lanes[2];
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lanes), total);
    a = lanes[0];
    b = lanes[1];
  }
#endif
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

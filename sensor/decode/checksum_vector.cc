#include "decode/checksum_vector.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define TAPWATCH_CHECKSUM_X86 1
#endif

namespace tapwatch::checksum_vector {

#ifdef TAPWATCH_CHECKSUM_X86
namespace {

// Each 32-bit lane gathers the low and the high 16-bit word of its bytes
// (mask and shift: at most 2 * 0xffff a step), so a lane cannot overflow
// within this many steps (2^15 * 0x1fffe < 2^32); longer inputs are summed in
// runs of it into 64 bits. One run covers 2 MiB, beyond any packet.
constexpr size_t kStepsPerRun = 1u << 15;

// 32 bytes a vector, two vectors a block: about a third of the instructions
// per byte of the former SSE2 loop, which widened 32-bit words to 64-bit lanes.
__attribute__((target("avx2"))) uint64_t sumAvx2(const uint8_t* data, size_t blocks) {
  const __m256i low_words = _mm256_set1_epi32(0xffff);
  uint64_t total = 0;
  while (blocks != 0) {
    const size_t run = blocks < kStepsPerRun ? blocks : kStepsPerRun;
    __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256();
    for (size_t i = 0; i < run; ++i, data += kBlockBytes) {
      const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data));
      const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + 32));
      acc0 = _mm256_add_epi32(acc0, _mm256_add_epi32(_mm256_and_si256(v0, low_words), _mm256_srli_epi32(v0, 16)));
      acc1 = _mm256_add_epi32(acc1, _mm256_add_epi32(_mm256_and_si256(v1, low_words), _mm256_srli_epi32(v1, 16)));
    }
    // Widened to 64-bit lanes before lanes are added together (the sum of two could overflow 32 bits).
    const __m256i zero = _mm256_setzero_si256();
    const __m256i wide =
        _mm256_add_epi64(_mm256_add_epi64(_mm256_unpacklo_epi32(acc0, zero), _mm256_unpackhi_epi32(acc0, zero)),
                         _mm256_add_epi64(_mm256_unpacklo_epi32(acc1, zero), _mm256_unpackhi_epi32(acc1, zero)));
    alignas(32) uint64_t lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), wide);
    total += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    blocks -= run;
  }
  return total;
}

// The same with 16-byte vectors (every x86-64 CPU has SSE2).
__attribute__((target("sse2"))) uint64_t sumSse2(const uint8_t* data, size_t blocks) {
  const __m128i low_words = _mm_set1_epi32(0xffff);
  uint64_t total = 0;
  while (blocks != 0) {
    const size_t run = blocks < kStepsPerRun ? blocks : kStepsPerRun;
    __m128i acc[4] = {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128()};
    for (size_t i = 0; i < run; ++i, data += kBlockBytes) {
      for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * k));
        acc[k] = _mm_add_epi32(acc[k], _mm_add_epi32(_mm_and_si128(v, low_words), _mm_srli_epi32(v, 16)));
      }
    }
    const __m128i zero = _mm_setzero_si128();
    __m128i wide = zero;
    for (const __m128i& a : acc)
      wide = _mm_add_epi64(wide, _mm_add_epi64(_mm_unpacklo_epi32(a, zero), _mm_unpackhi_epi32(a, zero)));
    alignas(16) uint64_t lanes[2];
    _mm_store_si128(reinterpret_cast<__m128i*>(lanes), wide);
    total += lanes[0] + lanes[1];
    blocks -= run;
  }
  return total;
}

}  // namespace

WordSum sse2() { return __builtin_cpu_supports("sse2") ? &sumSse2 : nullptr; }
WordSum avx2() { return __builtin_cpu_supports("avx2") ? &sumAvx2 : nullptr; }
#else
WordSum sse2() { return nullptr; }
WordSum avx2() { return nullptr; }
#endif

WordSum best() {
  __builtin_cpu_init();  // may run before the runtime's own constructors
  if (WordSum wide = avx2()) return wide;
  return sse2();
}

}  // namespace tapwatch::checksum_vector

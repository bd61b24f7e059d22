#pragma once
// The vector part of the Internet checksum (checksum.h): the exact sum of the
// native 16-bit words of whole 64-byte blocks, one loop per instruction set.
// checksumAdd() picks the widest the CPU has once (AVX2, else SSE2, else
// none) and sums the tail itself. Exposed so tests can run every loop this
// CPU can, whichever checksumAdd() uses. Pure, any thread.
#include <cstddef>
#include <cstdint>

namespace tapwatch::checksum_vector {

// Bytes the loops below take per step; they sum `blocks` steps.
constexpr size_t kBlockBytes = 64;

// Each returns the sum of the native 16-bit words of blocks * kBlockBytes
// bytes at `data` (any alignment): exact, so 0 only when every word is 0.
// nullptr when the build or the CPU lacks the instruction set.
using WordSum = uint64_t (*)(const uint8_t* data, size_t blocks);
WordSum sse2();
WordSum avx2();

// The widest of the above this CPU runs, or nullptr (scalar only).
WordSum best();

}  // namespace tapwatch::checksum_vector

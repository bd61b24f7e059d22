// The checksum's vector loops (decode/checksum_vector.h): each one this CPU
// runs gives the exact sum of the 16-bit words, at every alignment, for
// random bytes, runs of ff (every lane at its largest) and of 00, and for
// inputs longer than one 32-bit run of the lanes.
#include "decode/checksum_vector.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace tapwatch {
namespace {

using checksum_vector::kBlockBytes;
using checksum_vector::WordSum;

// The plain sum of the native 16-bit words.
uint64_t wordSum(const uint8_t* data, size_t length) {
  uint64_t sum = 0;
  for (size_t i = 0; i + 1 < length; i += 2) {
    uint16_t w;
    std::memcpy(&w, data + i, 2);
    sum += w;
  }
  return sum;
}

std::vector<std::pair<std::string, WordSum>> loopsOfThisCpu() {
  std::vector<std::pair<std::string, WordSum>> loops;
  if (WordSum f = checksum_vector::sse2()) loops.emplace_back("sse2", f);
  if (WordSum f = checksum_vector::avx2()) loops.emplace_back("avx2", f);
  return loops;
}

TEST(DecodeChecksumVector, X86CpusGetAVectorLoopAndTheWidest) {
#if defined(__x86_64__)
  ASSERT_NE(checksum_vector::sse2(), nullptr);  // part of x86-64
  ASSERT_NE(checksum_vector::best(), nullptr);
  if (checksum_vector::avx2() != nullptr) {
    EXPECT_EQ(checksum_vector::best(), checksum_vector::avx2());
  }
#else
  GTEST_SKIP() << "no vector loop on this architecture";
#endif
}

TEST(DecodeChecksumVector, RandomBlocksAtEveryAlignmentMatchTheWordSum) {
  std::mt19937 rng(1071);
  std::vector<uint8_t> buffer(200 * kBlockBytes + 32);
  for (const auto& [name, sum] : loopsOfThisCpu()) {
    for (int round = 0; round < 300; ++round) {
      const int kind = round % 3;  // random, mostly ff, mostly 00
      for (uint8_t& b : buffer) {
        const auto r = static_cast<uint8_t>(rng());
        b = kind == 0 ? r : (r < 16 ? static_cast<uint8_t>(rng()) : (kind == 1 ? 0xff : 0x00));
      }
      const size_t align = static_cast<size_t>(round) % 32;
      const size_t blocks = 1 + rng() % 200;
      ASSERT_EQ(sum(buffer.data() + align, blocks), wordSum(buffer.data() + align, blocks * kBlockBytes))
          << name << " blocks " << blocks << " alignment " << align << " kind " << kind;
    }
  }
}

TEST(DecodeChecksumVector, LongRunsOfOnesAndZerosAreExact) {
  // More blocks than one run of 32-bit lanes holds when every word is ffff:
  // a lane kept for the whole input would wrap.
  const size_t blocks = (size_t{1} << 15) + 3;
  const std::vector<uint8_t> ones(blocks * kBlockBytes, 0xff);
  const std::vector<uint8_t> zeros(blocks * kBlockBytes, 0x00);
  for (const auto& [name, sum] : loopsOfThisCpu()) {
    EXPECT_EQ(sum(ones.data(), blocks), uint64_t{0xffff} * blocks * (kBlockBytes / 2)) << name;
    EXPECT_EQ(sum(zeros.data(), blocks), 0u) << name;  // 0 only when every word is 0 (checksumFold keeps 0)
  }
}

}  // namespace
}  // namespace tapwatch

#include "detect/pattern_mask.h"

#include <gtest/gtest.h>

#include <vector>

namespace tapwatch {
namespace {

std::vector<size_t> bitsOf(const PatternMask& m) {
  std::vector<size_t> out;
  m.forEach([&](size_t i) { out.push_back(i); });
  return out;
}

TEST(DetectPatternMask, BitsOnBothSidesOfAWordBoundaryStayApart) {
  PatternMask m;
  for (size_t i : {0u, 63u, 64u, 100u, 127u}) m.set(i);
  EXPECT_EQ(bitsOf(m), (std::vector<size_t>{0, 63, 64, 100, 127}));
  EXPECT_EQ(m.count(), 5u);
  EXPECT_TRUE(m.test(100));
  EXPECT_FALSE(m.test(36)) << "100 - 64: a one-word mask would alias it";
  EXPECT_FALSE(PatternMask::bit(36) == PatternMask::bit(100));
}

TEST(DetectPatternMask, FirstNCoversExactlyTheFirstPatterns) {
  EXPECT_FALSE(PatternMask::firstN(0).any());
  for (size_t n : {1u, 63u, 64u, 65u, 100u, 127u, 128u}) {
    const PatternMask m = PatternMask::firstN(n);
    EXPECT_EQ(m.count(), n) << n;
    EXPECT_TRUE(m.test(n - 1)) << n;
    if (n < kMaxPatternsPerSignature) {
      EXPECT_FALSE(m.test(n)) << n;
    }
  }
  EXPECT_EQ(PatternMask::firstN(1000), PatternMask::firstN(kMaxPatternsPerSignature));
}

TEST(DetectPatternMask, OperatorsWorkWordByWord) {
  const PatternMask a = PatternMask::bit(3) | PatternMask::bit(90);
  const PatternMask b = PatternMask::bit(90) | PatternMask::bit(120);
  EXPECT_EQ(bitsOf(a & b), (std::vector<size_t>{90}));
  EXPECT_EQ(bitsOf(a | b), (std::vector<size_t>{3, 90, 120}));
  EXPECT_EQ((~a).count(), kMaxPatternsPerSignature - 2);
  EXPECT_FALSE((~a).test(90));
  EXPECT_FALSE((a & ~a).any());
}

}  // namespace
}  // namespace tapwatch

#include "output/backoff.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

using Ms = std::chrono::milliseconds;

TEST(Backoff, StepsDoubleUpToTheCap) {
  Backoff b(Ms(100), Ms(30000), 1);
  EXPECT_EQ(b.step(0), Ms(100));
  EXPECT_EQ(b.step(1), Ms(200));
  EXPECT_EQ(b.step(8), Ms(25600));
  EXPECT_EQ(b.step(9), Ms(30000));
  EXPECT_EQ(b.step(1000), Ms(30000));  // no overflow for huge attempt numbers
}

TEST(Backoff, JitterStaysWithinHalfToFullStep) {
  Backoff b(Ms(100), Ms(30000), 42);
  for (uint32_t n = 0; n < 40; ++n) {
    const Ms full = b.step(n);
    const Ms d = b.next();
    EXPECT_GE(d, full / 2) << n;
    EXPECT_LE(d, full) << n;
  }
}

TEST(Backoff, JitterActuallyVaries) {
  Backoff b(Ms(1000), Ms(1000), 7);
  std::set<int64_t> seen;
  for (int i = 0; i < 50; ++i) seen.insert(b.next().count());
  EXPECT_GT(seen.size(), 10u);
}

TEST(Backoff, ResetStartsOver) {
  Backoff b(Ms(100), Ms(30000), 3);
  for (int i = 0; i < 10; ++i) b.next();
  EXPECT_EQ(b.attempts(), 10u);
  b.reset();
  EXPECT_LE(b.next(), Ms(100));
}

TEST(Backoff, MaxBelowInitialIsRaised) {
  Backoff b(Ms(500), Ms(10), 3);
  EXPECT_EQ(b.step(5), Ms(500));
}

}  // namespace
}  // namespace tapwatch

#include "output/backoff.h"

namespace tapwatch {

Backoff::Ms Backoff::step(uint32_t n) const {
  int64_t ms = initial_.count();
  for (uint32_t i = 0; i < n && ms < max_.count(); ++i) ms *= 2;
  return Ms(std::min<int64_t>(ms, max_.count()));
}

Backoff::Ms Backoff::next() {
  const int64_t full = step(attempt_).count();
  if (attempt_ < 64) ++attempt_;
  const int64_t half = full / 2;
  std::uniform_int_distribution<int64_t> jitter(0, full - half);
  return Ms(half + jitter(rng_));
}

}  // namespace tapwatch

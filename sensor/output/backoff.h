#pragma once
// Reconnect delays: exponential from `initial` doubling to `max`, with "equal
// jitter" (half fixed, half random) so many sensors that lost the same SIEM do
// not reconnect in lockstep, while each still waits at least half the step.
// Output thread only (not thread-safe).
#include <chrono>
#include <cstdint>
#include <random>

namespace tapwatch {

class Backoff {
 public:
  using Ms = std::chrono::milliseconds;

  Backoff(Ms initial = Ms(100), Ms max = Ms(30000), uint64_t seed = std::random_device{}())
      : initial_(initial), max_(max < initial ? initial : max), rng_(seed) {}

  // The delay before the next attempt; each call doubles the step up to max.
  Ms next();
  // Call after a successful connection: the next failure starts from `initial` again.
  void reset() { attempt_ = 0; }
  uint32_t attempts() const { return attempt_; }

  // Step without jitter for attempt n (0-based): min(initial * 2^n, max).
  Ms step(uint32_t n) const;

 private:
  Ms initial_;
  Ms max_;
  uint32_t attempt_ = 0;
  std::mt19937_64 rng_;
};

}  // namespace tapwatch

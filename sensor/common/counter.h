#pragma once
// Counter: a single-writer event counter. The owning (worker) thread bumps it
// with a relaxed load+store — a plain add on x86, no lock prefix — and any
// thread may read it at scrape time without a data race.
#include <atomic>
#include <cstdint>

namespace tapwatch {

class Counter {
 public:
  void add(uint64_t n = 1) { value_.store(value_.load(std::memory_order_relaxed) + n, std::memory_order_relaxed); }
  void set(uint64_t n) { value_.store(n, std::memory_order_relaxed); }  // for gauges owned by one thread
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

}  // namespace tapwatch

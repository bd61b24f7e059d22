#pragma once
// Counter: a single-writer event counter. The owning (worker) thread bumps it
// with a relaxed load+store — a plain add on x86, no lock prefix — and any
// thread may read it at scrape time without a data race.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string_view>

namespace tapwatch {

class Counter {
 public:
  void add(uint64_t n = 1) { value_.store(value_.load(std::memory_order_relaxed) + n, std::memory_order_relaxed); }
  void set(uint64_t n) { value_.store(n, std::memory_order_relaxed); }  // for gauges owned by one thread
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

// How a module reports its counters to the exporter and summaries, at any
// time from any thread: (metric name, label value or "" when the metric has
// no label, value). Label names come from stats/metric_catalog.
using CounterVisitor = std::function<void(std::string_view metric, std::string_view label, uint64_t value)>;

}  // namespace tapwatch

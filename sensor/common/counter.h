#pragma once
// The values behind every metric. Counter and Gauge have one writer (the
// owning thread), which updates them with a relaxed load+store — a plain add
// on x86, no lock prefix — and any thread may read them at scrape time
// without a data race.
#include <atomic>
#include <cstdint>

namespace tapwatch {

// A monotonic count of events.
class Counter {
 public:
  void add(uint64_t n = 1) { value_.store(value() + n, std::memory_order_relaxed); }
  // For a total that is counted elsewhere (pcap_stats' kernel drops): copies it instead of counting here.
  void mirrorTotal(uint64_t total) { value_.store(total, std::memory_order_relaxed); }
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

// A level that goes up and down (flows in the table, bytes held).
class Gauge {
 public:
  void set(uint64_t v) { value_.store(v, std::memory_order_relaxed); }
  void add(uint64_t n = 1) { set(value() + n); }
  void sub(uint64_t n = 1) { set(value() - n); }
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

// A Counter that several threads bump: an atomic read-modify-write, so only
// for rare events (an alert dropped at a full hand-off), never per packet.
class SharedCounter {
 public:
  void add(uint64_t n = 1) { value_.fetch_add(n, std::memory_order_relaxed); }
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

}  // namespace tapwatch

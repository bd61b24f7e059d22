#pragma once
// Bounded single-producer single-consumer ring. The capture thread is the only
// producer and one worker the only consumer; no locks, no allocation after
// construction. Capacity is rounded up to a power of two.
#include <atomic>
#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <utility>

namespace tapwatch {

template <typename T>
class SpscRing {
 public:
  explicit SpscRing(size_t min_capacity) {
    size_t cap = 2;
    while (cap < min_capacity) cap <<= 1;
    mask_ = cap - 1;
    slots_ = std::make_unique<T[]>(cap);
  }
  SpscRing(const SpscRing&) = delete;
  SpscRing& operator=(const SpscRing&) = delete;

  size_t capacity() const { return mask_ + 1; }

  // Producer thread. Returns false when full (caller decides: wait or drop).
  bool tryPush(T&& value) {
    const size_t head = head_.load(std::memory_order_relaxed);
    if (head - cachedTail_ > mask_) {
      cachedTail_ = tail_.load(std::memory_order_acquire);
      if (head - cachedTail_ > mask_) return false;
    }
    slots_[head & mask_] = std::move(value);
    head_.store(head + 1, std::memory_order_release);
    return true;
  }

  // Consumer thread. Returns a pointer to the front element or nullptr; call
  // pop() once done with it. Lets the consumer use the slot in place.
  T* front() {
    const size_t tail = tail_.load(std::memory_order_relaxed);
    if (tail == cachedHead_) {
      cachedHead_ = head_.load(std::memory_order_acquire);
      if (tail == cachedHead_) return nullptr;
    }
    return &slots_[tail & mask_];
  }
  void pop() { tail_.store(tail_.load(std::memory_order_relaxed) + 1, std::memory_order_release); }

  // Either thread; approximate while the other side is running.
  size_t size() const { return head_.load(std::memory_order_acquire) - tail_.load(std::memory_order_acquire); }

 private:
  static constexpr size_t kLine = 64;
  alignas(kLine) std::atomic<size_t> head_{0};
  alignas(kLine) size_t cachedTail_ = 0;  // producer's view of tail_
  alignas(kLine) std::atomic<size_t> tail_{0};
  alignas(kLine) size_t cachedHead_ = 0;  // consumer's view of head_
  alignas(kLine) size_t mask_ = 0;
  std::unique_ptr<T[]> slots_;
};

}  // namespace tapwatch

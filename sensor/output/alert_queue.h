#pragma once
// Bounded multi-producer single-consumer hand-off of events from the worker
// threads to the output thread (Vyukov's bounded queue: one CAS per push, no
// locks, no allocation after construction; moving an EveEvent moves one
// pointer). Producers: any worker thread. Consumer: output thread.
#include <atomic>
#include <cstddef>
#include <memory>
#include <new>

#include "output/alert.h"
#include "output/eve_event.h"

namespace tapwatch {

template <typename T>
class HandOffQueue {
 public:
  explicit HandOffQueue(size_t min_capacity) {
    size_t cap = 2;
    while (cap < min_capacity) cap <<= 1;
    mask_ = cap - 1;
    cells_ = std::make_unique<Cell[]>(cap);
    for (size_t i = 0; i < cap; ++i) cells_[i].seq.store(i, std::memory_order_relaxed);
  }
  HandOffQueue(const HandOffQueue&) = delete;
  HandOffQueue& operator=(const HandOffQueue&) = delete;

  size_t capacity() const { return mask_ + 1; }

  // Any thread. False when full; the record is left untouched then.
  bool tryPush(T& record) {
    size_t pos = head_.load(std::memory_order_relaxed);
    for (;;) {
      Cell& cell = cells_[pos & mask_];
      const size_t seq = cell.seq.load(std::memory_order_acquire);
      const auto diff = static_cast<std::ptrdiff_t>(seq) - static_cast<std::ptrdiff_t>(pos);
      if (diff == 0) {
        if (head_.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
          cell.value = std::move(record);
          cell.seq.store(pos + 1, std::memory_order_release);
          return true;
        }
      } else if (diff < 0) {
        return false;
      } else {
        pos = head_.load(std::memory_order_relaxed);
      }
    }
  }

  // Consumer (output thread) only.
  bool tryPop(T& out) {
    Cell& cell = cells_[tail_ & mask_];
    const size_t seq = cell.seq.load(std::memory_order_acquire);
    if (static_cast<std::ptrdiff_t>(seq) - static_cast<std::ptrdiff_t>(tail_ + 1) < 0) return false;
    out = std::move(cell.value);
    cell.seq.store(tail_ + mask_ + 1, std::memory_order_release);
    ++tail_;
    return true;
  }

 private:
  struct Cell {
    std::atomic<size_t> seq{0};
    T value;
  };
  static constexpr size_t kLine = 64;
  alignas(kLine) std::atomic<size_t> head_{0};
  alignas(kLine) size_t tail_ = 0;
  alignas(kLine) size_t mask_ = 0;
  std::unique_ptr<Cell[]> cells_;
};

using AlertQueue = HandOffQueue<AlertRecord>;
using EventQueue = HandOffQueue<EveEvent>;

}  // namespace tapwatch

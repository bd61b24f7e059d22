#pragma once
// PacketRing: single-producer single-consumer FIFO of variable-length packets
// in one preallocated byte buffer (capture thread -> one worker). Packets are
// copied once, on push; the worker reads them in place. No locks, no
// allocation after construction.
//
// Each side keeps a private copy of the other side's position and reloads the
// shared one only when its copy says full (producer) or empty (consumer), so
// the two cache lines are not bounced on every packet. The consumer can take a
// batch (front + popDeferred, repeated) and hand the space back once (release).
#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>

#include "common/ip_address.h"

namespace tapwatch {

struct RingPacketHeader {
  Timestamp ts;
  uint32_t caplen = 0;
  uint32_t wire_length = 0;
  uint32_t record_bytes = 0;  // header + data, padded; 0 marks "wrap to start"
  int32_t datalink = 0;
};

class PacketRing {
 public:
  explicit PacketRing(size_t bytes);
  PacketRing(const PacketRing&) = delete;
  PacketRing& operator=(const PacketRing&) = delete;

  // Producer. False when there is no room now (caller waits or drops).
  bool tryPush(const RingPacketHeader& header, const uint8_t* data);

  // Consumer: the oldest packet, or nullptr when empty. Data follows the header.
  const RingPacketHeader* front();
  static const uint8_t* dataOf(const RingPacketHeader* h) { return reinterpret_cast<const uint8_t*>(h + 1); }
  void pop();
  // Batch consumption: consume the front packet without handing its space
  // back; release() hands back everything consumed so far. The data of a
  // consumed packet stays valid until release().
  void popDeferred();
  void release() { tail_.store(read_, std::memory_order_release); }
  // Hint: start loading the packet after `h` (if already pushed) into the cache.
  void prefetchNext(const RingPacketHeader* h) const {
    const size_t next = read_ + h->record_bytes;
    if (next == cached_head_ || next % size_ + sizeof(RingPacketHeader) > size_) return;
    const uint8_t* p = buffer_.get() + next % size_;
    __builtin_prefetch(p);
    __builtin_prefetch(p + 64);
  }

  // Whether a packet of this size can ever be stored (records use at most half the ring).
  bool fits(uint32_t caplen) const { return recordSize(caplen) <= size_ / 2; }

  // Consumer side: nothing left to read (packets consumed with popDeferred count as read).
  bool empty() const { return head_.load(std::memory_order_acquire) == read_; }
  size_t capacity() const { return size_; }

 private:
  static constexpr size_t kAlign = alignof(RingPacketHeader) > 8 ? alignof(RingPacketHeader) : 8;
  static size_t recordSize(uint32_t caplen) { return (sizeof(RingPacketHeader) + caplen + kAlign - 1) & ~(kAlign - 1); }
  RingPacketHeader* at(size_t pos) { return reinterpret_cast<RingPacketHeader*>(buffer_.get() + pos); }

  size_t size_;
  std::unique_ptr<uint8_t[]> buffer_;
  // Monotonic byte positions; position % size_ is the offset. The producer
  // owns head_ (and its copy of tail_), the consumer tail_ (published), read_
  // (consumed, ahead of tail_ within a batch) and its copy of head_.
  alignas(64) std::atomic<size_t> head_{0};
  size_t cached_tail_ = 0;
  alignas(64) std::atomic<size_t> tail_{0};
  size_t read_ = 0;
  size_t cached_head_ = 0;
};

}  // namespace tapwatch

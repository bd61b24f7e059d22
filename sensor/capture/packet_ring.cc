#include "capture/packet_ring.h"

namespace tapwatch {

PacketRing::PacketRing(size_t bytes) : size_((bytes + kAlign - 1) & ~(kAlign - 1)), buffer_(new uint8_t[size_]) {}

bool PacketRing::tryPush(const RingPacketHeader& header, const uint8_t* data) {
  if (!fits(header.caplen)) return false;  // caller counts it as oversize
  const size_t need = recordSize(header.caplen);
  const size_t head = head_.load(std::memory_order_relaxed);
  size_t offset = head % size_;
  size_t pad = 0;
  // A record never wraps: if it does not fit before the end, leave a wrap
  // marker (record_bytes = 0) and start at offset 0.
  if (size_ - offset < need) pad = size_ - offset;
  if (size_ - (head - cached_tail_) < need + pad) {
    cached_tail_ = tail_.load(std::memory_order_acquire);
    if (size_ - (head - cached_tail_) < need + pad) return false;
  }
  if (pad != 0) {
    if (pad >= sizeof(RingPacketHeader)) at(offset)->record_bytes = 0;
    offset = 0;
  }
  RingPacketHeader* slot = at(offset);
  *slot = header;
  slot->record_bytes = static_cast<uint32_t>(need);
  std::memcpy(slot + 1, data, header.caplen);
  head_.store(head + pad + need, std::memory_order_release);
  return true;
}

const RingPacketHeader* PacketRing::front() {
  if (read_ == cached_head_) {
    cached_head_ = head_.load(std::memory_order_acquire);
    if (read_ == cached_head_) return nullptr;
  }
  size_t offset = read_ % size_;
  // Skip the unused end of the buffer (too small for a header, or a wrap marker).
  if (size_ - offset < sizeof(RingPacketHeader) || at(offset)->record_bytes == 0) {
    read_ += size_ - offset;
    if (read_ == cached_head_) cached_head_ = head_.load(std::memory_order_acquire);
    if (read_ == cached_head_) {
      release();
      return nullptr;
    }
    offset = 0;
  }
  return at(offset);
}

void PacketRing::popDeferred() { read_ += at(read_ % size_)->record_bytes; }

void PacketRing::pop() {
  popDeferred();
  release();
}

}  // namespace tapwatch

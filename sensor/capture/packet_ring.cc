#include "capture/packet_ring.h"

namespace tapwatch {

PacketRing::PacketRing(size_t bytes) : size_((bytes + kAlign - 1) & ~(kAlign - 1)), buffer_(new uint8_t[size_]) {}

bool PacketRing::tryPush(const RingPacketHeader& header, const uint8_t* data) {
  if (!fits(header.caplen)) return false;  // caller counts it as oversize
  const size_t need = recordSize(header.caplen);
  const size_t head = head_.load(std::memory_order_relaxed);
  const size_t tail = tail_.load(std::memory_order_acquire);
  size_t offset = head % size_;
  size_t pad = 0;
  // A record never wraps: if it does not fit before the end, leave a wrap
  // marker (record_bytes = 0) and start at offset 0.
  if (size_ - offset < need) pad = size_ - offset;
  if (size_ - (head - tail) < need + pad) return false;
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
  size_t tail = tail_.load(std::memory_order_relaxed);
  const size_t head = head_.load(std::memory_order_acquire);
  if (tail == head) return nullptr;
  size_t offset = tail % size_;
  // Skip the unused end of the buffer (too small for a header, or a wrap marker).
  if (size_ - offset < sizeof(RingPacketHeader) || at(offset)->record_bytes == 0) {
    tail += size_ - offset;
    tail_.store(tail, std::memory_order_release);
    if (tail == head) return nullptr;
    offset = 0;
  }
  return at(offset);
}

void PacketRing::pop() {
  const size_t tail = tail_.load(std::memory_order_relaxed);
  tail_.store(tail + at(tail % size_)->record_bytes, std::memory_order_release);
}

}  // namespace tapwatch

#include "flow/ooo_buffer_pool.h"

#include <algorithm>
#include <cstring>

#include "flow/flow_stats.h"

namespace tapwatch {

void OooBuffer::write(uint32_t seq, ByteSpan data) {
  const uint32_t pos = seq & mask();
  const size_t first = std::min<size_t>(data.size(), capacity - pos);
  std::memcpy(bytes.get() + pos, data.data(), first);
  if (first < data.size()) std::memcpy(bytes.get(), data.data() + first, data.size() - first);
}

std::array<ByteSpan, 2> OooBuffer::read(uint32_t seq, uint32_t length) const {
  const uint32_t pos = seq & mask();
  const uint32_t first = std::min(length, capacity - pos);
  return {ByteSpan{bytes.get() + pos, first}, ByteSpan{bytes.get(), length - first}};
}

OooBufferPool::OooBufferPool(uint64_t memcap_bytes, FlowStats& stats) : memcap_(memcap_bytes), stats_(stats) {
  free_.reserve(kMaxFree);
}

std::unique_ptr<OooBuffer> OooBufferPool::acquire() {
  std::unique_ptr<OooBuffer> buffer;
  if (!free_.empty()) {
    buffer = std::move(free_.back());
    free_.pop_back();
  } else {
    buffer = std::make_unique<OooBuffer>();
  }
  buffer->range_count = 0;
  buffer->piece_count = 0;
  if (buffer->capacity != 0) {
    if (in_use_ + buffer->capacity > memcap_) {
      buffer->bytes.reset();
      buffer->capacity = 0;
    } else {
      in_use_ += buffer->capacity;
      publish();
    }
  }
  return buffer;
}

void OooBufferPool::release(std::unique_ptr<OooBuffer> buffer) {
  if (!buffer) return;
  in_use_ -= buffer->capacity;
  publish();
  if (free_.size() >= kMaxFree) return;  // storage freed with the buffer
  if (buffer->capacity > kKeepCapacity) {
    buffer->bytes.reset();
    buffer->capacity = 0;
  }
  buffer->range_count = 0;
  buffer->piece_count = 0;
  free_.push_back(std::move(buffer));
}

bool OooBufferPool::reserve(OooBuffer& buffer, uint32_t min_capacity) {
  if (buffer.capacity >= min_capacity) return true;
  uint64_t capacity = std::max<uint64_t>(buffer.capacity, kMinCapacity);
  while (capacity < min_capacity) capacity <<= 1;
  if (capacity > (uint64_t{1} << 31)) return false;  // ring index must divide 2^32
  if (in_use_ - buffer.capacity + capacity > memcap_) return false;

  auto bytes = std::make_unique_for_overwrite<uint8_t[]>(capacity);
  OooBuffer grown;
  grown.bytes = std::move(bytes);
  grown.capacity = static_cast<uint32_t>(capacity);
  for (uint32_t i = 0; i < buffer.range_count; ++i) {
    const SeqRange& r = buffer.ranges[i];
    uint32_t seq = r.begin;
    for (ByteSpan part : buffer.read(r.begin, r.end - r.begin)) {
      grown.write(seq, part);
      seq += static_cast<uint32_t>(part.size());
    }
  }
  in_use_ = in_use_ - buffer.capacity + capacity;
  buffer.bytes = std::move(grown.bytes);
  buffer.capacity = grown.capacity;
  publish();
  return true;
}

void OooBufferPool::publish() { stats_.ooo_bytes_buffered.set(in_use_); }

}  // namespace tapwatch

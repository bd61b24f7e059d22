#pragma once
// OooBuffer / OooBufferPool: storage for one stream direction's out-of-order
// TCP bytes, and the per-table pool that recycles it and enforces the table's
// memcap (stream.memcap_mb). Worker thread only.
//
// An OooBuffer is a ring indexed by absolute sequence number (seq & mask):
// every buffered byte lies within `capacity` bytes after the stream's next
// expected sequence number, so no two buffered bytes share a slot, wraparound
// at 2^32 needs no special case (2^32 is a multiple of the power-of-two
// capacity), and growing copies only the valid ranges. The ranges are sorted,
// disjoint and never adjacent (adjacent ones are merged). The pieces say which
// segment supplied each buffered byte, for the overlap policy.
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "common/bytes.h"

namespace tapwatch {

struct FlowStats;

// [begin, end) in absolute TCP sequence numbers.
struct SeqRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Buffered bytes [begin, end) supplied by the segment [seg_begin, seg_end):
// what the overlap policy compares a later segment with.
struct SeqPiece {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t seg_begin = 0;
  uint32_t seg_end = 0;
};

struct OooBuffer {
  // Bounded so a stream of alternating 1-byte holes cannot make bookkeeping
  // grow; hitting it is treated like the out-of-order byte cap.
  static constexpr uint32_t kMaxRanges = 32;
  static constexpr uint32_t kMaxPieces = 64;

  std::unique_ptr<uint8_t[]> bytes;
  uint32_t capacity = 0;  // power of two, or 0 when no storage is held
  uint32_t range_count = 0;
  std::array<SeqRange, kMaxRanges> ranges{};
  // Sorted, disjoint, together exactly the ranges' bytes; neighbours from one segment are merged.
  uint32_t piece_count = 0;
  std::array<SeqPiece, kMaxPieces> pieces{};

  uint32_t mask() const { return capacity - 1; }
  // Copies `data` to the ring at `seq` (caller guarantees it fits the window).
  void write(uint32_t seq, ByteSpan data);
  // The ring bytes of [seq, seq+length) as at most two spans (the second may be empty).
  std::array<ByteSpan, 2> read(uint32_t seq, uint32_t length) const;
};

class OooBufferPool {
 public:
  static constexpr uint32_t kMinCapacity = 4096;
  // Released buffers keep their storage up to this size so a table whose flows
  // keep losing single segments does not allocate again and again.
  static constexpr uint32_t kKeepCapacity = 16384;
  static constexpr size_t kMaxFree = 64;

  OooBufferPool(uint64_t memcap_bytes, FlowStats& stats);
  OooBufferPool(const OooBufferPool&) = delete;
  OooBufferPool& operator=(const OooBufferPool&) = delete;

  // A buffer with no ranges (its kept storage, if any, is charged to the memcap).
  std::unique_ptr<OooBuffer> acquire();
  // Returns a buffer; its storage no longer counts toward the memcap.
  void release(std::unique_ptr<OooBuffer> buffer);
  // Makes `buffer` hold at least `min_capacity` bytes, keeping its ranges'
  // bytes. False (nothing changed) when the memcap would be exceeded.
  bool reserve(OooBuffer& buffer, uint32_t min_capacity);

  uint64_t memoryInUse() const { return in_use_; }
  uint64_t memcap() const { return memcap_; }

 private:
  void publish();

  uint64_t memcap_;
  uint64_t in_use_ = 0;
  FlowStats& stats_;
  std::vector<std::unique_ptr<OooBuffer>> free_;
};

}  // namespace tapwatch

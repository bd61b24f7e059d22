#include "flow/tcp_reassembler.h"

#include <algorithm>
#include <cstring>

#include "flow/flow_stats.h"

namespace tapwatch {

namespace {

// Real windows are far below this; anything further ahead is noise or an attack.
constexpr uint32_t kMaxAhead = uint32_t{1} << 30;

// Distance from `base` to `seq` going forward (caller knows seq is not behind).
uint32_t ahead(uint32_t seq, uint32_t base) { return seq - base; }

}  // namespace

StreamResources::StreamResources(const StreamConfig& config, FlowStats& stats_in, uint64_t memcap_bytes)
    : depth_bytes(config.depth_bytes),
      max_out_of_order(std::min(config.max_out_of_order_bytes, kMaxAhead)),
      stats(stats_in),
      pool(memcap_bytes, stats_in) {}

void TcpReassembler::attach(StreamResources& resources) {
  reset();
  resources_ = &resources;
}

void TcpReassembler::reset() {
  releaseBuffer();
  offset_ = 0;
  next_ = 0;
  buffered_ = 0;
  fin_seq_ = 0;
  highest_ack_ = 0;
  initialised_ = fin_known_ = ack_known_ = stopped_ = depth_reached_ = truncation_counted_ = false;
}

void TcpReassembler::init(uint32_t next_seq) {
  if (offset_ != 0 || buffered_ != 0) return;
  next_ = next_seq;
  initialised_ = true;
}

void TcpReassembler::segment(uint32_t seq, ByteSpan data, ReassemblySink& sink) {
  if (data.empty() || stopped_) return;
  if (depth_reached_) {
    noteTruncated();
    return;
  }
  if (!initialised_) init(seq);
  FlowStats& stats = resources_->stats;
  const int32_t distance = static_cast<int32_t>(seq - next_);
  if (distance > static_cast<int32_t>(kMaxAhead)) {
    stats.out_of_window.add();
    return;
  }
  if (distance < 0) {
    const uint64_t old = std::min<uint64_t>(static_cast<uint64_t>(-static_cast<int64_t>(distance)), data.size());
    stats.retransmitted_bytes.add(old);
    data = data.subspan(old);
    seq += static_cast<uint32_t>(old);
    if (data.empty()) return;
  }
  deliver(seq, data, sink);
  if (!active()) releaseBuffer();
}

// `seq` is at or after next_. Loops because delivering can reach buffered
// ranges, and skipping a hole can turn the segment into the next in-order one.
void TcpReassembler::deliver(uint32_t seq, ByteSpan data, ReassemblySink& sink) {
  FlowStats& stats = resources_->stats;
  while (!data.empty() && active()) {
    if (seq != next_) {
      // The receiver already acknowledged the hole: the capture lost it, waiting is pointless.
      const bool hole_acked = ack_known_ && seqLessEq(seq, highest_ack_);
      if (!hole_acked && bufferSegment(seq, data)) return;
      uint32_t target = seq;
      if (hasBuffered() && seqLess(firstRange().begin, seq)) target = firstRange().begin;
      skipTo(target, sink);
      // Bytes now behind next_ were delivered from the buffer: first-received wins.
      const int32_t behind = static_cast<int32_t>(next_ - seq);
      if (behind > 0) {
        const uint32_t n = std::min<uint32_t>(static_cast<uint32_t>(behind), static_cast<uint32_t>(data.size()));
        stats.overlap_bytes.add(n);
        data = data.subspan(n);
        seq += n;
      }
      continue;
    }
    size_t n = data.size();
    if (hasBuffered()) n = std::min<size_t>(n, ahead(firstRange().begin, next_));
    if (n > 0) {
      emitData(data.first(n), sink);
      next_ += static_cast<uint32_t>(n);
      seq += static_cast<uint32_t>(n);
      data = data.subspan(n);
      if (!active()) return;
    }
    if (data.empty()) break;
    // The packet runs into the first buffered range, which was received first and wins.
    const SeqRange first = firstRange();
    const uint32_t overlap = std::min<uint32_t>(static_cast<uint32_t>(data.size()), ahead(first.end, seq));
    stats.overlap_bytes.add(overlap);
    uint32_t at = 0;
    bool conflict = false;
    for (ByteSpan part : buffer_->read(seq, overlap)) {
      conflict = conflict || std::memcmp(part.data(), data.data() + at, part.size()) != 0;
      at += static_cast<uint32_t>(part.size());
    }
    if (conflict) stats.overlap_conflicts.add();
    drain(sink);
    data = data.subspan(overlap);
    seq += overlap;
  }
  drain(sink);
}

// Copies the parts of [seq, seq+len) no buffered range covers. False when the
// segment cannot be held (cap, range cap, memcap); nothing is changed then.
bool TcpReassembler::bufferSegment(uint32_t seq, ByteSpan data) {
  FlowStats& stats = resources_->stats;
  const uint32_t begin = ahead(seq, next_);
  const uint64_t end64 = uint64_t{begin} + data.size();
  if (end64 > resources_->max_out_of_order) {
    stats.ooo_cap_hits.add();
    return false;
  }
  const uint32_t end = static_cast<uint32_t>(end64);
  if (!buffer_) buffer_ = resources_->pool.acquire();
  OooBuffer& buf = *buffer_;

  // Ranges touching (overlapping or adjacent to) the new one merge with it.
  uint32_t touching = 0;
  for (uint32_t i = 0; i < buf.range_count; ++i) {
    const uint32_t rb = ahead(buf.ranges[i].begin, next_), re = ahead(buf.ranges[i].end, next_);
    if (re >= begin && rb <= end) ++touching;
  }
  if (buf.range_count + 1 - touching > OooBuffer::kMaxRanges) {
    stats.ooo_cap_hits.add();
    if (buf.range_count == 0) releaseBuffer();
    return false;
  }
  if (!resources_->pool.reserve(buf, end)) {
    stats.memcap_drops.add();
    if (buf.range_count == 0) releaseBuffer();
    return false;
  }

  // Fill the holes; compare the overlaps (first-received bytes stay).
  uint32_t pos = begin;
  uint64_t overlap = 0;
  bool conflict = false;
  for (uint32_t i = 0; i < buf.range_count && pos < end; ++i) {
    const uint32_t rb = ahead(buf.ranges[i].begin, next_), re = ahead(buf.ranges[i].end, next_);
    if (re <= pos) continue;
    if (rb >= end) break;
    if (rb > pos) {
      buf.write(next_ + pos, data.subspan(pos - begin, rb - pos));
      buffered_ += rb - pos;
      pos = rb;
    }
    const uint32_t overlap_end = std::min(re, end);
    uint32_t at = pos - begin;
    for (ByteSpan part : buf.read(next_ + pos, overlap_end - pos)) {
      conflict = conflict || std::memcmp(part.data(), data.data() + at, part.size()) != 0;
      at += static_cast<uint32_t>(part.size());
    }
    overlap += overlap_end - pos;
    pos = overlap_end;
  }
  if (pos < end) {
    buf.write(next_ + pos, data.subspan(pos - begin, end - pos));
    buffered_ += end - pos;
  }
  if (overlap != 0) stats.overlap_bytes.add(overlap);
  if (conflict) stats.overlap_conflicts.add();

  // Merge [begin, end) into the sorted range list.
  std::array<SeqRange, OooBuffer::kMaxRanges> merged{};
  uint32_t count = 0;
  uint32_t nb = begin, ne = end;
  bool placed = false;
  for (uint32_t i = 0; i < buf.range_count; ++i) {
    const uint32_t rb = ahead(buf.ranges[i].begin, next_), re = ahead(buf.ranges[i].end, next_);
    if (re < nb) {
      merged[count++] = buf.ranges[i];
    } else if (rb > ne) {
      if (!placed) {
        merged[count++] = SeqRange{next_ + nb, next_ + ne};
        placed = true;
      }
      merged[count++] = buf.ranges[i];
    } else {
      nb = std::min(nb, rb);
      ne = std::max(ne, re);
    }
  }
  if (!placed) merged[count++] = SeqRange{next_ + nb, next_ + ne};
  buf.ranges = merged;
  buf.range_count = count;
  return true;
}

// Hands on the first buffered range if it starts at next_ (ranges never
// touch, so at most one can), then lets go of empty storage.
void TcpReassembler::drain(ReassemblySink& sink) {
  if (hasBuffered() && firstRange().begin == next_ && active()) {
    OooBuffer& buf = *buffer_;
    const SeqRange r = buf.ranges[0];
    std::copy(buf.ranges.begin() + 1, buf.ranges.begin() + buf.range_count, buf.ranges.begin());
    --buf.range_count;
    const uint32_t length = r.end - r.begin;
    buffered_ -= length;
    for (ByteSpan part : buf.read(r.begin, length)) {
      if (!part.empty() && active()) emitData(part, sink);
    }
    next_ = r.end;
  }
  if (buffer_ && (buffer_->range_count == 0 || !active())) releaseBuffer();
}

// Declares [next_, seq) lost and resumes at seq.
void TcpReassembler::skipTo(uint32_t seq, ReassemblySink& sink) {
  emitGap(ahead(seq, next_), sink);
  next_ = seq;
  drain(sink);
}

void TcpReassembler::ack(uint32_t ack, ReassemblySink& sink) {
  if (!initialised_ || !active()) return;
  const int32_t distance = static_cast<int32_t>(ack - next_);
  if (distance <= 0 || distance > static_cast<int32_t>(kMaxAhead)) return;
  if (!ack_known_ || seqLess(highest_ack_, ack)) {
    highest_ack_ = ack;
    ack_known_ = true;
  }
  while (hasBuffered() && active() && seqLessEq(firstRange().begin, ack)) skipTo(firstRange().begin, sink);
  if (!active()) releaseBuffer();
}

void TcpReassembler::fin(uint32_t fin_seq) {
  if (!initialised_ || fin_known_) return;
  fin_seq_ = fin_seq;
  fin_known_ = true;
}

void TcpReassembler::flush(ReassemblySink& sink) {
  if (initialised_) {
    while (hasBuffered() && active()) skipTo(firstRange().begin, sink);
    if (active()) {
      const uint32_t end = fin_known_ ? fin_seq_ : ack_known_ ? highest_ack_ : next_;
      const int32_t missing = static_cast<int32_t>(end - next_);
      if (missing > 0 && missing <= static_cast<int32_t>(kMaxAhead)) skipTo(end, sink);
    }
  }
  releaseBuffer();
}

void TcpReassembler::stop() {
  stopped_ = true;
  releaseBuffer();
}

void TcpReassembler::emitData(ByteSpan data, ReassemblySink& sink) {
  const uint64_t depth = resources_->depth_bytes;
  if (depth != 0) {
    if (offset_ >= depth) {
      depth_reached_ = true;
      noteTruncated();
      return;
    }
    if (data.size() > depth - offset_) {
      data = data.first(depth - offset_);
      depth_reached_ = true;
      noteTruncated();
    }
  }
  offset_ += data.size();
  if (!data.empty()) sink.streamData(data);
}

void TcpReassembler::emitGap(uint64_t missing, ReassemblySink& sink) {
  if (missing == 0) return;
  FlowStats& stats = resources_->stats;
  stats.tcp_gaps.add();
  stats.gap_bytes.add(missing);
  const uint64_t depth = resources_->depth_bytes;
  uint64_t reported = missing;
  if (depth != 0) {
    reported = std::min(missing, depth > offset_ ? depth - offset_ : 0);
    if (offset_ + missing >= depth) depth_reached_ = true;
  }
  offset_ += missing;
  if (reported != 0) sink.streamGap(reported);
}

void TcpReassembler::noteTruncated() {
  depth_reached_ = true;
  if (truncation_counted_) return;
  truncation_counted_ = true;
  resources_->stats.depth_truncated.add();
}

void TcpReassembler::releaseBuffer() {
  if (!buffer_) return;
  buffered_ = 0;
  if (resources_ != nullptr) {
    resources_->pool.release(std::move(buffer_));
  } else {
    buffer_.reset();
  }
}

}  // namespace tapwatch

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
  start_ = 0;
  highest_end_ = 0;
  initialised_ = fin_known_ = ack_known_ = stopped_ = depth_reached_ = truncation_counted_ = false;
}

void TcpReassembler::init(uint32_t next_seq) {
  if (offset_ != 0 || buffered_ != 0) return;
  next_ = next_seq;
  start_ = next_seq;
  highest_end_ = next_seq;
  initialised_ = true;
}

void TcpReassembler::segment(uint32_t seq, ByteSpan data, ReassemblySink& sink) {
  if (data.empty()) return;
  if (!initialised_ && !stopped_) init(seq);
  noteSent(seq + static_cast<uint32_t>(data.size()));
  if (stopped_) return;
  if (depth_reached_) {
    noteTruncated();
    return;
  }
  FlowStats& stats = resources_->stats;
  const SegmentExtent extent{seq, seq + static_cast<uint32_t>(data.size())};
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
  deliver(seq, data, extent, sink);
  if (!active()) releaseBuffer();
}

// `seq` is at or after next_. Loops because delivering can reach buffered
// ranges, and skipping a hole can turn the segment into the next in-order one.
// The overlap policy is applied to the buffered bytes the segment covers once,
// before any of them is handed on.
void TcpReassembler::deliver(uint32_t seq, ByteSpan data, SegmentExtent segment, ReassemblySink& sink) {
  bool resolved = false;
  while (!data.empty() && active()) {
    if (seq != next_) {
      // The receiver already acknowledged the hole: the capture lost it, waiting is pointless.
      const bool hole_acked = ack_known_ && seqLessEq(seq, highest_ack_);
      if (!hole_acked && bufferSegment(seq, data, segment)) return;
    }
    if (!resolved && hasBuffered()) {
      placeSegment(seq, data, segment, false);
      resolved = true;
    }
    if (seq != next_) {
      uint32_t target = seq;
      if (hasBuffered() && seqLess(firstRange().begin, seq)) target = firstRange().begin;
      skipTo(target, sink);
      // Bytes now behind next_ came from the buffer, already resolved by the policy.
      const int32_t behind = static_cast<int32_t>(next_ - seq);
      if (behind > 0) {
        const uint32_t n = std::min<uint32_t>(static_cast<uint32_t>(behind), static_cast<uint32_t>(data.size()));
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
    // The packet runs into the first buffered range, whose bytes the policy has settled.
    const SeqRange first = firstRange();
    const uint32_t overlap = std::min<uint32_t>(static_cast<uint32_t>(data.size()), ahead(first.end, seq));
    drain(sink);
    data = data.subspan(overlap);
    seq += overlap;
  }
  drain(sink);
}

bool TcpReassembler::placeSegment(uint32_t seq, ByteSpan data, SegmentExtent segment, bool fill_holes) {
  struct Planned {
    SeqPiece piece;
    bool fresh;  // the new segment's bytes go here
    bool hole;   // ... and it was not buffered before
  };
  // Offsets from next_; the segment's own start may lie behind it (negative).
  auto rel = [this](uint32_t x) { return int64_t{static_cast<int32_t>(x - next_)}; };
  const int64_t nb = rel(segment.begin), ne = rel(segment.end);
  const uint32_t begin = seq, end = seq + static_cast<uint32_t>(data.size());
  OooBuffer& buf = *buffer_;

  std::array<Planned, OooBuffer::kMaxPieces * 2 + 4> plan{};
  uint32_t count = 0;
  const auto push = [&](Planned p) {
    // Neighbours from one segment with the same fate merge; the table holds at most 2x+4 before merging.
    if (count > 0) {
      Planned& last = plan[count - 1];
      if (last.piece.end == p.piece.begin && last.piece.seg_begin == p.piece.seg_begin &&
          last.piece.seg_end == p.piece.seg_end && last.fresh == p.fresh && last.hole == p.hole) {
        last.piece.end = p.piece.end;
        return true;
      }
    }
    if (count == plan.size()) return false;
    plan[count++] = p;
    return true;
  };
  const SeqPiece mine{0, 0, segment.begin, segment.end};
  auto newPiece = [&](uint32_t from, uint32_t to, bool hole) {
    return Planned{SeqPiece{from, to, mine.seg_begin, mine.seg_end}, true, hole};
  };

  uint64_t overlap = 0;
  bool conflict = false;
  bool fits = true;
  uint32_t cursor = begin;
  for (uint32_t i = 0; i < buf.piece_count && fits; ++i) {
    const SeqPiece& held = buf.pieces[i];
    if (seqLessEq(held.end, begin) || seqLessEq(end, held.begin)) {
      if (fill_holes && seqLessEq(end, held.begin) && seqLess(cursor, end)) {
        fits = push(newPiece(cursor, end, true));
        cursor = end;
      }
      fits = fits && push(Planned{held, false, false});
      continue;
    }
    if (fill_holes && seqLess(cursor, held.begin)) fits = push(newPiece(cursor, held.begin, true));
    const uint32_t ob = seqLess(held.begin, begin) ? begin : held.begin;
    const uint32_t oe = seqLess(held.end, end) ? held.end : end;
    if (held.begin != ob)
      fits = fits && push(Planned{SeqPiece{held.begin, ob, held.seg_begin, held.seg_end}, false, false});
    uint32_t at = ob - begin;
    for (ByteSpan part : buf.read(ob, oe - ob)) {
      conflict = conflict || std::memcmp(part.data(), data.data() + at, part.size()) != 0;
      at += static_cast<uint32_t>(part.size());
    }
    overlap += oe - ob;
    const bool wins = newDataWins(policy_, OverlapLayer::TcpSegment, nb, ne, rel(held.seg_begin), rel(held.seg_end));
    fits = fits &&
           push(wins ? newPiece(ob, oe, false) : Planned{SeqPiece{ob, oe, held.seg_begin, held.seg_end}, false, false});
    if (oe != held.end)
      fits = fits && push(Planned{SeqPiece{oe, held.end, held.seg_begin, held.seg_end}, false, false});
    cursor = oe;
  }
  if (fits && fill_holes && seqLess(cursor, end)) fits = push(newPiece(cursor, end, true));
  if (!fits) return false;

  for (uint32_t i = 0; i < count; ++i) {
    const Planned& p = plan[i];
    if (!p.fresh) continue;
    const uint32_t length = p.piece.end - p.piece.begin;
    buf.write(p.piece.begin, data.subspan(p.piece.begin - begin, length));
    if (p.hole) buffered_ += length;
  }
  // Too many pieces (many small reordered segments): touching pieces merge, and the
  // merged piece counts as one segment spanning both. Later overlaps there are then
  // judged a little coarser; the bytes held are unchanged.
  const bool coarsen = count > OooBuffer::kMaxPieces;
  uint32_t kept = 0;
  for (uint32_t i = 0; i < count; ++i) {
    const SeqPiece& p = plan[i].piece;
    if (coarsen && kept > 0 && buf.pieces[kept - 1].end == p.begin) {
      SeqPiece& last = buf.pieces[kept - 1];
      last.end = p.end;
      if (seqLess(p.seg_begin, last.seg_begin)) last.seg_begin = p.seg_begin;
      if (seqLess(last.seg_end, p.seg_end)) last.seg_end = p.seg_end;
      continue;
    }
    if (kept == OooBuffer::kMaxPieces) return false;  // cannot happen: ranges are capped below this
    buf.pieces[kept++] = p;
  }
  buf.piece_count = kept;
  FlowStats& stats = resources_->stats;
  if (overlap != 0) stats.overlap_bytes.add(overlap);
  if (conflict) stats.overlap_conflicts.add();
  return true;
}

// Copies the parts of [seq, seq+len) no buffered range covers. False when the
// segment cannot be held (cap, range cap, memcap); nothing is changed then.
bool TcpReassembler::bufferSegment(uint32_t seq, ByteSpan data, SegmentExtent segment) {
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

  // Fill the holes, settle the overlaps by policy.
  if (!placeSegment(seq, data, segment, true)) {
    stats.ooo_cap_hits.add();
    if (buf.range_count == 0) releaseBuffer();
    return false;
  }

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
    dropDrainedPieces(r.end);
    for (ByteSpan part : buf.read(r.begin, length)) {
      if (!part.empty() && active()) emitData(part, sink);
    }
    next_ = r.end;
  }
  if (buffer_ && (buffer_->range_count == 0 || !active())) releaseBuffer();
}

// Forgets the pieces of a range that was handed on (they lead the table).
void TcpReassembler::dropDrainedPieces(uint32_t end) {
  OooBuffer& buf = *buffer_;
  uint32_t gone = 0;
  while (gone < buf.piece_count && seqLessEq(buf.pieces[gone].end, end)) ++gone;
  std::copy(buf.pieces.begin() + gone, buf.pieces.begin() + buf.piece_count, buf.pieces.begin());
  buf.piece_count -= gone;
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
  noteSent(fin_seq + 1);  // the FIN occupies one sequence number, as Suricata's next_seq counts it
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

// Only moves forward, and never by more than a window could: a segment claiming
// to end far ahead is not believed here either.
void TcpReassembler::noteSent(uint32_t end) {
  if (!initialised_) return;
  if (seqLess(highest_end_, end) && end - highest_end_ <= kMaxAhead) highest_end_ = end;
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

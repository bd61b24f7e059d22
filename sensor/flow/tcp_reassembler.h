#pragma once
// TcpReassembler: turns one direction of a TCP connection into an in-order
// byte stream. One per direction per flow; worker thread only.
//
// Policy (see also tests/flow/tcp_reassembler_test.cc):
// - Start: the SYN gives ISN+1 (init()); a stream picked up mid-way starts at
//   the first data segment it sees.
// - In-order bytes are handed on at once, straight from the packet (no copy).
// - Out-of-order bytes are copied into an OooBuffer, at most
//   stream.max_out_of_order_bytes ahead of the next expected byte.
// - Each byte is delivered at most once. Bytes below the next expected byte
//   (retransmissions) are dropped and counted: what was handed on cannot be
//   taken back, so for them every policy acts as "first".
// - Overlap policy: where a new segment overlaps bytes still buffered (out of
//   order, or an in-order segment running into buffered ranges), the target
//   policy of the direction's receiver decides, per buffered piece, whose
//   bytes are kept (config host_os_policy, set once per flow by the flow
//   table; rules in common/overlap_policy.h). Each buffered byte remembers
//   the segment [seq, seq+len) that supplied it; a new segment N against the
//   segment O that supplied the bytes it overlaps:
//     first: O's bytes stay; last: N's bytes replace them;
//     bsd and windows: N's replace them only if N starts before O;
//     linux: as bsd, or N starts where O starts and ends after it.
//   This is Suricata's TCP stream policy set (default bsd, like Suricata's).
//   Overlapping bytes are counted (overlap_bytes), and a segment whose
//   overlapping bytes differ is counted once as a conflict
//   (overlap_conflicts), whichever side wins. When the piece table is full
//   (OooBuffer::kMaxPieces, e.g. many tiny reordered segments) touching
//   pieces merge into one that counts as a single segment spanning them, so
//   later overlaps there are judged more coarsely.
// - A hole becomes a gap (streamGap(missing), delivery resumes after it) when
//   (a) the next segment cannot be buffered (out-of-order cap, range cap or
//   table memcap): skip to the earliest data known (the first buffered range
//   or the new segment), (b) the other direction ACKs the start of data that
//   lies beyond the hole (the receiver got bytes the capture missed), or
//   (c) at flush(): holes between buffered ranges, then a trailing hole up to
//   the FIN (or, without one, the highest ACK seen).
//   Rule (b) trusts capture order: a tap that delivers an ACK before the data
//   it acknowledges makes a false gap (the late data then counts as
//   retransmitted); that is the price of not stalling on real loss.
// - Depth: with stream.depth_bytes > 0 nothing at stream offset >= depth is
//   delivered; the offset counts delivered bytes and gap bytes. A stream that
//   loses data to the depth cap is counted once.
// - Segments claiming to start more than 2^30 bytes ahead are not believed
//   (counted as out_of_window and dropped).
// - All sequence arithmetic is modulo 2^32 (serial-number comparisons).
#include <cstdint>
#include <memory>

#include "common/bytes.h"
#include "common/overlap_policy.h"
#include "config/config.h"
#include "flow/ooo_buffer_pool.h"

namespace tapwatch {

struct FlowStats;

// Where a reassembler delivers. Implemented by the flow table (forwarding to
// FlowEvents) and by tests. Calls are synchronous, from inside
// segment()/ack()/flush(); the data span is valid only during the call.
class ReassemblySink {
 public:
  virtual void streamData(ByteSpan data) = 0;
  virtual void streamGap(uint64_t missing_bytes) = 0;

 protected:
  ~ReassemblySink() = default;
};

// What all reassemblers of one flow table share: limits, counters, buffer pool.
struct StreamResources {
  StreamResources(const StreamConfig& config, FlowStats& stats, uint64_t memcap_bytes);

  uint64_t depth_bytes;       // 0 = unlimited
  uint32_t max_out_of_order;  // per direction, bytes ahead of the next expected byte
  FlowStats& stats;
  OooBufferPool pool;
};

class TcpReassembler {
 public:
  TcpReassembler() = default;
  ~TcpReassembler() { reset(); }
  TcpReassembler(const TcpReassembler&) = delete;
  TcpReassembler& operator=(const TcpReassembler&) = delete;

  // Binds to the table's resources and forgets all previous state (a pooled
  // flow is reused). Must be called before anything else.
  void attach(StreamResources& resources);
  // Returns buffered storage to the pool and forgets all state.
  void reset();

  // The next expected sequence number (ISN+1 from a SYN). Ignored once any
  // byte has been delivered, skipped or buffered.
  void init(uint32_t next_seq);
  bool initialised() const { return initialised_; }

  // How overlaps with buffered bytes are resolved (the receiver's stack). Kept across reset().
  void setPolicy(OverlapPolicy policy) { policy_ = policy; }
  OverlapPolicy policy() const { return policy_; }

  // A segment carrying `data` starting at `seq`.
  void segment(uint32_t seq, ByteSpan data, ReassemblySink& sink);
  // The other direction acknowledged everything before `ack`.
  void ack(uint32_t ack, ReassemblySink& sink);
  // A FIN was seen; `fin_seq` is the sequence number the FIN occupies (end of data).
  void fin(uint32_t fin_seq);
  // End of stream: deliver the buffered bytes with gaps for the holes.
  void flush(ReassemblySink& sink);
  // The consumer wants no more of this stream: drop buffered data, ignore the rest.
  void stop();

  uint32_t nextSeq() const { return next_; }
  // Suricata's `next_seq - isn` for this direction (rule keyword stream_size):
  // one for the SYN plus every sequence number up to the highest segment end
  // (or FIN) seen, counted even past the depth cap or after stop(). Meaningful once initialised().
  uint32_t sequenceProgress() const { return highest_end_ - start_ + 1; }
  uint64_t streamOffset() const { return offset_; }     // delivered + skipped bytes
  uint32_t bufferedBytes() const { return buffered_; }  // out-of-order bytes held
  bool depthReached() const { return depth_reached_; }
  bool stopped() const { return stopped_; }
  bool finSeen() const { return fin_known_; }

 private:
  bool active() const { return !stopped_ && !depth_reached_; }
  bool hasBuffered() const { return buffer_ && buffer_->range_count > 0; }
  const SeqRange& firstRange() const { return buffer_->ranges[0]; }

  // [seg_begin, seg_end): the whole segment as sent, for the overlap policy.
  struct SegmentExtent {
    uint32_t begin;
    uint32_t end;
  };
  void deliver(uint32_t seq, ByteSpan data, SegmentExtent segment, ReassemblySink& sink);
  bool bufferSegment(uint32_t seq, ByteSpan data, SegmentExtent segment);
  // Applies the policy where [seq, seq+len) overlaps buffered pieces and, with
  // fill_holes, copies the rest into the holes (capacity already reserved).
  // False, with nothing changed, when the plan does not fit (cannot happen while ranges are capped).
  bool placeSegment(uint32_t seq, ByteSpan data, SegmentExtent segment, bool fill_holes);
  void dropDrainedPieces(uint32_t end);
  void drain(ReassemblySink& sink);
  void skipTo(uint32_t seq, ReassemblySink& sink);
  void emitData(ByteSpan data, ReassemblySink& sink);
  void emitGap(uint64_t missing, ReassemblySink& sink);
  void noteTruncated();
  void noteSent(uint32_t end);
  void releaseBuffer();

  // Two per flow, UDP flows included: ordered by size so no padding hides
  // between members (56 bytes: 48 before start_/highest_end_ for stream_size).
  StreamResources* resources_ = nullptr;
  std::unique_ptr<OooBuffer> buffer_;  // only while out-of-order bytes are held
  uint64_t offset_ = 0;
  uint32_t next_ = 0;
  uint32_t buffered_ = 0;
  uint32_t fin_seq_ = 0;
  uint32_t highest_ack_ = 0;
  uint32_t start_ = 0;        // the first next_seq given to init(): ISN+1 after a SYN
  uint32_t highest_end_ = 0;  // highest seq+len sent (serial arithmetic), for sequenceProgress()
  OverlapPolicy policy_ = OverlapPolicy::Bsd;
  bool initialised_ = false;
  bool fin_known_ = false;
  bool ack_known_ = false;
  bool stopped_ = false;
  bool depth_reached_ = false;
  bool truncation_counted_ = false;
};

}  // namespace tapwatch

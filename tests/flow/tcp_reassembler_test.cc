#include "flow/tcp_reassembler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "flow/flow_stats.h"
#include "flow_test_util.h"

namespace tapwatch {
namespace {

using test::gapMark;
using test::makeText;
using test::PositionChecker;
using test::StreamRecorder;

class ReassemblerTest : public testing::Test {
 protected:
  ReassemblerTest() {
    config_.depth_bytes = 0;
    config_.max_out_of_order_bytes = 1 << 20;
  }

  // Applies the config (and memcap) to a fresh reassembler.
  void start(uint64_t memcap_bytes = uint64_t{64} << 20) {
    stream_.reset();  // gives storage back to the old resources before they go
    resources_ = std::make_unique<StreamResources>(config_, stats_, memcap_bytes);
    stream_.attach(*resources_);
  }

  void feed(uint32_t seq, std::string_view bytes) { stream_.segment(seq, asBytes(bytes), sink_); }
  // Sends text[begin, end) as one segment of a stream whose first byte is at `isn1`.
  void send(uint32_t isn1, const std::string& text, size_t begin, size_t end) {
    feed(isn1 + static_cast<uint32_t>(begin), std::string_view(text).substr(begin, end - begin));
  }

  StreamConfig config_;
  FlowStats stats_;
  std::unique_ptr<StreamResources> resources_;
  TcpReassembler stream_;
  StreamRecorder sink_;
};

TEST_F(ReassemblerTest, InOrderSegmentsAreDeliveredAtOnceWithoutCopy) {
  start();
  const std::string text = makeText(300);
  stream_.init(1001);
  for (size_t i = 0; i < 300; i += 100) {
    send(1001, text, i, i + 100);
    EXPECT_EQ(sink_.out, text.substr(0, i + 100)) << "delivered as soon as it arrived";
    // The span handed on is the packet's own memory.
    EXPECT_EQ(sink_.data_pointers.back(), reinterpret_cast<const uint8_t*>(text.data()) + i);
  }
  EXPECT_EQ(stream_.bufferedBytes(), 0u);
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u);
}

TEST_F(ReassemblerTest, OneByteSegmentsInOrder) {
  start();
  const std::string text = makeText(500, 2);
  for (size_t i = 0; i < text.size(); ++i) send(7, text, i, i + 1);
  EXPECT_EQ(sink_.out, text);
}

TEST_F(ReassemblerTest, ReversedOrderIsHeldUntilTheFirstSegmentArrives) {
  start();
  const std::string text = makeText(1000, 3);
  stream_.init(5000);
  for (size_t i = 1000; i > 100; i -= 100) send(5000, text, i - 100, i);
  EXPECT_EQ(sink_.out, "") << "nothing is in order yet";
  EXPECT_EQ(stream_.bufferedBytes(), 900u);
  EXPECT_GT(stats_.ooo_bytes_buffered.value(), 0u);
  send(5000, text, 0, 100);
  EXPECT_EQ(sink_.out, text);
  EXPECT_EQ(stream_.bufferedBytes(), 0u);
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u) << "storage returned once drained";
}

TEST_F(ReassemblerTest, OneByteSegmentsReversed) {
  start();
  const std::string text = makeText(300, 4);
  stream_.init(0);
  for (size_t i = text.size(); i > 0; --i) send(0, text, i - 1, i);
  EXPECT_EQ(sink_.out, text);
}

TEST_F(ReassemblerTest, RetransmissionsAndOverlapsDeliverEachByteOnce) {
  start();
  const std::string text = makeText(400, 5);
  stream_.init(100);
  send(100, text, 0, 100);
  send(100, text, 50, 150);   // 50 old bytes
  send(100, text, 0, 200);    // 150 old bytes
  send(100, text, 0, 10);     // all old
  send(100, text, 199, 400);  // 1 old byte
  EXPECT_EQ(sink_.out, text);
  EXPECT_EQ(stats_.retransmitted_bytes.value(), 50u + 150u + 10u + 1u);
  EXPECT_EQ(stats_.tcp_gaps.value(), 0u);
}

TEST_F(ReassemblerTest, FirstPolicyKeepsTheFirstReceivedBytes) {
  start();
  stream_.setPolicy(OverlapPolicy::First);
  const std::string text = makeText(40, 6);
  std::string first = text.substr(10, 10);  // [10,20) as first sent
  std::string second(10, 'B');              // [5,15) conflicting where it overlaps [10,15)
  std::string in_order(30, 'C');            // [0,30) conflicting with both
  stream_.init(0);
  feed(10, first);
  feed(5, second);
  EXPECT_EQ(stats_.overlap_bytes.value(), 5u);
  EXPECT_EQ(stats_.overlap_conflicts.value(), 1u);
  feed(0, in_order);
  // [0,5) from in_order, [5,10) from second, [10,20) from first, [20,30) from in_order.
  const std::string expected = std::string(5, 'C') + std::string(5, 'B') + first + std::string(10, 'C');
  EXPECT_EQ(sink_.out, expected);
  EXPECT_EQ(stats_.overlap_bytes.value(), 5u + 15u);
  EXPECT_EQ(stats_.overlap_conflicts.value(), 2u);
}

TEST_F(ReassemblerTest, IdenticalOverlapIsNotAConflict) {
  start();
  const std::string text = makeText(60, 7);
  stream_.init(0);
  send(0, text, 20, 40);
  send(0, text, 10, 30);
  send(0, text, 0, 60);
  EXPECT_EQ(sink_.out, text);
  EXPECT_EQ(stats_.overlap_conflicts.value(), 0u);
  EXPECT_EQ(stats_.overlap_bytes.value(), 10u + 30u);
}

TEST_F(ReassemblerTest, LostSegmentBecomesAGapAtFlushAndLaterDataStillArrives) {
  start();
  const std::string text = makeText(30, 8);
  stream_.init(1);
  send(1, text, 0, 10);
  send(1, text, 20, 30);  // [10,20) lost
  EXPECT_EQ(sink_.out, text.substr(0, 10));
  stream_.flush(sink_);
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10));
  EXPECT_EQ(stats_.tcp_gaps.value(), 1u);
  EXPECT_EQ(stats_.gap_bytes.value(), 10u);
}

TEST_F(ReassemblerTest, AckBeyondTheHoleDeclaresTheGap) {
  start();
  const std::string text = makeText(60, 9);
  stream_.init(1000);
  send(1000, text, 0, 10);
  send(1000, text, 20, 30);
  send(1000, text, 40, 50);
  stream_.ack(1000 + 15, sink_);  // acks part of the hole only: could still be in flight
  EXPECT_EQ(sink_.out, text.substr(0, 10));
  stream_.ack(1000 + 20, sink_);  // receiver has everything before the buffered range
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10));
  stream_.ack(1000 + 60, sink_);
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10) + gapMark(10) + text.substr(40, 10));
  // Data after the acked hole is delivered directly, with the hole as a gap.
  send(1000, text, 55, 60);
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10) + gapMark(10) + text.substr(40, 10) +
                           gapMark(5) + text.substr(55, 5));
  EXPECT_EQ(stats_.tcp_gaps.value(), 3u);
  EXPECT_EQ(stream_.bufferedBytes(), 0u);
}

TEST_F(ReassemblerTest, OutOfOrderCapSkipsToTheFirstBufferedSegment) {
  config_.max_out_of_order_bytes = 100;
  start();
  const std::string text = makeText(200, 10);
  stream_.init(0);
  send(0, text, 10, 60);  // buffered, ends 60 ahead
  EXPECT_EQ(sink_.out, "");
  send(0, text, 60, 150);  // would end 150 ahead: over the cap
  EXPECT_EQ(stats_.ooo_cap_hits.value(), 1u);
  EXPECT_EQ(sink_.out, gapMark(10) + text.substr(10, 140));
  send(0, text, 150, 200);
  EXPECT_EQ(sink_.out, gapMark(10) + text.substr(10, 190));
}

TEST_F(ReassemblerTest, ZeroOutOfOrderCapTurnsEveryHoleIntoAGap) {
  config_.max_out_of_order_bytes = 0;
  start();
  const std::string text = makeText(30, 11);
  stream_.init(0);
  send(0, text, 0, 10);
  send(0, text, 20, 30);
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10));
  send(0, text, 10, 20);  // arrives late: already skipped
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10));
  EXPECT_EQ(stats_.retransmitted_bytes.value(), 10u);
}

TEST_F(ReassemblerTest, TooManyTinyHolesAreBoundedAndStayConsistent) {
  start();
  const std::string text = makeText(400, 12);
  PositionChecker checker(text);
  stream_.init(0);
  // Every other byte, never the first: each one its own range.
  for (size_t i = 1; i < 200; i += 2)
    stream_.segment(static_cast<uint32_t>(i), asBytes(std::string_view(text).substr(i, 1)), checker);
  EXPECT_GT(stats_.ooo_cap_hits.value(), 0u);
  EXPECT_LE(stream_.bufferedBytes(), OooBuffer::kMaxRanges);
  stream_.segment(200, asBytes(std::string_view(text).substr(200)), checker);
  stream_.flush(checker);
  EXPECT_EQ(checker.offset, text.size());
  EXPECT_EQ(checker.delivered, 300u) << "every byte sent was delivered exactly once";
  EXPECT_EQ(checker.gap_bytes, 100u);
}

TEST_F(ReassemblerTest, DepthCapTruncatesOnceAndCountsOnce) {
  config_.depth_bytes = 25;
  start();
  const std::string text = makeText(60, 13);
  stream_.init(0);
  send(0, text, 0, 10);
  send(0, text, 10, 20);
  send(0, text, 20, 30);
  send(0, text, 40, 50);  // out of order, past the depth: not buffered
  send(0, text, 30, 40);
  EXPECT_EQ(sink_.out, text.substr(0, 25));
  EXPECT_TRUE(stream_.depthReached());
  EXPECT_EQ(stats_.depth_truncated.value(), 1u);
  EXPECT_EQ(stream_.bufferedBytes(), 0u);
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u);
  stream_.flush(sink_);
  EXPECT_EQ(sink_.out, text.substr(0, 25));
}

TEST_F(ReassemblerTest, DepthCapAppliesToBytesDeliveredFromTheBuffer) {
  config_.depth_bytes = 15;
  start();
  const std::string text = makeText(30, 14);
  stream_.init(0);
  send(0, text, 10, 30);
  send(0, text, 0, 10);
  EXPECT_EQ(sink_.out, text.substr(0, 15));
  EXPECT_EQ(stats_.depth_truncated.value(), 1u);
}

TEST_F(ReassemblerTest, ExactlyDepthBytesIsNotTruncation) {
  config_.depth_bytes = 20;
  start();
  const std::string text = makeText(20, 15);
  stream_.init(0);
  send(0, text, 0, 20);
  EXPECT_EQ(sink_.out, text);
  EXPECT_EQ(stats_.depth_truncated.value(), 0u);
}

TEST_F(ReassemblerTest, GapsCountTowardDepth) {
  config_.depth_bytes = 30;
  start();
  const std::string text = makeText(60, 16);
  stream_.init(0);
  send(0, text, 0, 10);
  send(0, text, 20, 60);
  stream_.ack(20, sink_);
  // 10 delivered + 10 gap + 10 more = depth 30.
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10));
  EXPECT_EQ(stats_.depth_truncated.value(), 1u);
}

TEST_F(ReassemblerTest, MemcapIsSharedByAllStreamsOfTheTable) {
  config_.max_out_of_order_bytes = 1 << 20;
  start(OooBufferPool::kMinCapacity * 2);
  TcpReassembler other;
  other.attach(*resources_);
  StreamRecorder other_sink;
  const std::string a = makeText(6000, 17);
  const std::string b = makeText(100, 18);

  stream_.init(0);
  send(0, a, 100, 6000);  // needs 8 KiB of ring: the whole memcap
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), OooBufferPool::kMinCapacity * 2);
  EXPECT_EQ(stats_.memcap_drops.value(), 0u);

  other.init(0);
  other.segment(10, asBytes(std::string_view(b).substr(10)), other_sink);
  EXPECT_EQ(stats_.memcap_drops.value(), 1u);
  // Could not wait for the hole: skipped it and delivered at once.
  EXPECT_EQ(other_sink.out, gapMark(10) + b.substr(10));

  // The first stream's buffered data is intact.
  send(0, a, 0, 100);
  EXPECT_EQ(sink_.out, a);
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u);
}

TEST_F(ReassemblerTest, SequenceWraparound) {
  start();
  const std::string text = makeText(2000, 19);
  const uint32_t isn1 = 0xFFFFFC00u;  // 1024 bytes before 2^32
  stream_.init(isn1);
  // Out of order across the wrap, so buffered ranges straddle 2^32 too.
  send(isn1, text, 1500, 2000);
  send(isn1, text, 900, 1500);
  send(isn1, text, 0, 500);
  send(isn1, text, 400, 1000);
  EXPECT_EQ(sink_.out, text);
  EXPECT_EQ(stream_.nextSeq(), isn1 + 2000u);
  send(isn1, text, 1000, 1100);  // old, across the wrap
  EXPECT_EQ(stats_.retransmitted_bytes.value(), 100u + 100u);
  EXPECT_EQ(sink_.out, text);
}

TEST_F(ReassemblerTest, AckGapsAcrossWraparound) {
  start();
  const std::string text = makeText(400, 26);
  const uint32_t isn1 = 0xFFFFFF00u;  // 256 bytes before 2^32
  stream_.init(isn1);
  send(isn1, text, 0, 10);
  stream_.ack(isn1 + 300, sink_);  // wraps to a small number; nothing buffered yet
  EXPECT_EQ(sink_.out, text.substr(0, 10));
  // Before the wrap, but already acknowledged: the hole [10,20) is lost.
  send(isn1, text, 20, 30);
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10));
  // After the wrap and still covered by that ACK: the hole before it is a gap at once.
  send(isn1, text, 290, 300);
  EXPECT_EQ(sink_.out, text.substr(0, 10) + gapMark(10) + text.substr(20, 10) + gapMark(260) + text.substr(290, 10));
}

TEST_F(ReassemblerTest, MidstreamPickupStartsAtTheFirstDataSegment) {
  start();
  const std::string text = makeText(100, 20);
  EXPECT_FALSE(stream_.initialised());
  send(70000, text, 50, 80);
  EXPECT_TRUE(stream_.initialised());
  EXPECT_EQ(sink_.out, text.substr(50, 30));
  send(70000, text, 40, 60);  // earlier bytes: never seen in order, dropped as old
  send(70000, text, 80, 100);
  EXPECT_EQ(sink_.out, text.substr(50, 50));
}

TEST_F(ReassemblerTest, SegmentsFarAheadAreNotBelieved) {
  start();
  const std::string text = makeText(20, 21);
  stream_.init(0);
  feed(0x7fff0000u, text);
  EXPECT_EQ(stats_.out_of_window.value(), 1u);
  EXPECT_EQ(stream_.bufferedBytes(), 0u);
  send(0, text, 0, 20);
  stream_.flush(sink_);
  EXPECT_EQ(sink_.out, text) << "no gap to the bogus segment";
}

TEST_F(ReassemblerTest, FlushReportsTheTrailingHoleUpToTheFin) {
  start();
  const std::string text = makeText(50, 22);
  stream_.init(10);
  send(10, text, 0, 20);
  stream_.fin(10 + 50);  // FIN after byte 50; [20,50) never seen
  stream_.flush(sink_);
  EXPECT_EQ(sink_.out, text.substr(0, 20) + gapMark(30));
}

TEST_F(ReassemblerTest, FlushWithoutFinUsesTheHighestAck) {
  start();
  const std::string text = makeText(50, 23);
  stream_.init(10);
  send(10, text, 0, 20);
  stream_.ack(10 + 35, sink_);
  stream_.flush(sink_);
  EXPECT_EQ(sink_.out, text.substr(0, 20) + gapMark(15));
}

TEST_F(ReassemblerTest, StopDropsBufferedDataAndIgnoresTheRest) {
  start();
  const std::string text = makeText(40, 24);
  stream_.init(0);
  send(0, text, 10, 20);
  stream_.stop();
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u);
  send(0, text, 0, 10);
  stream_.flush(sink_);
  EXPECT_EQ(sink_.out, "");
}

TEST_F(ReassemblerTest, InitIsIgnoredOnceDataFlowed) {
  start();
  const std::string text = makeText(20, 25);
  stream_.init(100);
  send(100, text, 0, 10);
  stream_.init(5000);  // a late, different SYN must not move the stream
  send(100, text, 10, 20);
  EXPECT_EQ(sink_.out, text);
}

// Random segmentation, overlaps, duplicates and reordering: whatever the
// order, the stream comes out exactly once and intact.
TEST_F(ReassemblerTest, RandomisedReorderingAndOverlapsRebuildTheStream) {
  for (uint32_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE(seed);
    start();
    const std::string text = makeText(5000, seed);
    std::mt19937 rng(seed);
    struct Piece {
      size_t begin, end;
    };
    std::vector<Piece> pieces;
    for (size_t pos = 0; pos < text.size();) {
      const size_t len = 1 + rng() % 700;
      const size_t end = std::min(text.size(), pos + len);
      pieces.push_back({pos, end});
      if (rng() % 3 == 0) {  // an overlapping copy
        const size_t b = pos > 100 ? pos - rng() % 100 : 0;
        pieces.push_back({b, std::min(text.size(), end + rng() % 100)});
      }
      pos = end;
    }
    std::shuffle(pieces.begin(), pieces.end(), rng);
    const uint32_t isn1 = static_cast<uint32_t>(rng());
    stream_.init(isn1);
    StreamRecorder sink;
    for (const Piece& p : pieces)
      stream_.segment(isn1 + static_cast<uint32_t>(p.begin),
                      asBytes(std::string_view(text).substr(p.begin, p.end - p.begin)), sink);
    EXPECT_EQ(sink.out, text);
    EXPECT_EQ(stream_.bufferedBytes(), 0u);
  }
}

// Random loss on top of reordering: every delivered byte is at its true offset.
TEST_F(ReassemblerTest, RandomisedLossKeepsEveryDeliveredByteInPlace) {
  config_.max_out_of_order_bytes = 3000;
  for (uint32_t seed = 100; seed < 130; ++seed) {
    SCOPED_TRACE(seed);
    start();
    const std::string text = makeText(20000, seed);
    std::mt19937 rng(seed);
    std::vector<std::pair<size_t, size_t>> pieces;
    for (size_t pos = 0; pos < text.size();) {
      const size_t end = std::min(text.size(), pos + 1 + rng() % 1460);
      if (rng() % 10 != 0 || pos == 0) pieces.emplace_back(pos, end);  // ~10% lost
      pos = end;
    }
    // Local reordering: swap neighbours now and then.
    for (size_t i = 1; i < pieces.size(); ++i)
      if (rng() % 4 == 0) std::swap(pieces[i - 1], pieces[i]);
    const uint32_t isn1 = static_cast<uint32_t>(rng());
    stream_.init(isn1);
    PositionChecker checker(text);
    uint64_t sent = 0;
    for (auto [b, e] : pieces) {
      stream_.segment(isn1 + static_cast<uint32_t>(b), asBytes(std::string_view(text).substr(b, e - b)), checker);
      sent += e - b;
    }
    stream_.fin(isn1 + static_cast<uint32_t>(text.size()));
    stream_.flush(checker);
    EXPECT_EQ(checker.offset, text.size()) << "gaps and data cover the whole stream";
    EXPECT_LE(checker.delivered, sent);
    EXPECT_EQ(checker.delivered + checker.gap_bytes, text.size());
  }
}

// ---- overlap policies (common/overlap_policy.h)

struct OverlapPattern {
  const char* name;
  uint32_t old_begin, old_end, new_begin, new_end;
};
// Stream offsets; the stream is 60 bytes, bytes [0, 5) arrive last so both stay buffered.
constexpr OverlapPattern kOverlapPatterns[] = {
    {"new_overlaps_start", 20, 40, 10, 30},
    {"new_overlaps_end", 10, 30, 20, 40},
    {"new_inside", 10, 40, 20, 30},
    {"new_covers", 20, 30, 10, 40},
    {"new_same_start_longer", 20, 30, 20, 40},
    {"new_same_extent", 20, 30, 20, 30},
};

TEST_F(ReassemblerTest, EveryPolicyOnEveryClassicPatternOfBufferedSegments) {
  const std::map<OverlapPolicy, std::set<std::string>> new_wins = {
      {OverlapPolicy::First, {}},
      {OverlapPolicy::Last,
       {"new_overlaps_start", "new_overlaps_end", "new_inside", "new_covers", "new_same_start_longer",
        "new_same_extent"}},
      {OverlapPolicy::Bsd, {"new_overlaps_start", "new_covers"}},
      {OverlapPolicy::Windows, {"new_overlaps_start", "new_covers"}},
      {OverlapPolicy::Linux, {"new_overlaps_start", "new_covers", "new_same_start_longer"}},
  };
  for (const auto& [policy, wins] : new_wins) {
    for (const OverlapPattern& p : kOverlapPatterns) {
      start();
      stream_.setPolicy(policy);
      sink_ = StreamRecorder{};
      const std::string olds(60, 'O'), news(60, 'N'), rest(60, '.');
      stream_.init(5000);
      send(5000, olds, p.old_begin, p.old_end);
      send(5000, news, p.new_begin, p.new_end);
      send(5000, rest, 0, std::min(p.old_begin, p.new_begin));
      send(5000, rest, std::max(p.old_end, p.new_end), 60);
      std::string want(60, '.');
      for (uint32_t i = p.old_begin; i < p.old_end; ++i) want[i] = 'O';
      const bool new_wins_here = wins.count(p.name) != 0;
      for (uint32_t i = p.new_begin; i < p.new_end; ++i)
        if (want[i] == '.' || new_wins_here) want[i] = 'N';
      EXPECT_EQ(sink_.out, want) << overlapPolicyName(policy) << " " << p.name;
      EXPECT_GE(stats_.overlap_conflicts.value(), 1u);
    }
  }
}

TEST_F(ReassemblerTest, InOrderSegmentRunningIntoBufferedBytesFollowsThePolicy) {
  for (OverlapPolicy policy : {OverlapPolicy::First, OverlapPolicy::Bsd}) {
    start();
    stream_.setPolicy(policy);
    sink_ = StreamRecorder{};
    stream_.init(0);
    feed(10, std::string(10, 'O'));  // buffered [10,20)
    feed(0, std::string(15, 'N'));   // in order, runs into it and starts before it
    const std::string want = policy == OverlapPolicy::Bsd ? std::string(15, 'N') + std::string(5, 'O')
                                                          : std::string(10, 'N') + std::string(10, 'O');
    EXPECT_EQ(sink_.out, want) << overlapPolicyName(policy);
  }
}

TEST_F(ReassemblerTest, DeliveredBytesAreNeverTakenBackWhateverThePolicy) {
  start();
  stream_.setPolicy(OverlapPolicy::Last);
  stream_.init(0);
  feed(0, "real bytes");
  feed(0, "LIE! bytes and more");
  EXPECT_EQ(sink_.out, "real bytes and more");
  EXPECT_EQ(stats_.retransmitted_bytes.value(), 10u);
}

TEST_F(ReassemblerTest, ManyTinyReorderedSegmentsStillReassembleWhole) {
  // More pieces than OooBuffer::kMaxPieces: the table coarsens instead of giving up.
  start();
  stream_.setPolicy(OverlapPolicy::Bsd);
  const std::string text = makeText(500, 25);
  stream_.init(0);
  for (size_t i = text.size(); i > 1; --i) send(0, text, i - 1, i);
  EXPECT_EQ(sink_.out, "");
  send(0, text, 0, 1);
  EXPECT_EQ(sink_.out, text);
  EXPECT_EQ(stats_.tcp_gaps.value(), 0u);
}

}  // namespace
}  // namespace tapwatch

namespace tapwatch {
namespace {

// stream_size's operand (Suricata's next_seq - isn): 1 after the SYN, then the
// highest sequence number sent, past the depth cap and after stop() too;
// reordered and retransmitted segments never move it back; a FIN counts one.
TEST_F(ReassemblerTest, SequenceProgressCountsTheSynEveryByteAndTheFin) {
  config_.depth_bytes = 10;
  start();
  stream_.init(0xfffffff0u + 1);  // ISN near the wrap
  EXPECT_EQ(stream_.sequenceProgress(), 1u);
  const std::string text = makeText(40);
  send(0xfffffff1u, text, 0, 20);
  EXPECT_EQ(stream_.sequenceProgress(), 21u);
  EXPECT_TRUE(stream_.depthReached());
  send(0xfffffff1u, text, 30, 40);  // beyond a hole and the depth
  EXPECT_EQ(stream_.sequenceProgress(), 41u);
  send(0xfffffff1u, text, 20, 30);  // the hole's bytes: nothing new
  send(0xfffffff1u, text, 0, 5);    // a retransmission
  EXPECT_EQ(stream_.sequenceProgress(), 41u);
  stream_.stop();
  stream_.fin(0xfffffff1u + 40);
  EXPECT_EQ(stream_.sequenceProgress(), 42u);
}

}  // namespace
}  // namespace tapwatch

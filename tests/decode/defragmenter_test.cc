// Defragmenter on its own: ordering, overlap policy, keys, limits, memcap.
#include "decode/defragmenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "packet_builder.h"

namespace tapwatch {
namespace {

using namespace test;

const uint8_t kSrc[4] = {10, 0, 0, 1};
const uint8_t kDst[4] = {10, 0, 0, 2};

class DecodeDefragmenterTest : public ::testing::Test {
 protected:
  DecodeDefragmenterTest() { limits_.timeout_seconds = 30; }

  Defragmenter& defrag() {
    if (!defrag_) defrag_ = std::make_unique<Defragmenter>(limits_, stats_, policies_);
    return *defrag_;
  }

  // Fragment of `datagram` covering [begin, end); MF unless it reaches the end.
  Fragment piece(const Bytes& datagram, uint32_t begin, uint32_t end, uint32_t id = 1, Timestamp ts = {100, 0}) {
    Fragment f;
    f.family = 4;
    f.protocol = 17;
    f.src = IpAddress::v4(kSrc);
    f.dst = IpAddress::v4(kDst);
    f.id = id;
    f.offset = begin;
    f.more = end < datagram.size();
    f.ts = ts;
    f.data = datagram.data() + begin;
    f.length = end - begin;
    f.max_end = 65515;
    return f;
  }

  DefragStatus add(const Fragment& f) { return defrag().add(f, out_); }
  Bytes result() const { return Bytes(out_.data, out_.data + out_.length); }

  DefragLimits limits_;
  DecodeStats stats_;
  // These tests were written for "first"; defrag_policy_test.cc covers every policy.
  HostOsPolicyTable policies_{OverlapPolicy::First};
  std::unique_ptr<Defragmenter> defrag_;
  ReassembledDatagram out_;
};

TEST_F(DecodeDefragmenterTest, InOrder) {
  Bytes d = pattern(3000);
  EXPECT_EQ(add(piece(d, 0, 1480)), DefragStatus::Held);
  EXPECT_EQ(add(piece(d, 1480, 2960)), DefragStatus::Held);
  EXPECT_EQ(defrag().activeDatagrams(), 1u);
  ASSERT_EQ(add(piece(d, 2960, 3000)), DefragStatus::Complete);
  EXPECT_EQ(result(), d);
  EXPECT_EQ(out_.protocol, 17);
  EXPECT_EQ(defrag().activeDatagrams(), 0u);
  EXPECT_EQ(stats_.defrag.fragments.value(), 3u);
  EXPECT_EQ(stats_.defrag.reassembled.value(), 1u);
  EXPECT_EQ(stats_.defrag.overlaps.value(), 0u);
}

TEST_F(DecodeDefragmenterTest, EveryArrivalOrder) {
  Bytes d = pattern(40, 9);
  const uint32_t cuts[] = {0, 8, 16, 32, 40};
  std::vector<int> order{0, 1, 2, 3};
  uint32_t id = 0;
  do {
    ++id;
    SCOPED_TRACE(id);
    for (size_t i = 0; i < order.size(); ++i) {
      int k = order[i];
      DefragStatus status = add(piece(d, cuts[k], cuts[k + 1], id));
      if (i + 1 < order.size()) {
        ASSERT_EQ(status, DefragStatus::Held);
      } else {
        ASSERT_EQ(status, DefragStatus::Complete);
        EXPECT_EQ(result(), d);
      }
    }
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(stats_.defrag.reassembled.value(), 24u);
  EXPECT_EQ(defrag().activeDatagrams(), 0u);
}

TEST_F(DecodeDefragmenterTest, OverlapFirstArrivalWins) {
  Bytes first(32, 'A');
  Bytes second(32, 'B');
  EXPECT_EQ(add(piece(first, 0, 16)), DefragStatus::Held);
  EXPECT_EQ(add(piece(second, 8, 24)), DefragStatus::Held);  // [8,16) already held: keep the As
  ASSERT_EQ(add(piece(second, 24, 32)), DefragStatus::Complete);
  EXPECT_EQ(result(), cat(Bytes(16, 'A'), Bytes(16, 'B')));
  EXPECT_EQ(stats_.defrag.overlaps.value(), 1u);
  EXPECT_EQ(stats_.defrag.overlap_mismatches.value(), 1u);
}

TEST_F(DecodeDefragmenterTest, OverlapFirstArrivalWinsInReverse) {
  Bytes first(32, 'A');
  Bytes second(32, 'B');
  EXPECT_EQ(add(piece(second, 8, 24)), DefragStatus::Held);
  EXPECT_EQ(add(piece(first, 0, 16)), DefragStatus::Held);  // only [0,8) is new
  ASSERT_EQ(add(piece(first, 24, 32)), DefragStatus::Complete);
  EXPECT_EQ(result(), cat(cat(Bytes(8, 'A'), Bytes(16, 'B')), Bytes(8, 'A')));
}

TEST_F(DecodeDefragmenterTest, FragmentSpanningSeveralHolesFillsOnlyTheHoles) {
  Bytes old_data(48, 'o');
  Bytes new_data(48, 'n');
  add(piece(old_data, 8, 16));
  add(piece(old_data, 24, 32));
  EXPECT_EQ(add(piece(new_data, 0, 40)), DefragStatus::Held);
  ASSERT_EQ(add(piece(new_data, 40, 48)), DefragStatus::Complete);
  Bytes want = new_data;
  std::fill(want.begin() + 8, want.begin() + 16, 'o');
  std::fill(want.begin() + 24, want.begin() + 32, 'o');
  EXPECT_EQ(result(), want);
  EXPECT_EQ(stats_.defrag.overlaps.value(), 1u);  // counted per fragment, not per overlapped range
}

TEST_F(DecodeDefragmenterTest, DuplicateIsAnOverlapWithoutMismatch) {
  Bytes d = pattern(24);
  add(piece(d, 0, 16));
  EXPECT_EQ(add(piece(d, 0, 16)), DefragStatus::Held);
  ASSERT_EQ(add(piece(d, 16, 24)), DefragStatus::Complete);
  EXPECT_EQ(result(), d);
  EXPECT_EQ(stats_.defrag.overlaps.value(), 1u);
  EXPECT_EQ(stats_.defrag.overlap_mismatches.value(), 0u);
}

TEST_F(DecodeDefragmenterTest, ExpireDropsOldDatagrams) {
  Bytes d = pattern(24);
  add(piece(d, 0, 16, 1, {100, 0}));
  defrag().expire({130, 0});  // exactly the timeout: still kept
  EXPECT_EQ(defrag().activeDatagrams(), 1u);
  defrag().expire({130, 1});
  EXPECT_EQ(defrag().activeDatagrams(), 0u);
  EXPECT_EQ(stats_.defrag.timeouts.value(), 1u);
  EXPECT_EQ(add(piece(d, 16, 24, 1, {131, 0})), DefragStatus::Held);  // the first half is gone
}

TEST_F(DecodeDefragmenterTest, StaleDatagramIsDroppedWhenItsNextFragmentArrives) {
  Bytes d = pattern(24);
  add(piece(d, 0, 16, 1, {100, 0}));
  EXPECT_EQ(add(piece(d, 16, 24, 1, {200, 0})), DefragStatus::Held);
  EXPECT_EQ(stats_.defrag.timeouts.value(), 1u);
  EXPECT_EQ(defrag().activeDatagrams(), 1u);
}

TEST_F(DecodeDefragmenterTest, ExpireKeepsYoungerDatagrams) {
  Bytes d = pattern(24);
  add(piece(d, 0, 16, 1, {100, 0}));
  add(piece(d, 0, 16, 2, {120, 0}));
  defrag().expire({140, 0});
  EXPECT_EQ(defrag().activeDatagrams(), 1u);
  ASSERT_EQ(add(piece(d, 16, 24, 2, {141, 0})), DefragStatus::Complete);
  EXPECT_EQ(result(), d);
}

TEST_F(DecodeDefragmenterTest, Ipv4KeyIncludesProtocolAndAddresses) {
  Bytes d = pattern(24);
  add(piece(d, 0, 16));
  Fragment other_protocol = piece(d, 16, 24);
  other_protocol.protocol = 6;
  EXPECT_EQ(add(other_protocol), DefragStatus::Held);
  Fragment other_source = piece(d, 16, 24);
  other_source.src = IpAddress::v4(kDst);
  EXPECT_EQ(add(other_source), DefragStatus::Held);
  EXPECT_EQ(defrag().activeDatagrams(), 3u);
  EXPECT_EQ(add(piece(d, 16, 24)), DefragStatus::Complete);
}

TEST_F(DecodeDefragmenterTest, Ipv6KeyIgnoresNextHeaderOfLaterFragments) {
  Bytes d = pattern(24);
  Fragment first = piece(d, 0, 16);
  first.family = 6;
  first.protocol = 60;  // destination options follow in the fragmentable part
  Fragment last = piece(d, 16, 24);
  last.family = 6;
  last.protocol = 6;  // RFC 8200: only the offset-0 fragment's value counts
  EXPECT_EQ(add(last), DefragStatus::Held);
  ASSERT_EQ(add(first), DefragStatus::Complete);
  EXPECT_EQ(out_.protocol, 60);
}

TEST_F(DecodeDefragmenterTest, BadFragmentLengths) {
  Bytes d = pattern(64);
  EXPECT_EQ(add(piece(d, 0, 12)), DefragStatus::Dropped);  // not the last, not a multiple of 8
  EXPECT_EQ(add(piece(d, 0, 0)), DefragStatus::Dropped);
  EXPECT_EQ(stats_.value(DecodeError::BadFragmentLength), 2u);
  EXPECT_EQ(defrag().activeDatagrams(), 0u);
}

TEST_F(DecodeDefragmenterTest, TooLarge) {
  Bytes d = pattern(16);
  Fragment f = piece(d, 0, 16);
  f.offset = 65512;  // ends at 65528 > 65515
  EXPECT_EQ(add(f), DefragStatus::Dropped);
  EXPECT_EQ(stats_.value(DecodeError::FragmentTooLarge), 1u);
  f.offset = 65496;  // ends exactly at max_end
  f.more = false;
  EXPECT_EQ(f.offset + f.length, 65512u);
  EXPECT_EQ(add(f), DefragStatus::Held);
}

TEST_F(DecodeDefragmenterTest, ConflictingEndsDropTheDatagram) {
  Bytes d = pattern(40);
  add(piece(d, 0, 8));
  EXPECT_EQ(add(piece(d, 16, 24)), DefragStatus::Held);
  Fragment last = piece(d, 24, 32);
  last.more = false;  // says the datagram ends at 32
  EXPECT_EQ(add(last), DefragStatus::Held);
  Fragment other_last = piece(d, 32, 40);  // also a last fragment, ending at 40
  other_last.more = false;
  EXPECT_EQ(add(other_last), DefragStatus::Dropped);
  EXPECT_EQ(stats_.value(DecodeError::FragmentEndConflict), 1u);
  EXPECT_EQ(defrag().activeDatagrams(), 0u);

  // Data held past a newly announced end.
  add(piece(d, 16, 32, 2));
  Fragment short_last = piece(d, 0, 8, 2);
  short_last.more = false;
  EXPECT_EQ(add(short_last), DefragStatus::Dropped);
  EXPECT_EQ(stats_.value(DecodeError::FragmentEndConflict), 2u);
}

TEST_F(DecodeDefragmenterTest, TooManyFragments) {
  limits_.max_fragments_per_datagram = 4;
  Bytes d = pattern(200);
  for (uint32_t i = 0; i < 4; ++i) EXPECT_EQ(add(piece(d, i * 16, i * 16 + 8)), DefragStatus::Held);
  EXPECT_EQ(add(piece(d, 100, 108)), DefragStatus::Dropped);
  EXPECT_EQ(stats_.defrag.too_many_fragments.value(), 1u);
  EXPECT_EQ(defrag().activeDatagrams(), 0u);
}

TEST_F(DecodeDefragmenterTest, TinyFragmentFloodStaysUnderTheMemcap) {
  limits_.memcap_bytes = 256 * 1024;
  Bytes d = pattern(16);
  uint64_t peak = 0;
  for (uint32_t id = 1; id <= 50000; ++id) {
    Fragment f = piece(d, 0, 8, id, {100 + id / 1000, 0});
    f.src.bytes[3] = static_cast<uint8_t>(id);  // spread over many keys
    ASSERT_NE(add(f), DefragStatus::Complete);
    peak = std::max(peak, defrag().memoryUsed());
    ASSERT_LE(defrag().memoryUsed(), limits_.memcap_bytes);
  }
  EXPECT_GT(stats_.defrag.memcap_drops.value(), 0u);
  EXPECT_GT(peak, limits_.memcap_bytes / 2) << "the cap, not something smaller, should be the limit";
  EXPECT_EQ(stats_.defrag.memory_bytes.value(), defrag().memoryUsed());
  EXPECT_EQ(stats_.defrag.datagrams_active.value(), defrag().activeDatagrams());

  // A legitimate datagram still gets through, and the oldest flood entries were evicted.
  Bytes good = pattern(3000);
  EXPECT_EQ(add(piece(good, 0, 1480, 999999, {200, 0})), DefragStatus::Held);
  ASSERT_EQ(add(piece(good, 1480, 3000, 999999, {200, 0})), DefragStatus::Complete);
  EXPECT_EQ(result(), good);
}

TEST_F(DecodeDefragmenterTest, HighOffsetFloodStaysUnderTheMemcap) {
  limits_.memcap_bytes = 1 << 20;
  Bytes d = pattern(65000);
  for (uint32_t id = 1; id <= 200; ++id) {
    ASSERT_EQ(add(piece(d, 64000, 64008, id)), DefragStatus::Held);  // each needs a ~64 KiB buffer
    ASSERT_LE(defrag().memoryUsed(), limits_.memcap_bytes);
  }
  EXPECT_GT(stats_.defrag.memcap_drops.value(), 150u);
  EXPECT_LT(defrag().activeDatagrams(), 17u);
}

TEST_F(DecodeDefragmenterTest, DatagramLargerThanTheMemcapIsDropped) {
  limits_.memcap_bytes = 16 * 1024;
  Bytes d = pattern(40000);
  EXPECT_EQ(add(piece(d, 0, 8)), DefragStatus::Held);
  EXPECT_EQ(add(piece(d, 32000, 32008)), DefragStatus::Dropped);
  EXPECT_EQ(stats_.defrag.memcap_drops.value(), 1u);
  EXPECT_EQ(defrag().activeDatagrams(), 0u);
  EXPECT_LE(defrag().memoryUsed(), limits_.memcap_bytes);
}

TEST_F(DecodeDefragmenterTest, ZeroMemcapDropsEverything) {
  limits_.memcap_bytes = 0;
  Bytes d = pattern(16);
  EXPECT_EQ(add(piece(d, 0, 8)), DefragStatus::Dropped);
  EXPECT_EQ(stats_.defrag.memcap_drops.value(), 1u);
}

TEST_F(DecodeDefragmenterTest, BuffersAreReused) {
  Bytes d = pattern(9000);
  for (uint32_t id = 1; id <= 3; ++id) {
    for (uint32_t at = 0; at < 9000; at += 1480) add(piece(d, at, std::min(at + 1480, 9000u), id));
    ASSERT_EQ(result(), d);
  }
  uint64_t settled = defrag().memoryUsed();
  for (uint32_t id = 4; id <= 100; ++id) {
    for (uint32_t at = 0; at < 9000; at += 1480) add(piece(d, at, std::min(at + 1480, 9000u), id));
    ASSERT_EQ(result(), d);
  }
  EXPECT_EQ(defrag().memoryUsed(), settled);
}

}  // namespace
}  // namespace tapwatch

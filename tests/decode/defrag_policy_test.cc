// Fragment overlap policies (common/overlap_policy.h) in the Defragmenter: the
// classic patterns (a later fragment overlapping an earlier one's start, its
// end, lying inside it, covering it, starting with it) for every policy, and
// the policy chosen by the datagram's destination.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "decode/defragmenter.h"
#include "packet_builder.h"

namespace tapwatch {
namespace {

using namespace test;

const uint8_t kSrc[4] = {10, 0, 0, 1};
const uint8_t kDst[4] = {10, 0, 0, 2};

struct Extent {
  uint32_t begin, end;
};
struct Pattern {
  const char* name;
  Extent old_piece, new_piece;
};
// Offsets in bytes (multiples of 8); the datagram is 64 bytes.
const Pattern kPatterns[] = {
    {"new_overlaps_start", {16, 40}, {8, 32}},
    {"new_overlaps_end", {8, 32}, {16, 40}},
    {"new_inside", {8, 40}, {16, 32}},
    {"new_covers", {16, 32}, {8, 40}},
    {"new_same_start_longer", {16, 32}, {16, 40}},
    {"new_same_extent", {16, 32}, {16, 32}},
};

// Which patterns let the new fragment's bytes win where the two overlap.
const std::map<OverlapPolicy, std::set<std::string>> kNewWins = {
    {OverlapPolicy::First, {}},
    {OverlapPolicy::Last,
     {"new_overlaps_start", "new_overlaps_end", "new_inside", "new_covers", "new_same_start_longer",
      "new_same_extent"}},
    {OverlapPolicy::Bsd, {"new_overlaps_start", "new_covers"}},
    {OverlapPolicy::Linux, {"new_overlaps_start", "new_covers", "new_same_start_longer", "new_same_extent"}},
    {OverlapPolicy::Windows, {"new_covers"}},
};

class DefragPolicyTest : public ::testing::Test {
 protected:
  Fragment piece(const Bytes& bytes, Extent e, uint32_t id, bool last = false) {
    Fragment f;
    f.family = 4;
    f.protocol = 17;
    f.src = IpAddress::v4(kSrc);
    f.dst = IpAddress::v4(kDst);
    f.id = id;
    f.offset = e.begin;
    f.more = !last;
    f.ts = {100, 0};
    f.data = bytes.data() + e.begin;
    f.length = e.end - e.begin;
    return f;
  }

  // Sends old (all 'O'), new (all 'N'), then the rest ('.') and returns the datagram.
  std::string run(Defragmenter& defrag, const Pattern& p, uint32_t id) {
    const Bytes olds(64, 'O'), news(64, 'N'), rest(64, '.');
    ReassembledDatagram out;
    EXPECT_EQ(defrag.add(piece(olds, p.old_piece, id), out), DefragStatus::Held);
    EXPECT_EQ(defrag.add(piece(news, p.new_piece, id), out), DefragStatus::Held);
    const uint32_t lo = std::min(p.old_piece.begin, p.new_piece.begin);
    const uint32_t hi = std::max(p.old_piece.end, p.new_piece.end);
    EXPECT_EQ(defrag.add(piece(rest, {0, lo}, id), out), DefragStatus::Held);
    EXPECT_EQ(defrag.add(piece(rest, {hi, 64}, id, true), out), DefragStatus::Complete);
    return std::string(reinterpret_cast<const char*>(out.data), out.length);
  }

  DecodeStats stats_;
};

TEST_F(DefragPolicyTest, EveryPolicyOnEveryClassicPattern) {
  for (const auto& [policy, wins] : kNewWins) {
    Defragmenter defrag(DefragLimits{}, stats_, HostOsPolicyTable(policy));
    uint32_t id = 1;
    for (const Pattern& p : kPatterns) {
      const std::string got = run(defrag, p, id++);
      // Expected: '.' outside both, the new piece's bytes where only it lies, the old
      // piece's where only it lies, and the winner's in the overlap.
      std::string want(64, '.');
      for (uint32_t i = p.old_piece.begin; i < p.old_piece.end; ++i) want[i] = 'O';
      const bool new_wins = wins.count(p.name) != 0;
      for (uint32_t i = p.new_piece.begin; i < p.new_piece.end; ++i)
        if (want[i] == '.' || new_wins) want[i] = 'N';
      EXPECT_EQ(got, want) << overlapPolicyName(policy) << " " << p.name;
    }
  }
  EXPECT_EQ(stats_.defrag.overlaps.value(), 5u * 6u);
  EXPECT_EQ(stats_.defrag.overlap_mismatches.value(), 5u * 6u);
}

TEST_F(DefragPolicyTest, PiecesRememberTheFragmentThatWon) {
  // bsd: N1 [8,32) beats O [16,40) (starts earlier); a third fragment N2 [16,24)
  // starts after N1 there, so N1's bytes stay; in [32,40) O still holds and N2 starting
  // after O keeps O's bytes too.
  Defragmenter defrag(DefragLimits{}, stats_, HostOsPolicyTable(OverlapPolicy::Bsd));
  const Bytes o(64, 'O'), n1(64, '1'), n2(64, '2'), rest(64, '.');
  ReassembledDatagram out;
  ASSERT_EQ(defrag.add(piece(o, {16, 40}, 9), out), DefragStatus::Held);
  ASSERT_EQ(defrag.add(piece(n1, {8, 32}, 9), out), DefragStatus::Held);
  ASSERT_EQ(defrag.add(piece(n2, {16, 40}, 9), out), DefragStatus::Held);
  ASSERT_EQ(defrag.add(piece(rest, {0, 8}, 9), out), DefragStatus::Held);
  ASSERT_EQ(defrag.add(piece(rest, {40, 64}, 9, true), out), DefragStatus::Complete);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(out.data), out.length),
            std::string(8, '.') + std::string(24, '1') + std::string(8, 'O') + std::string(24, '.'));
}

TEST_F(DefragPolicyTest, PolicyFollowsTheDestination) {
  HostOsPolicyTable table(OverlapPolicy::First);
  table.add(Cidr::parse("10.0.0.0/24").value(), OverlapPolicy::Last);
  Defragmenter defrag(DefragLimits{}, stats_, table);
  const Pattern& inside = kPatterns[2];
  EXPECT_EQ(run(defrag, inside, 1).substr(16, 16), std::string(16, 'N')) << "10.0.0.2 is configured last";
  Defragmenter other(DefragLimits{}, stats_, HostOsPolicyTable(OverlapPolicy::First));
  EXPECT_EQ(run(other, inside, 2).substr(16, 16), std::string(16, 'O'));
}

TEST_F(DefragPolicyTest, Ipv6DestinationsAreLookedUpToo) {
  HostOsPolicyTable table(OverlapPolicy::First);
  table.add(Cidr::parse("2001:db8::/32").value(), OverlapPolicy::Windows);
  Defragmenter defrag(DefragLimits{}, stats_, table);
  const Bytes olds(64, 'O'), news(64, 'N'), rest(64, '.');
  const uint8_t dst6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9};
  auto six = [&](Fragment f) {
    f.family = 6;
    f.src = IpAddress::v6(dst6);
    f.dst = IpAddress::v6(dst6);
    return f;
  };
  ReassembledDatagram out;
  // windows: a later fragment that covers the held one with room on both sides wins.
  ASSERT_EQ(defrag.add(six(piece(olds, {16, 32}, 5)), out), DefragStatus::Held);
  ASSERT_EQ(defrag.add(six(piece(news, {8, 40}, 5)), out), DefragStatus::Held);
  ASSERT_EQ(defrag.add(six(piece(rest, {0, 8}, 5)), out), DefragStatus::Held);
  ASSERT_EQ(defrag.add(six(piece(rest, {40, 64}, 5, true)), out), DefragStatus::Complete);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(out.data), out.length),
            std::string(8, '.') + std::string(32, 'N') + std::string(24, '.'));
}

}  // namespace
}  // namespace tapwatch

// Wire loads in both byte orders (from unaligned addresses) and TCP sequence
// comparisons across the 2^32 wrap.
#include "common/bytes.h"

#include <gtest/gtest.h>

#include <string>

namespace tapwatch {
namespace {

TEST(Bytes, BigEndianLoadsPutTheFirstByteHighest) {
  const uint8_t p[] = {0x12, 0x34, 0x56, 0x78};
  EXPECT_EQ(loadBe16(p), 0x1234u);
  EXPECT_EQ(loadBe32(p), 0x12345678u);
}

TEST(Bytes, LittleEndianLoadsPutTheFirstByteLowest) {
  const uint8_t p[] = {0x12, 0x34, 0x56, 0x78};
  EXPECT_EQ(loadLe16(p), 0x3412u);
  EXPECT_EQ(loadLe32(p), 0x78563412u);
}

TEST(Bytes, HighBitsAreNotSignExtended) {
  const uint8_t p[] = {0xff, 0xfe, 0x80, 0x01};
  EXPECT_EQ(loadBe16(p), 0xfffeu);
  EXPECT_EQ(loadBe32(p), 0xfffe8001u);
  EXPECT_EQ(loadLe16(p), 0xfeffu);
  EXPECT_EQ(loadLe32(p), 0x0180feffu);
}

TEST(Bytes, LoadsWorkAtOddAddresses) {
  // Header fields sit at any offset in a frame.
  const uint8_t buf[] = {0x00, 0xde, 0xad, 0xbe, 0xef, 0x00};
  EXPECT_EQ(loadBe16(buf + 1), 0xdeadu);
  EXPECT_EQ(loadBe32(buf + 1), 0xdeadbeefu);
  EXPECT_EQ(loadLe32(buf + 1), 0xefbeaddeu);
}

TEST(Bytes, StringViewAndByteSpanShareTheSameBytes) {
  const std::string text("a\0b", 3);
  const ByteSpan bytes = asBytes(text);
  ASSERT_EQ(bytes.size(), 3u);
  EXPECT_EQ(bytes[1], 0);
  EXPECT_EQ(bytes.data(), reinterpret_cast<const uint8_t*>(text.data()));
  EXPECT_EQ(asStringView(bytes), text);
}

TEST(SeqLess, OrdersNearbySequenceNumbers) {
  EXPECT_TRUE(seqLess(1, 2));
  EXPECT_FALSE(seqLess(2, 1));
  EXPECT_FALSE(seqLess(7, 7));
  EXPECT_TRUE(seqLessEq(7, 7));
  EXPECT_TRUE(seqLessEq(6, 7));
  EXPECT_FALSE(seqLessEq(8, 7));
}

TEST(SeqLess, HoldsAcrossTheWrap) {
  // Just before the wrap is "less" than just after it.
  EXPECT_TRUE(seqLess(0xfffffff0u, 0x10u));
  EXPECT_FALSE(seqLess(0x10u, 0xfffffff0u));
  EXPECT_TRUE(seqLess(0xffffffffu, 0u));
  EXPECT_TRUE(seqLessEq(0xffffffffu, 0u));
  EXPECT_FALSE(seqLessEq(0u, 0xffffffffu));
}

TEST(SeqLess, ReachesHalfTheSequenceSpaceAhead) {
  const uint32_t a = 0x80000010u;
  EXPECT_TRUE(seqLess(a, a + 0x7fffffffu));  // the farthest b that still counts as ahead
  EXPECT_FALSE(seqLess(a + 0x7fffffffu, a));
}

}  // namespace
}  // namespace tapwatch

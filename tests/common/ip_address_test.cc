// IpAddress: text in and out for both families, rejection of anything that is
// not exactly one address, and value comparisons (used as flow-table keys).
#include "common/ip_address.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace tapwatch {
namespace {

TEST(IpAddress, ParsesAndPrintsIpv4) {
  const auto a = IpAddress::parse("192.0.2.17");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->family, 4);
  EXPECT_EQ(a->bytes[0], 192);
  EXPECT_EQ(a->bytes[1], 0);
  EXPECT_EQ(a->bytes[2], 2);
  EXPECT_EQ(a->bytes[3], 17);
  // The unused 12 bytes are zero, so equal addresses compare equal bytewise.
  EXPECT_TRUE(std::all_of(a->bytes.begin() + 4, a->bytes.end(), [](uint8_t b) { return b == 0; }));
  EXPECT_EQ(a->toString(), "192.0.2.17");
}

TEST(IpAddress, ParsesAndPrintsIpv6InCanonicalForm) {
  const auto a = IpAddress::parse("2001:0db8:0000:0000:0000:0000:0000:0001");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->family, 6);
  EXPECT_EQ(a->bytes[0], 0x20);
  EXPECT_EQ(a->bytes[1], 0x01);
  EXPECT_EQ(a->bytes[15], 0x01);
  EXPECT_EQ(a->toString(), "2001:db8::1");
  for (const char* text : {"::", "::1", "fe80::1:2", "2001:db8::ff00:42:8329"}) {
    const auto b = IpAddress::parse(text);
    ASSERT_TRUE(b.has_value()) << text;
    EXPECT_EQ(b->family, 6) << text;
    EXPECT_EQ(b->toString(), text);
  }
}

TEST(IpAddress, V4MappedIpv6StaysIpv6) {
  const auto a = IpAddress::parse("::ffff:192.0.2.1");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->family, 6);
  EXPECT_NE(*a, *IpAddress::parse("192.0.2.1"));
}

TEST(IpAddress, RejectsAnythingButOneAddress) {
  for (const char* text :
       {"", " ", "hello", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/24", " 1.2.3.4", "1.2.3.4 ", "1.2.3.-4",
        "2001:db8:::1", "2001:db8::g", "1:2:3:4:5:6:7:8:9", "[::1]", "::1%lo", "example.com"}) {
    EXPECT_FALSE(IpAddress::parse(text).has_value()) << "'" << text << "'";
  }
}

TEST(IpAddress, ParsesOnlyTheViewNotWhatFollowsIt) {
  const std::string text = "10.0.0.1junk";
  const auto a = IpAddress::parse(std::string_view(text).substr(0, 8));
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->toString(), "10.0.0.1");
}

TEST(IpAddress, WireFactoriesEqualParsedText) {
  const uint8_t v4[4] = {10, 1, 2, 3};
  EXPECT_EQ(IpAddress::v4(v4), *IpAddress::parse("10.1.2.3"));
  const uint8_t v6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x2a};
  EXPECT_EQ(IpAddress::v6(v6), *IpAddress::parse("2001:db8::2a"));
  EXPECT_EQ(IpAddress::v6(v6).toString(), "2001:db8::2a");
}

TEST(IpAddress, FamilyTellsApartAddressesWithTheSameBytes) {
  const uint8_t zeros[16] = {};
  EXPECT_NE(IpAddress::v4(zeros), IpAddress::v6(zeros));
  EXPECT_EQ(IpAddress::v4(zeros).toString(), "0.0.0.0");
  EXPECT_EQ(IpAddress::v6(zeros).toString(), "::");
}

TEST(IpAddress, OrdersIpv4Numerically) {
  const auto a = *IpAddress::parse("9.255.255.255");
  const auto b = *IpAddress::parse("10.0.0.0");
  const auto c = *IpAddress::parse("10.0.0.1");
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_GT(c, a);
  EXPECT_EQ(c, *IpAddress::parse("10.0.0.1"));
  EXPECT_LE(c, c);
}

TEST(Timestamp, OrdersBySecondsThenNanoseconds) {
  EXPECT_LT((Timestamp{1, 999999999}), (Timestamp{2, 0}));
  EXPECT_LT((Timestamp{2, 0}), (Timestamp{2, 1}));
  EXPECT_EQ((Timestamp{3, 5}), (Timestamp{3, 5}));
}

TEST(Timestamp, SecondsIncludesTheFraction) {
  EXPECT_DOUBLE_EQ((Timestamp{1, 500000000}).seconds(), 1.5);
  EXPECT_DOUBLE_EQ((Timestamp{1704067200, 0}).seconds(), 1704067200.0);
}

}  // namespace
}  // namespace tapwatch

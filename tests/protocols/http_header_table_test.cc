#include "protocols/http_header_table.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

TEST(HttpHeaderTable, MergesRepeatedNamesCaseInsensitivelyInFirstSeenOrder) {
  HttpHeaderTable t;
  ASSERT_EQ(t.add("Accept", "a", 10, 1000), HttpHeaderTable::Added::Ok);
  ASSERT_EQ(t.add("Host", "h", 10, 1000), HttpHeaderTable::Added::Ok);
  ASSERT_EQ(t.add("ACCEPT", "b", 10, 1000), HttpHeaderTable::Added::Ok);
  std::string_view v;
  ASSERT_TRUE(t.value("accept", v));
  EXPECT_EQ(v, "a, b");
  ASSERT_TRUE(t.value("HOST", v));
  EXPECT_EQ(v, "h");
  EXPECT_FALSE(t.value("cookie", v));
  std::string block;
  EXPECT_TRUE(t.writeBlock(block, "", 1000));
  EXPECT_EQ(block, "Accept: a, b\r\nHost: h\r\n");
  std::string names;
  EXPECT_TRUE(t.writeNames(names, 1000));
  EXPECT_EQ(names, "\r\nAccept\r\nHost\r\n\r\n");
}

TEST(HttpHeaderTable, TheSkippedNameIsLeftOutOfTheBlockOnly) {
  HttpHeaderTable t;
  t.add("Cookie", "a=1", 10, 1000);
  t.add("Host", "h", 10, 1000);
  std::string block;
  t.writeBlock(block, "cookie", 1000);
  EXPECT_EQ(block, "Host: h\r\n");
  std::string names;
  t.writeNames(names, 1000);
  EXPECT_EQ(names, "\r\nCookie\r\nHost\r\n\r\n");
}

TEST(HttpHeaderTable, CapsRefuseAndClearStartsOver) {
  HttpHeaderTable t;
  EXPECT_EQ(t.add("A", "1", 1, 1000), HttpHeaderTable::Added::Ok);
  EXPECT_EQ(t.add("B", "2", 1, 1000), HttpHeaderTable::Added::TooMany);
  EXPECT_EQ(t.add("C", std::string(2000, 'x'), 10, 1000), HttpHeaderTable::Added::TooLong);
  std::string block;
  EXPECT_FALSE(t.writeBlock(block, "", 4));  // "A: 1\r\n" does not fit in 4 bytes
  EXPECT_EQ(block.size(), 4u);
  t.clear();
  EXPECT_EQ(t.lines(), 0u);
  std::string names;
  t.writeNames(names, 100);
  EXPECT_EQ(names, "");  // no headers: no framing either
}

TEST(HttpHeaderTable, RawLinesKeepTheirPlaceAndNeverMerge) {
  HttpHeaderTable t;
  t.add("Host", "h", 10, 1000);
  t.add({}, "junk line", 10, 1000, true);
  t.add({}, "junk line", 10, 1000, true);
  std::string block;
  t.writeBlock(block, "", 1000);
  EXPECT_EQ(block, "Host: h\r\njunk line\r\njunk line\r\n");
}

}  // namespace
}  // namespace tapwatch

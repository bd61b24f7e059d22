#include "protocols/charset_converter.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

const std::string kRussian = "Я записал тебя на видео. Заплати 500 евро в биткоинах.";

std::string convert(CharsetConverter& c, const std::string& in, size_t piece) {
  std::string out;
  auto emit = [&](ByteSpan b) { out.append(reinterpret_cast<const char*>(b.data()), b.size()); };
  for (size_t off = 0; off < in.size(); off += piece) c.convert(test::bytesOf(in.substr(off, piece)), emit);
  c.finish(emit);
  return out;
}

TEST(CharsetConverter, CyrillicCharsetsToUtf8AtEverySplit) {
  for (const char* cs : {"windows-1251", "KOI8-R", "iso-8859-5", "UTF-16", "UTF-16LE"}) {
    const std::string encoded = test::fromUtf8(cs, kRussian);
    for (size_t piece : {1u, 2u, 3u, 5u, 1000u}) {
      CharsetConverter c;
      ASSERT_EQ(c.open(cs), CharsetConverter::Open::Converting) << cs;
      EXPECT_EQ(convert(c, encoded, piece), kRussian) << cs << "/" << piece;
      EXPECT_EQ(c.invalidSequences(), 0u);
    }
  }
}

TEST(CharsetConverter, NameNormalisation) {
  CharsetConverter c;
  EXPECT_EQ(c.open("\"Windows-1251\""), CharsetConverter::Open::Converting);
  EXPECT_EQ(c.open("utf-8*en"), CharsetConverter::Open::Passthrough);
  EXPECT_EQ(c.open("US-ASCII"), CharsetConverter::Open::Passthrough);
  EXPECT_EQ(c.open(""), CharsetConverter::Open::Passthrough);
  EXPECT_EQ(c.open("no-such-charset-x"), CharsetConverter::Open::Unknown);
  EXPECT_EQ(c.open("UTF-8//TRANSLIT"), CharsetConverter::Open::Unknown);
  EXPECT_EQ(c.open(std::string(200, 'a')), CharsetConverter::Open::Unknown);
  // Unknown passes bytes through untouched.
  EXPECT_EQ(convert(c, "plain", 2), "plain");
}

TEST(CharsetConverter, InvalidAndIncompleteSequencesBecomeReplacement) {
  CharsetConverter c;
  ASSERT_EQ(c.open("UTF-16LE"), CharsetConverter::Open::Converting);
  // "A", then an odd trailing byte at the end of the text.
  EXPECT_EQ(convert(c, std::string("A\0B", 3), 1), "A\xEF\xBF\xBD");
  EXPECT_GT(c.invalidSequences(), 0u);

  CharsetConverter s;
  ASSERT_EQ(s.open("shift_jis"), CharsetConverter::Open::Converting);
  const std::string out = convert(s,
                                  std::string("a\x81\x20"
                                              "b",
                                              4),
                                  1);
  EXPECT_NE(out.find("a"), std::string::npos);
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(CharsetConverter, ReopenSameCharsetResetsState) {
  CharsetConverter c;
  c.open("UTF-16");
  EXPECT_EQ(convert(c, test::fromUtf8("UTF-16", "да"), 1), "да");
  c.open("utf-16");
  EXPECT_EQ(convert(c, test::fromUtf8("UTF-16", "нет"), 3), "нет");
}

}  // namespace
}  // namespace tapwatch

#include "protocols/qp_decoder.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

std::string decode(const std::string& in, size_t piece) {
  QuotedPrintableDecoder d;
  std::string out;
  for (size_t off = 0; off < in.size(); off += piece) {
    const std::string part = in.substr(off, piece);
    std::string buf(part.size() + 2, '\0');
    out += buf.substr(0, d.decode(test::bytesOf(part), reinterpret_cast<uint8_t*>(buf.data())));
  }
  std::string tail(4, '\0');
  out += tail.substr(0, d.finish(reinterpret_cast<uint8_t*>(tail.data())));
  return out;
}

TEST(QuotedPrintableDecoder, EscapesAndSoftBreaksAtEverySplit) {
  const std::string in = "I recorded y=\r\nou =E2=80=94 pay=20now=\nplease=3D";
  const std::string want = "I recorded you \xE2\x80\x94 pay now"
                           "please=";
  for (size_t piece = 1; piece <= in.size(); ++piece) EXPECT_EQ(decode(in, piece), want) << piece;
}

TEST(QuotedPrintableDecoder, InvalidEscapesStayLiteral) {
  EXPECT_EQ(decode("a=ZZb=4", 1), "a=ZZb=4");
  EXPECT_EQ(decode("x=", 1), "x=");
  EXPECT_EQ(decode("=4=41", 2), "=4A");
}

TEST(QuotedPrintableDecoder, WhitespaceAfterSoftBreak) {
  EXPECT_EQ(decode("ab=  \r\ncd", 1), "abcd");
  EXPECT_EQ(decode("ab= x", 1), "ab=x");
}

TEST(QuotedPrintableDecoder, LowercaseHex) { EXPECT_EQ(decode("=e2=80=94", 3), "\xE2\x80\x94"); }

}  // namespace
}  // namespace tapwatch

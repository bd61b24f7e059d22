#include "protocols/url_decode.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

std::string uri(std::string_view target) {
  std::string out;
  normalizeUri(target, out);
  return out;
}

TEST(NormalizeUri, DecodesAndRemovesDotSegments) {
  EXPECT_EQ(uri("/a/b/../c/./d"), "/a/c/d");
  EXPECT_EQ(uri("//a///b//"), "/a/b/");
  EXPECT_EQ(uri("/%2e%2e/%2E%2e/etc/passwd"), "/etc/passwd");
  EXPECT_EQ(uri("/a/%2F..%2Fb"), "/b");
  EXPECT_EQ(uri("/a/.."), "/");
  EXPECT_EQ(uri("/a/."), "/a/");
  EXPECT_EQ(uri("/"), "/");
  EXPECT_EQ(uri("/pay%20now"), "/pay now");
}

TEST(NormalizeUri, QueryIsDecodedNotNormalised) { EXPECT_EQ(uri("/x/../y?a=%2F%2F..&b=c+d"), "/y?a=//..&b=c+d"); }

TEST(NormalizeUri, InvalidEscapesAndOddTargets) {
  EXPECT_EQ(uri("/a%zz%4"), "/a%zz%4");
  EXPECT_EQ(uri("*"), "*");
  EXPECT_EQ(uri(""), "");
  EXPECT_EQ(uri("/%00x"), std::string("/\0x", 3));
}

std::string decodeInPieces(const std::string& in, size_t piece, FormDecoder::Separators separators) {
  FormDecoder d(separators);
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

TEST(FormDecoder, FieldsAsLinesBreaksAtSeparatorsOnly) {
  // The text fields' decoder: '&' as sent starts a line, "%26" is an ampersand of the text, '%' then '&' too.
  const std::string in = "to=a%40b.example&msg=Tom+%26+Jerry%0Aok&x=%&y=%4&z";
  for (size_t piece = 1; piece <= in.size(); ++piece) {
    EXPECT_EQ(decodeInPieces(in, piece, FormDecoder::Separators::FieldsAsLines),
              "to=a@b.example\nmsg=Tom & Jerry\nok\nx=%\ny=%4\nz")
        << piece;
    EXPECT_EQ(decodeInPieces(in, piece, FormDecoder::Separators::AsSent),
              "to=a@b.example&msg=Tom & Jerry\nok&x=%&y=%4&z")
        << piece;
  }
}

TEST(FormDecoder, PlusAndEscapesSplitAcrossCalls) {
  const std::string in = "msg=I+recorded+you%21&btc=bc1q%3D%3";
  for (size_t piece = 1; piece <= in.size(); ++piece) {
    EXPECT_EQ(decodeInPieces(in, piece, FormDecoder::Separators::AsSent), "msg=I recorded you!&btc=bc1q=%3") << piece;
  }
}

}  // namespace
}  // namespace tapwatch

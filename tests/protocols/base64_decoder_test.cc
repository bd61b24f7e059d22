#include "protocols/base64_decoder.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

std::string decodeInPieces(const std::string& in, size_t piece) {
  Base64Decoder d;
  std::string out;
  for (size_t off = 0; off < in.size(); off += piece) {
    const std::string part = in.substr(off, piece);
    std::string buf(part.size() + 4, '\0');
    const size_t n = d.decode(test::bytesOf(part), reinterpret_cast<uint8_t*>(buf.data()));
    out += buf.substr(0, n);
  }
  return out;
}

TEST(Base64Decoder, RoundTripsEveryLengthAndSplit) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += static_cast<char>(i * 7 + 3);
  for (size_t len : {0u, 1u, 2u, 3u, 4u, 5u, 57u, 58u, 300u}) {
    const std::string plain = text.substr(0, len);
    const std::string enc = test::base64(plain);
    for (size_t piece : {1u, 2u, 3u, 5u, 1000u}) EXPECT_EQ(decodeInPieces(enc, piece), plain) << len << "/" << piece;
  }
}

TEST(Base64Decoder, SkipsWhitespaceAndJunk) {
  EXPECT_EQ(decodeInPieces("aGVs\r\n bG8g\t d29y*bGQ=", 3), "hello world");
}

TEST(Base64Decoder, ConcatenatedPaddedBlocks) {
  EXPECT_EQ(decodeInPieces("aGk=aGk=", 100), "hihi");
  EXPECT_EQ(decodeInPieces("YQ==Yg==", 1), "ab");
}

TEST(Base64Decoder, GarbageNeverOverflows) {
  std::string junk;
  for (int i = 0; i < 256; ++i) junk += static_cast<char>(i);
  const std::string out = decodeInPieces(junk + junk, 7);
  EXPECT_LE(out.size(), junk.size() * 2);
}

}  // namespace
}  // namespace tapwatch

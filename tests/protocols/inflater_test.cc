#include "protocols/inflater.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

std::string inflateAll(Inflater& inf, const std::string& in, size_t piece) {
  std::string out;
  for (size_t off = 0; off < in.size(); off += piece) {
    const std::string part = in.substr(off, piece);
    inf.feed(test::bytesOf(part), [&](ByteSpan b) { out.append(reinterpret_cast<const char*>(b.data()), b.size()); });
  }
  return out;
}

std::string sampleText() {
  std::string s;
  for (int i = 0; i < 2000; ++i) s += "line " + std::to_string(i) + ": I have recorded you. Pay 0.5 BTC.\n";
  return s;
}

TEST(Inflater, GzipAnySplit) {
  const std::string text = sampleText();
  const std::string z = test::gzip(text);
  for (size_t piece : {1u, 2u, 7u, 1000u, 1u << 20}) {
    Inflater inf;
    inf.start(Inflater::Coding::Gzip, 1u << 24);
    EXPECT_EQ(inflateAll(inf, z, piece), text) << piece;
    EXPECT_EQ(inf.state(), Inflater::State::Finished);
  }
}

TEST(Inflater, DeflateZlibWrappedAndRaw) {
  const std::string text = sampleText();
  for (int bits : {15, -15}) {
    for (size_t piece : {1u, 3u, 4096u}) {
      Inflater inf;
      inf.start(Inflater::Coding::Deflate, 1u << 24);
      EXPECT_EQ(inflateAll(inf, test::compress(text, bits), piece), text) << bits << "/" << piece;
      EXPECT_EQ(inf.state(), Inflater::State::Finished);
    }
  }
}

TEST(Inflater, ReusedAcrossBodies) {
  Inflater inf;
  for (int round = 0; round < 3; ++round) {
    const std::string text = "round " + std::to_string(round);
    inf.start(round % 2 ? Inflater::Coding::Deflate : Inflater::Coding::Gzip, 1000);
    EXPECT_EQ(inflateAll(inf, test::compress(text, round % 2 ? -15 : 31), 5), text);
  }
}

TEST(Inflater, BombIsCutExactlyAtTheCap) {
  const std::string zeros(50u << 20, '\0');  // 50 MiB of zeros: ~50 KiB compressed
  const std::string z = test::gzip(zeros);
  ASSERT_LT(z.size(), 100000u);
  Inflater inf;
  inf.start(Inflater::Coding::Gzip, 1u << 20);
  const std::string out = inflateAll(inf, z, 65536);
  EXPECT_EQ(out.size(), 1u << 20);
  EXPECT_EQ(inf.state(), Inflater::State::Capped);
}

TEST(Inflater, OutputExactlyAtCapIsNotABomb) {
  const std::string text(1000, 'x');
  Inflater inf;
  inf.start(Inflater::Coding::Gzip, 1000);
  EXPECT_EQ(inflateAll(inf, test::gzip(text), 3), text);
  EXPECT_EQ(inf.state(), Inflater::State::Finished);
}

TEST(Inflater, CorruptAndTruncatedInput) {
  Inflater inf;
  inf.start(Inflater::Coding::Gzip, 1u << 20);
  // Not compressed at all: the bytes as sent come out instead, and it is said.
  EXPECT_EQ(inflateAll(inf, "this is not gzip at all", 4), "this is not gzip at all");
  EXPECT_EQ(inf.state(), Inflater::State::Passthrough);
  EXPECT_TRUE(inf.events() & Inflater::kDecodeError);

  const std::string z = test::gzip(sampleText());
  for (size_t cut = 0; cut < z.size(); cut += 97) {
    Inflater t;
    t.start(Inflater::Coding::Gzip, 1u << 20);
    const std::string out = inflateAll(t, z.substr(0, cut), 50);
    EXPECT_NE(t.state(), Inflater::State::Finished) << cut;
    EXPECT_EQ(out, sampleText().substr(0, out.size()));
  }
}

TEST(Inflater, ConcatenatedGzipMembers) {
  Inflater inf;
  inf.start(Inflater::Coding::Gzip, 1u << 20);
  EXPECT_EQ(inflateAll(inf, test::gzip("first ") + test::gzip("second"), 1u << 20), "first second");
}

TEST(Inflater, GzipWithEveryHeaderPartAndAWrongCrcKeepsTheText) {
  const std::string text = sampleText();
  std::string z = test::gzip(text);
  // Rebuild the member with FEXTRA, FNAME, FCOMMENT and FHCRC set, and spoil the CRC.
  std::string member("\x1f\x8b\x08\x1e\0\0\0\0\0\x03", 10);
  member += std::string("\x02\x00", 2) + "ab" + "file" + std::string(1, '\0') + "note" + std::string(1, '\0') + "hc";
  member += z.substr(10, z.size() - 18);  // the deflate data
  std::string trailer = z.substr(z.size() - 8);
  trailer[0] = static_cast<char>(trailer[0] ^ 0x55);
  member += trailer;
  for (size_t piece : {1u, 5u, 1u << 20}) {
    Inflater inf;
    inf.start(Inflater::Coding::Gzip, 1u << 24);
    EXPECT_EQ(inflateAll(inf, member, piece), text) << piece;
    EXPECT_EQ(inf.events(), Inflater::kGzipHeaderFlags | Inflater::kGzipBadTrailer) << piece;
  }
}

TEST(Inflater, TheBytesDecideTheFormatNotTheDeclaredCoding) {
  const std::string text = "declared one way, sent another";
  for (const auto& [coding, bits] : std::vector<std::pair<Inflater::Coding, int>>{{Inflater::Coding::Deflate, 31},
                                                                                  {Inflater::Coding::Gzip, 15},
                                                                                  {Inflater::Coding::Gzip, -15}}) {
    Inflater inf;
    inf.start(coding, 1u << 20);
    EXPECT_EQ(inflateAll(inf, test::compress(text, bits), 3), text) << bits;
    EXPECT_EQ((inf.events() & Inflater::kRawDeflate) != 0, bits < 0) << bits;
  }
}

TEST(Inflater, ATooShortBodyIsPassedOnRawAtTheEnd) {
  Inflater inf;
  inf.start(Inflater::Coding::Gzip, 1u << 20);
  std::string out = inflateAll(inf, "x", 1);
  EXPECT_EQ(out, "");
  inf.finish([&](ByteSpan b) { out.append(reinterpret_cast<const char*>(b.data()), b.size()); });
  EXPECT_EQ(out, "x");
  EXPECT_TRUE(inf.events() & Inflater::kDecodeError);
}

TEST(Inflater, AGzipTrailerCutByTheEndIsReported) {
  const std::string z = test::gzip("short text");
  Inflater inf;
  inf.start(Inflater::Coding::Gzip, 1u << 20);
  EXPECT_EQ(inflateAll(inf, z.substr(0, z.size() - 3), 4), "short text");
  inf.finish([](ByteSpan) {});
  EXPECT_EQ(inf.events(), Inflater::kGzipBadTrailer);
}

}  // namespace
}  // namespace tapwatch

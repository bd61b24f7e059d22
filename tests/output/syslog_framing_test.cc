#include "output/syslog_framing.h"

#include <gtest/gtest.h>

#include <vector>

namespace tapwatch {
namespace {

std::vector<std::string> parseAll(std::string_view input, OctetCountingParser::Status* last = nullptr) {
  OctetCountingParser parser;
  std::vector<std::string> frames;
  for (;;) {
    const auto st = parser.next(input);
    if (st == OctetCountingParser::Status::Frame) {
      frames.push_back(parser.frame());
      continue;
    }
    if (last) *last = st;
    return frames;
  }
}

TEST(SyslogFraming, OctetCountingPrefixesTheByteLength) {
  std::string out;
  appendFramed(out, "<13>1 - - - - - hello", SyslogFraming::OctetCounting);
  EXPECT_EQ(out, "21 <13>1 - - - - - hello");
  std::string utf8;
  appendFramed(utf8, "\xc3\xa9", SyslogFraming::OctetCounting);  // counts octets, not characters
  EXPECT_EQ(utf8, "2 \xc3\xa9");
}

TEST(SyslogFraming, RoundTripThroughParserIncludingEmbeddedNewlines) {
  const std::vector<std::string> msgs = {"first", "with\nnewline", std::string(70000, 'x'), "3 4 5"};
  std::string stream;
  for (const auto& m : msgs) appendFramed(stream, m, SyslogFraming::OctetCounting);
  EXPECT_EQ(parseAll(stream), msgs);
}

TEST(SyslogFraming, ParserHandlesInputSplitAnywhere) {
  std::string stream;
  appendFramed(stream, "alpha", SyslogFraming::OctetCounting);
  appendFramed(stream, "beta gamma", SyslogFraming::OctetCounting);
  for (size_t cut = 0; cut <= stream.size(); ++cut) {
    OctetCountingParser parser;
    std::vector<std::string> frames;
    for (std::string_view part : {std::string_view(stream).substr(0, cut), std::string_view(stream).substr(cut)}) {
      while (parser.next(part) == OctetCountingParser::Status::Frame) frames.push_back(parser.frame());
    }
    EXPECT_EQ(frames, (std::vector<std::string>{"alpha", "beta gamma"})) << "cut at " << cut;
  }
}

TEST(SyslogFraming, ParserRejectsMalformedLengths) {
  for (const char* bad : {"abc", " 5 hello", "05 hello", "0 ", "-1 x", "99999999999 x", "5x hello"}) {
    OctetCountingParser::Status st{};
    parseAll(bad, &st);
    EXPECT_EQ(st, OctetCountingParser::Status::Error) << bad;
  }
}

TEST(SyslogFraming, ParserRejectsFramesOverItsLimit) {
  OctetCountingParser parser(10);
  std::string_view in = "11 hello world";
  EXPECT_EQ(parser.next(in), OctetCountingParser::Status::Error);
  EXPECT_EQ(parser.next(in), OctetCountingParser::Status::Error);  // stays failed
}

TEST(SyslogFraming, TruncatedFrameNeedsMore) {
  OctetCountingParser::Status st{};
  EXPECT_TRUE(parseAll("10 short", &st).empty());
  EXPECT_EQ(st, OctetCountingParser::Status::NeedMore);
}

TEST(SyslogFraming, LfFramingTerminatesAndNeutralisesNewlines) {
  std::string out;
  appendFramed(out, "a\nb\rc", SyslogFraming::Lf);
  appendFramed(out, "d", SyslogFraming::Lf);
  EXPECT_EQ(out, "a b c\nd\n");
  EXPECT_EQ(parseSyslogFraming("lf"), SyslogFraming::Lf);
  EXPECT_EQ(parseSyslogFraming("octet-counting"), SyslogFraming::OctetCounting);
  EXPECT_FALSE(parseSyslogFraming("nul"));
}

}  // namespace
}  // namespace tapwatch

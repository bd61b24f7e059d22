// The pieces the HTTP parser is built from, each on its own: the line reader
// (every line end, split anywhere) and the start-line and framing rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "protocols/http_line_reader.h"
#include "protocols/http_message_rules.h"
#include "test_support.h"

namespace tapwatch {
namespace {

struct ReadLine {
  std::string text;
  LineEnd end;
  bool operator==(const ReadLine&) const = default;
};
std::ostream& operator<<(std::ostream& o, const ReadLine& l) {
  return o << "[" << l.text << "]" << static_cast<int>(l.end);
}

std::vector<ReadLine> readLines(const std::string& in, size_t piece, size_t max = 64) {
  HttpLineReader reader;
  std::vector<ReadLine> out;
  for (size_t off = 0; off < in.size(); off += piece) {
    const std::string part = in.substr(off, piece);
    size_t pos = 0;
    while (pos < part.size()) {
      const auto r = reader.next(test::bytesOf(part), pos, max);
      if (r == HttpLineReader::Result::NeedMore) break;
      if (r == HttpLineReader::Result::Line) out.push_back({std::string(reader.line()), reader.end()});
    }
  }
  if (reader.flush()) out.push_back({std::string(reader.line()), reader.end()});
  return out;
}

TEST(HttpLineReader, EveryLineEndIsALineEndHoweverTheBytesAreSplit) {
  const std::string in = "crlf\r\nlf\ncr\rlfcr\n\rlast\n\r\n\r\nafter";
  const std::vector<ReadLine> expected = {{"crlf", LineEnd::CrLf}, {"lf", LineEnd::Lf},    {"cr", LineEnd::Cr},
                                          {"lfcr", LineEnd::LfCr}, {"last", LineEnd::Lf},  {"", LineEnd::CrLf},
                                          {"", LineEnd::CrLf},     {"after", LineEnd::Eof}};
  for (size_t piece : {1u, 2u, 3u, 100u}) EXPECT_EQ(readLines(in, piece), expected) << piece;
}

TEST(HttpLineReader, AnEmptyLineEndsAtOnceSoTheBodyIsNotTakenForALineEnd) {
  HttpLineReader reader;
  const std::string in = "a: b\r\n\r\n\nbody";
  size_t pos = 0;
  ASSERT_EQ(reader.next(test::bytesOf(in), pos, 64), HttpLineReader::Result::Line);
  ASSERT_EQ(reader.next(test::bytesOf(in), pos, 64), HttpLineReader::Result::Line);
  EXPECT_EQ(reader.line(), "");
  EXPECT_EQ(pos, 8u);  // the body's first byte ("\n") is not consumed
}

TEST(HttpLineReader, ALongLineIsReportedOnceThenTruncated) {
  HttpLineReader reader;
  const std::string in = std::string(100, 'x') + "\r\n";
  size_t pos = 0;
  EXPECT_EQ(reader.next(test::bytesOf(in), pos, 10), HttpLineReader::Result::Overflow);
  EXPECT_EQ(reader.line(), std::string(10, 'x'));
  EXPECT_EQ(pos, 10u);
  EXPECT_EQ(reader.next(test::bytesOf(in), pos, 10), HttpLineReader::Result::Line);
  EXPECT_EQ(reader.line(), std::string(10, 'x'));
  EXPECT_TRUE(reader.truncated());
  EXPECT_EQ(pos, in.size());
}

TEST(HttpMessageRules, StatusLinesAreReadLeniently) {
  struct Case {
    std::string line;
    int status;
    bool nonstandard_version, malformed, bad_code;
  };
  for (const Case& c : std::vector<Case>{{"HTTP/1.1 200 OK", 200, false, false, false},
                                         {"HTTP/1.0 404 Not Found", 404, false, false, false},
                                         {"HTTP/1.1 204 ", 204, false, false, false},
                                         {"HTTP/1.10 200 OK", 200, true, false, false},
                                         {"HTTP/01.1 200 OK", 200, true, false, false},
                                         {"http/1.1 200 OK", 200, true, false, false},
                                         {"HTTP/2.0 200 OK", 200, true, false, false},
                                         {"HTTP/1.1 200", 200, false, true, false},
                                         {"HTTP/1.1\t200\tOK", 200, false, true, false},
                                         {"HTTP/1.1  200 OK", 200, false, true, false},
                                         {"HTTP/1.1 200OK", 200, false, true, false},
                                         {"HTTP/1.1 2000 OK", 2000, false, false, true},
                                         {"HTTP/1.1 099 OK", 99, false, false, true},
                                         {"HTTP/1.1 OK", 0, false, true, true},
                                         {"xx HTTP/1.1 200 OK", 200, false, false, false}}) {
    StatusLine sl;
    ASSERT_TRUE(parseStatusLine(c.line, sl)) << c.line;
    EXPECT_EQ(sl.status, c.status) << c.line;
    EXPECT_EQ(sl.nonstandard_version, c.nonstandard_version) << c.line;
    EXPECT_EQ(sl.malformed, c.malformed) << c.line;
    EXPECT_EQ(sl.bad_code, c.bad_code) << c.line;
  }
  StatusLine sl;
  EXPECT_FALSE(parseStatusLine("<html>", sl));
  EXPECT_FALSE(parseStatusLine("too much junk HTTP/1.1 200 OK", sl));
}

TEST(HttpMessageRules, RequestLinesNeedAMethodATargetAndAVersionOrTheHttp09Form) {
  RequestLine rl;
  ASSERT_TRUE(parseRequestLine("GET /a b HTTP/1.1", rl));
  EXPECT_EQ(rl.method, "GET");
  EXPECT_EQ(rl.target, "/a b");
  EXPECT_EQ(rl.version, "HTTP/1.1");
  EXPECT_FALSE(rl.nonstandard_version);
  ASSERT_TRUE(parseRequestLine("GET\t/x\thttp/1.1", rl));
  EXPECT_TRUE(rl.nonstandard_version);
  EXPECT_TRUE(parseRequestLine("GET /no-version", rl));  // HTTP/0.9
  EXPECT_TRUE(rl.http09);
  EXPECT_EQ(rl.target, "/no-version");
  EXPECT_FALSE(parseRequestLine("POST /no-version", rl));
  EXPECT_FALSE(parseRequestLine("GET no-slash", rl));
  EXPECT_FALSE(parseRequestLine("GET /a b", rl));
  EXPECT_TRUE(parseRequestLine("GET /cut-by-the-ca", rl, true));
  EXPECT_FALSE(parseRequestLine("not a request", rl));
  EXPECT_FALSE(parseRequestLine("", rl));
  EXPECT_FALSE(parseRequestLine("G:T / HTTP/1.1", rl));
}

TEST(HttpMessageRules, ContentLengthValues) {
  EXPECT_EQ(parseContentLength("12").value, 12u);
  EXPECT_TRUE(parseContentLength(" 12 ").valid);
  EXPECT_TRUE(parseContentLength("5, 5").duplicate);
  EXPECT_TRUE(parseContentLength("5, 6").conflicting);
  for (const char* bad : {"", "+5", "-5", "5a", "0x10", "99999999999999999999999", "5,"})
    EXPECT_FALSE(parseContentLength(bad).valid) << bad;
}

TEST(HttpMessageRules, TransferEncodingChunkedAnywhereMeansTryDechunking) {
  struct Case {
    std::vector<std::string> values;
    bool chunked, nonstandard;
  };
  for (const Case& c : std::vector<Case>{{{" chunked"}, true, false},
                                         {{"chunked"}, true, false},
                                         {{" Chunked"}, true, false},
                                         {{" chunked;"}, true, true},
                                         {{" xchunked"}, true, true},
                                         {{"  chunked"}, true, true},
                                         {{"\tchunked"}, true, true},
                                         {{" gzip, chunked"}, true, true},
                                         {{" chunked", " chunked"}, true, true},
                                         {{" gzip"}, false, true},
                                         {{" identity"}, false, true}}) {
    TransferCoding te;
    for (const auto& v : c.values) te.add(v);
    EXPECT_EQ(te.chunked, c.chunked) << c.values[0];
    EXPECT_EQ(te.nonstandard, c.nonstandard) << c.values[0];
  }
}

TEST(HttpMessageRules, ChunkSizeLines) {
  struct Case {
    std::string line;
    uint64_t size;
    bool hex, extension, malformed, too_large;
  };
  for (const Case& c : std::vector<Case>{{"1a", 26, true, false, false, false},
                                         {"1A;name=value", 26, true, true, false, false},
                                         {"1a ;x", 26, true, true, false, false},
                                         {"0", 0, true, false, false, false},
                                         {"0005", 5, true, false, true, false},
                                         {" 5", 5, true, false, true, false},
                                         {"5\t", 5, true, false, true, false},
                                         {"5 junk", 5, true, false, true, false},
                                         {"100000000", 1ull << 32, true, false, false, true},
                                         {"fffffffffffffffff", ~0ull, true, false, false, true},
                                         {"hello", 0, false, false, false, false},
                                         {"", 0, false, false, false, false}}) {
    const ChunkSize cs = parseChunkSize(c.line);
    EXPECT_EQ(cs.size, c.size) << c.line;
    EXPECT_EQ(cs.hex, c.hex) << c.line;
    EXPECT_EQ(cs.extension, c.extension) << c.line;
    EXPECT_EQ(cs.malformed, c.malformed) << c.line;
    EXPECT_EQ(cs.too_large, c.too_large) << c.line;
  }
}

TEST(HttpMessageRules, ContentCodingLists) {
  std::vector<CodingName> seen;
  forEachCoding(" gzip, x-gzip;q=1 ,deflate, x-deflate, br, , identity", [&](CodingName c) { seen.push_back(c); });
  EXPECT_EQ(seen, (std::vector<CodingName>{CodingName::Gzip, CodingName::LegacyGzip, CodingName::Deflate,
                                           CodingName::LegacyDeflate, CodingName::Unknown, CodingName::Identity}));
  EXPECT_EQ(trimValue(std::string(" \x01 v \0", 6)), "v");
  EXPECT_TRUE(hasControlChar(std::string("a\0b", 3)));
  EXPECT_TRUE(hasControlChar("a\vb"));
  EXPECT_FALSE(hasControlChar("a\tb"));
  // Long values take the 8-bytes-at-a-time path: a control byte anywhere is found, tabs and UTF-8 are not one.
  const std::string clean = "Mozilla/5.0 (X11; Linux x86_64)\t\xc3\xa9t\xc3\xa9 \xff~";
  EXPECT_FALSE(hasControlChar(clean));
  for (size_t at = 0; at <= clean.size(); ++at) {
    for (char bad : {'\0', '\v', '\f', '\x1f', '\x7f'}) {
      std::string v = clean;
      v.insert(at, 1, bad);
      EXPECT_TRUE(hasControlChar(v)) << at << " " << static_cast<int>(bad);
    }
  }
}

}  // namespace
}  // namespace tapwatch

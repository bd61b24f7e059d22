// Every HTTP/1.x oddity the parser reads over, as data: the raw bytes of both
// directions, the request and response bodies signatures must see, and the
// anomaly rows (protocol_stats.h, names shared with the evasion catalogue)
// that must move (by their metric label, as the catalogue and EVE see them),
// and no other. Each case is also fed one byte at a time and must give the
// same result: no reading depends on where segments end.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "protocols/http_app_parser.h"
#include "test_support.h"

namespace tapwatch {
namespace {

struct Oddity {
  std::string name;  // the test's name: what is odd, and what happens
  std::string to_server, to_client;
  std::string request_bodies;                 // every transaction's request body, joined by '|'
  std::string response_bodies;                // every transaction's response body, joined by '|'
  std::map<std::string, uint64_t> anomalies;  // reason -> count; every other reason stays 0
};

std::ostream& operator<<(std::ostream& o, const Oddity& c) { return o << c.name; }

std::string chunked(const std::string& body, size_t size, const std::string& eol = "\r\n") {
  std::string out;
  for (size_t off = 0; off < body.size(); off += size) {
    const std::string piece = body.substr(off, size);
    char hex[16];
    snprintf(hex, sizeof hex, "%zx", piece.size());
    out += std::string(hex) + eol + piece + eol;
  }
  return out + "0" + eol + eol;
}

// A gzip member written by hand: flags, optional header parts, and a trailer that can be spoiled.
std::string gzipMember(const std::string& text, uint8_t flags, const std::string& extra_parts, bool bad_crc = false,
                       bool with_trailer = true) {
  std::string out("\x1f\x8b\x08", 3);
  out += static_cast<char>(flags);
  out += std::string("\0\0\0\0\0\x03", 6);  // mtime, xfl, os
  out += extra_parts;
  out += test::compress(text, -15);
  uint32_t crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(text.data()), text.size()));
  if (bad_crc) crc ^= 0x5a5a5a5a;
  const auto size = static_cast<uint32_t>(text.size());
  if (with_trailer) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((crc >> (8 * i)) & 0xff);
    for (int i = 0; i < 4; ++i) out += static_cast<char>((size >> (8 * i)) & 0xff);
  }
  return out;
}

std::string response(const std::string& headers, const std::string& body) {
  return "HTTP/1.1 200 OK\r\n" + headers + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

const std::string kGet = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
const std::string kText = "Your wallet is locked. Send 0.5 BTC to unlock it.";

std::vector<Oddity> oddities() {
  const std::string gz = test::gzip(kText);
  const std::string zl = test::compress(kText, 15);
  const std::string raw = test::compress(kText, -15);
  std::vector<Oddity> v = {
      // ---- line ends, header bytes, junk ----
      {"BareLfLineEndsStillFrameTheBody",
       "GET / HTTP/1.1\nHost: a\n\n",
       "HTTP/1.1 200 OK\nContent-Length: 5\n\nhello",
       "",
       "hello",
       {{"bare_lf_line_end", 2}}},
      {"BareCrLineEndsStillFrameTheBody",
       kGet,
       "HTTP/1.1 200 OK\rContent-Length: 5\r\rhello",
       "",
       "hello",
       {{"bare_cr_line_end", 1}}},
      {"LfCrLineEndsAreLineEnds",
       kGet,
       "HTTP/1.1 200 OK\n\rContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"lf_cr_line_end", 1}}},
      {"NulInAHeaderValueIsCounted",
       kGet,
       response(std::string("X-A: a\0b\r\n", 10), "hello"),
       "",
       "hello",
       {{"control_char_in_header", 1}}},
      {"VerticalTabAndFormFeedInAHeaderNameAreCounted",
       kGet,
       response("X\v-B\f: v\r\n", "hello"),
       "",
       "hello",
       {{"control_char_in_header", 1}}},
      {"FoldedContentLengthIsStillTheLength",
       kGet,
       "HTTP/1.1 200 OK\r\nContent-Length:\r\n 5\r\n\r\nhelloEXTRA",
       "",
       "hello",
       {{"folded_header", 1}}},
      {"EmptyLinesBeforeTheStatusLineAreSkipped",
       kGet,
       "\r\n\r\n" + response("", "hello"),
       "",
       "hello",
       {{"junk_before_message", 1}}},
      {"AJunkLineBeforeTheStatusLineIsSkipped",
       kGet,
       "garbage line\r\n" + response("", "hello"),
       "",
       "hello",
       {{"junk_before_message", 1}}},
      {"JunkBeforeTheRequestLineIsSkipped",
       "\r\nnot a request\r\nPOST /p HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc",
       response("", "ok"),
       "abc",
       "ok",
       {{"junk_before_message", 1}}},
      {"AHeaderLineWithoutColonIsSkipped",
       kGet,
       response("no colon here\r\n", "hello"),
       "",
       "hello",
       {{"header_without_colon", 1}}},
      // ---- status lines ----
      {"VersionOneDotTenIsReadAsOneDotOne",
       kGet,
       "HTTP/1.10 200 OK\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"nonstandard_version", 1}}},
      {"VersionWithLeadingZeroIsRead",
       kGet,
       "HTTP/01.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"nonstandard_version", 1}}},
      {"LowerCaseVersionIsRead",
       kGet,
       "http/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"nonstandard_version", 1}}},
      {"AStatusLineWithoutReasonIsRead",
       kGet,
       "HTTP/1.1 200\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"malformed_status_line", 1}}},
      {"TabsInTheStatusLineAreRead",
       kGet,
       "HTTP/1.1\t200\tOK\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"malformed_status_line", 1}}},
      {"AFourDigitStatusStillHasItsBody",
       kGet,
       "HTTP/1.1 2000 OK\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"bad_status_code", 1}}},
      {"ATwoDigitStatusStillHasItsBody",
       kGet,
       "HTTP/1.1 20 OK\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"bad_status_code", 1}}},
      {"AnHttp09ResponseIsAllBody",
       kGet,
       "<html>" + kText + "</html>",
       "",
       "<html>" + kText + "</html>",
       {{"09_response", 1}}},
      {"AnHttp09ResponseWithLinesIsAllBody",
       kGet,
       "one\r\ntwo\nthree\r\nfour\r\nfive " + kText,
       "",
       "one\r\ntwo\nthree\r\nfour\r\nfive " + kText,
       {{"09_response", 1}, {"bare_lf_line_end", 1}}},
      // ---- framing ----
      {"ARepeatedEqualContentLengthIsUsed",
       kGet,
       "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {{"duplicate_content_length", 1}}},
      {"AContentLengthListOfEqualValuesIsUsed",
       kGet,
       "HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\n\r\nhello",
       "",
       "hello",
       {{"duplicate_content_length", 1}}},
      {"ConflictingContentLengthsRunTheBodyToTheClose",
       kGet,
       "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 3\r\n\r\nhello world",
       "",
       "hello world",
       {{"conflicting_content_length", 1}, {"body_until_close", 1}}},
      {"ASignedContentLengthRunsTheBodyToTheClose",
       kGet,
       "HTTP/1.1 200 OK\r\nContent-Length: +5\r\n\r\nhello world",
       "",
       "hello world",
       {{"invalid_content_length", 1}, {"body_until_close", 1}}},
      {"AnOverflowingContentLengthIsInvalid",
       kGet,
       "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nhello",
       "",
       "hello",
       {{"invalid_content_length", 1}, {"body_until_close", 1}}},
      {"AnInvalidRequestContentLengthBodyEndsAtTheNextRequest",
       "POST /a HTTP/1.1\r\nContent-Length: 5x\r\n\r\nGET /b HTTP/1.1\r\n\r\n",
       response("", "A") + response("", "B"),
       "|",
       "A|B",
       {{"invalid_content_length", 1}}},
      {"ChunkedBeatsContentLength",
       kGet,
       "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"content_length_with_transfer_encoding", 1}}},
      {"ChunkedWithASemicolonIsDechunked",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked;\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"nonstandard_transfer_encoding", 1}}},
      {"XchunkedIsDechunkedWhenTheBodyIsChunked",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: xchunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"nonstandard_transfer_encoding", 1}}},
      {"XchunkedFallsBackToTheRawBodyWhenItIsNotChunked",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: xchunked\r\nContent-Length: 11\r\n\r\nhello worldHTTP/1.1 200 OK\r\n"
       "Content-Length: 2\r\n\r\nok",
       "|",
       "hello world|ok",
       {{"nonstandard_transfer_encoding", 1},
        {"content_length_with_transfer_encoding", 1},
        {"response_without_request", 1}}},
      {"ChunkedAfterATabIsDechunked",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding:\tchunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"nonstandard_transfer_encoding", 1}}},
      {"GzipChunkedTransferCodingIsDechunkedAndInflated",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n" + chunked(gz, 10),
       "",
       kText,
       {{"nonstandard_transfer_encoding", 1}}},
      {"RepeatedTransferEncodingHeadersAreDechunked",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"nonstandard_transfer_encoding", 1}}},
      {"AFoldedTransferEncodingIsDechunked",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding:\r\n chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"nonstandard_transfer_encoding", 1}, {"folded_header", 1}}},
      {"ChunkExtensionsAreSkipped",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=\"v\"\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"chunk_extension", 1}}},
      {"ATabAfterTheChunkSizeIsRead",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\t\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"malformed_chunk_line", 1}}},
      {"JunkAfterTheChunkSizeIsRead",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5 junk\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"malformed_chunk_line", 1}}},
      {"LeadingZerosInTheChunkSizeAreRead",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0005\r\nhello\r\n0\r\n\r\n",
       "",
       "hello",
       {{"malformed_chunk_line", 1}}},
      {"LfOnlyChunkLinesAreRead",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(kText, 7, "\n"),
       "",
       kText,
       {{"bare_lf_line_end", 1}}},
      {"CrOnlyChunkLinesAreRead",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(kText, 7, "\r"),
       "",
       kText,
       {{"bare_cr_line_end", 1}}},
      {"AnOversizedChunkRunsToTheClose",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100000000\r\nhello world",
       "",
       "hello world",
       {{"chunk_size_too_large", 1}}},
      {"AChunkSizeThatLiesFallsBackToTheRawBytes",
       kGet,
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello world\r\n0\r\n\r\n",
       "",
       "hello world\r\n0\r\n\r\n",
       {{"malformed_chunk_line", 1}, {"body_until_close", 1}}},
      {"ABodyWithoutFramingRunsToTheClose",
       kGet,
       "HTTP/1.1 200 OK\r\n\r\nhello world",
       "",
       "hello world",
       {{"body_until_close", 1}}},
      // ---- content codings ----
      {"AContentCodingListIsUndoneInReverse",
       kGet,
       response("Content-Encoding: gzip, deflate\r\n", test::compress(gz, 15)),
       "",
       kText,
       {{"multiple_content_encodings", 1}}},
      {"StackedContentEncodingHeadersAreUndone",
       kGet,
       response("Content-Encoding: gzip\r\nContent-Encoding: gzip\r\n", test::gzip(gz)),
       "",
       kText,
       {{"multiple_content_encodings", 1}}},
      {"CodingsBeyondTheLayerLimitStayEncoded",
       kGet,
       response("Content-Encoding: gzip, gzip, gzip, gzip\r\n", test::gzip(test::gzip(test::gzip(gz)))),
       "",
       gz,
       {{"multiple_content_encodings", 1}, {"too_many_content_encodings", 1}}},
      {"XGzipIsGzip", kGet, response("Content-Encoding: x-gzip\r\n", gz), "", kText, {{"legacy_content_encoding", 1}}},
      {"XDeflateIsDeflate",
       kGet,
       response("Content-Encoding: x-deflate\r\n", zl),
       "",
       kText,
       {{"legacy_content_encoding", 1}}},
      {"ZlibWrappedDeflateIsInflated", kGet, response("Content-Encoding: deflate\r\n", zl), "", kText, {}},
      {"RawDeflateIsInflated", kGet, response("Content-Encoding: deflate\r\n", raw), "", kText, {{"raw_deflate", 1}}},
      {"GzipSentAsDeflateIsInflated", kGet, response("Content-Encoding: deflate\r\n", gz), "", kText, {}},
      {"GzipHeaderPartsAreSkipped",
       kGet,
       response("Content-Encoding: gzip\r\n",
                gzipMember(kText, 0x1e,
                           std::string("\x03\x00xyz", 5) + "name.txt" + std::string(1, '\0') + "a comment" +
                               std::string(1, '\0') + "hc")),
       "",
       kText,
       {{"gzip_header_flags", 1}}},
      {"ReservedGzipFlagBitsAreIgnored",
       kGet,
       response("Content-Encoding: gzip\r\n", gzipMember(kText, 0xe0, "")),
       "",
       kText,
       {{"gzip_header_flags", 1}}},
      {"AWrongGzipCrcKeepsTheInflatedBytes",
       kGet,
       response("Content-Encoding: gzip\r\n", gzipMember(kText, 0, "", true)),
       "",
       kText,
       {{"gzip_bad_trailer", 1}}},
      {"AMissingGzipTrailerKeepsTheInflatedBytes",
       kGet,
       response("Content-Encoding: gzip\r\n", gzipMember(kText, 0, "", false, false)),
       "",
       kText,
       {{"gzip_bad_trailer", 1}}},
      {"ABodyThatIsNotGzipIsShownRaw",
       kGet,
       response("Content-Encoding: gzip\r\n", kText),
       "",
       kText,
       {{"decompress_error", 1}}},
      {"AnUnknownCodingIsShownRaw",
       kGet,
       response("Content-Encoding: br\r\n", "brotli bytes"),
       "",
       "brotli bytes",
       {{"unsupported_encoding", 1}}},
      {"AGzipAroundAnUnknownCodingIsUndone",
       kGet,
       response("Content-Encoding: br, gzip\r\n", test::gzip("brotli bytes")),
       "",
       "brotli bytes",
       {{"unsupported_encoding", 1}, {"multiple_content_encodings", 1}}},
      // ---- transactions ----
      {"AnInterimResponseIsFollowedByTheFinalOne",
       kGet,
       "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
       "",
       "hello",
       {}},
      {"HeadAnd204And304HaveNoBody",
       "HEAD / HTTP/1.1\r\n\r\nGET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\nGET /c HTTP/1.1\r\n\r\n",
       "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n"
       "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
       "|||",
       "|||hello",
       {}},
      {"PipelinedRequestsGetTheirOwnBodies",
       "POST /1 HTTP/1.1\r\nContent-Length: 3\r\n\r\nonePOST /2 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\ntwo\r\n0\r\n\r\n",
       response("", "uno") + response("", "dos"),
       "one|two",
       "uno|dos",
       {}},
      {"ARequestBodyIsDechunkedAndInflated",
       "POST / HTTP/1.1\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(gz, 9),
       response("", "ok"),
       kText,
       "ok",
       {}},
      {"ARequestWithLfLineEndsAndConflictingLengthsRunsToTheClose",
       "POST / HTTP/1.1\nContent-Length: 2\nContent-Length: 4\n\nbody and more",
       "",
       "body and more",
       "",
       {{"bare_lf_line_end", 1}, {"conflicting_content_length", 1}, {"body_until_close", 1}}},
  };
  return v;
}

struct Outcome {
  std::string request_bodies, response_bodies, described;
  std::map<std::string, uint64_t> anomalies;  // reasons that moved
};

void parse(const Oddity& c, size_t chunk, Outcome& out) {
  test::RecordingSink sink;
  ProtocolStats stats;
  HttpAppParser parser(sink, test::kDefaultLimits, stats);
  test::feedSteps(parser, {{Direction::ToServer, c.to_server}, {Direction::ToClient, c.to_client}}, chunk);
  parser.finish();
  EXPECT_TRUE(sink.errors.empty()) << sink.errors.front();
  EXPECT_EQ(sink.openCount(), 0u);
  for (size_t i = 0; i < sink.scopes.size(); ++i) {
    // append, not "literal" + std::string: GCC 12 at -O3 warns falsely (-Wrestrict) on that.
    out.request_bodies.append(i ? "|" : "").append(sink.scopes[i].stream(Field::HttpRequestBody));
    out.response_bodies.append(i ? "|" : "").append(sink.scopes[i].stream(Field::HttpResponseBody));
  }
  out.described = sink.describe();
  visitProtocolStats(stats, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
    if (metric.name == std::string_view("tapwatch_protocol_anomalies_total") && value > 0) {
      out.anomalies[std::string(label)] = value;
    } else if (metric.name == std::string_view("tapwatch_protocol_parser_failures_total")) {
      EXPECT_EQ(value, 0u) << "parser failure " << label;
    }
  });
}

class HttpOddity : public ::testing::TestWithParam<Oddity> {};

TEST_P(HttpOddity, BodyIsInspectedAndTheAnomalyCounted) {
  const Oddity& c = GetParam();
  std::map<std::string, uint64_t> expected;
  for (const auto& [reason, n] : c.anomalies) expected["http_" + reason] = n;
  Outcome whole;
  parse(c, 0, whole);
  EXPECT_EQ(whole.request_bodies, c.request_bodies);
  EXPECT_EQ(whole.response_bodies, c.response_bodies);
  EXPECT_EQ(whole.anomalies, expected);
  Outcome bytewise;
  parse(c, 1, bytewise);
  EXPECT_EQ(bytewise.described, whole.described) << "fed one byte at a time";
  EXPECT_EQ(bytewise.anomalies, expected) << "fed one byte at a time";
}

// Every case, mutated (bytes flipped, dropped, duplicated) and fed in random
// pieces: the sink contract holds, every scope closes, nothing is read out of
// bounds (the ASan build of CI checks that part).
TEST(HttpOddities, MutatedCasesKeepTheSinkContract) {
  uint32_t seed = 14;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  const char pool[] = "\r\n\t :;0aF\x1f\x8b\x00HTP/1.chunked";
  for (const Oddity& c : oddities()) {
    for (int round = 0; round < 20; ++round) {
      std::string dirs[2] = {c.to_server, c.to_client};
      for (std::string& d : dirs) {
        for (int m = 0; m < 4 && !d.empty(); ++m) {
          const size_t at = next() % d.size();
          switch (next() % 3) {
            case 0: d[at] = pool[next() % (sizeof pool - 1)]; break;
            case 1: d.erase(at, 1 + next() % 3); break;
            default: d.insert(at, d.substr(at, 1 + next() % 8)); break;
          }
        }
      }
      test::RecordingSink sink;
      ProtocolStats stats;
      ProtocolLimits limits;
      limits.keep_http_headers = round % 2 == 0;
      limits.max_body_bytes = 1 + next() % 200;
      HttpAppParser parser(sink, limits, stats);
      for (size_t off0 = 0, off1 = 0; off0 < dirs[0].size() || off1 < dirs[1].size();) {
        const size_t n = 1 + next() % 17;
        if (off0 < dirs[0].size() && (next() % 2 == 0 || off1 >= dirs[1].size())) {
          const std::string piece = dirs[0].substr(off0, n);
          off0 += piece.size();
          if (parser.feed(Direction::ToServer, test::bytesOf(piece), {}) != ParseStatus::Continue) break;
        } else {
          const std::string piece = dirs[1].substr(off1, n);
          off1 += piece.size();
          if (parser.feed(Direction::ToClient, test::bytesOf(piece), {}) != ParseStatus::Continue) break;
        }
      }
      parser.finish();
      ASSERT_TRUE(sink.errors.empty()) << c.name << " round " << round << ": " << sink.errors.front();
      ASSERT_EQ(sink.openCount(), 0u) << c.name << " round " << round;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Http, HttpOddity, ::testing::ValuesIn(oddities()),
                         [](const ::testing::TestParamInfo<Oddity>& info) { return info.param.name; });

}  // namespace
}  // namespace tapwatch

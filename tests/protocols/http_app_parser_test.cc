#include "protocols/http_app_parser.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

using test::RecordingSink;
using test::Step;
constexpr Direction kC = Direction::ToServer;
constexpr Direction kS = Direction::ToClient;

struct Session {
  RecordingSink sink;
  ProtocolStats stats;
  ParseStatus status = ParseStatus::Continue;
};

void run(Session& r, const std::vector<Step>& steps, size_t chunk, const ProtocolLimits& limits = {}) {
  HttpAppParser parser(r.sink, limits, r.stats);
  r.status = test::feedSteps(parser, steps, chunk);
  parser.finish();
  EXPECT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
  EXPECT_EQ(r.sink.openCount(), 0u);
}

void expectChunkingInvariant(const std::vector<Step>& steps) {
  Session whole;
  run(whole, steps, 0);
  for (size_t chunk : {1u, 2u, 5u, 64u}) {
    Session pieces;
    run(pieces, steps, chunk);
    EXPECT_EQ(pieces.sink.describe(), whole.sink.describe()) << "chunk " << chunk;
  }
}

std::string chunked(const std::string& body, size_t size) {
  std::string out;
  for (size_t off = 0; off < body.size(); off += size) {
    const std::string piece = body.substr(off, size);
    char hex[16];
    snprintf(hex, sizeof hex, "%zx", piece.size());
    out += std::string(hex) + "\r\n" + piece + "\r\n";
  }
  return out + "0\r\n\r\n";
}

TEST(HttpAppParser, RequestFieldsAndContext) {
  const std::vector<Step> steps = {
      {kC, "GET /a//b/../%70ay%2Ephp?x=%41+b HTTP/1.1\r\nHost: Pay.Example.COM:8080\r\nUser-Agent: Mozilla/5.0 "
           "evil\r\nAccept: */*\r\n\r\n"},
      {kS, "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nServer: x\r\n\r\nnot found"}};
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.scope, Scope::HttpTransaction);
  EXPECT_EQ(s.block(Field::HttpMethod), "GET");
  EXPECT_EQ(s.block(Field::HttpUri), "/a/pay.php?x=A+b");
  EXPECT_EQ(s.block(Field::HttpHost), "pay.example.com");
  EXPECT_EQ(s.block(Field::HttpUserAgent), "Mozilla/5.0 evil");
  EXPECT_EQ(s.block(Field::HttpRequestHeaders),
            "Host: Pay.Example.COM:8080\r\nUser-Agent: Mozilla/5.0 evil\r\nAccept: */*\r\n");
  EXPECT_EQ(s.block(Field::HttpResponseHeaders), "Content-Length: 9\r\nServer: x\r\n");
  EXPECT_EQ(s.stream(Field::HttpResponseBody), "not found");
  EXPECT_TRUE(s.stream_ended.at(Field::HttpResponseBody));
  EXPECT_EQ(s.context.app_proto, "http");
  EXPECT_EQ(s.context.http_hostname, "pay.example.com");
  EXPECT_EQ(s.context.http_url, "/a//b/../%70ay%2Ephp?x=%41+b");
  EXPECT_EQ(s.context.http_method, "GET");
  EXPECT_EQ(s.context.http_user_agent, "Mozilla/5.0 evil");
  EXPECT_EQ(s.context.http_status, 404);
  expectChunkingInvariant(steps);
}

TEST(HttpAppParser, AbsoluteFormTargetAndIpv6Host) {
  Session r;
  run(r,
      {{kC, "GET http://Proxy.Example:3128/x/./y?q=1 HTTP/1.1\r\nHost: other\r\n\r\n"},
       {kC, "GET / HTTP/1.1\r\nHost: [2001:DB8::1]:8443\r\n\r\n"}},
      0);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::HttpHost), "proxy.example");
  EXPECT_EQ(r.sink.scopes[0].block(Field::HttpUri), "/x/y?q=1");
  EXPECT_EQ(r.sink.scopes[1].block(Field::HttpHost), "[2001:db8::1]");
}

TEST(HttpAppParser, FormBodyIsUrlDecoded) {
  const std::string body = "name=Jo+Doe&msg=I%20recorded+you%21";
  const std::vector<Step> steps = {
      {kC, "POST /submit HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\n"
           "Content-Length: " +
               std::to_string(body.size()) + "\r\n\r\n" + body},
      {kS, "HTTP/1.1 204 No Content\r\n\r\n"}};
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpRequestBody), "name=Jo Doe&msg=I recorded you!");
  EXPECT_EQ(r.sink.scopes[0].context.http_status, 204);
  expectChunkingInvariant(steps);

  Session raw;  // other content types stay as sent
  run(raw, {{kC, "POST / HTTP/1.1\r\nContent-Length: 6\r\n\r\na+b%21"}}, 0);
  EXPECT_EQ(raw.sink.scopes.at(0).stream(Field::HttpRequestBody), "a+b%21");
}

TEST(HttpAppParser, GzipChunkedResponse) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "Your files are encrypted. Pay the ransom. ";
  const std::vector<Step> steps = {
      {kC, "GET /note HTTP/1.1\r\nHost: h\r\n\r\n"},
      {kS, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
               chunked(test::gzip(text), 100)}};
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpResponseBody), text);
  EXPECT_GT(r.sink.scopes[0].stream_calls.at(Field::HttpResponseBody), 1u);  // streamed, not buffered whole
  expectChunkingInvariant(steps);
}

TEST(HttpAppParser, DeflateRawAndZlibWrapped) {
  for (int bits : {15, -15}) {
    const std::string z = test::compress("deflated extortion text", bits);
    Session r;
    run(r,
        {{kC, "GET / HTTP/1.1\r\n\r\n"},
         {kS, "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: " + std::to_string(z.size()) +
                  "\r\n\r\n" + z}},
        1);
    EXPECT_EQ(r.sink.scopes.at(0).stream(Field::HttpResponseBody), "deflated extortion text") << bits;
  }
}

TEST(HttpAppParser, DecompressionBombIsCutAtTheCap) {
  ProtocolLimits limits;
  limits.max_inflated_bytes = 64 * 1024;
  const std::string z = test::gzip(std::string(20u << 20, 'A'));
  Session r;
  run(r,
      {{kC, "GET /bomb HTTP/1.1\r\n\r\n"},
       {kS,
        "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + std::to_string(z.size()) + "\r\n\r\n" + z},
       {kC, "GET /next HTTP/1.1\r\n\r\n"},
       {kS, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}},
      0, limits);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpResponseBody).size(), limits.max_inflated_bytes);
  EXPECT_EQ(r.stats.decompression_bombs_http.value(), 1u);
  EXPECT_EQ(r.sink.scopes[1].stream(Field::HttpResponseBody), "ok");  // the flow goes on
}

TEST(HttpAppParser, BrokenGzipAndUnsupportedEncodingAreCounted) {
  Session r;
  run(r,
      {{kC, "GET / HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"},
       {kS, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 8\r\n\r\nnot gzip"
            "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 4\r\n\r\nbrot"}},
      0);
  EXPECT_EQ(r.stats.anomaly_http_decompress_error.value(), 1u);
  EXPECT_EQ(r.stats.anomaly_http_unsupported_encoding.value(), 1u);
  EXPECT_EQ(r.sink.scopes.at(1).stream(Field::HttpResponseBody), "brot");
}

TEST(HttpAppParser, PipelinedRequestsPairWithResponsesInOrder) {
  const std::vector<Step> steps = {
      {kC, "GET /one HTTP/1.1\r\nHost: a\r\n\r\nHEAD /two HTTP/1.1\r\nHost: b\r\n\r\nPOST /three HTTP/1.1\r\nHost: "
           "c\r\nContent-Length: 3\r\n\r\nabc"},
      {kS, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none"},
      {kS, "HTTP/1.1 301 Moved\r\nContent-Length: 1000\r\n\r\n"},  // HEAD: no body despite the length
      {kS, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nthree"}};
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 3u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::HttpUri), "/one");
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpResponseBody), "one");
  EXPECT_EQ(r.sink.scopes[0].context.http_status, 200);
  EXPECT_EQ(r.sink.scopes[1].block(Field::HttpMethod), "HEAD");
  EXPECT_EQ(r.sink.scopes[1].context.http_status, 301);
  EXPECT_EQ(r.sink.scopes[1].streams.count(Field::HttpResponseBody), 0u);
  EXPECT_EQ(r.sink.scopes[2].context.http_hostname, "c");
  EXPECT_EQ(r.sink.scopes[2].stream(Field::HttpRequestBody), "abc");
  EXPECT_EQ(r.sink.scopes[2].stream(Field::HttpResponseBody), "three");
  EXPECT_EQ(r.sink.scopes[2].context.http_status, 201);
  EXPECT_EQ(r.stats.transactions_http.value(), 3u);
  expectChunkingInvariant(steps);
}

TEST(HttpAppParser, ScopeClosesWhenBothSidesAreDone) {
  Session r;
  HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
  parser.feed(kC, test::bytesOf("GET / HTTP/1.1\r\n\r\n"), {});
  EXPECT_EQ(r.sink.openCount(), 1u);
  parser.feed(kS, test::bytesOf("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbo"), {});
  EXPECT_EQ(r.sink.openCount(), 1u);
  parser.feed(kS, test::bytesOf("dy"), {});
  EXPECT_EQ(r.sink.openCount(), 0u);
  EXPECT_TRUE(r.sink.scopes[0].closed);
}

TEST(HttpAppParser, PipelineOverflowDropsTheOldest) {
  ProtocolLimits limits;
  limits.max_pipelined = 2;
  std::string reqs;
  for (int i = 0; i < 4; ++i) reqs += "GET /r" + std::to_string(i) + " HTTP/1.1\r\n\r\n";
  std::string resps;
  for (int i = 0; i < 4; ++i) resps += "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nR" + std::to_string(i);
  Session r;
  run(r, {{kC, reqs}, {kS, resps}}, 0, limits);
  EXPECT_EQ(r.stats.anomaly_http_pipeline_overflow.value(), 2u);
  ASSERT_EQ(r.sink.scopes.size(), 4u);
  // The surviving transactions still get their own responses.
  EXPECT_EQ(r.sink.scopes[2].stream(Field::HttpResponseBody), "R2");
  EXPECT_EQ(r.sink.scopes[3].stream(Field::HttpResponseBody), "R3");
}

TEST(HttpAppParser, ResponseWithoutRequestAndEofDelimitedBody) {
  Session r;
  run(r, {{kS, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the connection closes"}}, 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpResponseBody), "until the connection closes");
  EXPECT_TRUE(r.sink.scopes[0].stream_ended.at(Field::HttpResponseBody));
  EXPECT_EQ(r.stats.anomaly_http_response_without_request.value(), 1u);
}

TEST(HttpAppParser, GapResynchronisesAtTheNextMessage) {
  Session r;
  HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
  parser.feed(kC, test::bytesOf("POST /a HTTP/1.1\r\nContent-Length: 100\r\n\r\npartial"), {});
  EXPECT_EQ(parser.gap(kC, 50), ParseStatus::Continue);
  EXPECT_EQ(r.sink.openCount(), 0u);
  parser.feed(kC, test::bytesOf("rest of the lost body\r\nGET /after-gap HTTP/1.1\r\nHost: h\r\n\r\n"), {});
  parser.feed(kS, test::bytesOf("tail of some response\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), {});
  parser.finish();
  EXPECT_TRUE(r.sink.errors.empty());
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[1].block(Field::HttpUri), "/after-gap");
  EXPECT_EQ(r.sink.scopes[1].stream(Field::HttpResponseBody), "ok");
  EXPECT_EQ(r.stats.gaps_http.value(), 1u);
}

TEST(HttpAppParser, ARequestWithAnInvalidContentLengthHasNoBodyAndTheNextRequestIsRead) {
  // Strict servers refuse "12abc" without reading a body: the next request on
  // the connection is a request of its own (its URI inspected), and the broken
  // one still gets its response.
  const std::vector<Step> steps = {{kC, "POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 12abc\r\n\r\n"},
                                   {kS, "HTTP/1.1 400 Bad Request\r\nContent-Length: 3\r\n\r\nbad"},
                                   {kC, "GET /after HTTP/1.1\r\nHost: h\r\n\r\n"},
                                   {kS, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}};
  Session r;
  run(r, steps, 0);
  EXPECT_EQ(r.status, ParseStatus::Continue);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::HttpUri), "/upload");
  EXPECT_EQ(r.sink.scopes[0].context.http_status, 400);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpResponseBody), "bad");
  EXPECT_EQ(r.sink.scopes[1].block(Field::HttpUri), "/after");
  EXPECT_EQ(r.sink.scopes[1].stream(Field::HttpResponseBody), "ok");
  EXPECT_EQ(r.stats.anomaly_http_invalid_content_length.value(), 1u);
  EXPECT_EQ(r.stats.anomaly_http_body_until_close.value(), 0u);
  EXPECT_EQ(r.stats.anomaly_http_parse_error.value(), 0u);
  expectChunkingInvariant(steps);
}

TEST(HttpAppParser, ARequestWithAnInvalidContentLengthShowsItsBytesUpToTheNextRequest) {
  // A lenient server reads int("+30") bytes of body: they are shown as the
  // body, up to a line that starts a new request (here cut across feeds),
  // which is still read as a request of its own. "GEnerous" looks like a
  // request start for two bytes and is body text after all.
  const std::vector<Step> steps = {
      {kC, "POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: +30\r\n\r\nsend the GET money\r\nGE"},
      {kC, "nerous offer\r\nPO"},
      {kC, "ST /next HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi"},
      {kS, "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na"},
      {kS, "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb"}};
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpRequestBody), "send the GET money\r\nGEnerous offer\r\n");
  EXPECT_EQ(r.sink.scopes[1].block(Field::HttpUri), "/next");
  EXPECT_EQ(r.sink.scopes[1].stream(Field::HttpRequestBody), "hi");
  EXPECT_EQ(r.sink.scopes[1].stream(Field::HttpResponseBody), "b");
  EXPECT_EQ(r.stats.anomaly_http_invalid_content_length.value(), 1u);
  EXPECT_EQ(r.stats.anomaly_http_parse_error.value(), 0u);
  expectChunkingInvariant(steps);
}

TEST(HttpAppParser, AnInvalidContentLengthBodyEndsAtTheClose) {
  Session r;
  run(r, {{kC, "POST /a HTTP/1.1\r\nContent-Length: 1.5\r\n\r\nwire the fee now\r\nPUT"}}, 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpRequestBody), "wire the fee now\r\nPUT");
}

TEST(HttpAppParser, OddHeaderLineInTheMiddleOfAFeedIsReadOver) {
  Session r;
  HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
  parser.feed(kC, test::bytesOf("GET / HTTP/1.1\r\n"), {});
  // The bad header line mentions a request line: it must not be taken as one.
  EXPECT_EQ(parser.feed(kC, test::bytesOf("Bad Header GET /fake HTTP/1.1\x01\r\n\r\nGET /real HTTP/1.1\r\n\r\n"), {}),
            ParseStatus::Continue);
  parser.finish();
  EXPECT_TRUE(r.sink.errors.empty());
  EXPECT_EQ(r.sink.openCount(), 0u);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::HttpUri), "/");
  EXPECT_EQ(r.sink.scopes[1].block(Field::HttpUri), "/real");
  EXPECT_EQ(r.stats.anomaly_http_header_without_colon.value(), 1u);
  EXPECT_EQ(r.stats.anomaly_http_control_char_in_header.value(), 1u);
  EXPECT_EQ(r.stats.anomaly_http_parse_error.value(), 0u);
}

TEST(HttpAppParser, ResponseWithInvalidLengthShowsEverythingUntilTheClose) {
  Session r;
  run(r,
      {{kC, "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"},
       {kS, "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody"}},
      0);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpResponseBody), "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody");
  EXPECT_EQ(r.sink.scopes[1].block(Field::HttpUri), "/2");
  EXPECT_EQ(r.stats.anomaly_http_invalid_content_length.value(), 1u);
}

TEST(HttpAppParser, EndlessNonHttpInputIsGivenUp) {
  Session r;
  HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
  ParseStatus st = ParseStatus::Continue;
  const std::string junk = std::string("\x16\x03\x01 binary, not a request line") + std::string(200, '\x7f') + "\n";
  int fed = 0;
  for (; fed < 10000 && st == ParseStatus::Continue; ++fed) st = parser.feed(kC, test::bytesOf(junk), {});
  EXPECT_EQ(st, ParseStatus::Failed);
  EXPECT_LT(static_cast<size_t>(fed) * junk.size(), 2u * 64 * 1024);  // bounded effort
  EXPECT_EQ(parser.feed(kC, test::bytesOf("GET / HTTP/1.1\r\n\r\n"), {}), ParseStatus::Failed);
  parser.finish();
  EXPECT_EQ(r.sink.openCount(), 0u);
  EXPECT_EQ(r.stats.anomaly_http_parse_error.value(), 1u);
  EXPECT_EQ(r.stats.parser_failures_http.value(), 1u);
}

// Records the live alert context at the moment each field arrives: a signature
// that fires on that field copies exactly this into its alert.
class ContextAtFieldSink : public test::RecordingSink {
 public:
  void fieldData(uint32_t scope_id, Field field, ByteSpan data, bool last) override {
    if (const test::RecordedScope* s = findOpen(scope_id)) seen[field] = *s->live_context;
    RecordingSink::fieldData(scope_id, field, data, last);
  }
  std::map<Field, TransactionContext> seen;
};

TEST(HttpAppParser, RequestContextIsCompleteBeforeTheFirstField) {
  ContextAtFieldSink sink;
  ProtocolStats stats;
  HttpAppParser parser(sink, test::kDefaultLimits, stats);
  parser.feed(kC, test::bytesOf("GET /wallet/verify HTTP/1.1\r\nHost: Wallet.Example:8080\r\nUser-Agent: ua\r\n\r\n"),
              {});
  parser.finish();
  for (Field f :
       {Field::HttpMethod, Field::HttpUri, Field::HttpHost, Field::HttpUserAgent, Field::HttpRequestHeaders}) {
    ASSERT_TRUE(sink.seen.count(f)) << fieldName(f);
    EXPECT_EQ(sink.seen[f].http_method, "GET") << fieldName(f);
    EXPECT_EQ(sink.seen[f].http_url, "/wallet/verify") << fieldName(f);
    EXPECT_EQ(sink.seen[f].http_hostname, "wallet.example") << fieldName(f);
    EXPECT_EQ(sink.seen[f].http_user_agent, "ua") << fieldName(f);
  }
}

TEST(HttpAppParser, HeaderCapsAreCounted) {
  ProtocolLimits limits;
  limits.max_headers = 3;
  limits.max_header_line_bytes = 64;
  std::string req = "GET /" + std::string(200, 'u') + " HTTP/1.1\r\n";
  for (int i = 0; i < 6; ++i) req += "X-" + std::to_string(i) + ": v\r\n";
  req += "X-Long: " + std::string(500, 'v') + "\r\n\r\n";
  Session r;
  run(r, {{kC, req}}, 0, limits);
  EXPECT_EQ(r.stats.anomaly_http_too_many_headers.value(), 1u);
  EXPECT_EQ(r.stats.anomaly_http_uri_too_long.value(), 1u);
  EXPECT_EQ(r.sink.scopes.at(0).block(Field::HttpRequestHeaders), "X-0: v\r\nX-1: v\r\nX-2: v\r\n");
  EXPECT_EQ(r.sink.scopes.at(0).block(Field::HttpUri).size(), 64u);
}

TEST(HttpAppParser, BodyCapAndUpgrade) {
  ProtocolLimits limits;
  limits.max_body_bytes = 10;
  Session r;
  run(r, {{kC, "POST / HTTP/1.1\r\nContent-Length: 30\r\n\r\n012345678901234567890123456789GET /x HTTP/1.1\r\n\r\n"}},
      0, limits);
  EXPECT_EQ(r.sink.scopes.at(0).stream(Field::HttpRequestBody), "0123456789");
  EXPECT_EQ(r.stats.bodies_truncated_http.value(), 1u);
  EXPECT_EQ(r.sink.scopes.size(), 2u);

  Session u;
  HttpAppParser parser(u.sink, test::kDefaultLimits, u.stats);
  EXPECT_EQ(parser.feed(kC, test::bytesOf("CONNECT host:443 HTTP/1.1\r\nHost: host:443\r\n\r\n\x16\x03\x01"), {}),
            ParseStatus::Done);
  EXPECT_EQ(u.sink.scopes.at(0).block(Field::HttpHost), "host");
  EXPECT_EQ(u.sink.openCount(), 0u);
}

TEST(HttpAppParser, TruncatedAtEveryByteNeverBreaksTheSink) {
  const std::string gz = test::gzip("compressed body text");
  const std::string req = "POST /f HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n" +
                          chunked("a=%41%42&b=c+d", 4);
  const std::string resp = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
                           chunked(gz, 7);
  for (size_t cut = 0; cut <= resp.size(); ++cut) {
    Session r;
    HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    parser.feed(kC, test::bytesOf(req), {});
    parser.feed(kS, test::bytesOf(resp.substr(0, cut)), {});
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << cut << ": " << r.sink.errors.front();
    ASSERT_EQ(r.sink.openCount(), 0u);
    ASSERT_EQ(r.sink.scopes.at(0).stream(Field::HttpRequestBody), "a=AB&b=c d");
  }
  Session full;
  run(full, {{kC, req}, {kS, resp}}, 3);
  EXPECT_EQ(full.sink.scopes.at(0).stream(Field::HttpResponseBody), "compressed body text");
}

TEST(HttpAppParser, HostileBytesDoNotCrash) {
  uint32_t seed = 7;
  for (int round = 0; round < 300; ++round) {
    std::string junk = round % 2 ? "GET / HTTP/1.1\r\n" : "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 400; ++i) {
      seed = seed * 1103515245 + 12345;
      const char pool[] = "GET / HTTP/1.1\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\x00\xff:0a";
      junk += pool[(seed >> 16) % (sizeof pool - 1)];
    }
    Session r;
    HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, {{kC, junk}, {kS, junk}}, (round % 7) + 1);
    parser.gap(kS, 5);
    test::feedSteps(parser, {{kS, junk}}, 3);
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
    ASSERT_EQ(r.sink.openCount(), 0u);
  }
}

TEST(HttpAppParser, TransactionContextCarriesProtocolContentTypeRefererAndLength) {
  const std::string gz = test::gzip("twelve bytes");
  Session r;
  run(r,
      {{kC, "GET /p HTTP/1.0\r\nHost: h\r\nReferer: http://ref.example/x\r\n\r\n"},
       {kS, "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
            "Content-Length: " +
                std::to_string(gz.size()) + "\r\n\r\n" + gz}},
      0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const TransactionContext& c = r.sink.scopes[0].context;
  EXPECT_EQ(c.http_protocol, "HTTP/1.0");
  EXPECT_EQ(c.http_referer, "http://ref.example/x");
  EXPECT_EQ(c.http_content_type, "text/html; charset=utf-8");
  EXPECT_EQ(c.http_response_length, 12u);       // decoded bytes, not wire bytes
  EXPECT_TRUE(c.http_request_headers.empty());  // not kept unless asked for
  EXPECT_TRUE(c.http_response_headers.empty());
}

TEST(HttpAppParser, HeadersAreKeptOnlyWhenAskedForAndOnlyUpToTheCap) {
  ProtocolLimits limits;
  limits.keep_http_headers = true;
  limits.max_headers = 2;
  Session r;
  run(r,
      {{kC, "GET / HTTP/1.1\r\nHost: h\r\nAccept:  */* \r\nX-Third: 3\r\n\r\n"},
       {kS, "HTTP/1.1 200 OK\r\nServer: s\r\nContent-Length: 0\r\n\r\n"}},
      0, limits);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const TransactionContext& c = r.sink.scopes[0].context;
  ASSERT_EQ(c.http_request_headers.size(), 2u);
  EXPECT_EQ(c.http_request_headers[1].name, "Accept");
  EXPECT_EQ(c.http_request_headers[1].value, "*/*");
  ASSERT_EQ(c.http_response_headers.size(), 2u);
  EXPECT_EQ(c.http_response_headers[0].name, "Server");
  EXPECT_EQ(r.stats.anomaly_http_too_many_headers.value(), 1u);
}

TEST(HttpAppParser, TheContentEncodingLayerLimitComesFromTheLimits) {
  const std::string text = "layered text";
  const std::string twice = test::gzip(test::gzip(text));
  const std::string resp = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip, gzip\r\nContent-Length: " +
                           std::to_string(twice.size()) + "\r\n\r\n" + twice;
  for (uint32_t layers : {0u, 1u, 2u}) {
    ProtocolLimits limits;
    limits.max_content_encodings = layers;
    Session r;
    run(r, {{kC, "GET / HTTP/1.1\r\n\r\n"}, {kS, resp}}, 0, limits);
    const std::string expected = layers == 0 ? twice : layers == 1 ? test::gzip(text) : text;
    EXPECT_EQ(r.sink.scopes.at(0).stream(Field::HttpResponseBody), expected) << layers;
    EXPECT_EQ(r.stats.anomaly_http_too_many_content_encodings.value(), layers < 2 ? 1u : 0u) << layers;
  }
}

TEST(HttpAppParser, AnOddFirstResponseLineWaitsBrieflyForAStatusLine) {
  // Up to a few junk lines may precede the status line of the first
  // response; with more, the response is HTTP/0.9 and they are its body.
  Session junk;
  run(junk, {{kC, "GET / HTTP/1.1\r\n\r\n"}, {kS, "a\r\nb\r\nc\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}}, 0);
  EXPECT_EQ(junk.sink.scopes.at(0).stream(Field::HttpResponseBody), "ok");
  EXPECT_EQ(junk.stats.anomaly_http_junk_before_message.value(), 1u);
  Session old;
  run(old, {{kC, "GET / HTTP/1.1\r\n\r\n"}, {kS, "a\r\nb\r\nc\r\nd\r\nHTTP/1.1 200 OK\r\n\r\nok"}}, 0);
  EXPECT_EQ(old.sink.scopes.at(0).stream(Field::HttpResponseBody), "a\r\nb\r\nc\r\nd\r\nHTTP/1.1 200 OK\r\n\r\nok");
  EXPECT_EQ(old.stats.anomaly_http_09_response.value(), 1u);
}

TEST(HttpAppParser, ACaptureThatBeginsMidResponseSkipsToTheNextStatusLine) {
  // No request was seen: the first bytes are the tail of an unknown body, not
  // an HTTP/0.9 response that would swallow the rest of the flow.
  Session r;
  run(r,
      {{kS, "tail of a body\r\nmore\r\nand more\r\nstill\r\nlast\r\n"
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}},
      0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpResponseBody), "ok");
  EXPECT_EQ(r.stats.anomaly_http_09_response.value(), 0u);
  EXPECT_EQ(r.stats.anomaly_http_junk_before_message.value(), 1u);
  EXPECT_EQ(r.stats.anomaly_http_response_without_request.value(), 1u);
}

}  // namespace
}  // namespace tapwatch

// The HTTP rule buffers (Suricata's sticky buffers of the same names): what
// each holds for a request and a response, and the normalisation Suricata
// applies (repeated headers merged with ", ", Cookie kept out of the header
// block, header_names framing, raw vs normalised URI).
#include <gtest/gtest.h>

#include "protocols/http_app_parser.h"
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
};

void run(Session& r, const std::vector<Step>& steps, size_t chunk = 0, const ProtocolLimits& limits = {}) {
  HttpAppParser parser(r.sink, limits, r.stats);
  test::feedSteps(parser, steps, chunk);
  parser.finish();
  EXPECT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
}

const std::vector<Step> kExchange = {{kC, "POST /a/../b%2Fc/./d%20e?q=%41 HTTP/1.1\r\n"
                                          "Host: Shop.Example:8080\r\n"
                                          "User-Agent: Tester/1.0\r\n"
                                          "Accept: text/html\r\n"
                                          "Accept-Language: kk-KZ, ru;q=0.8\r\n"
                                          "Accept-Encoding: gzip, br\r\n"
                                          "Cookie: session=abc\r\n"
                                          "Referer: http://from.example/page\r\n"
                                          "Connection: keep-alive\r\n"
                                          "Content-Type: text/plain\r\n"
                                          "Content-Length: 4\r\n"
                                          "X-Forwarded-For: 192.0.2.7\r\n"
                                          "\r\n"
                                          "body"},
                                     {kS, "HTTP/1.1 302 Found It\r\n"
                                          "Server: nginx/1.2\r\n"
                                          "Set-Cookie: a=1\r\n"
                                          "Location: http://next.example/\r\n"
                                          "Content-Type: text/html; charset=utf-8\r\n"
                                          "Content-Length: 2\r\n"
                                          "\r\n"
                                          "ok"}};

TEST(HttpFields, RequestBuffersHoldWhatSuricataPutsInThem) {
  Session r;
  run(r, kExchange);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpUriRaw), "/a/../b%2Fc/./d%20e?q=%41");
  EXPECT_EQ(s.block(Field::HttpUri), "/b/c/d e?q=A");
  EXPECT_EQ(s.block(Field::HttpProtocol), "HTTP/1.1");
  EXPECT_EQ(s.block(Field::HttpRequestLine), "POST /a/../b%2Fc/./d%20e?q=%41 HTTP/1.1");
  EXPECT_EQ(s.block(Field::HttpHeaderNames),
            "\r\nHost\r\nUser-Agent\r\nAccept\r\nAccept-Language\r\nAccept-Encoding\r\nCookie\r\nReferer\r\n"
            "Connection\r\nContent-Type\r\nContent-Length\r\nX-Forwarded-For\r\n\r\n");
  EXPECT_EQ(s.block(Field::HttpCookie), "session=abc");
  EXPECT_EQ(s.block(Field::HttpReferer), "http://from.example/page");
  EXPECT_EQ(s.block(Field::HttpContentType), "text/plain");
  EXPECT_EQ(s.block(Field::HttpContentLen), "4");
  EXPECT_EQ(s.block(Field::HttpAccept), "text/html");
  EXPECT_EQ(s.block(Field::HttpAcceptLang), "kk-KZ, ru;q=0.8");
  EXPECT_EQ(s.block(Field::HttpAcceptEnc), "gzip, br");
  EXPECT_EQ(s.block(Field::HttpConnection), "keep-alive");
  // Suricata's http.header: every header but Cookie (that one is http.cookie's).
  EXPECT_EQ(s.block(Field::HttpRequestHeaders),
            "Host: Shop.Example:8080\r\nUser-Agent: Tester/1.0\r\nAccept: text/html\r\n"
            "Accept-Language: kk-KZ, ru;q=0.8\r\nAccept-Encoding: gzip, br\r\nReferer: http://from.example/page\r\n"
            "Connection: keep-alive\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n"
            "X-Forwarded-For: 192.0.2.7\r\n");
  // Suricata's http.start: the request line, then every header (Cookie too), then the blank line.
  EXPECT_EQ(s.block(Field::HttpRequestStart),
            "POST /a/../b%2Fc/./d%20e?q=%41 HTTP/1.1\r\nHost: Shop.Example:8080\r\nUser-Agent: Tester/1.0\r\n"
            "Accept: text/html\r\nAccept-Language: kk-KZ, ru;q=0.8\r\nAccept-Encoding: gzip, br\r\n"
            "Cookie: session=abc\r\nReferer: http://from.example/page\r\nConnection: keep-alive\r\n"
            "Content-Type: text/plain\r\nContent-Length: 4\r\nX-Forwarded-For: 192.0.2.7\r\n\r\n");
  EXPECT_EQ(s.context.http_port, 8080);
  EXPECT_EQ(s.context.http_xff, "192.0.2.7");
  EXPECT_EQ(s.context.http_referer, "http://from.example/page");
}

TEST(HttpFields, ResponseBuffersHoldWhatSuricataPutsInThem) {
  Session r;
  run(r, kExchange);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpStatCode), "302");
  EXPECT_EQ(s.block(Field::HttpStatMsg), "Found It");
  EXPECT_EQ(s.block(Field::HttpResponseLine), "HTTP/1.1 302 Found It");
  EXPECT_EQ(s.block(Field::HttpResponseHeaderNames),
            "\r\nServer\r\nSet-Cookie\r\nLocation\r\nContent-Type\r\nContent-Length\r\n\r\n");
  EXPECT_EQ(s.block(Field::HttpSetCookie), "a=1");
  EXPECT_EQ(s.block(Field::HttpResponseContentType), "text/html; charset=utf-8");
  EXPECT_EQ(s.block(Field::HttpResponseContentLen), "2");
  EXPECT_EQ(s.block(Field::HttpServer), "nginx/1.2");
  EXPECT_EQ(s.block(Field::HttpLocation), "http://next.example/");
  EXPECT_EQ(s.block(Field::HttpResponseHeaders),
            "Server: nginx/1.2\r\nLocation: http://next.example/\r\nContent-Type: text/html; charset=utf-8\r\n"
            "Content-Length: 2\r\n");
  EXPECT_EQ(s.context.http_location, "http://next.example/");
  EXPECT_EQ(s.context.http_content_type, "text/html");
  EXPECT_EQ(s.block(Field::HttpResponseStart),
            "HTTP/1.1 302 Found It\r\nServer: nginx/1.2\r\nSet-Cookie: a=1\r\nLocation: http://next.example/\r\n"
            "Content-Type: text/html; charset=utf-8\r\nContent-Length: 2\r\n\r\n");
}

TEST(HttpFields, StartOfAMessageWithoutHeadersIsTheLineAlone) {
  // Suricata adds the closing CRLF after the last header only: no header, no blank line.
  Session r;
  run(r, {{kC, "GET /bare HTTP/1.0\r\n\r\n"}, {kS, "HTTP/1.0 204 No Content\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpRequestStart), "GET /bare HTTP/1.0\r\n");
  EXPECT_EQ(s.block(Field::HttpResponseStart), "HTTP/1.0 204 No Content\r\n");
}

TEST(HttpFields, StartMergesARepeatedHeaderNameOnce) {
  Session r;
  run(r, {{kC, "GET / HTTP/1.1\r\nHost: a\r\nX-T: 1\r\nAccept: */*\r\nX-T: 2\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::HttpRequestStart),
            "GET / HTTP/1.1\r\nHost: a\r\nX-T: 1, 2\r\nAccept: */*\r\n\r\n");
}

TEST(HttpFields, EveryFieldIsDeliveredOnceWhateverTheSegmentation) {
  Session whole;
  run(whole, kExchange);
  for (size_t chunk : {1u, 3u, 17u}) {
    Session pieces;
    run(pieces, kExchange, chunk);
    EXPECT_EQ(pieces.sink.describe(), whole.sink.describe()) << "chunk " << chunk;
  }
  for (Field f : {Field::HttpUriRaw, Field::HttpCookie, Field::HttpStatCode, Field::HttpLocation})
    EXPECT_EQ(whole.sink.scopes[0].count(f), 1u) << fieldName(f);
}

TEST(HttpFields, RepeatedHeadersAreJoinedWithCommaSpaceInTheFirstOnesPlace) {
  Session r;
  run(r, {{kC, "GET / HTTP/1.1\r\nUser-Agent: first\r\nHost: h\r\nuser-agent: second\r\nCookie: a=1\r\n"
               "COOKIE: b=2\r\nAccept: x\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpUserAgent), "first, second");
  EXPECT_EQ(s.context.http_user_agent, "first, second");
  EXPECT_EQ(s.block(Field::HttpCookie), "a=1, b=2");
  EXPECT_EQ(s.block(Field::HttpRequestHeaders), "User-Agent: first, second\r\nHost: h\r\nAccept: x\r\n");
  EXPECT_EQ(s.block(Field::HttpHeaderNames), "\r\nUser-Agent\r\nHost\r\nCookie\r\nAccept\r\n\r\n");
}

TEST(HttpFields, KeptHeadersForEveAreMergedAsSuricataLogsThem) {
  ProtocolLimits limits;
  limits.keep_http_headers = true;
  Session r;
  run(r, {{kC, "GET / HTTP/1.1\r\nHost: h\r\nno colon here\r\nX-A: 1\r\nx-a: 2\r\nCookie: c=1\r\n\r\n"}}, 0, limits);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& list = r.sink.scopes[0].context.http_request_headers;
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[1].name, "X-A");
  EXPECT_EQ(list[1].value, "1, 2");
  EXPECT_EQ(list[2].name, "Cookie");  // EVE lists every header, Cookie included
}

TEST(HttpFields, AFoldedHeaderIsOneValueWithASpaceForTheFold) {
  Session r;
  run(r, {{kC, "GET / HTTP/1.1\r\nHost: h\r\nReferer: http://a.example/\r\n  long/path\r\nAccept: */*\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpReferer), "http://a.example/ long/path");
  EXPECT_EQ(s.block(Field::HttpRequestHeaders), "Host: h\r\nReferer: http://a.example/ long/path\r\nAccept: */*\r\n");
}

TEST(HttpFields, MissingOrEmptyHeadersGiveNoValue) {
  Session r;
  run(r, {{kC, "GET /x HTTP/1.0\r\nHost: h\r\nReferer:   \r\n\r\n"}, {kS, "HTTP/1.0 200\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  for (Field f :
       {Field::HttpCookie, Field::HttpReferer, Field::HttpContentType, Field::HttpContentLen, Field::HttpAccept,
        Field::HttpAcceptLang, Field::HttpAcceptEnc, Field::HttpConnection, Field::HttpUserAgent, Field::HttpSetCookie,
        Field::HttpServer, Field::HttpLocation, Field::HttpStatMsg, Field::HttpResponseHeaderNames,
        Field::HttpResponseContentType, Field::HttpResponseHeaders})
    EXPECT_EQ(s.count(f), 0u) << fieldName(f);
  EXPECT_EQ(s.block(Field::HttpStatCode), "200");
  EXPECT_EQ(s.block(Field::HttpResponseLine), "HTTP/1.0 200");
  EXPECT_EQ(s.context.http_port, 0);
}

TEST(HttpFields, AnAbsoluteFormTargetIsRawInUriRawAndItsPathInUri) {
  Session r;
  run(r, {{kC, "GET http://Proxy.Example:3128/x/%2e%2e/y HTTP/1.1\r\nHost: other\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpUriRaw), "http://Proxy.Example:3128/x/%2e%2e/y");
  EXPECT_EQ(s.block(Field::HttpUri), "/y");
  EXPECT_EQ(s.context.http_port, 3128);
}

TEST(HttpFields, AnHttp09RequestHasARequestLineButNoProtocolOrHeaders) {
  Session r;
  run(r, {{kC, "GET /old\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpRequestLine), "GET /old");
  EXPECT_EQ(s.block(Field::HttpUriRaw), "/old");
  EXPECT_EQ(s.count(Field::HttpProtocol), 0u);
  EXPECT_EQ(s.count(Field::HttpHeaderNames), 0u);
}

TEST(HttpFields, AnInterimResponseDoesNotStandInForTheFinalOne) {
  Session r;
  run(r, {{kC, "POST /u HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nExpect: 100-continue\r\n\r\nx"},
          {kS, "HTTP/1.1 100 Continue\r\nServer: early\r\n\r\nHTTP/1.1 201 Created\r\nServer: late\r\n"
               "Content-Length: 0\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.count(Field::HttpStatCode), 1u);
  EXPECT_EQ(s.block(Field::HttpStatCode), "201");
  EXPECT_EQ(s.block(Field::HttpServer), "late");
}

TEST(HttpFields, HeaderLinesWithoutAColonStayVisibleInTheBlockButAreNoName) {
  Session r;
  run(r, {{kC, "GET / HTTP/1.1\r\nHost: h\r\nthis line has no colon\r\nAccept: a\r\n\r\n"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::HttpRequestHeaders), "Host: h\r\nthis line has no colon\r\nAccept: a\r\n");
  EXPECT_EQ(s.block(Field::HttpHeaderNames), "\r\nHost\r\nAccept\r\n\r\n");
}

TEST(HttpFields, ThePartialContentRangeIsKeptForEve) {
  Session r;
  run(r, {{kC, "GET /v HTTP/1.1\r\nHost: h\r\nRange: bytes=10-14\r\n\r\n"},
          {kS, "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 10-14/100\r\nContent-Length: 5\r\n\r\nhello"}});
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].context.http_content_range, "bytes 10-14/100");
  EXPECT_EQ(r.sink.scopes[0].context.http_response_length, 5u);
}

TEST(HttpFields, TheHeaderBlockStaysWithinItsCap) {
  ProtocolLimits limits;
  limits.max_header_block_bytes = 40;
  Session r;
  run(r, {{kC, "GET / HTTP/1.1\r\nHost: h\r\nX-Long: " + std::string(100, 'a') + "\r\nAccept: a\r\n\r\n"}}, 0, limits);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_LE(s.block(Field::HttpRequestHeaders).size(), 40u);
  EXPECT_EQ(r.stats.anomaly_http_header_block_too_long.value(), 1u);
}

}  // namespace
}  // namespace tapwatch

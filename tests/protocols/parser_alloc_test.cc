// Steady-state HTTP keep-alive and DNS parsing must not touch the heap per
// packet: after warm-up, feeding more traffic of the same shape allocates
// nothing. Replaces global operator new, so it lives in its own binary.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "protocols/dns_parser.h"
#include "protocols/http_app_parser.h"
#include "test_support.h"

#include "../support/counting_new.h"

namespace tapwatch {
namespace {

// Counts calls only: no allocation in the sink itself.
struct NullSink : InspectionSink {
  uint64_t bytes = 0, scopes = 0;
  void openScope(uint32_t, Scope, const TransactionContext*) override { ++scopes; }
  void fieldData(uint32_t, Field, ByteSpan data, bool) override { bytes += data.size(); }
  void closeScope(uint32_t) override {}
};

TEST(ParserAllocations, HttpKeepAliveSteadyStateDoesNotAllocate) {
  NullSink sink;
  ProtocolStats stats;
  HttpAppParser parser(sink, test::kDefaultLimits, stats);
  const std::string gz = test::gzip("a compressed response body that is long enough to matter");
  const std::string req =
      "POST /a/../submit%20form?x=1 HTTP/1.1\r\nHost: Example.COM:80\r\nUser-Agent: test-agent/1.0 with a long "
      "name\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 17\r\nCookie: a=1\r\n"
      "User-Agent: again\r\nReferer: http://r.example/\r\nX-Forwarded-For: 192.0.2.1\r\n\r\nmsg=pay+now%21abc";
  const std::string resp = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + std::to_string(gz.size()) +
                           "\r\nServer: test\r\nSet-Cookie: s=1\r\nLocation: /next\r\n\r\n" + gz;
  auto exchange = [&] {
    parser.feed(Direction::ToServer, test::bytesOf(req), {});
    parser.feed(Direction::ToClient, test::bytesOf(resp), {});
  };
  // Warm-up: every transaction slot (max_pipelined) and buffer grows once, zlib state is created.
  for (uint32_t i = 0; i < test::kDefaultLimits.max_pipelined + 3; ++i) exchange();
  const uint64_t before = g_allocations.load();
  for (int i = 0; i < 50; ++i) exchange();
  EXPECT_EQ(g_allocations.load() - before, 0u);
  EXPECT_EQ(sink.scopes, test::kDefaultLimits.max_pipelined + 3 + 50);
  EXPECT_GT(sink.bytes, 0u);
}

// With fileinfo records on, every response body is hashed and listed as a
// file: the SHA-256 context and the file list are made once per flow, not per body.
TEST(ParserAllocations, HttpBodyFilesSteadyStateDoesNotAllocate) {
  NullSink sink;
  ProtocolStats stats;
  ProtocolLimits limits;
  limits.track_http_files = true;
  HttpAppParser parser(sink, limits, stats);
  const std::string req = "GET /files/report.pdf HTTP/1.1\r\nHost: example.com\r\n\r\n";
  const std::string resp = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world";
  auto exchange = [&] {
    parser.feed(Direction::ToServer, test::bytesOf(req), {});
    parser.feed(Direction::ToClient, test::bytesOf(resp), {});
  };
  for (uint32_t i = 0; i < limits.max_pipelined + 3; ++i) exchange();
  const uint64_t before = g_allocations.load();
  for (int i = 0; i < 50; ++i) exchange();
  EXPECT_EQ(g_allocations.load() - before, 0u);
  EXPECT_EQ(sink.scopes, limits.max_pipelined + 3 + 50);
}

TEST(ParserAllocations, DnsDatagramsDoNotAllocate) {
  NullSink sink;
  ProtocolStats stats;
  TransactionContext ctx;
  const std::string q = test::dnsQuery("a-rather-long-subdomain.scam-payments.example");
  parseDnsDatagram(test::bytesOf(q), sink, 1, stats, ctx);
  const uint64_t before = g_allocations.load();
  for (uint32_t i = 0; i < 100; ++i) parseDnsDatagram(test::bytesOf(q), sink, i + 2, stats, ctx);
  EXPECT_EQ(g_allocations.load() - before, 0u);
  EXPECT_EQ(sink.scopes, 101u);
}

}  // namespace
}  // namespace tapwatch

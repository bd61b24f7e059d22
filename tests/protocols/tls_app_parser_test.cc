#include "protocols/tls_app_parser.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

using test::be16;
using test::RecordingSink;
constexpr Direction kC = Direction::ToServer;

struct Session {
  RecordingSink sink;
  ProtocolStats stats;
  ParseStatus status = ParseStatus::Continue;
};

ParseStatus feedAll(Session& r, const std::string& bytes, size_t chunk, const ProtocolLimits& limits = {}) {
  TlsAppParser parser(r.sink, limits, r.stats);
  r.status = test::feedSteps(parser, {{kC, bytes}}, chunk);
  parser.finish();
  EXPECT_TRUE(r.sink.errors.empty());
  EXPECT_EQ(r.sink.openCount(), 0u);
  return r.status;
}

TEST(TlsAppParser, SniFromOneRecordScopeClosedAtFinish) {
  Session r;
  // The scope stays open for the server's half; finish() closes it.
  EXPECT_EQ(feedAll(r, test::tlsRecord(test::handshake(test::clientHelloBody("Blackmail.Example.NET."))), 0),
            ParseStatus::Continue);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].scope, Scope::TlsHandshake);
  EXPECT_EQ(r.sink.scopes[0].block(Field::TlsSni), "blackmail.example.net");
  EXPECT_EQ(r.sink.scopes[0].context.tls_sni, "blackmail.example.net");
  EXPECT_EQ(r.sink.scopes[0].context.app_proto, "tls");
  EXPECT_EQ(r.stats.transactions_tls.value(), 1u);
}

TEST(TlsAppParser, SniSplitAcrossFeedsAndRecords) {
  const std::string hs = test::handshake(test::clientHelloBody("split.example", 3000));
  // The handshake message fragmented over three records.
  const std::string records = test::tlsRecord(hs.substr(0, 2)) + test::tlsRecord(hs.substr(2, 1500)) +
                              test::tlsRecord(hs.substr(1502));
  for (size_t chunk : {1u, 2u, 5u, 100u, 0u}) {
    Session r;
    EXPECT_EQ(feedAll(r, records, chunk), ParseStatus::Continue) << chunk;
    ASSERT_EQ(r.sink.scopes.size(), 1u) << chunk;
    EXPECT_EQ(r.sink.scopes[0].block(Field::TlsSni), "split.example");
  }
}

TEST(TlsAppParser, HelloWithoutSniStillHasFingerprints) {
  Session r;
  EXPECT_EQ(feedAll(r, test::tlsRecord(test::handshake(test::clientHelloBody(""))), 1), ParseStatus::Continue);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].count(Field::TlsSni), 0u);
  EXPECT_EQ(r.sink.scopes[0].count(Field::TlsJa4), 1u);
  EXPECT_EQ(r.stats.transactions_tls.value(), 1u);
}

TEST(TlsAppParser, NotTlsOrNotAHello) {
  Session http;
  EXPECT_EQ(feedAll(http, "GET / HTTP/1.1\r\n\r\n", 0), ParseStatus::Failed);
  EXPECT_EQ(http.stats.anomaly_tls_not_client_hello.value(), 1u);
  Session server_hello;  // handshake type 2
  std::string hs = test::handshake(test::clientHelloBody("x"));
  hs[0] = 2;
  EXPECT_EQ(feedAll(server_hello, test::tlsRecord(hs), 0), ParseStatus::Failed);
  Session huge_record;
  EXPECT_EQ(feedAll(huge_record, std::string("\x16\x03\x01\xff\xff", 5), 0), ParseStatus::Failed);
  EXPECT_EQ(huge_record.stats.anomaly_tls_bad_record.value(), 1u);
}

TEST(TlsAppParser, HelloLargerThanTheCap) {
  ProtocolLimits limits;
  limits.max_tls_hello_bytes = 1024;
  const std::string hs = test::handshake(test::clientHelloBody("big.example", 4000));
  Session r;
  EXPECT_EQ(feedAll(r, test::tlsRecord(hs.substr(0, 500)) + test::tlsRecord(hs.substr(500)), 0, limits),
            ParseStatus::Failed);
  EXPECT_EQ(r.stats.anomaly_tls_hello_too_large.value(), 1u);
}

TEST(ClientHello, LyingLengthsAreMalformed) {
  const std::string body = test::clientHelloBody("ok.example");
  ClientHelloInfo hello;
  ASSERT_EQ(parseClientHello(test::bytesOf(body), hello), ClientHelloStatus::Ok);
  EXPECT_EQ(hello.sni, "ok.example");
  // Every truncation of the body is malformed, never a crash or a partial name.
  for (size_t cut = 0; cut < body.size(); ++cut) {
    ClientHelloInfo h;
    const auto st = parseClientHello(test::bytesOf(body.substr(0, cut)), h);
    // Only the cut right after the compression methods is a valid (extension-less) hello.
    EXPECT_TRUE(st != ClientHelloStatus::Ok || (h.sni.empty() && cut == 2 + 32 + 33 + 6 + 2)) << cut;
  }
  // Flip each length byte to 0xff.
  for (size_t i = 0; i < body.size(); ++i) {
    std::string mutated = body;
    mutated[i] = static_cast<char>(0xff);
    ClientHelloInfo h;
    const auto st = parseClientHello(test::bytesOf(mutated), h);
    if (st == ClientHelloStatus::Ok) {
      EXPECT_LE(h.sni.size(), 255u);
    }
  }
}

TEST(ClientHello, GarbledAlpnDoesNotHideTheName) {
  std::string body = test::clientHelloBody("hidden.example");
  // Append an ALPN extension whose list length lies, and fix the extensions length.
  const std::string alpn = test::be16(0x0010) + test::be16(5) + test::be16(9) + std::string("\x02h2", 3);
  const size_t at = 2 + 32 + 33 + 6 + 2;
  const size_t old_len = (static_cast<uint8_t>(body[at]) << 8) | static_cast<uint8_t>(body[at + 1]);
  body.replace(at, 2, test::be16(static_cast<uint16_t>(old_len + alpn.size())));
  body += alpn;
  ClientHelloInfo hello;
  ASSERT_EQ(parseClientHello(test::bytesOf(body), hello), ClientHelloStatus::Ok);
  EXPECT_EQ(hello.sni, "hidden.example");
  EXPECT_TRUE(hello.alpns.empty());
  EXPECT_EQ(hello.extensions.back(), 0x0010);  // still counted in the fingerprints
}

TEST(ClientHello, BadHostNames) {
  ClientHelloInfo hello;
  EXPECT_EQ(parseClientHello(test::bytesOf(test::clientHelloBody(std::string("a\0b", 3))), hello),
            ClientHelloStatus::BadSni);
  EXPECT_EQ(parseClientHello(test::bytesOf(test::clientHelloBody("with space")), hello), ClientHelloStatus::BadSni);
}

TEST(TlsAppParser, TruncatedRecordsAtEveryByte) {
  const std::string rec = test::tlsRecord(test::handshake(test::clientHelloBody("cut.example")));
  for (size_t cut = 0; cut < rec.size(); ++cut) {
    Session r;
    EXPECT_EQ(feedAll(r, rec.substr(0, cut), 1), ParseStatus::Continue) << cut;
    EXPECT_TRUE(r.sink.scopes.empty());
  }
}

}  // namespace
}  // namespace tapwatch

#include "protocols/dns_parser.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

using test::be16;
using test::RecordingSink;

struct Udp {
  RecordingSink sink;
  ProtocolStats stats;
  TransactionContext ctx;
  void parse(const std::string& m, uint32_t scope = 7) { parseDnsDatagram(test::bytesOf(m), sink, scope, stats, ctx); }
};

std::string header(uint16_t flags, uint16_t qd, uint16_t an = 0) {
  return be16(0xbeef) + be16(flags) + be16(qd) + be16(an) + be16(0) + be16(0);
}

TEST(DnsUdp, QueryNameLowercasedInOneScope) {
  Udp u;
  u.parse(test::dnsQuery("WWW.Sextortion-Pay.EXAMPLE"));
  ASSERT_EQ(u.sink.scopes.size(), 1u);
  const auto& s = u.sink.scopes[0];
  EXPECT_EQ(s.id, 7u);
  EXPECT_EQ(s.scope, Scope::DnsQuery);
  EXPECT_TRUE(s.closed);
  EXPECT_EQ(s.block(Field::DnsQuery), "www.sextortion-pay.example");
  EXPECT_EQ(s.context.app_proto, "dns");
  EXPECT_EQ(s.context.dns_rrname, "www.sextortion-pay.example");
  EXPECT_EQ(u.stats.transactions_dns.value(), 1u);
}

TEST(DnsUdp, ResponsesAreNotInspected) {
  Udp u;
  u.parse(test::dnsQuery("a.example", 1, 0x8180));
  EXPECT_TRUE(u.sink.scopes.empty());
}

TEST(DnsUdp, CompressionPointersBackwardOnly) {
  // Two questions; the second is "mail" + pointer to the first name's "example.com".
  std::string m = header(0x0100, 2);
  const size_t first = m.size();
  m += std::string("\x03www\x07"
                   "example\x03"
                   "com\x00",
                   17) +
       be16(1) + be16(1);
  m += std::string("\x04mail", 5) + be16(static_cast<uint16_t>(0xC000 | (first + 4))) + be16(1) + be16(1);
  Udp u;
  u.parse(m);
  ASSERT_EQ(u.sink.scopes.size(), 1u);
  ASSERT_EQ(u.sink.scopes[0].count(Field::DnsQuery), 2u);
  EXPECT_EQ(u.sink.scopes[0].block(Field::DnsQuery, 1), "mail.example.com");
  EXPECT_EQ(u.sink.scopes[0].context.dns_rrname, "www.example.com");
}

TEST(DnsUdp, PointerLoopsAreRejected) {
  // Self-pointer at offset 12.
  Udp self;
  self.parse(header(0x0100, 1) + be16(0xC00C) + be16(1) + be16(1));
  EXPECT_TRUE(self.sink.scopes.empty());
  EXPECT_EQ(self.stats.anomaly_dns_bad_pointer.value(), 1u);

  // A label followed by a pointer back into that same name: a loop through "a".
  Udp loop;
  loop.parse(header(0x0100, 1) +
             std::string("\x01"
                         "a",
                         2) +
             be16(0xC00C) + be16(1) + be16(1));
  EXPECT_TRUE(loop.sink.scopes.empty());
  EXPECT_EQ(loop.stats.anomaly_dns_bad_pointer.value(), 1u);

  // A pointer past the end of the message.
  Udp past;
  past.parse(header(0x0100, 1) + be16(0xC0FF) + be16(1) + be16(1));
  EXPECT_TRUE(past.sink.scopes.empty());
  EXPECT_EQ(past.stats.anomaly_dns_bad_pointer.value(), 1u);

  // A chain of forward pointers that ends in itself: bounded by max_dns_pointer_hops.
  std::string chain = header(0x0100, 1) + be16(0xC012) + be16(1) + be16(1);  // question name -> offset 18
  chain += be16(0xC014) + be16(0xC012);                                      // 18 -> 20 -> 18 -> ...
  Udp bounce;
  bounce.parse(chain);
  EXPECT_TRUE(bounce.sink.scopes.empty());
  EXPECT_EQ(bounce.stats.anomaly_dns_bad_pointer.value(), 1u);

  // Two pointers bouncing between each other in the second and third question.
  std::string m = header(0x0100, 3) + std::string("\x01x\x00", 3) + be16(1) + be16(1);
  const uint16_t q2 = static_cast<uint16_t>(m.size());
  m += be16(static_cast<uint16_t>(0xC000 | (q2 + 6))) + be16(1) + be16(1);
  m += be16(static_cast<uint16_t>(0xC000 | q2)) + be16(1) + be16(1);
  Udp pingpong;
  pingpong.parse(m);
  EXPECT_GE(pingpong.stats.anomaly_dns_bad_pointer.value(), 1u);
  ASSERT_EQ(pingpong.sink.scopes.size(), 1u);
  EXPECT_EQ(pingpong.sink.scopes[0].count(Field::DnsQuery), 1u);  // only "x"
}

TEST(DnsUdp, LabelValidation) {
  Udp bad;
  bad.parse(header(0x0100, 1) +
            std::string("\x03"
                        "a.b\x00",
                        5) +
            be16(1) + be16(1));
  EXPECT_EQ(bad.stats.anomaly_dns_bad_label.value(), 1u);
  EXPECT_TRUE(bad.sink.scopes.empty());

  Udp ctl;
  ctl.parse(header(0x0100, 1) +
            std::string("\x02"
                        "a\n\x00",
                        4) +
            be16(1) + be16(1));
  EXPECT_EQ(ctl.stats.anomaly_dns_bad_label.value(), 1u);

  Udp ext;  // 0x40 extended label type
  ext.parse(header(0x0100, 1) +
            std::string("\x41"
                        "a\x00",
                        3) +
            be16(1) + be16(1));
  EXPECT_EQ(ext.stats.anomaly_dns_bad_label.value(), 1u);

  Udp longname;  // 5 labels of 63 = 320 bytes > 255
  std::string n;
  for (int i = 0; i < 5; ++i) n += std::string(1, '\x3f') + std::string(63, 'a');
  longname.parse(header(0x0100, 1) + n + std::string(1, '\0') + be16(1) + be16(1));
  EXPECT_EQ(longname.stats.anomaly_dns_name_too_long.value(), 1u);

  Udp okmax;  // 253 characters is the longest legal name
  std::string labels;
  std::string text;
  for (int i = 0; i < 4; ++i) {
    const int len = i < 3 ? 63 : 61;
    labels += static_cast<char>(len) + std::string(len, 'b');
    text.append(i ? "." : "").append(len, 'b');
  }
  okmax.parse(header(0x0100, 1) + labels + std::string(1, '\0') + be16(1) + be16(1));
  ASSERT_EQ(okmax.sink.scopes.size(), 1u);
  EXPECT_EQ(okmax.sink.scopes[0].block(Field::DnsQuery), text);
  EXPECT_EQ(text.size(), 253u);
}

TEST(DnsUdp, TooManyQuestionsAreCapped) {
  std::string m = header(0x0100, 40);
  for (int i = 0; i < 40; ++i) m += std::string("\x01q\x00", 3) + be16(1) + be16(1);
  Udp u;
  u.parse(m);
  EXPECT_EQ(u.sink.scopes.at(0).count(Field::DnsQuery), ProtocolLimits{}.max_dns_names);
  EXPECT_EQ(u.stats.anomaly_dns_too_many_names.value(), 1u);
}

TEST(DnsUdp, TruncatedAtEveryByte) {
  const std::string m = test::dnsQuery("login.bank-secure.example");
  for (size_t cut = 0; cut < m.size(); ++cut) {
    Udp u;
    u.parse(m.substr(0, cut));
    ASSERT_TRUE(u.sink.errors.empty());
    ASSERT_EQ(u.sink.openCount(), 0u);
    if (cut < m.size() - 4) {
      EXPECT_TRUE(u.sink.scopes.empty()) << cut;
    }
  }
  uint32_t seed = 99;
  for (int round = 0; round < 2000; ++round) {
    std::string junk = header(0x0100, 3);
    for (int i = 0; i < 40; ++i) {
      seed = seed * 1103515245 + 12345;
      junk += static_cast<char>((seed >> 16) % 4 == 0 ? 0xC0 : (seed >> 20) % 70);
    }
    Udp u;
    u.parse(junk);
    ASSERT_TRUE(u.sink.errors.empty());
  }
}

TEST(DnsTcp, LengthFramingAcrossFeeds) {
  const std::string q1 = test::dnsQuery("first.example");
  const std::string q2 = test::dnsQuery("second.example");
  const std::string stream = be16(static_cast<uint16_t>(q1.size())) + q1 + be16(static_cast<uint16_t>(q2.size())) + q2;
  for (size_t chunk : {0u, 1u, 3u}) {
    RecordingSink sink;
    ProtocolStats stats;
    DnsTcpParser parser(sink, test::kDefaultLimits, stats);
    EXPECT_EQ(test::feedSteps(parser, {{Direction::ToServer, stream}, {Direction::ToClient, stream}}, chunk),
              ParseStatus::Continue);
    parser.finish();
    ASSERT_EQ(sink.scopes.size(), 2u) << chunk;
    EXPECT_EQ(sink.scopes[0].block(Field::DnsQuery), "first.example");
    EXPECT_EQ(sink.scopes[1].block(Field::DnsQuery), "second.example");
    EXPECT_NE(sink.scopes[0].id, sink.scopes[1].id);
    EXPECT_EQ(sink.scopes[1].context.dns_rrname, "second.example");
  }
}

TEST(DnsTcp, GapFails) {
  RecordingSink sink;
  ProtocolStats stats;
  DnsTcpParser parser(sink, test::kDefaultLimits, stats);
  EXPECT_EQ(parser.gap(Direction::ToServer, 3), ParseStatus::Failed);
  EXPECT_EQ(parser.feed(Direction::ToServer, test::bytesOf(test::dnsQuery("x.example")), {}), ParseStatus::Failed);
  EXPECT_EQ(stats.parser_failures_dns.value(), 1u);
}

}  // namespace
}  // namespace tapwatch

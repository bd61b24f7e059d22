// DNS responses: answer records into the alert context and dns.answer,
// forward compression pointers, rcode, several messages per TCP stream.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "protocols/dns_parser.h"
#include "protocols/dns_records.h"
#include "test_support.h"

namespace tapwatch {
namespace {

using test::be16;
using test::RecordingSink;

std::string be32(uint32_t v) { return be16(static_cast<uint16_t>(v >> 16)) + be16(static_cast<uint16_t>(v)); }

std::string labels(const std::string& name) {
  std::string out;
  size_t start = 0;
  while (start < name.size()) {
    size_t dot = name.find('.', start);
    if (dot == std::string::npos) dot = name.size();
    out += static_cast<char>(dot - start);
    out += name.substr(start, dot - start);
    start = dot + 1;
  }
  return out + std::string(1, '\0');
}

const std::string kQuestionPtr = be16(0xC00C);  // the question name, right after the header

std::string rr(const std::string& owner, uint16_t type, uint32_t ttl, const std::string& rdata) {
  return owner + be16(type) + be16(1) + be32(ttl) + be16(static_cast<uint16_t>(rdata.size())) + rdata;
}

// A response to `name` (type `qtype`) with `count` answer records `answers`.
std::string response(const std::string& name, uint16_t qtype, uint16_t count, const std::string& answers,
                     uint16_t rcode = 0, uint16_t id = 0x4242) {
  return be16(id) + be16(static_cast<uint16_t>(0x8180 | rcode)) + be16(1) + be16(count) + be16(0) + be16(0) +
         labels(name) + be16(qtype) + be16(1) + answers;
}

struct Udp {
  RecordingSink sink;
  ProtocolStats stats;
  TransactionContext ctx;
  void parse(const std::string& m, const ProtocolLimits& limits = test::kDefaultLimits) {
    parseDnsDatagram(test::bytesOf(m), sink, 9, stats, ctx, limits);
  }
  std::vector<std::string> values() const {
    return sink.scopes.empty()                                  ? std::vector<std::string>{}
           : sink.scopes[0].blocks.count(Field::DnsAnswer) != 0 ? sink.scopes[0].blocks.at(Field::DnsAnswer)
                                                                : std::vector<std::string>{};
  }
};

TEST(DnsAnswers, EveryTypeInPresentationForm) {
  const std::string q = "Pay.Scam-Wallet.example";
  // The question name sits at offset 12; later names point into it.
  const std::string answers =
      rr(kQuestionPtr, 5, 300,
         std::string("\x03"
                     "cdn") +
             be16(0xC010)) +                                         // CNAME cdn.scam-wallet.example
      rr(kQuestionPtr, 1, 60, std::string("\xc0\x00\x02\x63", 4)) +  // A
      rr(kQuestionPtr, 28, 60, std::string("\x20\x01\x0d\xb8", 4) + std::string(11, '\0') + "\x01") +  // AAAA
      rr(kQuestionPtr, 15, 3600, be16(10) + labels("mx.scam-wallet.example")) +                        // MX
      rr(kQuestionPtr, 2, 3600, labels("ns1.bulletproof.example")) +                                   // NS
      rr(labels("99.2.0.192.in-addr.arpa"), 12, 60, labels("host.scam-wallet.example")) +              // PTR
      rr(kQuestionPtr, 16, 60, std::string("\x0bpay 0.5 BTC\x04\x01\\ok", 17)) +  // TXT, two strings
      rr(kQuestionPtr, 6, 60, labels("ns.soa.example") + labels("hostmaster.example") + std::string(20, '\0')) +
      rr(kQuestionPtr, 4660, 60, "opaque");  // unknown type: recorded without rdata
  Udp u;
  u.parse(response(q, 1, 9, answers));
  ASSERT_TRUE(u.sink.errors.empty()) << u.sink.errors.front();
  ASSERT_EQ(u.sink.scopes.size(), 1u);
  const auto& s = u.sink.scopes[0];
  EXPECT_EQ(s.scope, Scope::DnsQuery);
  EXPECT_EQ(s.count(Field::DnsQuery), 0u);  // the question is the query's, not inspected twice
  const TransactionContext& c = s.context;
  EXPECT_EQ(c.app_proto, "dns");
  EXPECT_EQ(c.dns_id, 0x4242);
  EXPECT_EQ(c.dns_rcode, "NOERROR");
  EXPECT_EQ(c.dns_rrtype, "A");
  EXPECT_EQ(c.dns_rrname, "pay.scam-wallet.example");
  const struct {
    const char *name, *type, *rdata;
    uint32_t ttl;
  } want[] = {
      {"pay.scam-wallet.example", "CNAME", "cdn.scam-wallet.example", 300},
      {"pay.scam-wallet.example", "A", "192.0.2.99", 60},
      {"pay.scam-wallet.example", "AAAA", "2001:db8::1", 60},
      {"pay.scam-wallet.example", "MX", "mx.scam-wallet.example", 3600},
      {"pay.scam-wallet.example", "NS", "ns1.bulletproof.example", 3600},
      {"99.2.0.192.in-addr.arpa", "PTR", "host.scam-wallet.example", 60},
      {"pay.scam-wallet.example", "TXT", "pay 0.5 BTC\\001\\092ok", 60},
      {"pay.scam-wallet.example", "SOA", "ns.soa.example", 60},
      {"pay.scam-wallet.example", "TYPE4660", "", 60},
  };
  ASSERT_EQ(c.dns_answers.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    EXPECT_EQ(c.dns_answers[i].rrname, want[i].name) << i;
    EXPECT_EQ(c.dns_answers[i].rrtype, want[i].type) << i;
    EXPECT_EQ(c.dns_answers[i].rdata, want[i].rdata) << i;
    EXPECT_EQ(c.dns_answers[i].ttl, want[i].ttl) << i;
  }
  // dns.answer: owner names and rdata, a value repeated right after itself sent once.
  const std::vector<std::string> values = {"pay.scam-wallet.example", "cdn.scam-wallet.example",
                                           "pay.scam-wallet.example", "192.0.2.99",
                                           "pay.scam-wallet.example", "2001:db8::1",
                                           "pay.scam-wallet.example", "mx.scam-wallet.example",
                                           "pay.scam-wallet.example", "ns1.bulletproof.example",
                                           "99.2.0.192.in-addr.arpa", "host.scam-wallet.example",
                                           "pay.scam-wallet.example", "pay 0.5 BTC\\001\\092ok",
                                           "pay.scam-wallet.example", "ns.soa.example",
                                           "pay.scam-wallet.example"};
  EXPECT_EQ(u.values(), values);
  EXPECT_EQ(u.stats.transactions_dns.value(), 1u);
  EXPECT_EQ(u.stats.anomaly_dns_bad_rdata.value(), 0u);
}

TEST(DnsAnswers, ForwardPointersAreFollowed) {
  // A query whose question name is a pointer to a name stored after the question.
  const std::string head = be16(1) + be16(0x0100) + be16(1) + be16(0) + be16(0) + be16(0);
  const std::string query = head + be16(0xC000 | 18) + be16(1) + be16(1) + labels("fwd.scam-wallet.example");
  Udp q;
  q.parse(query);
  ASSERT_EQ(q.sink.scopes.size(), 1u);
  EXPECT_EQ(q.sink.scopes[0].block(Field::DnsQuery), "fwd.scam-wallet.example");
  EXPECT_EQ(q.stats.anomaly_dns_bad_pointer.value(), 0u);

  // An answer whose CNAME target points forward into the next record's rdata.
  const std::string q2 = "a.example";
  const size_t answers_at = 12 + labels(q2).size() + 4;
  const std::string first_owner = kQuestionPtr;
  // first record: owner(2) type class ttl rdlen (10) rdata = pointer (2) -> 14 bytes.
  const size_t second_rdata = answers_at + 14 + 2 + 10;
  const std::string answers = rr(first_owner, 5, 1, be16(static_cast<uint16_t>(0xC000 | second_rdata))) +
                              rr(kQuestionPtr, 2, 1, labels("later.example"));
  Udp r;
  r.parse(response(q2, 1, 2, answers));
  ASSERT_EQ(r.ctx.dns_answers.size(), 2u);
  EXPECT_EQ(r.ctx.dns_answers[0].rdata, "later.example");
  EXPECT_EQ(r.stats.anomaly_dns_bad_pointer.value(), 0u);
}

TEST(DnsAnswers, RcodeAndResponsesWithoutAnswers) {
  Udp nx;
  nx.parse(response("gone.example", 28, 0, "", 3));
  EXPECT_TRUE(nx.sink.scopes.empty());  // nothing to inspect: no scope
  EXPECT_EQ(nx.ctx.dns_rcode, "NXDOMAIN");
  EXPECT_EQ(nx.ctx.dns_rrtype, "AAAA");
  EXPECT_EQ(nx.ctx.dns_rrname, "gone.example");

  Udp servfail;
  servfail.parse(response("x.example", 1, 1, rr(kQuestionPtr, 5, 1, labels("y.example")), 2));
  ASSERT_EQ(servfail.sink.scopes.size(), 1u);
  EXPECT_EQ(servfail.sink.scopes[0].context.dns_rcode, "SERVFAIL");

  Udp odd;
  odd.parse(response("x.example", 1, 0, "", 12));
  EXPECT_EQ(odd.ctx.dns_rcode, "RCODE12");

  // A query after a response clears the response's context.
  Udp both;
  both.parse(response("x.example", 1, 1, rr(kQuestionPtr, 1, 1, std::string(4, '\x01'))));
  both.parse(test::dnsQuery("next.example", 7));
  EXPECT_EQ(both.ctx.dns_rcode, "");
  EXPECT_TRUE(both.ctx.dns_answers.empty());
  EXPECT_EQ(both.ctx.dns_id, 7);
}

TEST(DnsAnswers, MalformedRecordsAreCountedAndBounded) {
  Udp bad;  // an A record with five bytes of rdata
  bad.parse(response("x.example", 1, 2,
                     rr(kQuestionPtr, 1, 1, std::string(5, '\x01')) + rr(kQuestionPtr, 1, 1, std::string(4, '\x02'))));
  EXPECT_EQ(bad.stats.anomaly_dns_bad_rdata.value(), 1u);
  ASSERT_EQ(bad.ctx.dns_answers.size(), 2u);
  EXPECT_EQ(bad.ctx.dns_answers[0].rdata, "");
  EXPECT_EQ(bad.ctx.dns_answers[1].rdata, "2.2.2.2");

  Udp cut;  // rdlength runs past the message
  cut.parse(response("x.example", 1, 1, kQuestionPtr + be16(1) + be16(1) + be32(1) + be16(4) + "\x01\x02"));
  EXPECT_EQ(cut.stats.anomaly_dns_truncated.value(), 1u);
  EXPECT_TRUE(cut.ctx.dns_answers.empty());

  std::string many;
  for (int i = 0; i < 40; ++i) many += rr(kQuestionPtr, 1, 1, std::string("\x0a\x00\x00", 3) + static_cast<char>(i));
  Udp lots;
  lots.parse(response("x.example", 1, 40, many));
  EXPECT_EQ(lots.ctx.dns_answers.size(), ProtocolLimits{}.max_dns_answers);
  ProtocolLimits tight;
  tight.max_dns_answers = 2;
  Udp few;
  few.parse(response("x.example", 1, 40, many), tight);
  EXPECT_EQ(few.ctx.dns_answers.size(), 2u);

  // Every truncation of a response: no crash, no scope left open, no sink error.
  const std::string full = response("x.example", 1, 2,
                                    rr(kQuestionPtr, 16, 1,
                                       "\x03"
                                       "abc") +
                                        rr(kQuestionPtr, 15, 1, be16(1) + labels("m.example")));
  for (size_t n = 0; n <= full.size(); ++n) {
    Udp u;
    u.parse(full.substr(0, n));
    ASSERT_TRUE(u.sink.errors.empty());
    ASSERT_EQ(u.sink.openCount(), 0u);
  }
}

TEST(DnsAnswers, TcpStreamPairsEachResponseWithItsQuery) {
  auto framed = [](const std::string& m) { return be16(static_cast<uint16_t>(m.size())) + m; };
  const std::string queries = framed(test::dnsQuery("one.example", 1)) + framed(test::dnsQuery("two.example", 2)) +
                              framed(test::dnsQuery("three.example", 3));
  const std::string txt = std::string(1, '\x05') + "hello";
  const std::string responses =
      framed(response("one.example", 1, 1, rr(kQuestionPtr, 1, 5, std::string("\x7f\x00\x00\x01", 4)), 0, 1)) +
      framed(response("two.example", 1, 0, "", 3, 2)) +
      framed(response("three.example", 1, 1, rr(kQuestionPtr, 16, 5, txt), 0, 3)) +
      framed(response("four.example", 1, 1, rr(kQuestionPtr, 1, 5, std::string(4, '\x04')), 0, 4));  // no query
  for (size_t chunk : {0u, 1u, 7u}) {
    RecordingSink sink;
    ProtocolStats stats;
    DnsTcpParser parser(sink, test::kDefaultLimits, stats);
    EXPECT_EQ(test::feedSteps(parser, {{Direction::ToServer, queries}, {Direction::ToClient, responses}}, chunk),
              ParseStatus::Continue);
    parser.finish();
    ASSERT_TRUE(sink.errors.empty());
    EXPECT_EQ(sink.openCount(), 0u);
    ASSERT_EQ(sink.scopes.size(), 4u) << chunk;  // three query+response pairs, one lone response
    EXPECT_EQ(sink.scopes[0].block(Field::DnsQuery), "one.example");
    EXPECT_EQ(sink.scopes[0].block(Field::DnsAnswer, 1), "127.0.0.1");
    EXPECT_EQ(sink.scopes[0].context.dns_id, 1);
    EXPECT_EQ(sink.scopes[0].context.dns_rcode, "NOERROR");
    EXPECT_EQ(sink.scopes[1].count(Field::DnsAnswer), 0u);
    EXPECT_EQ(sink.scopes[1].context.dns_rcode, "NXDOMAIN");
    EXPECT_EQ(sink.scopes[2].block(Field::DnsQuery), "three.example");
    EXPECT_EQ(sink.scopes[2].block(Field::DnsAnswer, 1), "hello");
    ASSERT_EQ(sink.scopes[2].context.dns_answers.size(), 1u);
    EXPECT_EQ(sink.scopes[2].context.dns_answers[0].rrtype, "TXT");
    EXPECT_EQ(sink.scopes[3].count(Field::DnsQuery), 0u);
    EXPECT_EQ(sink.scopes[3].block(Field::DnsAnswer, 1), "4.4.4.4");
    EXPECT_EQ(stats.transactions_dns.value(), 4u);
  }
}

TEST(DnsAnswers, UdpPairingNeedsTheSameIdNameAndType) {
  RecordingSink sink;
  ProtocolStats stats;
  ProtocolLimits limits;
  limits.max_dns_pending = 2;
  DnsUdpParser parser(sink, limits, stats);
  auto feed = [&](Direction d, const std::string& m) {
    EXPECT_EQ(parser.feed(d, test::bytesOf(m), {}), ParseStatus::Continue);
  };
  const std::string a = rr(kQuestionPtr, 1, 5, std::string("\x0a\x00\x00\x01", 4));
  feed(Direction::ToServer, test::dnsQuery("pay.example", 10));
  EXPECT_EQ(sink.openCount(), 1u);                                       // waits for its answer
  feed(Direction::ToClient, response("pay.example", 28, 1, a, 0, 10));   // other type: not its answer
  feed(Direction::ToClient, response("pay.example", 1, 1, a, 0, 11));    // other id
  feed(Direction::ToClient, response("other.example", 1, 1, a, 0, 10));  // other name
  EXPECT_EQ(sink.openCount(), 1u);
  feed(Direction::ToClient, response("PAY.example", 1, 1, a, 0, 10));  // names compare lowercased
  EXPECT_EQ(sink.openCount(), 0u);
  ASSERT_EQ(sink.scopes.size(), 4u);
  EXPECT_EQ(sink.scopes[0].block(Field::DnsQuery), "pay.example");
  EXPECT_EQ(sink.scopes[0].block(Field::DnsAnswer, 1), "10.0.0.1");
  for (size_t i = 1; i < 4; ++i) EXPECT_EQ(sink.scopes[i].count(Field::DnsQuery), 0u);

  // A query seen from the server's side is not the client's: ignored.
  feed(Direction::ToClient, test::dnsQuery("reverse.example", 12));
  EXPECT_EQ(sink.scopes.size(), 4u);

  // At most max_dns_pending queries wait: a third closes the oldest.
  feed(Direction::ToServer, test::dnsQuery("q1.example", 21));
  feed(Direction::ToServer, test::dnsQuery("q2.example", 22));
  EXPECT_EQ(sink.openCount(), 2u);
  feed(Direction::ToServer, test::dnsQuery("q3.example", 23));
  EXPECT_EQ(sink.openCount(), 2u);
  EXPECT_TRUE(sink.scopes[4].closed);  // q1
  feed(Direction::ToClient, response("q2.example", 1, 1, a, 0, 22));
  EXPECT_EQ(sink.openCount(), 1u);
  parser.finish();
  EXPECT_EQ(sink.openCount(), 0u);
  EXPECT_TRUE(sink.errors.empty());
  EXPECT_EQ(stats.transactions_dns.value(), 7u);
}

TEST(DnsAnswers, TcpResponseLongerThanThePrefixIsReadAsFarAsKept) {
  // A response of ~6 KB whose first answer fits in the kept prefix.
  std::string answers = rr(kQuestionPtr, 1, 1, std::string("\x0a\x01\x02\x03", 4));
  for (int i = 0; i < 30; ++i) answers += rr(kQuestionPtr, 16, 1, std::string("\xc8") + std::string(200, 't'));
  const std::string m = response("big.example", 16, 31, answers);
  ASSERT_GT(m.size(), 4096u);
  RecordingSink sink;
  ProtocolStats stats;
  DnsTcpParser parser(sink, test::kDefaultLimits, stats);
  const std::string stream = be16(static_cast<uint16_t>(m.size())) + m;
  EXPECT_EQ(test::feedSteps(parser, {{Direction::ToClient, stream}}, 1000), ParseStatus::Continue);
  ASSERT_EQ(sink.scopes.size(), 1u);
  EXPECT_EQ(sink.scopes[0].block(Field::DnsAnswer, 1), "10.1.2.3");
  EXPECT_EQ(stats.anomaly_dns_truncated.value(), 0u);  // cut by us, not malformed
  // A gap in the responses ends them; queries go on.
  EXPECT_EQ(parser.gap(Direction::ToClient, 10), ParseStatus::Continue);
  EXPECT_EQ(parser.feed(Direction::ToServer, test::bytesOf(be16(31) + test::dnsQuery("after.example")), {}),
            ParseStatus::Continue);
  EXPECT_EQ(sink.scopes.back().block(Field::DnsQuery), "after.example");
  parser.finish();
  EXPECT_EQ(sink.openCount(), 0u);
}

TEST(DnsRecords, Names) {
  std::string s;
  dnsTypeName(1, s);
  EXPECT_EQ(s, "A");
  dnsTypeName(65, s);
  EXPECT_EQ(s, "HTTPS");
  dnsTypeName(65280, s);
  EXPECT_EQ(s, "TYPE65280");
  dnsRcodeName(5, s);
  EXPECT_EQ(s, "REFUSED");
  dnsRcodeName(16, s);
  EXPECT_EQ(s, "RCODE16");
  const std::string long_txt = std::string(1, '\xff') + std::string(255, 'a') + std::string(1, '\xff') +
                               std::string(255, 'b') + std::string(1, '\xff') + std::string(255, 'c') +
                               std::string(1, '\xff') + std::string(255, 'd') + std::string(1, '\x05') +
                               "\x01\x01\x01\x01\x01";
  ASSERT_TRUE(dnsTxtText(test::bytesOf(long_txt), s));
  EXPECT_EQ(s.size(), kDnsMaxRdataText);
  EXPECT_FALSE(dnsTxtText(test::bytesOf("\x05"
                                        "abc"),
                          s));
}

}  // namespace
}  // namespace tapwatch

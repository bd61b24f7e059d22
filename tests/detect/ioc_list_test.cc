#include "detect/ioc_list.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "detect/signature_loader.h"
#include "detect_test_util.h"
#include "temp_dir.h"

namespace tapwatch {
namespace {

using test::RecordingSink;
using test::TempDir;

class DetectIocListTest : public ::testing::Test {
 protected:
  // A pack with one domain list and one literal list, fields stream + dns.query.
  void SetUp() override {
    dir_.write("lists/domains.txt",
               "# scam domains\nscam.example\nPay-Now.example.  # trailing dot and case\nxn--80ak6aa92e.example\n"
               "пример.example\n");
    dir_.write("lists/wallets.txt", "# wallets\nbc1qscamwallet0000000000000000000000\n  # indented comment\n#not a "
                                    "literal: starts with hash\n+7 900 123-45-67\n");
    yaml_ = dir_.write("pack.yaml", R"(signatures:
  - id: 10
    name: domains
    fields: [stream, dns.query, http.host]
    patterns:
      - {list: lists/domains.txt, kind: domain}
  - id: 11
    name: wallets
    patterns:
      - {list: lists/wallets.txt, kind: literal}
)");
    auto set = DetectionSet::load({yaml_}, DetectOptions{32});
    ASSERT_TRUE(set.ok()) << set.error().describe();
    set_ = *set;
    scratch_set_.prepare(*set_);
  }

  std::vector<uint32_t> scanText(Field field, const std::vector<std::string>& pieces) {
    RecordingSink sink;
    ScopeScan scan(set_, fieldInfo(field).scope);
    for (size_t i = 0; i < pieces.size(); ++i)
      scan.scan(scratch_set_, field, 0, asBytes(pieces[i]), i + 1 == pieces.size(), sink);
    scan.close(scratch_set_, sink);
    last_hits_ = sink.hits;
    return sink.ids();
  }

  TempDir dir_;
  std::string yaml_;
  std::shared_ptr<const DetectionSet> set_;
  DetectStats stats_;
  ScanScratch scratch_set_{stats_};
  std::vector<test::Hit> last_hits_;
};

struct DomainCase {
  std::string text;
  bool match;
};

std::ostream& operator<<(std::ostream& os, const DomainCase& c) { return os << "'" << c.text << "'"; }

class DetectDomainBoundaries : public DetectIocListTest, public ::testing::WithParamInterface<DomainCase> {};

TEST_P(DetectDomainBoundaries, MatchesNameAndSubdomainsOnly) {
  const auto& c = GetParam();
  EXPECT_EQ(scanText(Field::Payload, {c.text}) == std::vector<uint32_t>{10}, c.match) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Text, DetectDomainBoundaries,
    ::testing::Values(DomainCase{"visit scam.example now", true}, DomainCase{"https://SCAM.EXAMPLE/login", true},
                      DomainCase{"mail.scam.example", true}, DomainCase{"a.b.c.scam.example:443", true},
                      DomainCase{"end of sentence: scam.example.", true}, DomainCase{"user@scam.example>", true},
                      DomainCase{"notscam.example", false}, DomainCase{"not-scam.example", false},
                      DomainCase{"scam.example.com", false}, DomainCase{"scam.examples", false},
                      DomainCase{"scam_example", false}, DomainCase{"scam.exampl", false},
                      DomainCase{"pay-now.example", true}, DomainCase{"PAY-NOW.EXAMPLE", true},
                      DomainCase{"see https://xn--80ak6aa92e.example/", true},
                      DomainCase{"сайт пример.example ок", true}, DomainCase{"непример.example", false},
                      DomainCase{"scam.example" + std::string(300, 'a'), false}));

TEST_F(DetectIocListTest, DomainSplitAcrossCallsAndBoundaryInNextCall) {
  EXPECT_EQ(scanText(Field::Payload, {"go to sc", "am.exa", "mple", " today"}), std::vector<uint32_t>{10});
  ASSERT_EQ(last_hits_.size(), 1u);
  EXPECT_EQ(last_hits_[0].excerpt, "go to scam.example");
  // The token continues into the next call: a look-alike, not a match.
  EXPECT_TRUE(scanText(Field::Payload, {"scam.example", "s.org"}).empty());
  // Ends exactly at the end of the stream.
  EXPECT_EQ(scanText(Field::Payload, {"x ", "scam.example"}), std::vector<uint32_t>{10});
}

TEST_F(DetectIocListTest, BlockFieldsMatchWholeValues) {
  EXPECT_EQ(scanText(Field::DnsQuery, {"www.scam.example"}), std::vector<uint32_t>{10});
  EXPECT_TRUE(scanText(Field::DnsQuery, {"www.notscam.example"}).empty());
  EXPECT_EQ(scanText(Field::HttpHost, {"scam.example:8080"}), std::vector<uint32_t>{10});
}

TEST_F(DetectIocListTest, LiteralListMatchesExactBytesAnywhere) {
  EXPECT_EQ(scanText(Field::Payload, {"pay to bc1qscamwallet", "0000000000000000000000 now"}),
            std::vector<uint32_t>{11});
  EXPECT_EQ(scanText(Field::Payload, {"call +7 900 123-45-67"}), std::vector<uint32_t>{11});
  EXPECT_TRUE(scanText(Field::Payload, {"BC1QSCAMWALLET0000000000000000000000"}).empty())
      << "case-sensitive by default";
  EXPECT_TRUE(scanText(Field::Payload, {"#not a literal: starts with hash"}).empty())
      << "comment lines are not entries";
}

TEST(DetectIocList, DomainEntriesAreValidated) {
  struct Bad {
    std::string entry;
    std::string why;
  };
  for (const auto& c : std::vector<Bad>{{"*.scam.example", "wildcards are implicit"},
                                        {"http://scam.example", "':'"},
                                        {"scam..example", "empty label"},
                                        {".scam.example", "empty label"},
                                        {"scam example", "' '"},
                                        {std::string(254, 'a'), "longer than 253"}}) {
    std::string why;
    EXPECT_EQ(normaliseDomain(c.entry, why), "") << c.entry;
    EXPECT_NE(why.find(c.why), std::string::npos) << c.entry << ": " << why;
  }
  std::string why;
  EXPECT_EQ(normaliseDomain("Mixed.Case.Example.", why), "mixed.case.example");
}

TEST(DetectIocList, MissingListFileIsReported) {
  auto r = loadIocList("/nonexistent/list.txt", ListKind::Domain);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where.file, "/nonexistent/list.txt");
}

TEST(DetectIocList, DuplicatesAndBlankLinesAreDropped) {
  TempDir dir;
  const auto path = dir.write("l.txt", "\n  a literal\na literal\n\t\n# c\nb literal \r\n");
  auto r = loadIocList(path, ListKind::Literal);
  ASSERT_TRUE(r.ok()) << r.error().describe();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].value, "a literal");
  EXPECT_EQ((*r)[0].line, 2u);
  EXPECT_EQ((*r)[1].value, "b literal");
}

TEST(DetectIocList, DuplicateDomainsInOneListMatchOnce) {
  TempDir dir;
  dir.write("l.txt", "a.example\nA.EXAMPLE.\n");
  const auto yaml = dir.write("s.yaml", "signatures:\n  - {id: 1, name: d, patterns: [{list: l.txt, kind: domain}]}\n");
  auto set = DetectionSet::load({yaml}, {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  EXPECT_EQ((*set)->database(Field::Payload).domains->size(), 1u);
  DetectStats stats;
  ScanScratch scratch(stats);
  scratch.prepare(**set);
  RecordingSink sink;
  ScopeScan scan(*set, Scope::Flow);
  scan.scan(scratch, Field::Payload, 0, asBytes("a.example and www.a.example"), true, sink);
  scan.close(scratch, sink);
  EXPECT_EQ(sink.ids(), std::vector<uint32_t>{1});
}

// 100,000 domains go into one hash set shared by the fields (not into
// Hyperscan). The load time is printed; bench/sigload measures it.
TEST(DetectIocList, HundredThousandDomainsShareOneHashSet) {
  TempDir dir;
  std::string list;
  for (int i = 0; i < 100000; ++i)
    list += "host" + std::to_string(i * 7919) + ".scam-" + std::to_string(i % 977) + ".example\n";
  dir.write("lists/big.txt", list);
  const auto yaml = dir.write("big.yaml",
                              "signatures:\n  - {id: 1, name: big, fields: [stream, dns.query], patterns: [{list: "
                              "lists/big.txt, kind: domain}]}\n");
  // CPU time is what the loader costs; wall time also shows how a loaded box feels.
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  auto set = DetectionSet::load({yaml}, {});
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(set.ok()) << set.error().describe();
  std::printf("100k domain list: load + build %.3f s CPU, %.3f s wall\n", cpu, wall);
  EXPECT_EQ((*set)->database(Field::DnsQuery).domains->size(), 100000u);
  // Both fields share one hash set.
  EXPECT_EQ((*set)->database(Field::DnsQuery).domains, (*set)->database(Field::Payload).domains);

  DetectStats stats;
  ScanScratch scratch(stats);
  scratch.prepare(**set);
  RecordingSink sink;
  ScopeScan scan(*set, Scope::DnsQuery);
  scan.scan(scratch, Field::DnsQuery, 0,
            asBytes("www.host" + std::to_string(99999 * 7919) + ".scam-" + std::to_string(99999 % 977) + ".example"),
            true, sink);
  scan.scan(scratch, Field::DnsQuery, 0, asBytes("host1.scam-1.example"), true, sink);  // 1 is not 1*7919
  scan.close(scratch, sink);
  EXPECT_EQ(sink.ids(), std::vector<uint32_t>{1});
}

// A literal list named on several block fields is compiled once, in a
// database of its own beside each field's patterns; hits from either
// database map back to the right signature and pattern.
TEST(DetectIocList, LiteralListOnBlockFieldsIsOneSharedDatabase) {
  TempDir dir;
  dir.write("iocs.txt", "evil-cdn.example\nbc1qmulewallet\nдроп-карта\n");
  const auto yaml = dir.write("s.yaml", R"(signatures:
  - id: 1
    name: ioc on three fields
    fields: [http.host, dns.query, tls.sni]
    patterns:
      - {list: iocs.txt, kind: literal}
  - id: 2
    name: host regex and list together
    fields: [http.host]
    patterns:
      - {id: shape, regex: '^login-[a-z]+\.'}
      - {id: ioc, list: iocs.txt, kind: literal}
    condition: shape and ioc
)");
  auto set = DetectionSet::load({yaml}, {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  const auto& host = (*set)->database(Field::HttpHost);
  const auto& dns = (*set)->database(Field::DnsQuery);
  const auto& sni = (*set)->database(Field::TlsSni);
  EXPECT_EQ(dns.lists.hs, sni.lists.hs) << "same lists, one database";
  EXPECT_NE(host.lists.hs, dns.lists.hs) << "http.host also has signature 2's list";
  EXPECT_EQ(dns.patterns.hs, nullptr);
  ASSERT_NE(host.patterns.hs, nullptr);
  EXPECT_EQ((*set)->loadStats().databases, 3u) << "host patterns, host lists, dns+sni lists";
  EXPECT_EQ((*set)->hyperscanDatabases().size(), 3u);

  DetectStats stats;
  ScanScratch scratch(stats);
  ASSERT_TRUE(scratch.prepare(**set));
  auto scanOne = [&](Field field, std::string_view value) {
    RecordingSink sink;
    ScopeScan scan(*set, fieldInfo(field).scope);
    scan.scan(scratch, field, 0, asBytes(value), true, sink);
    scan.close(scratch, sink);
    return sink.ids();
  };
  EXPECT_EQ(scanOne(Field::DnsQuery, "cdn1.evil-cdn.example"), std::vector<uint32_t>{1});
  EXPECT_EQ(scanOne(Field::TlsSni, "дроп-карта.example"), std::vector<uint32_t>{1});
  EXPECT_TRUE(scanOne(Field::TlsSni, "good.example").empty());
  EXPECT_EQ(scanOne(Field::HttpHost, "static.evil-cdn.example"), std::vector<uint32_t>{1});
  EXPECT_EQ(scanOne(Field::HttpHost, "login-bank.evil-cdn.example"), (std::vector<uint32_t>{1, 2}));
  EXPECT_TRUE(scanOne(Field::HttpHost, "login-bank.example").empty()) << "the regex alone is not enough";
}

// Fields with the same expressions share one compiled database.
TEST(DetectIocList, FieldsWithTheSameExpressionsShareADatabase) {
  auto set = test::buildSet(R"(signatures:
  - {id: 1, name: a, fields: [http.uri, http.host, dns.query], patterns: [{regex: 'pay[0-9]+'}]}
  - {id: 2, name: b, fields: [dns.query], patterns: [{literal: extra}]}
  - {id: 3, name: mail, fields: [smtp.subject, smtp.body], patterns: [{regex: 'wallet\s+addr'}]}
)");
  ASSERT_TRUE(set);
  EXPECT_EQ(set->database(Field::HttpUri).patterns.hs, set->database(Field::HttpHost).patterns.hs);
  EXPECT_NE(set->database(Field::HttpUri).patterns.hs, set->database(Field::DnsQuery).patterns.hs);
  // The subject arrives whole but is scanned in streaming mode, to share the body's database.
  EXPECT_EQ(set->database(Field::SmtpSubject).patterns.hs, set->database(Field::SmtpBody).patterns.hs);
  EXPECT_EQ(set->loadStats().databases, 3u);

  DetectStats stats;
  ScanScratch scratch(stats);
  ASSERT_TRUE(scratch.prepare(*set));
  RecordingSink sink;
  ScopeScan scan(set, Scope::SmtpMessage);
  scan.scan(scratch, Field::SmtpSubject, 0, asBytes("your wallet address"), true, sink);
  scan.close(scratch, sink);
  ASSERT_EQ(sink.ids(), std::vector<uint32_t>{3});
  EXPECT_EQ(sink.hits[0].field, Field::SmtpSubject);
  EXPECT_EQ(sink.hits[0].excerpt, "your wallet addr");
}

}  // namespace
}  // namespace tapwatch

// kind: domain lists on every name field: the same boundary rule (the name
// and its subdomains, nothing else) on DNS, TLS, QUIC, certificate, HTTP
// host and mail-link values; the link's host only; IDN entries in both forms.
#include <gtest/gtest.h>

#include "detect/idn_forms.h"
#include "detect/ioc_list.h"
#include "detect_test_util.h"
#include "temp_dir.h"

namespace tapwatch {
namespace {

class NameLists : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("domains.txt", "scam.example\nBÜCHER.example\nxn--mnchen-3ya.example\n");
    const std::string yaml = dir_.write("pack.yaml", R"(signatures:
  - id: 1
    name: names
    fields: [dns.query, dns.answer, tls.sni, quic.sni, tls.cert_san, http.host, smtp.url]
    patterns:
      - {list: domains.txt, kind: domain}
)");
    auto set = DetectionSet::load({yaml}, DetectOptions{});
    ASSERT_TRUE(set.ok()) << set.error().describe();
    set_ = *set;
    scratch_.prepare(*set_);
  }
  bool hit(Field field, const std::string& value) {
    test::RecordingSink sink;
    ScopeScan scan(set_, fieldInfo(field).scope);
    scan.scan(scratch_, field, 0, asBytes(value), true, sink);
    scan.close(scratch_, sink);
    return !sink.hits.empty();
  }
  test::TempDir dir_;
  std::shared_ptr<const DetectionSet> set_;
  DetectStats stats_;
  ScanScratch scratch_{stats_};
};

TEST_F(NameLists, SameBoundaryOnEveryNameField) {
  for (Field f :
       {Field::DnsQuery, Field::DnsAnswer, Field::TlsSni, Field::QuicSni, Field::TlsCertSan, Field::HttpHost}) {
    SCOPED_TRACE(std::string(fieldName(f)));
    EXPECT_TRUE(hit(f, "scam.example"));
    EXPECT_TRUE(hit(f, "Login.SCAM.example"));
    EXPECT_FALSE(hit(f, "notscam.example"));
    EXPECT_FALSE(hit(f, "scam.example.org"));
    EXPECT_FALSE(hit(f, "scam-example.com"));
  }
  EXPECT_TRUE(hit(Field::HttpHost, "www.scam.example:8443"));  // the port is not part of the name
  EXPECT_TRUE(hit(Field::TlsCertSan, "*.scam.example"));
  // All domain-list fields share one matcher: one hash set for the list, however many fields name it.
  EXPECT_EQ(set_->database(Field::DnsQuery).domains, set_->database(Field::SmtpUrl).domains);
}

TEST_F(NameLists, MailLinksMatchByHostOnly) {
  EXPECT_TRUE(hit(Field::SmtpUrl, "https://pay.scam.example/invoice"));
  EXPECT_TRUE(hit(Field::SmtpUrl, "http://bank.example@scam.example:80/"));  // userinfo is not the host
  EXPECT_TRUE(hit(Field::SmtpUrl, "www.scam.example/x"));
  EXPECT_FALSE(hit(Field::SmtpUrl, "https://scam.example.evil.org/"));
  EXPECT_FALSE(hit(Field::SmtpUrl, "https://ok.example/?u=scam.example"));
  EXPECT_FALSE(hit(Field::SmtpUrl, "https://ok.example/scam.example"));
  EXPECT_FALSE(hit(Field::SmtpUrl, "http://scam.example@ok.example/"));
}

TEST_F(NameLists, InternationalisedNamesMatchInBothForms) {
  // Entry in UTF-8 (upper case): the wire's xn-- form and the lower-case UTF-8 form.
  EXPECT_TRUE(hit(Field::DnsQuery, "xn--bcher-kva.example"));
  EXPECT_TRUE(hit(Field::TlsSni, "shop.XN--BCHER-KVA.example"));
  EXPECT_TRUE(hit(Field::SmtpUrl, "https://shop.bücher.example/"));
  // Entry in xn-- form: the UTF-8 spelling in a mail link.
  EXPECT_TRUE(hit(Field::SmtpUrl, "http://münchen.example/"));
  EXPECT_TRUE(hit(Field::DnsAnswer, "xn--mnchen-3ya.example"));
  EXPECT_FALSE(hit(Field::DnsQuery, "bucher.example"));
  EXPECT_FALSE(hit(Field::DnsQuery, "xn--bcher-kva.example.org"));
}

TEST(IdnForms, BothWays) {
  DomainForms f;
  std::string why;
  ASSERT_TRUE(idnForms("bücher.example", f, why)) << why;
  EXPECT_EQ(f.ascii, "xn--bcher-kva.example");
  EXPECT_EQ(f.unicode, "bücher.example");
  ASSERT_TRUE(idnForms("xn--e1afmkfd.xn--p1ai", f, why)) << why;
  EXPECT_EQ(f.unicode, "пример.рф");
  ASSERT_TRUE(idnForms("plain.example", f, why));
  EXPECT_EQ(f.unicode, "");
  EXPECT_FALSE(isInternationalised("plain.example"));
  EXPECT_FALSE(isInternationalised("axn--b.example"));  // not at a label start
  EXPECT_TRUE(isInternationalised("a.xn--b.example"));
  EXPECT_FALSE(idnForms("bad\xe2\x80\x8b\xff.example", f, why));  // not UTF-8
  EXPECT_FALSE(why.empty());
}

TEST(IdnForms, InvalidEntryIsAnErrorWithItsLine) {
  test::TempDir dir;
  const std::string path = dir.write("d.txt", "ok.example\n\xff\xfe.example\n");
  auto r = loadIocList(path, ListKind::Domain);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where.line, 2u);
}

}  // namespace
}  // namespace tapwatch

namespace tapwatch {
namespace {

// One list, two signatures on different fields: one hash set for the set,
// and each hit reaches only the signature that looks at that field.
TEST(NameListsShared, OneMatcherFieldMasksKeepSignaturesApart) {
  test::TempDir dir;
  dir.write("d.txt", "scam.example\n");
  const std::string yaml = dir.write("pack.yaml", R"(signatures:
  - id: 1
    name: on dns
    fields: [dns.query]
    patterns: [{list: d.txt, kind: domain}]
  - id: 2
    name: on sni
    fields: [tls.sni, http.host]
    patterns: [{list: d.txt, kind: domain}]
)");
  auto set = DetectionSet::load({yaml}, DetectOptions{});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  const auto& s = *set;
  EXPECT_EQ(s->database(Field::DnsQuery).domains, s->database(Field::TlsSni).domains);
  EXPECT_EQ(s->database(Field::DnsQuery).domains->size(), 1u);
  DetectStats stats;
  ScanScratch scratch(stats);
  scratch.prepare(*s);
  auto ids = [&](Field field) {
    test::RecordingSink sink;
    ScopeScan scan(s, fieldInfo(field).scope);
    scan.scan(scratch, field, 0, asBytes(std::string_view("www.scam.example")), true, sink);
    scan.close(scratch, sink);
    return sink.ids();
  };
  EXPECT_EQ(ids(Field::DnsQuery), std::vector<uint32_t>{1});
  EXPECT_EQ(ids(Field::TlsSni), std::vector<uint32_t>{2});
  EXPECT_EQ(ids(Field::HttpHost), std::vector<uint32_t>{2});
}

}  // namespace
}  // namespace tapwatch

// ssl_version: parsing (Suricata's six names, comma lists, per-version `!`),
// Suricata's match (listed XOR negated for the session's version), which rules
// load, and the rule engine deciding on a TLS handshake's tls.version value.
#include "detect/rule_ssl_version.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "detect/detection_set.h"
#include "detect/rule_loader.h"
#include "detect/scan_scratch.h"
#include "detect/scope_scan.h"
#include "detect/suricata_rule.h"
#include "detect_test_util.h"

namespace tapwatch {
namespace {

TEST(RuleSslVersion, ListMatchesEachListedVersionOnly) {
  auto v = parseRuleSslVersion("tls1.0, TLS1.1");
  ASSERT_TRUE(v.ok()) << v.error().message;
  EXPECT_TRUE(v->matches("TLSv1"));
  EXPECT_TRUE(v->matches("TLS 1.1"));
  EXPECT_FALSE(v->matches("TLS 1.2"));
  EXPECT_FALSE(v->matches("SSLv3"));
  EXPECT_FALSE(v->matches("UNDETERMINED"));
  auto v13 = parseRuleSslVersion("tls1.3");
  ASSERT_TRUE(v13.ok());
  EXPECT_TRUE(v13->matches("TLS 1.3"));
  EXPECT_FALSE(v13->matches("TLS 1.2"));
}

// Suricata's matcher: the session version's own entry, listed XOR negated.
TEST(RuleSslVersion, NegationIsPerVersionAsInSuricata) {
  auto v = parseRuleSslVersion("tls1.1,!tls1.2");
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->matches("TLS 1.1"));
  EXPECT_FALSE(v->matches("TLS 1.2"));
  EXPECT_FALSE(v->matches("TLS 1.3"));  // not listed
  auto only_negated = parseRuleSslVersion("!tls1.2");
  ASSERT_TRUE(only_negated.ok());
  for (const char* name : {"SSLv3", "TLSv1", "TLS 1.1", "TLS 1.2", "TLS 1.3"})
    EXPECT_FALSE(only_negated->matches(name)) << name;
  auto negated_sslv2 = parseRuleSslVersion("!sslv2,tls1.2");
  ASSERT_TRUE(negated_sslv2.ok());
  EXPECT_TRUE(negated_sslv2->matches("TLS 1.2"));
}

TEST(RuleSslVersion, BadValuesAreErrors) {
  EXPECT_FALSE(parseRuleSslVersion("tls1.4").ok());
  EXPECT_FALSE(parseRuleSslVersion("").ok());
  EXPECT_FALSE(parseRuleSslVersion("sslv2").ok());  // SSLv2 sessions are never parsed: refused, not silent
}

RuleLoadResult load(const std::string& text) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  return loadRuleText(text, "t.rules", context);
}

TEST(RuleSslVersion, LoadsOnlyOnTheServerSide) {
  auto ok = load("alert tls any any -> any any (flow:established,to_client; ssl_version:tls1.2; sid:1;)\n");
  ASSERT_EQ(ok.signatures.size(), 1u) << (ok.refused.empty() ? "" : ok.refused[0].describe());
  const SuricataRule& rule = *ok.signatures[0].rule;
  EXPECT_FALSE(rule.perPacket());
  EXPECT_EQ(rule.scope, Scope::TlsHandshake);
  EXPECT_EQ(ok.signatures[0].fields, std::vector<Field>{Field::TlsVersion});
  for (const char* text : {
           "alert tls any any -> any any (ssl_version:tls1.2; sid:2;)",
           "alert tls any any -> any any (flow:to_server; ssl_version:tls1.2; sid:3;)",
           "alert http any any -> any any (flow:to_client; ssl_version:tls1.2; sid:4;)",
           "alert udp any any -> any any (flow:to_client; ssl_version:tls1.2; sid:5;)",
           "alert tcp any any -> any any (flow:to_client; content:\"x\"; ssl_version:tls1.2; sid:6;)",
           "alert tls any any -> any any (flow:to_client; ssl_version:tls1.2; ssl_version:tls1.3; sid:7;)",
       }) {
    auto refused = load(std::string(text) + "\n");
    ASSERT_EQ(refused.refused.size(), 1u) << text;
    EXPECT_EQ(refused.refused[0].keyword, "ssl_version") << text;
  }
}

TEST(RuleSslVersion, DecidedOnTheHandshakesVersion) {
  auto loaded = load(
      "alert tls any any -> any any (flow:to_client; ssl_version:tls1.2; sid:1;)\n"
      "alert tls any any -> any any (flow:to_client; ssl_version:tls1.0,tls1.1; sid:2;)\n"
      "alert tls any any -> any any (flow:to_client; tls.cert_subject; content:\"zq\"; ssl_version:tls1.2; sid:3;)\n");
  ASSERT_EQ(loaded.signatures.size(), 3u) << (loaded.refused.empty() ? "" : loaded.refused[0].describe());
  auto set = DetectionSet::build(std::move(loaded.signatures), {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  DetectStats stats;
  ScanScratch scratch(stats);
  ASSERT_TRUE(scratch.prepare(**set));
  auto run = [&](const char* version, const char* subject) {
    ScopeScan scan(*set, Scope::TlsHandshake);
    test::RecordingSink sink;
    if (version) scan.scan(scratch, Field::TlsVersion, 0, asBytes(version), true, sink);
    if (subject) scan.scan(scratch, Field::TlsCertSubject, 0, asBytes(subject), true, sink);
    scan.close(scratch, sink);
    std::vector<uint32_t> ids = sink.ids();
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  EXPECT_EQ(run("TLS 1.2", nullptr), (std::vector<uint32_t>{1}));
  EXPECT_EQ(run("TLS 1.1", nullptr), (std::vector<uint32_t>{2}));
  EXPECT_EQ(run("TLS 1.3", nullptr), (std::vector<uint32_t>{}));
  EXPECT_EQ(run("TLS 1.2", "CN=zq.example"), (std::vector<uint32_t>{1, 3}));
  EXPECT_EQ(run(nullptr, "CN=zq.example"), (std::vector<uint32_t>{}));  // no ServerHello version: no match
}

}  // namespace
}  // namespace tapwatch

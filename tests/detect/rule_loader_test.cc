#include "detect/rule_loader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "detect/detection_set.h"
#include "detect/rule_buffers.h"
#include "detect/rule_refusal_reasons.h"
#include "detect/scan_scratch.h"
#include "detect/scope_scan.h"
#include "detect/signature_loader.h"
#include "detect/suricata_rule.h"
#include "detect_test_util.h"
#include "temp_dir.h"

namespace tapwatch {
namespace {

RuleLoadResult load(const std::string& text, RuleVarMap vars = {}) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults(vars);
  return loadRuleText(text, "t.rules", context);
}

TEST(RuleBuffers, DirectionPicksTheSide) {
  EXPECT_EQ(*fieldsForBuffer("http.header", RuleSide::ToServer, "http"), std::vector<Field>{Field::HttpRequestHeaders});
  EXPECT_EQ(*fieldsForBuffer("http.header", RuleSide::Unset, "http"), std::vector<Field>{Field::HttpRequestHeaders});
  EXPECT_EQ(*fieldsForBuffer("http.header", RuleSide::ToClient, "http"),
            std::vector<Field>{Field::HttpResponseHeaders});
  EXPECT_EQ(*fieldsForBuffer("http.cookie", RuleSide::ToClient, ""), std::vector<Field>{Field::HttpSetCookie});
  EXPECT_EQ(*fieldsForBuffer("file.data", RuleSide::ToServer, "http"), std::vector<Field>{Field::HttpRequestBody});
  EXPECT_EQ(*fieldsForBuffer("file.data", RuleSide::ToClient, "http"), std::vector<Field>{Field::HttpResponseBody});
  EXPECT_EQ(*fieldsForBuffer("file.data", RuleSide::Unset, "smtp"),
            (std::vector<Field>{Field::SmtpBody, Field::SmtpAttachment}));
  EXPECT_EQ(*fieldsForBuffer("pkt_data", RuleSide::Unset, ""), std::vector<Field>{Field::Payload});
  EXPECT_EQ(*fieldsForBuffer("ja3.hash", RuleSide::Unset, "tls"), std::vector<Field>{Field::TlsJa3});
  EXPECT_EQ(*fieldsForBuffer("ja3.string", RuleSide::Unset, "tls"), std::vector<Field>{Field::TlsJa3String});
  EXPECT_EQ(*fieldsForBuffer("tls.certs", RuleSide::ToClient, "tls"), std::vector<Field>{Field::TlsCerts});
  EXPECT_EQ(*fieldsForBuffer("http.start", RuleSide::ToServer, "http"), std::vector<Field>{Field::HttpRequestStart});
  EXPECT_EQ(*fieldsForBuffer("http.start", RuleSide::ToClient, "http"), std::vector<Field>{Field::HttpResponseStart});
  auto refused = fieldsForBuffer("http.request_header", RuleSide::Unset, "http");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("http.request_header"), std::string::npos);
}

TEST(RuleLoader, KeepsMetaAndMapsClasstype) {
  auto r =
      load(R"(alert http $EXTERNAL_NET any -> $HOME_NET $HTTP_PORTS (msg:"ET test \"q\""; flow:established,to_server; )"
           R"(http.uri; content:"/admin"; nocase; reference:url,example.org/x; classtype:web-application-attack; )"
           R"(metadata:created_at 2024_01_01, signature_severity Major; sid:2000001; rev:3;))");
  ASSERT_EQ(r.signatures.size(), 1u) << (r.refused.empty() ? "" : r.refused[0].describe());
  const Signature& sig = r.signatures[0];
  EXPECT_EQ(sig.id, 2000001u);
  EXPECT_EQ(sig.rev, 3u);
  EXPECT_EQ(sig.name, "ET test \"q\"");
  EXPECT_EQ(sig.category, "Web Application Attack");
  EXPECT_EQ(sig.severity, 1);
  EXPECT_EQ(sig.references, std::vector<std::string>{"url,example.org/x"});
  ASSERT_EQ(sig.metadata.size(), 2u);
  EXPECT_EQ(sig.metadata[1].first, "signature_severity");
  EXPECT_EQ(sig.metadata[1].second, "Major");
  EXPECT_EQ(sig.fields, std::vector<Field>{Field::HttpUri});
  ASSERT_EQ(sig.patterns.size(), 1u);
  EXPECT_TRUE(sig.patterns[0].flags & pattern_flag::Caseless);
  ASSERT_TRUE(sig.rule);
  EXPECT_EQ(sig.rule->flow.side, RuleSide::ToServer);
  EXPECT_TRUE(sig.rule->flow.established);
  EXPECT_EQ(sig.rule->scope, Scope::HttpTransaction);
  EXPECT_EQ(sig.rule->header.protocol.app, "http");
}

TEST(RuleLoader, PriorityOverridesClasstype) {
  auto r = load("alert tcp any any -> any any (content:\"x\"; classtype:trojan-activity; priority:3; sid:1;)\n"
                "alert tcp any any -> any any (content:\"x\"; sid:2;)\n");
  ASSERT_EQ(r.signatures.size(), 2u);
  EXPECT_EQ(r.signatures[0].severity, 3);
  EXPECT_EQ(r.signatures[0].category, "A Network Trojan was detected");
  EXPECT_EQ(r.signatures[1].severity, 3);  // no classtype: Suricata's default priority
  EXPECT_EQ(r.signatures[1].category, "");
}

TEST(RuleLoader, RefusalsNameLineSidAndKeyword) {
  auto r = load("alert tcp any any -> any any (content:\"x\"; sid:1;)\n"
                "alert udp any any -> any any (content:\"x\"; stream_size:both,>,10; sid:2;)\n"
                "alert ftp any any -> any any (content:\"x\"; sid:3;)\n"
                "# alert tcp any any -> any any (content:\"x\"; sid:4;)\n"
                "alert http any any -> any any (http.request_header; content:\"x\"; sid:5;)\n"
                "alert tcp $NOPE any -> any any (content:\"x\"; sid:6;)\n"
                "alert tcp any any -> any any (content:\"x\"; classtype:no-such-class; sid:7;)\n"
                "alert tcp any any -> any any (content:\"x\";)\n"
                "alert http any any -> any any (http.uri; content:\"a\"; pkt_data; content:\"b\"; sid:9;)\n");
  EXPECT_EQ(r.rules_seen, 9u);
  ASSERT_EQ(r.signatures.size(), 1u);
  ASSERT_EQ(r.refused.size(), 8u);
  EXPECT_EQ(r.refused[0].describe(),
            "t.rules:2: sid 2: stream_size: needs TCP: on this rule's protocol it never matches");
  EXPECT_EQ(r.refused[1].keyword, "protocol");
  EXPECT_EQ(r.refused[1].sid, 3u);
  EXPECT_TRUE(r.refused[2].disabled);
  EXPECT_EQ(r.refused[2].sid, 4u);
  EXPECT_EQ(r.refused[3].line, 5u);
  EXPECT_EQ(r.refused[4].keyword, "source address");
  EXPECT_EQ(r.refused[5].keyword, "classtype");
  EXPECT_EQ(r.refused[6].keyword, "sid");
  EXPECT_NE(r.refused[7].reason.find("different scopes"), std::string::npos);
}

TEST(RuleLoader, ThresholdsMapOntoTheThresholdTable) {
  auto r = load(
      "alert tcp any any -> any any (content:\"x\"; threshold:type limit, track by_src, count 2, seconds 60; sid:1;)\n"
      "alert tcp any any -> any any (content:\"x\"; threshold:type both, track by_dst, count 3, seconds 9; sid:2;)\n"
      "alert tcp any any -> any any (content:\"x\"; detection_filter:track by_rule, count 4, seconds 5; sid:3;)\n"
      "alert tcp any any -> any any (content:\"x\"; threshold:type backoff, track by_flow, count 1, multiplier 10; "
      "sid:4;)\n"
      "alert tcp any any -> any any (content:\"x\"; threshold:type backoff, track by_src, count 1, multiplier 10; "
      "sid:5;)\n"
      "alert tcp any any -> any any (content:\"x\"; threshold:type backoff, track by_flow, count 1, seconds 10; "
      "sid:6;)\n");
  ASSERT_EQ(r.signatures.size(), 4u);
  EXPECT_EQ(r.signatures[3].threshold->mode, ThresholdMode::Backoff);
  EXPECT_EQ(r.signatures[3].threshold->multiplier, 10u);
  ASSERT_EQ(r.refused.size(), 2u);
  EXPECT_EQ(r.refused.at(1).keyword, "threshold");
  EXPECT_EQ(r.signatures[0].threshold->mode, ThresholdMode::Limit);
  EXPECT_EQ(r.signatures[0].threshold->count, 2u);
  EXPECT_EQ(r.signatures[1].threshold->mode, ThresholdMode::Both);
  EXPECT_EQ(r.signatures[1].threshold->track, ThresholdTrack::ByDst);
  EXPECT_EQ(r.signatures[2].threshold->mode, ThresholdMode::FromCount);
  EXPECT_EQ(r.signatures[2].threshold->count, 5u);  // alerts once the count is exceeded
  EXPECT_EQ(r.refused.at(0).keyword, "threshold");
}

TEST(RuleLoader, FlowbitNamesShareSetWideIndices) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  auto a = loadRuleText("alert tcp any any -> any any (content:\"x\"; flowbits:set,one; flowbits:noalert; sid:1;)",
                        "a.rules", context);
  auto b =
      loadRuleText("alert tcp any any -> any any (content:\"y\"; flowbits:isset,two|one; sid:2;)", "b.rules", context);
  ASSERT_EQ(a.signatures.size(), 1u);
  ASSERT_EQ(b.signatures.size(), 1u);
  EXPECT_TRUE(a.signatures[0].rule->noalert);
  EXPECT_TRUE(a.signatures[0].rule->setsFlowbits());
  const RuleFlowbit& check = b.signatures[0].rule->flowbits.at(0);
  EXPECT_TRUE(check.any_of);
  EXPECT_EQ(check.bits, (std::vector<uint16_t>{1, 0}));
  EXPECT_TRUE(b.signatures[0].rule->checksFlowbits());
}

TEST(RuleLoader, SetLoadsRulesFromDirectoriesAndRefusesDuplicateSids) {
  test::TempDir dir;
  dir.write("r/a.rules", "alert tcp any any -> any any (content:\"x\"; sid:1;)\n");
  dir.write("r/b.rules", "alert tcp $HOME_NET any -> any any (content:\"y\"; sid:1;)\n"
                         "alert tcp $HOME_NET any -> any any (content:\"y\"; sid:2;)\n");
  auto loaded = loadSignatureSet({dir.path() + "/r"}, RulesOptions{{{"HOME_NET", "127.0.0.1"}}, ""});
  ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
  EXPECT_EQ(loaded->rules_seen, 3u);
  ASSERT_EQ(loaded->signatures.size(), 2u);
  ASSERT_EQ(loaded->refused.size(), 1u);
  EXPECT_EQ(loaded->refused[0].keyword, "sid");
  EXPECT_TRUE(loaded->signatures[1].rule->header.src_addr.matches(*IpAddress::parse("127.0.0.1")));
  EXPECT_FALSE(loaded->signatures[1].rule->header.src_addr.matches(*IpAddress::parse("127.0.0.2")));
}

TEST(RuleLoader, ClassificationFileAddsClasstypes) {
  test::TempDir dir;
  const std::string classes = dir.write("c.config", "# ours\nconfig classification: local-thing,Local Thing,4\n");
  const std::string rules = dir.write("r.rules", "alert tcp any any -> any any (content:\"x\"; classtype:local-thing; "
                                                 "sid:1;)\n");
  auto loaded = loadSignatureSet({rules}, RulesOptions{{}, classes});
  ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
  ASSERT_EQ(loaded->signatures.size(), 1u);
  EXPECT_EQ(loaded->signatures[0].category, "Local Thing");
  EXPECT_EQ(loaded->signatures[0].severity, 4);
  const std::string bad = dir.write("bad.config", "config classification: x,y\n");
  EXPECT_FALSE(loadSignatureSet({rules}, RulesOptions{{}, bad}).ok());
}

// The rule engine end to end in one scope: the fast pattern on http.uri makes
// a candidate; the http.header chain, arriving later, decides at close.
TEST(RuleConfirmation, EveryChainMustMatchInTheScope) {
  auto loaded =
      load("alert http any any -> any any (http.uri; content:\"/login\"; http.header; content:\"evil-agent\"; sid:1;)\n"
           "alert http any any -> any any (http.uri; content:\"/login\"; http.header; content:\"other\"; sid:2;)\n"
           "alert http any any -> any any (http.uri; pcre:\"/^\\/log[a-z]+$/\"; sid:3;)\n");
  ASSERT_EQ(loaded.signatures.size(), 3u) << (loaded.refused.empty() ? "" : loaded.refused[0].describe());
  auto set = DetectionSet::build(std::move(loaded.signatures), {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  DetectStats stats;
  ScanScratch scratch(stats);
  ASSERT_TRUE(scratch.prepare(**set));
  ScopeScan scan(*set, Scope::HttpTransaction);
  test::RecordingSink sink;
  scan.scan(scratch, Field::HttpUri, 0, asBytes("/login"), true, sink);
  scan.scan(scratch, Field::HttpRequestHeaders, 0, asBytes("User-Agent: evil-agent\r\n"), true, sink);
  EXPECT_TRUE(sink.hits.empty());  // app-layer candidates wait for the whole transaction
  scan.close(scratch, sink);
  std::vector<uint32_t> ids = sink.ids();
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<uint32_t>{1, 3}));
  EXPECT_EQ(stats.rule_confirmed.value(), 2u);
}

// Keywords not evaluated yet are refused by name with a reason, and counted under a bounded label.
TEST(RuleLoader, NotYetSupportedKeywordsAreRefusedByName) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  const std::pair<const char*, const char*> cases[] = {
      {"xbits:set,scan,track tx;", "xbits"},
      {"hostbits:set,scan,src;", "xbits"},
      {"stream_size:sideways,>,100;", "stream_size"},
      {"ssl_version:tls1.2;", "ssl_state"},
      {"ssl_state:client_hello;", "ssl_state"},
      {"tls.cert_expired;", "tls.cert_expired"},
      {"tls.cert_valid;", "tls.cert_expired"},
      {"app-layer-event:http.request_field_too_long;", "app-layer-event"},
      {"base64_decode:relative;", "base64_decode"},
  };
  for (const auto& [option, label] : cases) {
    auto loaded = loadRuleText(std::string("alert tcp any any -> any any (content:\"x\"; ") + option + " sid:1;)",
                               "t.rules", context);
    ASSERT_EQ(loaded.refused.size(), 1u) << option;
    const RuleRefusal& r = loaded.refused[0];
    EXPECT_EQ(std::string(option).substr(0, r.keyword.size()), r.keyword) << option << " named " << r.keyword;
    EXPECT_FALSE(r.reason.empty());
    EXPECT_EQ(kRuleRefusalReasons[ruleRefusalReason(r.keyword)], label) << option;
  }
}

}  // namespace
}  // namespace tapwatch

// `sig import-suricata`: Emerging-Threats-style rules convert into YAML that
// loads, compiles and detects what the rule meant; everything that cannot be
// expressed is rejected with a reason instead of being widened.
#include "detect/suricata_import.h"

#include <gtest/gtest.h>

#include "detect_test_util.h"

namespace tapwatch {
namespace {

using test::RecordingSink;

struct Imported {
  SuricataImport result;
  std::shared_ptr<const DetectionSet> set;
};

Imported importAndBuild(const std::string& rules) {
  Imported out;
  out.result = importSuricataRules(rules);
  const std::string yaml = out.result.yaml("test.rules");
  auto sigs = loadSignatureText(yaml, "imported.yaml");
  EXPECT_TRUE(sigs.ok()) << sigs.error().describe() << "\n" << yaml;
  if (!sigs.ok() || sigs->empty()) return out;
  auto set = DetectionSet::build(std::move(*sigs), {});
  EXPECT_TRUE(set.ok()) << set.error().describe() << "\n" << yaml;
  if (set.ok()) out.set = *set;
  return out;
}

const Signature* findSig(const DetectionSet& set, uint32_t id) {
  for (size_t i = 0; i < set.size(); ++i)
    if (set.signature(i).id == id) return &set.signature(i);
  return nullptr;
}

std::string reasonFor(const SuricataImport& r, uint32_t sid) {
  for (const auto& rej : r.rejected)
    if (rej.sid == sid) return rej.reason;
  return "";
}

// Scans one scope: each (field, text) in order, then close.
std::vector<uint32_t> scan(const std::shared_ptr<const DetectionSet>& set, Scope scope,
                           const std::vector<std::pair<Field, std::string>>& values) {
  DetectStats stats;
  ScanScratch scratch(stats);
  EXPECT_TRUE(scratch.prepare(*set));
  RecordingSink sink;
  ScopeScan s(set, scope);
  for (const auto& [field, text] : values) s.scan(scratch, field, 0, asBytes(text), true, sink);
  s.close(scratch, sink);
  return sink.ids();
}

bool fired(const std::vector<uint32_t>& ids, uint32_t id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

TEST(DetectSuricataImport, StickyBuffersBecomePerPatternFields) {
  auto im = importAndBuild(
      R"(alert http $HOME_NET any -> $EXTERNAL_NET any (msg:"ET PHISHING Successful Generic Phish M1 2016-06-03"; flow:established,to_server; http.method; content:"POST"; http.uri; content:"/wp-admin/login.php"; nocase; http.request_body; content:"pass"; nocase; content:"email="; classtype:credential-theft; sid:2031661; rev:2; metadata:attack_target Client_Endpoint, created_at 2016_06_03;))");
  ASSERT_TRUE(im.set);
  ASSERT_EQ(im.result.converted.size(), 1u);
  const Signature* sig = findSig(*im.set, 2031661);
  ASSERT_NE(sig, nullptr);
  EXPECT_EQ(sig->rev, 2u);
  EXPECT_EQ(sig->category, "phishing");
  EXPECT_EQ(sig->severity, 1) << "credential-theft is priority 1";
  EXPECT_EQ(sig->name, "ET PHISHING Successful Generic Phish M1 2016-06-03");
  ASSERT_EQ(sig->patterns.size(), 4u);
  EXPECT_EQ(sig->patterns[1].flags & pattern_flag::Caseless, pattern_flag::Caseless);
  EXPECT_EQ(sig->patterns[0].flags & pattern_flag::Caseless, 0u);
  EXPECT_NE(im.result.yaml("x").find("not applied: flow:established,to_server not checked"), std::string::npos);

  const auto post = scan(im.set, Scope::HttpTransaction,
                         {{Field::HttpMethod, "POST"},
                          {Field::HttpUri, "/WP-ADMIN/login.php"},
                          {Field::HttpRequestBody, "email=a@b.c&pass=x"}});
  EXPECT_TRUE(fired(post, 2031661));
  const auto get = scan(im.set, Scope::HttpTransaction,
                        {{Field::HttpMethod, "GET"},
                         {Field::HttpUri, "/wp-admin/login.php?POST"},
                         {Field::HttpRequestBody, "email=a@b.c&pass=x"}});
  EXPECT_FALSE(fired(get, 2031661)) << "POST must be in http.method, not anywhere";
}

TEST(DetectSuricataImport, OldStyleModifiersHexNegationAndDetectionFilter) {
  auto im = importAndBuild(
      "alert smtp any any -> $HOME_NET any (msg:\"TW sextortion mail\"; content:\"I recorded you\"; nocase; "
      "content:\"|42 54 43|\"; content:!\"unsubscribe\"; detection_filter:track by_src, count 4, seconds 300; "
      "classtype:social-engineering; priority:1; sid:9000001; rev:1;)\n"
      "alert http any any -> any any (msg:\"old style\"; content:\"/pay\"; http_uri; content:\"curl\"; "
      "http_user_agent; sid:9000002;)\n");
  ASSERT_TRUE(im.set);
  const Signature* mail = findSig(*im.set, 9000001);
  ASSERT_NE(mail, nullptr);
  ASSERT_TRUE(mail->threshold);
  EXPECT_EQ(mail->threshold->count, 5u) << "Suricata alerts once count is exceeded";
  EXPECT_EQ(mail->threshold->seconds, 300u);
  EXPECT_EQ(mail->threshold->track, ThresholdTrack::BySrc);
  EXPECT_EQ(mail->severity, 1) << "priority overrides the classtype";
  EXPECT_EQ(mail->category, "scam");
  EXPECT_TRUE(fired(scan(im.set, Scope::Flow, {{Field::Payload, "I RECORDED YOU, pay in BTC"}}), 9000001));
  EXPECT_FALSE(fired(scan(im.set, Scope::Flow, {{Field::Payload, "I recorded you BTC. unsubscribe"}}), 9000001));
  EXPECT_FALSE(fired(scan(im.set, Scope::Flow, {{Field::Payload, "I recorded you btc"}}), 9000001))
      << "hex content is case-sensitive without nocase";

  const auto http =
      scan(im.set, Scope::HttpTransaction, {{Field::HttpUri, "/pay?x"}, {Field::HttpUserAgent, "curl/8"}});
  EXPECT_TRUE(fired(http, 9000002));
  const auto swapped =
      scan(im.set, Scope::HttpTransaction, {{Field::HttpUri, "/curl"}, {Field::HttpUserAgent, "/pay"}});
  EXPECT_FALSE(fired(swapped, 9000002));
}

TEST(DetectSuricataImport, PositionalModifiersBecomeAnchoredRegexes) {
  auto im = importAndBuild(
      "alert tls any any -> any any (msg:\"sni starts\"; tls.sni; content:\"free-btc.\"; startswith; sid:1;)\n"
      "alert dns any any -> any any (msg:\"qname ends\"; dns.query; content:\".scam.example\"; endswith; sid:2;)\n"
      "alert tcp any any -> any any (msg:\"magic\"; content:\"|4d 5a|\"; offset:2; depth:4; sid:3;)\n");
  ASSERT_TRUE(im.set);
  EXPECT_TRUE(fired(scan(im.set, Scope::TlsHandshake, {{Field::TlsSni, "free-btc.example"}}), 1));
  EXPECT_FALSE(fired(scan(im.set, Scope::TlsHandshake, {{Field::TlsSni, "www.free-btc.example"}}), 1));
  EXPECT_TRUE(fired(scan(im.set, Scope::DnsQuery, {{Field::DnsQuery, "a.scam.example"}}), 2));
  EXPECT_FALSE(fired(scan(im.set, Scope::DnsQuery, {{Field::DnsQuery, "a.scam.example.org"}}), 2));
  EXPECT_TRUE(fired(scan(im.set, Scope::Flow, {{Field::Payload, std::string("\x01\x02MZrest", 8)}}), 3));
  EXPECT_TRUE(fired(scan(im.set, Scope::Flow, {{Field::Payload, std::string("\x01\x02\x03MZrest", 9)}}), 3));
  EXPECT_FALSE(fired(scan(im.set, Scope::Flow, {{Field::Payload, std::string("MZ at start", 11)}}), 3))
      << "offset 2: not before byte 2";
  EXPECT_FALSE(fired(scan(im.set, Scope::Flow, {{Field::Payload, std::string("\x01\x02\x03\x04\x05MZ", 7)}}), 3))
      << "depth 4 from offset 2: MZ must end by byte 6";
}

TEST(DetectSuricataImport, PcreKeepsEscapesAndMapsModifiers) {
  auto im = importAndBuild(
      R"(alert http any any -> any any (msg:"ET gate"; pcre:"/\/gate\.php\?id=\d{2,}/Ui"; sid:10; rev:1;)
alert http any any -> any any (msg:"ET quote"; content:"say \"hi\"\; now"; sid:11;)
)");
  ASSERT_TRUE(im.set);
  const Signature* gate = findSig(*im.set, 10);
  ASSERT_NE(gate, nullptr);
  EXPECT_EQ(gate->patterns[0].text, R"(\/gate\.php\?id=\d{2,})");
  ASSERT_EQ(gate->fields.size(), 1u);
  EXPECT_EQ(gate->fields[0], Field::HttpUri);
  EXPECT_TRUE(fired(scan(im.set, Scope::HttpTransaction, {{Field::HttpUri, "/GATE.php?id=42"}}), 10));
  EXPECT_FALSE(fired(scan(im.set, Scope::HttpTransaction, {{Field::HttpUri, "/gateXphp?id=42"}}), 10));
  EXPECT_TRUE(fired(scan(im.set, Scope::Flow, {{Field::Payload, "they say \"hi\"; now"}}), 11));
}

TEST(DetectSuricataImport, RejectsWhatCannotBeExpressedWithReasons) {
  const std::string rules =
      R"(alert http any any -> any any (msg:"ET distance"; content:"a"; content:"b"; distance:0; within:10; sid:101;)
alert tcp any any -> any any (msg:"ET flowbits"; flowbits:isset,ET.foo; content:"x"; sid:102;)
alert tcp any any -> any any (msg:"ET byte_test"; content:"x"; byte_test:1,>,5,0; sid:103;)
alert http any any -> any any (msg:"ET relative pcre"; content:"x"; pcre:"/y/R"; sid:104;)
alert http any any -> any any (msg:"ET cookie"; http.cookie; content:"session"; sid:105;)
alert http any any -> any any (msg:"ET transform"; http.uri; to_lowercase; content:"x"; sid:106;)
alert http any any -> any any (msg:"ET backref"; pcre:"/(ab)\1/"; sid:107;)
pass tcp any any -> any any (msg:"pass"; content:"x"; sid:108;)
alert tcp any any -> any any (msg:"no content"; flow:established; sid:109;)
alert tcp any any -> any any (msg:"only negated"; content:!"x"; sid:110;)
alert tcp any any -> any any (msg:"threshold"; content:"x"; threshold:type limit, track by_src, count 1, seconds 60; sid:111;)
alert tcp any any -> any any (msg:"bogus"; content:"x"; frobnicate; sid:112;)
alert tcp any any -> any any (msg:"bad hex"; content:"|4g|"; sid:113;)
alert tcp any any -> any any (msg:"email from"; email.from; content:"x"; sid:114;)
alert tcp any any -> any any (msg:"dup"; content:"x"; sid:115;)
alert tcp any any -> any any (msg:"dup again"; content:"y"; sid:115;)
alert tcp any any -> any any (msg:"unterminated; content:"x"; sid:116;)
alert tcp any any -> any any (msg:"no sid"; content:"x";)
alert tcp any any -> (msg:"short header"; content:"x"; sid:117;)
)";
  const SuricataImport r = importSuricataRules(rules);
  EXPECT_EQ(r.rules_seen, 19u);
  ASSERT_EQ(r.converted.size(), 1u);
  EXPECT_EQ(r.converted[0].sid, 115u);
  EXPECT_EQ(r.rejected.size(), 18u);
  EXPECT_NE(reasonFor(r, 101).find("'distance' (positional matching)"), std::string::npos) << reasonFor(r, 101);
  EXPECT_NE(reasonFor(r, 102).find("flowbits"), std::string::npos);
  EXPECT_NE(reasonFor(r, 103).find("byte_test"), std::string::npos);
  EXPECT_NE(reasonFor(r, 104).find("/R"), std::string::npos);
  EXPECT_NE(reasonFor(r, 105).find("http.cookie' has no Tapwatch field"), std::string::npos);
  EXPECT_NE(reasonFor(r, 106).find("transform 'to_lowercase'"), std::string::npos);
  EXPECT_NE(reasonFor(r, 107).find("Hyperscan cannot compile"), std::string::npos) << reasonFor(r, 107);
  EXPECT_NE(reasonFor(r, 108).find("pass rules"), std::string::npos);
  EXPECT_NE(reasonFor(r, 109).find("no content or pcre"), std::string::npos);
  EXPECT_NE(reasonFor(r, 110).find("only negated"), std::string::npos);
  EXPECT_NE(reasonFor(r, 111).find("'threshold'"), std::string::npos);
  EXPECT_NE(reasonFor(r, 112).find("unknown option 'frobnicate'"), std::string::npos);
  EXPECT_NE(reasonFor(r, 113).find("hex digit"), std::string::npos);
  EXPECT_NE(reasonFor(r, 114).find("email.from"), std::string::npos);
  EXPECT_NE(reasonFor(r, 115).find("duplicate sid"), std::string::npos);
  // Every rejection names its line; the first is line 1.
  EXPECT_EQ(r.rejected.front().line, 1u);
  EXPECT_EQ(r.rejected.back().line, 19u);
  EXPECT_NE(r.rejected[15].reason.find("unterminated"), std::string::npos) << r.rejected[15].reason;
  EXPECT_NE(r.rejected[16].reason.find("sid"), std::string::npos) << r.rejected[16].reason;
  EXPECT_NE(r.rejected[17].reason.find("rule header"), std::string::npos) << r.rejected[17].reason;
}

TEST(DetectSuricataImport, CommentedRulesImportDisabledAndContinuationsJoin) {
  auto im = importAndBuild(
      "# a plain comment (not a rule)\n"
      "#alert http any any -> any any (msg:\"ET disabled\"; http.host; content:\"evil.example\"; sid:201; rev:4;)\n"
      "alert http any any -> any any (msg:\"ET continued\"; \\\n"
      "    http.host; content:\"bad.example\"; \\\n"
      "    sid:202; rev:1;)\n"
      "\n");
  ASSERT_TRUE(im.set);
  EXPECT_EQ(im.result.rules_seen, 2u);
  const Signature* disabled = findSig(*im.set, 201);
  ASSERT_NE(disabled, nullptr);
  EXPECT_FALSE(disabled->enabled);
  EXPECT_EQ(disabled->rev, 4u);
  const Signature* continued = findSig(*im.set, 202);
  ASSERT_NE(continued, nullptr);
  EXPECT_TRUE(continued->enabled);
  EXPECT_EQ(im.result.converted[1].line, 3u);
  EXPECT_TRUE(fired(scan(im.set, Scope::HttpTransaction, {{Field::HttpHost, "bad.example"}}), 202));
}

TEST(DetectSuricataImport, HostileInputNeverBreaksTheOutput) {
  // Quotes, backslashes, control bytes and non-UTF-8 bytes in msg and content
  // must come out as YAML that loads to the same bytes.
  std::string rules =
      "alert tcp any any -> any any (msg:\"we\\\"ird \\\\ msg\"; content:\"a\\\\b|00 ff 0a|c\"; sid:301;)\n";
  rules += "alert tcp any any -> any any (msg:\"";
  rules += std::string(5000, 'x');
  rules += "\"; content:\"y\"; sid:302;)\n";
  rules += std::string("\x01\x02 garbage ( ; ) \xff\n", 19);
  auto im = importAndBuild(rules);
  ASSERT_TRUE(im.set);
  const Signature* weird = findSig(*im.set, 301);
  ASSERT_NE(weird, nullptr);
  EXPECT_EQ(weird->name, "we\"ird \\ msg");
  EXPECT_TRUE(fired(scan(im.set, Scope::Flow, {{Field::Payload, std::string("za\\b\x00\xff\nc!", 9)}}), 301));
  EXPECT_FALSE(fired(scan(im.set, Scope::Flow, {{Field::Payload, std::string("za\\b\x00\xfe\nc!", 9)}}), 301));
  EXPECT_EQ(im.result.rejected.size(), 1u);
}

TEST(DetectSuricataImport, NothingConvertedIsStillValidYaml) {
  auto r = importSuricataRules("alert tcp any any -> any any (msg:\"x\"; flowbits:set,a; content:\"x\"; sid:1;)\n");
  EXPECT_TRUE(r.converted.empty());
  auto sigs = loadSignatureText(r.yaml("x.rules"), "x.yaml");
  ASSERT_TRUE(sigs) << sigs.error().describe();
  EXPECT_TRUE(sigs->empty());
}

}  // namespace
}  // namespace tapwatch

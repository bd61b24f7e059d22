// xbits: parsing (Suricata's five actions, three trackers, optional expire
// with its 30-second default, `xbits:noalert`), what loads (setters before
// readers: setsFlowbits / checksFlowbits), and what is refused by name
// (track tx, bad expiry, the hostbits syntax).
#include "detect/rule_xbits.h"

#include <gtest/gtest.h>

#include "detect/rule_loader.h"
#include "detect/rule_refusal_reasons.h"
#include "detect/suricata_rule.h"

namespace tapwatch {
namespace {

using Op = RuleXbit::Op;
using Track = RuleXbit::Track;

TEST(RuleXbits, ParsesActionsTrackersAndExpiry) {
  auto set = parseRuleXbits("set,zq.seen,track ip_src");
  ASSERT_TRUE(set.ok()) << set.error().message;
  EXPECT_FALSE(set->noalert);
  EXPECT_EQ(set->bit.op, Op::Set);
  EXPECT_EQ(set->bit.track, Track::IpSrc);
  EXPECT_EQ(set->bit.name, "zq.seen");
  EXPECT_EQ(set->bit.expire_seconds, 30u);  // Suricata's DETECT_XBITS_EXPIRE_DEFAULT
  EXPECT_EQ(set->bit.name_hash, xbitNameHash("zq.seen"));
  auto pair = parseRuleXbits(" toggle , zq.pair , track ip_pair , expire 3600 ");
  ASSERT_TRUE(pair.ok()) << pair.error().message;
  EXPECT_EQ(pair->bit.op, Op::Toggle);
  EXPECT_EQ(pair->bit.track, Track::IpPair);
  EXPECT_EQ(pair->bit.expire_seconds, 3600u);
  EXPECT_FALSE(pair->bit.perHost());
  auto expire_first = parseRuleXbits("set,zq,expire 5,track ip_dst");
  ASSERT_TRUE(expire_first.ok()) << expire_first.error().message;
  EXPECT_EQ(expire_first->bit.track, Track::IpDst);
  EXPECT_EQ(expire_first->bit.expire_seconds, 5u);
  const std::pair<const char*, Op> ops[] = {{"set", Op::Set},
                                            {"unset", Op::Unset},
                                            {"isset", Op::IsSet},
                                            {"isnotset", Op::IsNotSet},
                                            {"toggle", Op::Toggle}};
  for (const auto& [text, op] : ops) {
    auto parsed = parseRuleXbits(std::string(text) + ",b,track ip_src");
    ASSERT_TRUE(parsed.ok()) << text;
    EXPECT_EQ(parsed->bit.op, op);
    EXPECT_EQ(parsed->bit.isCondition(), op == Op::IsSet || op == Op::IsNotSet) << text;
  }
  auto noalert = parseRuleXbits("noalert");
  ASSERT_TRUE(noalert.ok());
  EXPECT_TRUE(noalert->noalert);
  EXPECT_NE(xbitNameHash("a"), xbitNameHash("b"));
}

TEST(RuleXbits, RefusesWhatCannotBeRead) {
  for (const char* bad :
       {"set,zq", "set,zq,track tx", "set,zq,track ip_source", "set,zq,track nonsense,expire 3600",
        "set,zq,track ip_src,expire 0", "set,zq,track ip_src,expire -1", "set,zq,track ip_src,expire x",
        "frob,zq,track ip_src", "set,a|b,track ip_src", "set,zq,track ip_src,track ip_dst", "noalert,zq", "",
        "set,zq,track ip_src,expire 1,expire 2", "set,zq,bogus ip_src"}) {
    auto parsed = parseRuleXbits(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
    if (!parsed.ok()) {
      EXPECT_FALSE(parsed.error().message.empty()) << bad;
    }
  }
}

const SuricataRule* only(const RuleLoadResult& r) {
  EXPECT_EQ(r.signatures.size(), 1u) << (r.refused.empty() ? "" : r.refused[0].describe());
  return r.signatures.empty() ? nullptr : r.signatures[0].rule.get();
}

TEST(RuleXbitsRules, LoadAsSettersOrCheckers) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  auto set = loadRuleText(
      "alert tcp any any -> any any (content:\"x\"; xbits:set,zq,track ip_src,expire 60; xbits:noalert; sid:1;)",
      "t.rules", context);
  const SuricataRule* setter = only(set);
  ASSERT_NE(setter, nullptr);
  ASSERT_EQ(setter->xbits.size(), 1u);
  EXPECT_TRUE(setter->noalert);
  EXPECT_TRUE(setter->setsFlowbits());
  EXPECT_FALSE(setter->checksFlowbits());
  auto check =
      loadRuleText("alert http any any -> any any (http.uri; content:\"/a\"; xbits:isset,zq,track ip_pair; sid:2;)",
                   "t.rules", context);
  const SuricataRule* checker = only(check);
  ASSERT_NE(checker, nullptr);
  EXPECT_TRUE(checker->checksFlowbits());
  EXPECT_FALSE(checker->noalert);
  // Header-only (IP-only in Suricata's words) and ICMP rules may carry xbits too.
  auto header =
      loadRuleText("alert ip [192.0.2.1] any -> any any (xbits:set,bad,track ip_dst; sid:3;)", "t.rules", context);
  ASSERT_NE(only(header), nullptr);
  EXPECT_TRUE(only(header)->perPacket());
}

TEST(RuleXbitsRules, RefusalsNameTheKeyword) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  const std::pair<const char*, const char*> cases[] = {
      {"xbits:set,zq,track tx;", "xbits"},
      {"xbits:set,zq,track ip_src,expire 0;", "xbits"},
      {"xbits:set,zq;", "xbits"},
      {"hostbits:set,zq,src;", "hostbits"},
  };
  for (const auto& [option, keyword] : cases) {
    auto loaded = loadRuleText(std::string("alert tcp any any -> any any (content:\"x\"; ") + option + " sid:1;)",
                               "t.rules", context);
    ASSERT_EQ(loaded.refused.size(), 1u) << option;
    EXPECT_EQ(loaded.refused[0].keyword, keyword) << option;
    EXPECT_EQ(kRuleRefusalReasons[ruleRefusalReason(loaded.refused[0].keyword)], "xbits") << option;
  }
}

}  // namespace
}  // namespace tapwatch

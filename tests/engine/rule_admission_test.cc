#include "engine/rule_admission.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/rule_loader.h"

namespace tapwatch {
namespace {

// One rule loaded as an operator would write it.
std::shared_ptr<const SuricataRule> rule(const std::string& text, RuleLoadContext& context) {
  auto loaded = loadRuleText(text, "t.rules", context);
  EXPECT_EQ(loaded.signatures.size(), 1u) << (loaded.refused.empty() ? "" : loaded.refused[0].describe());
  return loaded.signatures.empty() ? nullptr : loaded.signatures[0].rule;
}

struct AdmissionTest : ::testing::Test {
  AdmissionTest() {
    context.vars = ruleVarsWithDefaults({{"HOME_NET", "127.0.0.0/24"}});
    flow.key.protocol = 6;
    flow.client_ip = *IpAddress::parse("127.0.0.1");
    flow.client_port = 40000;
    flow.server_ip = *IpAddress::parse("127.0.1.1");
    flow.server_port = 80;
    flow.tcp_state = TcpState::Established;
    flow.packets = {3, 2};
  }
  RuleLoadContext context;
  Flow flow;
  FlowbitSet bits;
};

TEST_F(AdmissionTest, HeaderSidesFollowTheDataDirection) {
  auto r = rule("alert tcp $HOME_NET any -> $EXTERNAL_NET 80 (content:\"x\"; sid:1;)", context);
  ASSERT_TRUE(r);
  EXPECT_EQ(admitRule(*r, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*r, flow, Direction::ToClient, "", bits, nullptr), RuleVerdict::NoMatch);
  auto other_port = rule("alert tcp any any -> any 443 (content:\"x\"; sid:2;)", context);
  EXPECT_EQ(admitRule(*other_port, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
  auto both = rule("alert tcp any 80 <> any any (content:\"x\"; sid:3;)", context);
  EXPECT_EQ(admitRule(*both, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
}

TEST_F(AdmissionTest, ProtocolAndFlowOptions) {
  auto http = rule("alert http any any -> any any (flow:established,to_server; content:\"x\"; sid:1;)", context);
  EXPECT_EQ(admitRule(*http, flow, Direction::ToServer, "http", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*http, flow, Direction::ToServer, "tls", bits, nullptr), RuleVerdict::NoMatch);
  flow.midstream = true;  // picked up without a handshake: never established
  EXPECT_EQ(admitRule(*http, flow, Direction::ToServer, "http", bits, nullptr), RuleVerdict::NoMatch);
  auto fresh = rule("alert tcp any any -> any any (flow:not_established; content:\"x\"; sid:2;)", context);
  EXPECT_EQ(admitRule(*fresh, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  auto udp = rule("alert udp any any -> any any (content:\"x\"; sid:3;)", context);
  EXPECT_EQ(admitRule(*udp, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
}

// Suricata 7 runs flowint =, + and - after the rule matched (its post-match list) and the comparisons
// while matching (tests/rules/suricata_oracle shows it on real Suricata). So `+,1` then `>,2` in one rule
// compares the value from before its own increment: the variable is never set, the rule never matches and
// never counts. Counting takes a noalert counting rule and a checking rule.
TEST_F(AdmissionTest, FlowintWritesRunAfterTheRuleMatched) {
  auto counter_and_check =
      rule("alert tcp any any -> any any (content:\"f\"; flowint:fails,+,1; flowint:fails,>,2; sid:1;)", context);
  auto count = rule("alert tcp any any -> any any (content:\"f\"; flowint:fails,+,1; noalert; sid:2;)", context);
  auto check = rule("alert tcp any any -> any any (content:\"f\"; flowint:fails,>,2; sid:3;)", context);
  ASSERT_TRUE(counter_and_check && count && check);
  for (int hit = 0; hit < 4; ++hit)
    EXPECT_EQ(admitRule(*counter_and_check, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
  EXPECT_FALSE(bits.any()) << "a rule that did not match wrote its flowint";
  for (int hit = 1; hit <= 4; ++hit) {
    EXPECT_EQ(admitRule(*check, flow, Direction::ToServer, "", bits, nullptr),
              hit >= 4 ? RuleVerdict::Alert : RuleVerdict::NoMatch)
        << "hit " << hit;
    EXPECT_EQ(admitRule(*count, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Silent);
  }
  FlowbitSet other_flow;
  EXPECT_EQ(admitRule(*check, flow, Direction::ToServer, "", other_flow, nullptr), RuleVerdict::NoMatch);
}

// Suricata's flowint: an operand variable that is not set counts as 0; - on an unset flowint does nothing.
TEST_F(AdmissionTest, FlowintUnsetOperandIsZeroAndSubtractNeedsAValue) {
  auto copy = rule("alert tcp any any -> any any (content:\"c\"; flowint:n,=,m; sid:1;)", context);
  auto n_is_0 = rule("alert tcp any any -> any any (content:\"c\"; flowint:n,==,0; sid:2;)", context);
  auto over_unset = rule("alert tcp any any -> any any (content:\"c\"; flowint:n,>=,none; sid:3;)", context);
  auto sub = rule("alert tcp any any -> any any (content:\"d\"; flowint:s,-,1; sid:4;)", context);
  auto s_isset = rule("alert tcp any any -> any any (content:\"c\"; flowint:s,isset; sid:5;)", context);
  ASSERT_TRUE(copy && n_is_0 && over_unset && sub && s_isset);
  EXPECT_EQ(admitRule(*over_unset, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch) << "n unset";
  EXPECT_EQ(admitRule(*copy, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*n_is_0, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*over_unset, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*sub, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*s_isset, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
}

TEST_F(AdmissionTest, FlowintSetCompareAndVariables) {
  auto set = rule("alert tcp any any -> any any (content:\"s\"; flowint:n,notset; flowint:n,=,5; sid:1;)", context);
  auto sub = rule("alert tcp any any -> any any (content:\"d\"; flowint:n,-,2; sid:2;)", context);
  auto is3 = rule("alert tcp any any -> any any (content:\"c\"; flowint:n,==,3; sid:3;)", context);
  auto isset = rule("alert tcp any any -> any any (content:\"c\"; flowint:n,isset; sid:4;)", context);
  auto same = rule("alert tcp any any -> any any (content:\"c\"; flowint:n,==,m; sid:5;)", context);
  auto set_m = rule("alert tcp any any -> any any (content:\"m\"; flowint:m,=,3; sid:6;)", context);
  ASSERT_TRUE(set && sub && is3 && isset && same && set_m);
  EXPECT_EQ(admitRule(*is3, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch) << "unset";
  EXPECT_EQ(admitRule(*isset, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
  EXPECT_EQ(admitRule(*set, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*set, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch) << "set now";
  EXPECT_EQ(admitRule(*sub, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*is3, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*same, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch)
      << "m unset counts as 0";
  EXPECT_EQ(admitRule(*set_m, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*same, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
}

TEST_F(AdmissionTest, FlowintTableIsBoundedPerFlow) {
  std::vector<std::shared_ptr<const SuricataRule>> setters;
  for (size_t i = 0; i <= FlowintTable::kFlowintsPerFlow; ++i)
    setters.push_back(rule("alert tcp any any -> any any (content:\"s\"; flowint:v" + std::to_string(i) +
                               ",=,1; sid:" + std::to_string(i + 1) + ";)",
                           context));
  for (size_t i = 0; i < FlowintTable::kFlowintsPerFlow; ++i)
    EXPECT_EQ(admitRule(*setters[i], flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*setters.back(), flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
}

TEST(FlowintRules, RefusedWhenUnreadable) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  for (const char* option : {"flowint:n;", "flowint:n,+;", "flowint:n,**,1;", "flowint:n,=,-1;", "flowint:1n,=,1;",
                             "flowint:n,isset,1,2;"}) {
    auto loaded = loadRuleText(std::string("alert tcp any any -> any any (content:\"x\"; ") + option + " sid:1;)",
                               "t.rules", context);
    ASSERT_EQ(loaded.refused.size(), 1u) << option;
    EXPECT_EQ(loaded.refused[0].keyword, "flowint") << option;
  }
}

TEST_F(AdmissionTest, FlowbitsSetThenCheck) {
  auto setter =
      rule("alert tcp any any -> any any (content:\"a\"; flowbits:set,seen; flowbits:noalert; sid:1;)", context);
  auto checker = rule("alert tcp any any -> any any (content:\"b\"; flowbits:isset,seen; sid:2;)", context);
  auto absent = rule("alert tcp any any -> any any (content:\"c\"; flowbits:isnotset,seen; sid:3;)", context);
  auto clear = rule("alert tcp any any -> any any (content:\"d\"; flowbits:unset,seen; sid:4;)", context);
  EXPECT_EQ(admitRule(*checker, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
  EXPECT_EQ(admitRule(*absent, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*setter, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Silent);
  EXPECT_EQ(admitRule(*checker, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*absent, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
  EXPECT_EQ(admitRule(*clear, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(admitRule(*checker, flow, Direction::ToServer, "", bits, nullptr), RuleVerdict::NoMatch);
}

}  // namespace
}  // namespace tapwatch

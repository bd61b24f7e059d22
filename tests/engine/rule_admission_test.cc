#include "engine/rule_admission.h"

#include <gtest/gtest.h>

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

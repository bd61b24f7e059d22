// Which loaded rules' payload chains are also confirmed across TCP segments
// (look-back bytes + segment): position-free chains of tcp / tcp-stream /
// http / smtp / tls rules; not tcp-pkt, flow:no_stream, packet keywords,
// UDP or ip rules, nor chains anchored to the buffer start.
#include "detect/rule_stream_lookback.h"

#include <gtest/gtest.h>

#include <string>

#include "detect/rule_loader.h"
#include "detect/suricata_rule.h"

namespace tapwatch {
namespace {

std::shared_ptr<const SuricataRule> load(const std::string& options, const std::string& proto = "tcp") {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  auto result = loadRuleText("alert " + proto + " any any -> any any (" + options + " sid:1;)", "t.rules", context);
  if (result.signatures.empty()) {
    ADD_FAILURE() << options << ": " << (result.refused.empty() ? "" : result.refused[0].describe());
    return nullptr;
  }
  return result.signatures[0].rule;
}

bool looksBack(const std::string& options, const std::string& proto = "tcp") {
  auto rule = load(options, proto);
  return rule && rule->looksBack();
}

TEST(RuleStreamLookBack, PositionFreeChainsLookBack) {
  EXPECT_TRUE(looksBack("content:\"zq-whoami\";"));
  EXPECT_TRUE(looksBack("content:\"a\"; content:\"b\"; distance:0; within:4;"));
  EXPECT_TRUE(looksBack("content:\"a\"; pcre:\"/a[0-9]{4}&/i\";"));
  EXPECT_TRUE(looksBack("content:\"a\"; pcre:\"/x[^y]z/\";"));  // ^ inside a class is no anchor
  EXPECT_TRUE(looksBack("content:\"a\"; pcre:\"/b/R\";"));
  EXPECT_TRUE(looksBack("content:\"a\"; byte_test:1,>,3,0,relative;"));
  EXPECT_TRUE(looksBack("content:\"a\"; isdataat:!2,relative;"));
  EXPECT_TRUE(looksBack("content:\"a\"; content:!\"b\"; distance:0;"));
  EXPECT_TRUE(looksBack("content:\"a\"; endswith;"));
  EXPECT_TRUE(looksBack("content:\"Server|3a 20|x\";", "http"));
  EXPECT_TRUE(looksBack("content:\"zq-whoami\";", "tcp-stream"));
}

TEST(RuleStreamLookBack, ChainsAnchoredToTheBufferStartDoNot) {
  EXPECT_FALSE(looksBack("content:\"a\"; depth:4;"));
  EXPECT_FALSE(looksBack("content:\"a\"; offset:2;"));
  EXPECT_FALSE(looksBack("content:\"a\"; startswith;"));
  EXPECT_FALSE(looksBack("content:\"a\"; distance:3;"));  // relative to the buffer start: no match before
  EXPECT_FALSE(looksBack("content:\"a\"; pcre:\"/^a/\";"));
  EXPECT_FALSE(looksBack("content:\"a\"; pcre:\"/x|^a/m\";"));
  EXPECT_FALSE(looksBack("content:\"a\"; pcre:\"/\\Aa/\";"));
  EXPECT_FALSE(looksBack("content:\"a\"; byte_test:1,>,3,0;"));
  EXPECT_FALSE(looksBack("content:\"a\"; isdataat:10;"));
  EXPECT_FALSE(looksBack("content:\"a\"; byte_jump:1,0,relative,from_beginning;"));
  EXPECT_FALSE(looksBack("content:\"a\"; bsize:10;"));
}

TEST(RuleStreamLookBack, PacketRulesAndOtherTransportsDoNot) {
  EXPECT_FALSE(looksBack("content:\"zq-whoami\";", "tcp-pkt"));
  EXPECT_FALSE(looksBack("flow:no_stream; content:\"a\";"));
  EXPECT_FALSE(looksBack("dsize:>5; content:\"a\";"));
  EXPECT_FALSE(looksBack("content:\"a\";", "udp"));
  EXPECT_FALSE(looksBack("content:\"a\";", "dns"));
  EXPECT_FALSE(looksBack("content:\"a\";", "ip"));
  EXPECT_FALSE(looksBack("http.uri; content:\"a\";", "http"));  // app-layer buffers are whole values
}

TEST(RuleStreamLookBack, PerChainAnswer) {
  auto rule = load("content:\"a\";");
  ASSERT_TRUE(rule);
  ASSERT_EQ(rule->chain_looks_back.size(), 1u);
  EXPECT_TRUE(chainLooksBack(*rule, 0));
  EXPECT_FALSE(chainLooksBack(*rule, 1));  // no such chain
  EXPECT_TRUE(ruleInspectsStream(*rule));
}

}  // namespace
}  // namespace tapwatch

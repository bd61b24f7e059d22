// stream_size: parsing (Suricata's four sides and six operators), the
// comparison on each side's next_seq - isn, and which rules load: TCP rules
// decided on a packet (payload or header-only) load; rules that can never see
// a TCP session, and app-layer buffers (inspected once complete, not at the
// packet Suricata compares on), are refused naming the keyword.
#include "detect/rule_stream_size.h"

#include <gtest/gtest.h>

#include "detect/rule_loader.h"
#include "detect/suricata_rule.h"

namespace tapwatch {
namespace {

using Side = RuleStreamSize::Side;
using Op = RuleStreamSize::Op;

TEST(RuleStreamSize, ParsesSidesOperatorsAndSpaces) {
  auto s = parseRuleStreamSize("server,<,5");
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->side, Side::Server);
  EXPECT_EQ(s->op, Op::Less);
  EXPECT_EQ(s->value, 5u);
  auto spaced = parseRuleStreamSize(" client , >= , 8 ");
  ASSERT_TRUE(spaced.ok()) << spaced.error().message;
  EXPECT_EQ(spaced->side, Side::Client);
  EXPECT_EQ(spaced->op, Op::GreaterEqual);
  EXPECT_EQ(spaced->value, 8u);
  const std::pair<const char*, Op> ops[] = {{"<", Op::Less},      {">", Op::Greater},    {"=", Op::Equal},
                                            {"!=", Op::NotEqual}, {"<=", Op::LessEqual}, {">=", Op::GreaterEqual}};
  for (const auto& [text, op] : ops) {
    auto parsed = parseRuleStreamSize(std::string("both,") + text + ",1");
    ASSERT_TRUE(parsed.ok()) << text;
    EXPECT_EQ(parsed->op, op) << text;
    EXPECT_EQ(parsed->side, Side::Both);
  }
  EXPECT_EQ(parseRuleStreamSize("either,=,4294967295")->value, 4294967295u);
}

TEST(RuleStreamSize, RefusesWhatSuricataRefuses) {
  for (const char* bad : {"sideways,<,5", "server,<>,5", "server,=<,5", "server,<,x", "server,<", "server,<,-1",
                          "server,<,4294967296", "server,<,5,6", "", "server,<,5x"}) {
    auto parsed = parseRuleStreamSize(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
    if (!parsed.ok()) {
      EXPECT_FALSE(parsed.error().message.empty()) << bad;
    }
  }
}

TEST(RuleStreamSize, ComparesEachSideAsSuricataDoes) {
  const RuleStreamSize server_lt_5{Side::Server, Op::Less, 5};
  EXPECT_TRUE(server_lt_5.holds(1000, 4));
  EXPECT_FALSE(server_lt_5.holds(1, 5));  // just outside
  const RuleStreamSize client_gt_100{Side::Client, Op::Greater, 100};
  EXPECT_TRUE(client_gt_100.holds(101, 1));
  EXPECT_FALSE(client_gt_100.holds(100, 500));
  const RuleStreamSize both{Side::Both, Op::GreaterEqual, 3};
  EXPECT_TRUE(both.holds(3, 3));
  EXPECT_FALSE(both.holds(3, 2));
  const RuleStreamSize either{Side::Either, Op::NotEqual, 1};
  EXPECT_TRUE(either.holds(1, 2));
  EXPECT_FALSE(either.holds(1, 1));
  EXPECT_TRUE((RuleStreamSize{Side::Client, Op::Equal, 11}.holds(11, 0)));
  EXPECT_TRUE((RuleStreamSize{Side::Client, Op::LessEqual, 11}.holds(11, 0)));
  EXPECT_FALSE((RuleStreamSize{Side::Client, Op::LessEqual, 11}.holds(12, 0)));
}

struct Loaded {
  RuleLoadResult result;
  const SuricataRule* rule() const { return result.signatures.empty() ? nullptr : result.signatures[0].rule.get(); }
};

Loaded load(const std::string& text) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  return Loaded{loadRuleText(text, "t.rules", context)};
}

TEST(RuleStreamSizeRules, PayloadAndHeaderOnlyTcpRulesLoad) {
  auto payload =
      load("alert tcp $HOME_NET any -> $EXTERNAL_NET any (flow:to_server,established; content:\"PK|03 04|\"; depth:4; "
           "stream_size:server,<,5; sid:1;)");
  ASSERT_NE(payload.rule(), nullptr) << payload.result.refused[0].describe();
  ASSERT_EQ(payload.rule()->stream_sizes.size(), 1u);
  EXPECT_EQ(payload.rule()->stream_sizes[0].side, Side::Server);
  EXPECT_EQ(payload.rule()->scope, Scope::Flow);
  auto header = load("alert tcp any any -> any 9000 (flags:PA; stream_size:client,>=,30; sid:2;)");
  ASSERT_NE(header.rule(), nullptr) << header.result.refused[0].describe();
  EXPECT_TRUE(header.rule()->perPacket());
  auto ip = load("alert ip any any -> any any (stream_size:either,>,1000000; sid:3;)");
  ASSERT_NE(ip.rule(), nullptr) << ip.result.refused[0].describe();
  auto two = load("alert tcp any any -> any any (content:\"x\"; stream_size:client,>,1; stream_size:server,<,9; "
                  "sid:4;)");
  ASSERT_NE(two.rule(), nullptr);
  EXPECT_EQ(two.rule()->stream_sizes.size(), 2u);
}

TEST(RuleStreamSizeRules, RefusedWhereItCannotBeEvaluatedExactly) {
  const char* refused[] = {
      "alert udp any any -> any any (content:\"x\"; stream_size:client,>,1; sid:1;)",
      "alert icmp any any -> any any (stream_size:client,>,1; sid:2;)",
      "alert http any any -> any any (flow:to_server; http.uri; content:\"/a\"; stream_size:server,<,5; sid:3;)",
      "alert tcp any any -> any any (content:\"x\"; stream_size:client,~,1; sid:4;)",
      "alert tcp any any -> any any (content:\"x\"; stream_size:client,>; sid:5;)",
  };
  for (const char* text : refused) {
    auto loaded = load(text);
    ASSERT_EQ(loaded.result.refused.size(), 1u) << text;
    EXPECT_EQ(loaded.result.refused[0].keyword, "stream_size") << text;
    EXPECT_FALSE(loaded.result.refused[0].reason.empty()) << text;
  }
  EXPECT_EQ(load(refused[0]).result.refused[0].reason, "needs TCP: on this rule's protocol it never matches");
}

}  // namespace
}  // namespace tapwatch

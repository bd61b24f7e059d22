#include "detect/suricata_import.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

TEST(SuricataImport, KeepsLoadableRulesUnchangedAndCountsReasons) {
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({});
  SuricataImport result;
  importSuricataRules("alert http $HOME_NET any -> $EXTERNAL_NET 443 (msg:\"a\"; flow:established,to_server; \\\n"
                      "  http.method; content:\"POST\"; sid:10;)\n"
                      "alert udp any any -> any any (content:\"x\"; stream_size:server,>,1; sid:11;)\n"
                      "# alert tcp any any -> any any (content:\"x\"; sid:12;)\n",
                      "one.rules", context, result);
  importSuricataRules("alert tcp any any -> any any (content:\"y\"; sid:10;)\n"
                      "alert udp any any -> any any (content:\"z\"; stream_size:client,=,3; sid:13;)\n",
                      "two.rules", context, result);
  EXPECT_EQ(result.rules_seen, 5u);
  ASSERT_EQ(result.loaded.size(), 1u);
  EXPECT_EQ(result.loaded[0].sid, 10u);
  EXPECT_EQ(result.loaded[0].line, 1u);
  // Header ports, variables and flow stay: the text is the rule as written.
  EXPECT_EQ(result.loaded[0].text,
            "alert http $HOME_NET any -> $EXTERNAL_NET 443 (msg:\"a\"; flow:established,to_server; http.method; "
            "content:\"POST\"; sid:10;)");
  ASSERT_EQ(result.refused.size(), 4u);
  EXPECT_EQ(result.refused[0].describe(),
            "one.rules:3: sid 11: stream_size: needs TCP: on this rule's protocol it never matches");
  EXPECT_TRUE(result.refused[1].disabled);
  EXPECT_EQ(result.refused[2].describe(), "two.rules:1: sid 10: sid: duplicate sid");
  const auto reasons = result.refusalsByKeyword();
  ASSERT_EQ(reasons.size(), 2u);
  EXPECT_EQ(reasons[0], (std::pair<std::string, size_t>{"stream_size", 2}));
  const std::string file = result.rulesFile({"one.rules", "two.rules"});
  EXPECT_NE(file.find("1 of 5 (3 not loaded, 1 disabled)"), std::string::npos);
  EXPECT_NE(file.find(result.loaded[0].text + "\n"), std::string::npos);
}

}  // namespace
}  // namespace tapwatch

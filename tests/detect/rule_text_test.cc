#include "detect/rule_text.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

TEST(RuleText, SplitsHeaderAndOptions) {
  auto rule = parseRuleText(R"(alert tcp $HOME_NET any -> [10.0.0.1, 10.0.0.2] 80 (msg:"a"; content:"x"; nocase;))",
                            {"f.rules", 3, 1});
  ASSERT_TRUE(rule.ok()) << rule.error().describe();
  EXPECT_EQ(rule->action, "alert");
  EXPECT_EQ(rule->protocol, "tcp");
  EXPECT_EQ(rule->src_addr, "$HOME_NET");
  EXPECT_EQ(rule->src_port, "any");
  EXPECT_EQ(rule->direction, "->");
  EXPECT_EQ(rule->dst_addr, "[10.0.0.1, 10.0.0.2]");  // a list may hold spaces
  EXPECT_EQ(rule->dst_port, "80");
  ASSERT_EQ(rule->options.size(), 3u);
  EXPECT_EQ(rule->options[0].keyword, "msg");
  EXPECT_EQ(rule->options[0].value, "\"a\"");
  EXPECT_EQ(rule->options[2].keyword, "nocase");
  EXPECT_FALSE(rule->options[2].has_value);
  EXPECT_TRUE(rule->options[1].has_value);
}

TEST(RuleText, EscapedSemicolonAndQuoteStayInTheValue) {
  auto rule = parseRuleText(R"(alert http any any <> any any (content:"a\;b\"c\;d"; sid:1;))", {"f.rules", 1, 1});
  ASSERT_TRUE(rule.ok()) << rule.error().describe();
  EXPECT_EQ(rule->direction, "<>");
  ASSERT_EQ(rule->options.size(), 2u);
  EXPECT_EQ(rule->options[0].value, R"("a\;b\"c\;d")");
  EXPECT_EQ(unquoteRuleValue(rule->options[0].value), "a;b\"c;d");
  EXPECT_EQ(rule->options[1].value, "1");
}

TEST(RuleText, QuotesDoNotProtectSemicolonsButBareQuotesInsideAValueAreKept) {
  // Suricata ends an option at the first ';' without a backslash before it; a
  // quote inside a regex (ET sid 2029732 writes `["']`) is part of the value.
  auto rule = parseRuleText(R"(alert http any any -> any any (content:"method="; pcre:"/^["']?post/Ri"; sid:1;))",
                            {"f.rules", 1, 1});
  ASSERT_TRUE(rule.ok()) << rule.error().describe();
  ASSERT_EQ(rule->options.size(), 3u);
  EXPECT_EQ(rule->options[1].keyword, "pcre");
  EXPECT_EQ(rule->options[1].value, R"("/^["']?post/Ri")");
  // A ';' inside quotes still ends the option, so the quote is left open.
  auto split = parseRuleText(R"(alert tcp any any -> any any (content:"a;b"; sid:1;))", {"f.rules", 1, 1});
  ASSERT_FALSE(split.ok());
  EXPECT_NE(split.error().message.find("unterminated"), std::string::npos);
  EXPECT_EQ(split.error().where.column, 31u);
}

TEST(RuleText, ErrorsNameTheColumn) {
  auto bad_dir = parseRuleText("alert tcp any any => any any (sid:1;)", {"f.rules", 7, 1});
  ASSERT_FALSE(bad_dir.ok());
  EXPECT_EQ(bad_dir.error().where.line, 7u);
  EXPECT_EQ(bad_dir.error().where.column, 19u);
  EXPECT_NE(bad_dir.error().message.find("'=>'"), std::string::npos);

  auto unterminated = parseRuleText(R"(alert tcp any any -> any any (msg:"oops; sid:1;))", {"f.rules", 1, 1});
  ASSERT_FALSE(unterminated.ok());
  EXPECT_NE(unterminated.error().message.find("unterminated"), std::string::npos);

  auto no_semicolon = parseRuleText("alert tcp any any -> any any (sid:1)", {"f.rules", 1, 1});
  ASSERT_FALSE(no_semicolon.ok());
  EXPECT_NE(no_semicolon.error().message.find("end with ';'"), std::string::npos);

  EXPECT_FALSE(parseRuleText("alert tcp any any -> any", {"f.rules", 1, 1}).ok());
}

TEST(RuleText, FileSplitJoinsContinuationsAndKeepsDisabledRules) {
  const std::string file = "# a comment\n"
                           "\n"
                           "alert tcp any any -> any any (msg:\"one\"; \\\n"
                           "    content:\"x\"; sid:1;)\n"
                           "#alert tcp any any -> any any (msg:\"off\"; sid:2;)\n"
                           "## not a rule (just prose)\n"
                           "  alert udp any any -> any any (sid:3;)\r\n";
  const auto rules = splitRuleFile(file);
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0].line, 3u);
  EXPECT_EQ(rules[0].text, "alert tcp any any -> any any (msg:\"one\"; content:\"x\"; sid:1;)");
  EXPECT_FALSE(rules[0].disabled);
  EXPECT_EQ(rules[1].line, 5u);
  EXPECT_TRUE(rules[1].disabled);
  EXPECT_EQ(rules[1].text, "alert tcp any any -> any any (msg:\"off\"; sid:2;)");
  EXPECT_EQ(rules[2].line, 7u);
  EXPECT_EQ(rules[2].column, 3u);
  EXPECT_EQ(rules[2].text, "alert udp any any -> any any (sid:3;)");
}

TEST(RuleText, ListSplitTrims) {
  EXPECT_EQ(splitRuleList("to_server, established"), (std::vector<std::string>{"to_server", "established"}));
  EXPECT_EQ(splitRuleList("a|b", '|'), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(splitRuleList("").empty());
}

}  // namespace
}  // namespace tapwatch

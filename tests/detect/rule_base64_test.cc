// base64_decode / base64_data: the RFC 4648 decoder and the keywords' meaning
// on one buffer, following Suricata's "Base64 keywords" documentation (texts
// written for these tests).
#include <gtest/gtest.h>

#include <array>
#include <string>

#include "detect/rule_base64.h"
#include "detect/rule_chain_matcher.h"
#include "rule_test_util.h"

namespace tapwatch {
namespace {

using test::buildRule;
using test::RuleOption;

std::string decode(std::string_view text, size_t room = 64) {
  std::array<uint8_t, 64> out{};
  return std::string(asStringView(decodeRuleBase64(asBytes(text), std::span<uint8_t>(out).first(room))));
}

TEST(RuleBase64, DecodesWholeGroupsAndShortLastGroups) {
  EXPECT_EQ(decode("aGVsbG8gd29ybGQh"), "hello world!");
  EXPECT_EQ(decode("aGVsbG8="), "hello");
  EXPECT_EQ(decode("aGVsbG8"), "hello") << "a missing pad decodes as a padded group would";
  EXPECT_EQ(decode("aGVsbA=="), "hell");
  EXPECT_EQ(decode("aGVsb"), "hel") << "a lone last character carries no whole byte";
  EXPECT_EQ(decode(""), "");
}

TEST(RuleBase64, StopsAtTheFirstByteOutsideTheAlphabet) {
  EXPECT_EQ(decode("aGVs bG8="), "hel");
  EXPECT_EQ(decode("aGVs\r\nbG8="), "hel") << "RFC 4648: line breaks are not skipped";
  EXPECT_EQ(decode("aGVs=bG8="), "hel") << "a pad ends the data";
  EXPECT_EQ(decode("-_-_"), "") << "the URL-safe alphabet is not base64 here";
}

TEST(RuleBase64, StopsWhenTheOutputIsFull) { EXPECT_EQ(decode("aGVsbG8gd29ybGQh", 5), "hello"); }

bool matches(std::initializer_list<RuleOption> options, std::string_view data) {
  auto program = buildRule(options);
  EXPECT_TRUE(program) << program.error().message;
  if (!program) return false;
  RuleScratch scratch;
  return matchChain(program->chains.at(0), asBytes(data), scratch);
}

std::string refusal(std::initializer_list<RuleOption> options) {
  auto program = buildRule(options);
  return program ? std::string("loaded") : program.error().message;
}

// "secret!" -> c2VjcmV0IQ==, "xx-secret" -> eHgtc2VjcmV0
TEST(RuleBase64, DataStepsSeeTheDecodedBytes) {
  EXPECT_TRUE(matches({{"base64_decode"}, {"base64_data"}, {"content", R"("secret")"}}, "c2VjcmV0IQ=="));
  EXPECT_FALSE(matches({{"base64_decode"}, {"base64_data"}, {"content", R"("secret")"}}, "secret"));
  EXPECT_TRUE(
      matches({{"content", R"("v=")"}, {"base64_decode", "relative"}, {"base64_data"}, {"content", R"("secret")"}},
              "k=1&v=c2VjcmV0IQ=="));
  EXPECT_FALSE(
      matches({{"content", R"("v=")"}, {"base64_decode", "relative"}, {"base64_data"}, {"content", R"("secret")"}},
              "c2VjcmV0IQ== v="))
      << "relative: decoding starts after the previous match";
}

TEST(RuleBase64, OffsetAndBytesBoundTheEncodedText) {
  EXPECT_TRUE(matches({{"base64_decode", "offset 3"}, {"base64_data"}, {"content", R"("secret")"}}, "ab:eHgtc2VjcmV0"));
  EXPECT_FALSE(matches({{"base64_decode", "offset 2"}, {"base64_data"}, {"content", R"("secret")"}},
                       "ab:eHgtc2VjcmV0"));
  EXPECT_TRUE(matches({{"base64_decode", "bytes 12, offset 0"}, {"base64_data"}, {"content", R"("secret")"}},
                      "eHgtc2VjcmV0"));
  EXPECT_FALSE(matches({{"base64_decode", "bytes 8"}, {"base64_data"}, {"content", R"("secret")"}}, "eHgtc2VjcmV0"));
}

TEST(RuleBase64, PositionsCountFromTheDecodedStart) {
  EXPECT_TRUE(matches({{"base64_decode"}, {"base64_data"}, {"content", R"("secret")"}, {"offset", "3"}},
                      "eHgtc2VjcmV0"));
  EXPECT_FALSE(matches({{"base64_decode"}, {"base64_data"}, {"content", R"("secret")"}, {"offset", "4"}},
                       "eHgtc2VjcmV0"));
  EXPECT_TRUE(matches({{"base64_decode"},
                       {"base64_data"},
                       {"content", R"("xx")"},
                       {"content", R"("secret")"},
                       {"distance", "1"},
                       {"within", "7"}},
                      "eHgtc2VjcmV0"));
  EXPECT_TRUE(matches({{"base64_decode"}, {"base64_data"}, {"pcre", R"("/^xx-s[a-z]+$/")"}}, "eHgtc2VjcmV0"));
  EXPECT_TRUE(matches({{"base64_decode"}, {"base64_data"}, {"bsize", "9"}}, "eHgtc2VjcmV0"));
  EXPECT_FALSE(matches({{"base64_decode"}, {"base64_data"}, {"content", R"(!"secret")"}}, "eHgtc2VjcmV0"));
}

TEST(RuleBase64, AnEarlierContentRetriesItsNextOccurrence) {
  EXPECT_TRUE(
      matches({{"content", R"("v=")"}, {"base64_decode", "relative"}, {"base64_data"}, {"content", R"("secret")"}},
              "v=bm9wZQ== v=c2VjcmV0IQ=="));
}

TEST(RuleBase64, RefusedWhereTheMeaningCannotBeKept) {
  EXPECT_NE(refusal({{"content", R"("a")"}, {"base64_decode"}}).find("without base64_data"), std::string::npos);
  EXPECT_NE(refusal({{"base64_data"}, {"content", R"("a")"}}).find("needs a base64_decode"), std::string::npos);
  EXPECT_NE(refusal({{"base64_decode"}, {"base64_data"}}).find("no match keyword"), std::string::npos);
  EXPECT_NE(
      refusal({{"base64_decode"}, {"content", R"("a")"}, {"base64_data"}, {"content", R"("b")"}}).find("follows it"),
      std::string::npos);
  EXPECT_NE(refusal({{"base64_decode"}, {"base64_decode"}}).find("only one"), std::string::npos);
  EXPECT_NE(refusal({{"base64_decode", "bytes 0"}}), "loaded");
  EXPECT_NE(refusal({{"base64_decode", "bytes 70000"}}), "loaded");
  EXPECT_NE(refusal({{"base64_decode", "relativ"}}), "loaded");
  EXPECT_NE(refusal({{"base64_decode"}, {"base64_data"}, {"content", R"("b")"}, {"fast_pattern"}}), "loaded");
  EXPECT_NE(refusal({{"base64_decode"}, {"base64_data"}, {"http.uri"}, {"content", R"("b")"}}), "loaded");
  EXPECT_NE(refusal({{"base64_decode"}, {"base64_data"}, {"content", R"("b")"}, {"http_uri"}}), "loaded");
  EXPECT_NE(refusal({{"base64_decode"}, {"base64_data"}, {"byte_extract", "1,0,n"}}), "loaded");
}

TEST(RuleBase64, TheFastPatternIsNeverADecodedContent) {
  auto program = buildRule({{"content", R"("v=")"},
                            {"base64_decode", "relative"},
                            {"base64_data"},
                            {"content", R"("a much longer decoded needle")"}});
  ASSERT_TRUE(program) << program.error().message;
  ASSERT_TRUE(program->fast_pattern);
  EXPECT_EQ(program->fast_pattern->bytes, "v=");
}

}  // namespace
}  // namespace tapwatch

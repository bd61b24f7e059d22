#include "detect/condition.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

const std::vector<std::string> kIds = {"a", "b", "c", "d"};
constexpr PatternMask A = PatternMask::bit(0), B = PatternMask::bit(1), C = PatternMask::bit(2),
                      D = PatternMask::bit(3);
constexpr PatternMask kNone;

struct BadCondition {
  std::string text;
  std::string message;  // substring of the error
  uint32_t column;      // 1-based inside the condition
};

std::ostream& operator<<(std::ostream& os, const BadCondition& c) { return os << "'" << c.text << "'"; }

class DetectConditionErrors : public ::testing::TestWithParam<BadCondition> {};

TEST_P(DetectConditionErrors, ReportsMessageAndColumn) {
  const auto& c = GetParam();
  auto result = Condition::parse(c.text, kIds);
  ASSERT_FALSE(result.ok()) << c.text;
  EXPECT_NE(result.error().message.find(c.message), std::string::npos) << result.error().message;
  EXPECT_EQ(result.error().where.column, c.column) << c.text << ": " << result.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Bad, DetectConditionErrors,
    ::testing::Values(BadCondition{"", "empty", 1}, BadCondition{"   ", "empty", 1},
                      BadCondition{"a and zz", "unknown pattern id 'zz'", 7},
                      BadCondition{"a and", "expected a pattern id", 6}, BadCondition{"a b", "unexpected 'b'", 3},
                      BadCondition{"(a or b", "unclosed '('", 1}, BadCondition{"a or b)", "unexpected ')'", 7},
                      BadCondition{"a && b", "unexpected character '&'", 3},
                      BadCondition{"not", "expected a pattern id", 4}, BadCondition{"a or or b", "found 'or'", 6},
                      BadCondition{"()", "found ')'", 2}, BadCondition{"AND", "unknown pattern id 'AND'", 1},
                      BadCondition{std::string(40, '(') + "a" + std::string(40, ')'), "nests deeper", 34}));

TEST(DetectCondition, DefaultIsAnyPattern) {
  Condition any;
  EXPECT_TRUE(any.isAny());
  EXPECT_EQ(any.evaluate(kNone, false), Truth::Unknown);
  EXPECT_EQ(any.evaluate(kNone, true), Truth::False);
  EXPECT_EQ(any.evaluate(C, false), Truth::True);
}

TEST(DetectCondition, PrecedenceAndBindsTighterThanOr) {
  auto c = Condition::parse("a or b and c", kIds);
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->evaluate(A, true), Truth::True);
  EXPECT_EQ(c->evaluate(B, true), Truth::False);
  EXPECT_EQ(c->evaluate(B | C, true), Truth::True);
  auto p = Condition::parse("(a or b) and c", kIds);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->evaluate(A, true), Truth::False);
  EXPECT_EQ(p->evaluate(A | C, true), Truth::True);
}

TEST(DetectCondition, NotTermsStayUnknownUntilFinal) {
  auto c = Condition::parse("a and not b", kIds);
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(c->hasNot());
  EXPECT_EQ(c->evaluate(A, false), Truth::Unknown);  // b could still arrive
  EXPECT_EQ(c->evaluate(A, true), Truth::True);
  EXPECT_EQ(c->evaluate(A | B, false), Truth::False);  // decided early: can never become true
  EXPECT_EQ(c->evaluate(kNone, true), Truth::False);
}

TEST(DetectCondition, MonotoneConditionsDecideAsSoonAsTrue) {
  auto c = Condition::parse("a and (b or c)", kIds);
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(c->hasNot());
  EXPECT_EQ(c->evaluate(A, false), Truth::Unknown);
  EXPECT_EQ(c->evaluate(A | C, false), Truth::True);
  EXPECT_EQ(c->evaluate(B | C, true), Truth::False);
}

TEST(DetectCondition, DoubleNegationAndNestedNot) {
  auto c = Condition::parse("not not a", kIds);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->evaluate(A, false), Truth::True);
  auto d = Condition::parse("a and not (b or c)", kIds);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->evaluate(A | C, false), Truth::False);
  EXPECT_EQ(d->evaluate(A | D, true), Truth::True);
}

TEST(DetectCondition, ReferencedPatternsMask) {
  auto c = Condition::parse("a and not d", kIds);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->referencedPatterns(), A | D);
}

TEST(DetectCondition, HostileLongConditionIsRejectedNotCrashing) {
  std::string text = "a";
  for (int i = 0; i < 2000; ++i) text += " or a";
  auto c = Condition::parse(text, kIds);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("too long"), std::string::npos);
}

TEST(DetectCondition, ScoreSumsWeightsOfMatchedPatternsOnce) {
  // a=3, b=2, c=2, d unweighted.
  auto c = Condition::parse("score >= 5", kIds, {3, 2, 2, 0});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_TRUE(c->hasScore());
  EXPECT_EQ(c->score(A | B | D), 5);
  EXPECT_EQ(c->evaluate(A, false), Truth::Unknown);  // b or c may still come
  EXPECT_EQ(c->evaluate(A, true), Truth::False);
  EXPECT_EQ(c->evaluate(A | B, false), Truth::True);
  EXPECT_EQ(c->evaluate(B | C, false), Truth::Unknown);  // 4, and a could still add 3
  EXPECT_EQ(c->evaluate(D, false), Truth::Unknown);
  auto high = Condition::parse("score > 7", kIds, {3, 2, 2, 0});
  ASSERT_TRUE(high.ok());
  EXPECT_EQ(high->evaluate(kNone, false), Truth::False) << "7 is the most the weights can reach: decided at once";
}

TEST(DetectCondition, ScoreCombinesWithBooleanTerms) {
  auto c = Condition::parse("score >= 4 and not d", kIds, {2, 2, 2, 0});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_TRUE(c->hasNot());
  EXPECT_EQ(c->evaluate(A | B, false), Truth::Unknown);  // d may still arrive
  EXPECT_EQ(c->evaluate(A | B, true), Truth::True);
  EXPECT_EQ(c->evaluate(A | B | D, true), Truth::False);
  auto either = Condition::parse("d or score >= 6", kIds, {2, 2, 2, 0});
  ASSERT_TRUE(either.ok());
  EXPECT_EQ(either->evaluate(D, false), Truth::True);
  EXPECT_EQ(either->evaluate(A | B | C, false), Truth::True);
  EXPECT_EQ(either->evaluate(A | B, true), Truth::False);
}

TEST(DetectCondition, ScoreIsAPatternIdUnlessAComparisonFollows) {
  auto c = Condition::parse("score and a", {"score", "a"});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_FALSE(c->hasScore());
  EXPECT_EQ(c->evaluate(A | B, false), Truth::True);
}

TEST(DetectCondition, ScoreTermErrors) {
  struct Case {
    std::string text;
    std::string message;
    uint32_t column;
  };
  for (const Case& k :
       {Case{"score >= 5", "no pattern of this signature has a 'score:' weight", 1},
        Case{"a and score >=", "needs a whole number", 15}, Case{"score >= x", "needs a whole number", 10},
        Case{"score >= -2", "needs a whole number", 10}, Case{"score >= 7e", "needs a whole number", 10},
        Case{"score >= 99999999999999999999", "above", 10}, Case{"score >= 0", "always true", 10}}) {
    auto c =
        Condition::parse(k.text, kIds, k.text == "score >= 5" ? std::vector<uint32_t>{} : std::vector<uint32_t>{1});
    ASSERT_FALSE(c.ok()) << k.text;
    EXPECT_NE(c.error().message.find(k.message), std::string::npos) << k.text << ": " << c.error().message;
    EXPECT_EQ(c.error().where.column, k.column) << k.text;
  }
}

// Ids p0..p<n-1>: a signature as wide as the scored packs make them.
std::vector<std::string> manyIds(size_t n) {
  std::vector<std::string> ids;
  // Appended, not "p" + std::string: GCC 12 -O3 warns (-Wrestrict) on that form.
  for (size_t i = 0; i < n; ++i) ids.push_back(std::string("p").append(std::to_string(i)));
  return ids;
}

TEST(DetectCondition, NamesAPatternBeyondTheFirst64) {
  auto c = Condition::parse("p3 and p100", manyIds(101));
  ASSERT_TRUE(c.ok()) << c.error().message;
  const PatternMask p3 = PatternMask::bit(3), p100 = PatternMask::bit(100);
  EXPECT_EQ(c->referencedPatterns(), p3 | p100);
  EXPECT_EQ(c->evaluate(p3, false), Truth::Unknown);
  EXPECT_EQ(c->evaluate(p3, true), Truth::False);
  EXPECT_EQ(c->evaluate(p3 | p100, false), Truth::True);
  // Bit 36 is where pattern 100 would land in a one-word mask: it must not stand in for it.
  EXPECT_EQ(c->evaluate(p3 | PatternMask::bit(36), true), Truth::False);
}

TEST(DetectCondition, ScoreSumsWeightsBeyondTheFirst64) {
  // Patterns 70..99 weigh 1 each, the first 70 nothing.
  std::vector<uint32_t> weights(100, 0);
  for (size_t i = 70; i < 100; ++i) weights[i] = 1;
  auto c = Condition::parse("score >= 3 and not p5", manyIds(100), weights);
  ASSERT_TRUE(c.ok()) << c.error().message;
  const PatternMask three = PatternMask::bit(70) | PatternMask::bit(85) | PatternMask::bit(99);
  EXPECT_EQ(c->score(three | PatternMask::bit(1)), 3);
  EXPECT_EQ(c->evaluate(three, false), Truth::Unknown);  // p5 may still arrive
  EXPECT_EQ(c->evaluate(three, true), Truth::True);
  EXPECT_EQ(c->evaluate(three | PatternMask::bit(5), false), Truth::False);
  EXPECT_EQ(c->evaluate(PatternMask::bit(70) | PatternMask::bit(99), true), Truth::False);
}

TEST(DetectCondition, RefusesMorePatternsThanTheMask) {
  EXPECT_TRUE(Condition::parse("p127", manyIds(kMaxPatternsPerSignature)).ok());
  auto c = Condition::parse("p0", manyIds(kMaxPatternsPerSignature + 1));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().message, "more than 128 patterns");
}

}  // namespace
}  // namespace tapwatch

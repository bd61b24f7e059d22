#include "detect/signature_tests.h"

#include <gtest/gtest.h>

#include "../support/signature_cache.h"
#include "temp_dir.h"

namespace tapwatch {
namespace {

using test::TempDir;

TEST(DetectSignatureTests, ShippedPacksCheckAndAllExamplesPass) {
  const std::string packs = std::string(TAPWATCH_SOURCE_DIR) + "/signatures";
  // The cold compile itself is checked once, by sigcache.shipped_packs (`sig check --cache-dir`
  // filling the shared test cache); here that cache spares a second cold compile of every pack.
  DetectOptions options;
  options.cache_dir = test::signatureCacheDir("");
  auto set = checkSignatures({packs}, options);
  ASSERT_TRUE(set.ok()) << set.error().describe();
  EXPECT_GE((*set)->size(), 3u);
  auto report = runSignatureExamples(*set);
  for (const auto& f : report.failures) ADD_FAILURE() << f.describe();
  EXPECT_EQ(report.signatures_tested, (*set)->enabledCount());
  EXPECT_GE(report.examples_run, 2 * (*set)->enabledCount());
}

TEST(DetectSignatureTests, ReportsEachFailingExampleWithLocation) {
  TempDir dir;
  const auto pack = dir.write("p.yaml", R"(signatures:
  - id: 77
    name: wrong examples
    patterns:
      - {id: a, literal: alpha}
      - {id: b, literal: beta}
    condition: "a and not b"
    examples:
      match:
        - "alpha"
        - "beta only"
      no_match:
        - "gamma"
        - "alpha without the other"
  - id: 78
    name: disabled is skipped
    enabled: false
    patterns: [{literal: x}]
    examples: {match: ["nothing"]}
)");
  auto set = checkSignatures({pack});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  auto report = runSignatureExamples(*set);
  EXPECT_EQ(report.signatures_tested, 1u);
  EXPECT_EQ(report.examples_run, 4u);
  ASSERT_EQ(report.failures.size(), 2u);
  EXPECT_EQ(report.failures[0].signature_id, 77u);
  EXPECT_TRUE(report.failures[0].expected_match);
  EXPECT_EQ(report.failures[0].example_index, 1u);
  EXPECT_EQ(report.failures[0].where.line, 11u);
  EXPECT_EQ(report.failures[0].describe(),
            pack + ":11:11: signature 77: match example #2 did not alert (matched: b; not matched: a)");
  EXPECT_FALSE(report.failures[1].expected_match);
  EXPECT_EQ(report.failures[1].where.line, 14u);
}

TEST(DetectSignatureTests, ScoreExamplesReportTheScoreAndMatchedPatterns) {
  TempDir dir;
  const auto pack = dir.write("p.yaml", R"(signatures:
  - id: 79
    name: scored
    fields: [smtp.body]
    patterns:
      - {id: story, literal: inheritance, score: 3}
      - {id: ask, literal: 'reply now', score: 2}
    condition: "score >= 5"
    examples:
      match: ["inheritance, reply now", "inheritance only"]
)");
  auto set = checkSignatures({pack});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  auto report = runSignatureExamples(*set);
  ASSERT_EQ(report.results.size(), 2u);
  EXPECT_TRUE(report.results[0].passed());
  EXPECT_EQ(report.results[0].score, 5);
  EXPECT_EQ(report.results[0].indicators, (std::vector<std::string>{"story", "ask"}));
  EXPECT_TRUE(report.results[0].missed.empty());
  EXPECT_NE(report.results[0].describe().find("(ok; score 5, matched: story, ask; not matched: none)"),
            std::string::npos)
      << report.results[0].describe();
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_EQ(report.failures[0].describe(),
            pack + ":10:41: signature 79: match example #2 did not alert (score 3, matched: story; not matched: ask)");
}

TEST(DetectSignatureTests, ScoreCarriedByPatternsBeyondTheFirst64) {
  // 100 patterns: p0..p69 (the words w000x..w069x) unweighted, p70..p99 weigh 1 each.
  std::string yaml = "signatures:\n  - id: 81\n    name: wide scored\n    patterns:\n";
  for (size_t i = 0; i < 100; ++i) {
    yaml.append("      - {id: p").append(std::to_string(i)).append(", literal: w");
    yaml.append(std::to_string(1000 + i).substr(1)).append(i >= 70 ? "x, score: 1}\n" : "x}\n");
  }
  yaml += "    condition: \"score >= 3\"\n"
          "    examples:\n"
          "      match: [\"w001x w070x w085x w099x\"]\n"
          "      no_match: [\"w000x w001x w063x w069x w070x w099x\"]\n";
  TempDir dir;
  auto set = checkSignatures({dir.write("p.yaml", yaml)});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  auto report = runSignatureExamples(*set);
  for (const auto& f : report.failures) ADD_FAILURE() << f.describe();
  ASSERT_EQ(report.results.size(), 2u);
  EXPECT_TRUE(report.results[0].alerted);
  EXPECT_EQ(report.results[0].score, 3);
  EXPECT_EQ(report.results[0].indicators, (std::vector<std::string>{"p1", "p70", "p85", "p99"}));
  EXPECT_EQ(report.results[0].missed.size(), 96u);
  EXPECT_FALSE(report.results[1].alerted);
  EXPECT_EQ(report.results[1].score, 2);
  EXPECT_EQ(report.results[1].indicators, (std::vector<std::string>{"p0", "p1", "p63", "p69", "p70", "p99"}));
}

TEST(DetectSignatureTests, MultiFieldExamplesAcrossScopes) {
  TempDir dir;
  const auto pack = dir.write("p.yaml", R"(signatures:
  - id: 5
    name: subject and body
    fields: [smtp.subject, smtp.body, http.request_body]
    patterns:
      - {id: s, literal: "Urgent"}
      - {id: b, literal: "wallet"}
    condition: "s and b"
    examples:
      match:
        - {smtp.subject: "Urgent notice", smtp.body: "send to my wallet"}
        - "Urgent: wallet"
      no_match:
        - {smtp.subject: "Urgent notice", http.request_body: "wallet"}
        - {smtp.body: "Urgent wallet"}
)");
  auto set = checkSignatures({pack});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  auto report = runSignatureExamples(*set);
  EXPECT_EQ(report.examples_run, 4u);
  ASSERT_EQ(report.failures.size(), 1u);  // the body-only example does alert: both patterns are in the body
  EXPECT_FALSE(report.failures[0].expected_match);
  EXPECT_EQ(report.failures[0].example_index, 1u);
}

TEST(DetectSignatureTests, CheckReturnsCompileErrorsWithLocation) {
  TempDir dir;
  const auto pack = dir.write("p.yaml", "signatures:\n  - id: 1\n    name: x\n    patterns:\n      - regex: 'a(b'\n");
  auto set = checkSignatures({pack});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().describe().rfind(pack + ":5:16: pattern #1 of signature 1: Hyperscan: ", 0), 0u)
      << set.error().describe();
}

}  // namespace
}  // namespace tapwatch

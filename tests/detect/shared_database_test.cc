// A field whose expressions are a big subset of another field's scans that
// field's database instead of compiling its own (detection_set.cc,
// shareSubsetJobs), and alerts exactly as with a database of its own; so do
// two fields whose expressions differ by a few (one database with both's).
#include <gtest/gtest.h>

#include <string>

#include "common/bytes.h"
#include "detect/detection_set.h"
#include "detect/scan_scratch.h"
#include "detect/scope_scan.h"
#include "detect_test_util.h"

namespace tapwatch {
namespace {

// Signature 1: `shared` words on both text fields; signature 2: `extra`
// words on smtp.body_text only. Words are "w<sig>x<n>" so none contains another.
std::string twoSignatures(size_t shared, size_t extra) {
  auto patterns = [](size_t sig, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i)
      out += "      - {regex: 'w" + std::to_string(sig) + "x" + std::to_string(i) + "z'}\n";
    return out;
  };
  return "signatures:\n"
         "  - id: 1\n    name: both\n    fields: [smtp.body_text, http.request_body_text]\n    patterns:\n" +
         patterns(1, shared) + "  - id: 2\n    name: mail only\n    fields: [smtp.body_text]\n    patterns:\n" +
         patterns(2, extra);
}

std::vector<uint32_t> scanOne(const std::shared_ptr<const DetectionSet>& set, Field field, std::string_view text) {
  DetectStats stats;
  ScanScratch scratch(stats);
  EXPECT_TRUE(scratch.prepare(*set));
  test::RecordingSink sink;
  ScopeScan scan(set, fieldInfo(field).scope);
  scan.scan(scratch, field, 0, asBytes(text), true, sink);
  scan.close(scratch, sink);
  return sink.ids();
}

TEST(DetectSharedDatabase, ABigSubsetScansTheBiggerDatabase) {
  auto set = test::buildSet(twoSignatures(40, 10));
  ASSERT_TRUE(set);
  const auto& mail = set->database(Field::SmtpBodyText);
  const auto& post = set->database(Field::HttpRequestBodyText);
  EXPECT_EQ(post.patterns.hs, mail.patterns.hs) << "40 of 50 expressions: one database";
  EXPECT_EQ(set->loadStats().databases, 1u);
  EXPECT_EQ(post.patterns.expressionCount(), 50u) << "ids of the shared database";
  EXPECT_EQ(post.patterns.refs.size(), 40u) << "but only the field's own patterns";

  // The mail-only words are in the database the post is scanned with: they must not alert there.
  EXPECT_TRUE(scanOne(set, Field::HttpRequestBodyText, "text w2x3z w2x9z text").empty());
  EXPECT_EQ(scanOne(set, Field::HttpRequestBodyText, "text w1x39z text"), std::vector<uint32_t>{1});
  EXPECT_EQ(scanOne(set, Field::SmtpBodyText, "text w2x3z text"), std::vector<uint32_t>{2});
  EXPECT_EQ(scanOne(set, Field::SmtpBodyText, "w1x0z and w2x0z"), (std::vector<uint32_t>{1, 2}));
}

TEST(DetectSharedDatabase, SmallSubsetsAndMuchBiggerDatabasesStayApart) {
  auto small = test::buildSet(twoSignatures(20, 10));  // below kMinSharedSubset: compiles quickly anyway
  ASSERT_TRUE(small);
  EXPECT_NE(small->database(Field::HttpRequestBodyText).patterns.hs, small->database(Field::SmtpBodyText).patterns.hs);
  EXPECT_EQ(small->loadStats().databases, 2u);

  auto lopsided = test::buildSet(twoSignatures(40, 50));  // 90 > 2 x 40: the post would scan twice its patterns
  ASSERT_TRUE(lopsided);
  EXPECT_NE(lopsided->database(Field::HttpRequestBodyText).patterns.hs,
            lopsided->database(Field::SmtpBodyText).patterns.hs);
  EXPECT_EQ(scanOne(lopsided, Field::HttpRequestBodyText, "w1x39z"), std::vector<uint32_t>{1});
}

// Signature 1: `shared` words on both fields; signature 2: `own` words on
// smtp.body_text only; signature 3: `own` words on http.request_body_text only.
// Neither field's expressions are a subset of the other's. `pattern(sig, i)`
// writes one pattern entry.
template <typename Pattern>
std::string nearlyEqualFields(size_t shared, size_t own, Pattern pattern) {
  auto patterns = [&pattern](size_t sig, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += "      - " + pattern(sig, i) + "\n";
    return out;
  };
  return "signatures:\n"
         "  - id: 1\n    name: both\n    fields: [smtp.body_text, http.request_body_text]\n    patterns:\n" +
         patterns(1, shared) + "  - id: 2\n    name: mail only\n    fields: [smtp.body_text]\n    patterns:\n" +
         patterns(2, own) + "  - id: 3\n    name: post only\n    fields: [http.request_body_text]\n    patterns:\n" +
         patterns(3, own);
}

// ASCII words "w<sig>x<n>z".
std::string nearlyEqualFields(size_t shared, size_t own) {
  return nearlyEqualFields(shared, own, [](size_t sig, size_t i) {
    return "{regex: 'w" + std::to_string(sig) + "x" + std::to_string(i) + "z'}";
  });
}

TEST(DetectSharedDatabase, NearlyEqualFieldsShareOneDatabaseWithBothExtras) {
  auto set = test::buildSet(nearlyEqualFields(40, 2));  // 42 each, 2 missing from the other: <= 42 / 16
  ASSERT_TRUE(set);
  const auto& mail = set->database(Field::SmtpBodyText);
  const auto& post = set->database(Field::HttpRequestBodyText);
  EXPECT_EQ(post.patterns.hs, mail.patterns.hs) << "one database holds both fields' expressions";
  EXPECT_EQ(set->loadStats().databases, 1u);
  EXPECT_EQ(mail.patterns.refs.size(), 42u);
  EXPECT_EQ(post.patterns.refs.size(), 42u);

  // Each field's own words alert on it, the other field's own words do not.
  EXPECT_EQ(scanOne(set, Field::SmtpBodyText, "text w2x1z text"), std::vector<uint32_t>{2});
  EXPECT_TRUE(scanOne(set, Field::SmtpBodyText, "text w3x0z w3x1z text").empty());
  EXPECT_EQ(scanOne(set, Field::HttpRequestBodyText, "text w3x1z text"), std::vector<uint32_t>{3});
  EXPECT_TRUE(scanOne(set, Field::HttpRequestBodyText, "text w2x0z w2x1z text").empty());
  EXPECT_EQ(scanOne(set, Field::HttpRequestBodyText, "w1x0z w3x0z"), (std::vector<uint32_t>{1, 3}));
  EXPECT_EQ(scanOne(set, Field::SmtpBodyText, "w1x39z w2x0z"), (std::vector<uint32_t>{1, 2}));
}

TEST(DetectSharedDatabase, FieldsThatDifferMoreKeepTheirOwnDatabases) {
  auto set = test::buildSet(nearlyEqualFields(40, 3));  // 43 each, 3 missing: > 43 / 16
  ASSERT_TRUE(set);
  EXPECT_NE(set->database(Field::HttpRequestBodyText).patterns.hs, set->database(Field::SmtpBodyText).patterns.hs);
  EXPECT_EQ(set->loadStats().databases, 2u);
  EXPECT_EQ(scanOne(set, Field::HttpRequestBodyText, "w3x2z w2x2z"), std::vector<uint32_t>{3});
}

// The same with caseless Cyrillic words ("слово<sig>ж<n>я"), so the shared database is case-folded.
std::string nearlyEqualFoldedFields(size_t shared, size_t own) {
  return nearlyEqualFields(shared, own, [](size_t sig, size_t i) {
    return "{regex: 'слово" + std::to_string(sig) + "ж" + std::to_string(i) + "я', flags: [caseless]}";
  });
}

TEST(DetectSharedDatabase, AFoldedSharedDatabaseLeavesEachFieldsOwnExpressionsToItsTwin) {
  auto set = test::buildSet(nearlyEqualFoldedFields(40, 2));
  ASSERT_TRUE(set);
  const auto& mail = set->database(Field::SmtpBodyText);
  const auto& post = set->database(Field::HttpRequestBodyText);
  EXPECT_EQ(post.patterns.hs, mail.patterns.hs) << "one big database";
  EXPECT_TRUE(mail.patterns.folded);
  // The field scanned second joins the first's database; its own words go to a twin only it scans,
  // so the other field's bytes never pass through them.
  ASSERT_NE(post.patterns.exact, mail.patterns.exact);
  EXPECT_EQ(set->loadStats().databases, 2u) << "the shared database and one field's own twin";

  // Caseless as written, on the field they belong to only.
  EXPECT_EQ(scanOne(set, Field::HttpRequestBodyText, "текст СЛОВО3Ж1Я текст"), std::vector<uint32_t>{3});
  EXPECT_EQ(scanOne(set, Field::SmtpBodyText, "текст Слово2ж0я текст"), std::vector<uint32_t>{2});
  EXPECT_TRUE(scanOne(set, Field::SmtpBodyText, "слово3ж0я слово3ж1я").empty());
  EXPECT_TRUE(scanOne(set, Field::HttpRequestBodyText, "слово2ж0я слово2ж1я").empty());
  EXPECT_EQ(scanOne(set, Field::HttpRequestBodyText, "СЛОВО1Ж39Я слово3ж0я"), (std::vector<uint32_t>{1, 3}));
}

}  // namespace
}  // namespace tapwatch

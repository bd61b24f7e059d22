#include "detect/detection_set.h"

#include <gtest/gtest.h>

#include "detect/pattern_compiler.h"
#include "detect/signature_loader.h"
#include "detect_test_util.h"

namespace tapwatch {
namespace {

// Hyperscan rejects these; the error must name the pattern's own node and
// carry Hyperscan's reason (cf. hyperscan unit/hyperscan/bad_patterns.cpp).
struct BadPattern {
  std::string pattern_yaml;  // the value after "regex: " on line 6
  std::string message;
  uint32_t column;
};

std::ostream& operator<<(std::ostream& os, const BadPattern& c) { return os << c.pattern_yaml; }

class DetectCompileErrors : public ::testing::TestWithParam<BadPattern> {};

TEST_P(DetectCompileErrors, PointAtThePattern) {
  const auto& c = GetParam();
  const std::string yaml = "signatures:\n"
                           "  - id: 1\n    name: ok\n    patterns: [{regex: fine}]\n"
                           "  - id: 42\n    name: broken\n    fields: [stream, http.uri]\n    patterns:\n"
                           "      - id: good\n        regex: 'alpha'\n"
                           "      - id: bad\n        regex: " +
                           c.pattern_yaml + "\n";
  auto sigs = loadSignatureText(yaml, "bad.yaml");
  ASSERT_TRUE(sigs.ok()) << sigs.error().describe();
  auto set = DetectionSet::build(std::move(*sigs), {});
  ASSERT_FALSE(set.ok()) << c.pattern_yaml;
  const Error& e = set.error();
  EXPECT_EQ(e.where.file, "bad.yaml");
  EXPECT_EQ(e.where.line, 12u) << e.describe();
  EXPECT_EQ(e.where.column, c.column) << e.describe();
  EXPECT_NE(e.message.find("pattern 'bad' of signature 42"), std::string::npos) << e.describe();
  EXPECT_NE(e.message.find(c.message), std::string::npos) << e.describe();
}

INSTANTIATE_TEST_SUITE_P(Hyperscan, DetectCompileErrors,
                         ::testing::Values(BadPattern{"'(unclosed'", "Missing close parenthesis", 16},
                                           BadPattern{"'a*'", "empty buffer", 16},
                                           BadPattern{"'(a)\\1'", "Back-references are unsupported", 16},
                                           BadPattern{"'[z-a]'", "Range out of order", 16},
                                           BadPattern{"\"x{2,1}\"", "Invalid repeat", 16}));

TEST(DetectDetectionSet, DisabledSignaturesAreStillValidated) {
  auto sigs = loadSignatureText(
      "signatures:\n  - id: 1\n    name: off\n    enabled: false\n    patterns:\n      - regex: '(x'\n", "off.yaml");
  ASSERT_TRUE(sigs.ok());
  auto set = DetectionSet::build(std::move(*sigs), {});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().where.line, 6u);
  EXPECT_NE(set.error().message.find("Missing close parenthesis"), std::string::npos) << set.error().describe();
}

TEST(DetectDetectionSet, InspectsOnlyFieldsOfEnabledSignatures) {
  auto set = test::buildSet(R"(signatures:
  - {id: 1, name: a, fields: [http.uri, smtp.body], patterns: [{regex: a}]}
  - {id: 2, name: b, fields: [tls.sni], enabled: false, patterns: [{regex: b}]}
  - {id: 3, name: c, patterns: [{regex: c}]}
)");
  ASSERT_TRUE(set);
  EXPECT_EQ(set->size(), 3u);
  EXPECT_EQ(set->enabledCount(), 2u);
  EXPECT_TRUE(set->inspects(Field::HttpUri));
  EXPECT_TRUE(set->inspects(Field::SmtpBody));
  EXPECT_TRUE(set->inspects(Field::Payload));
  EXPECT_FALSE(set->inspects(Field::TlsSni));
  EXPECT_FALSE(set->inspects(Field::DnsQuery));
  EXPECT_TRUE(set->database(Field::SmtpBody).streaming);
  EXPECT_FALSE(set->database(Field::HttpUri).streaming);
  // smtp.body and http.uri, `stream` and its block-mode twin for whole datagrams (PatternDatabase::whole).
  EXPECT_EQ(set->hyperscanDatabases().size(), 4u);
  EXPECT_NE(set->scratchPrototype(), nullptr);
}

TEST(DetectDetectionSet, IdenticalExpressionsAreCompiledOnce) {
  // 1 and 2 share `bitcoin` (same text, same flags); 3 writes it caseless: another expression.
  auto set = test::buildSet(R"(signatures:
  - {id: 1, name: a, fields: [smtp.body], patterns: [{regex: bitcoin}, {regex: wallet}]}
  - {id: 2, name: b, fields: [smtp.body], patterns: [{regex: wallet}, {regex: bitcoin}]}
  - {id: 3, name: c, fields: [smtp.body], patterns: [{regex: bitcoin, flags: [caseless]}]}
)");
  ASSERT_TRUE(set);
  const PatternDatabase& db = set->database(Field::SmtpBody).patterns;
  EXPECT_EQ(db.expressionCount(), 3u);
  ASSERT_EQ(db.refs.size(), 5u);
  ASSERT_EQ(db.ref_begin.size(), 4u);
  EXPECT_EQ(db.ref_begin.back(), 5u);
  // Expression 0 (`bitcoin`) stands for pattern 0 of signature 0 and pattern 1 of signature 1.
  ASSERT_EQ(db.ref_begin[1] - db.ref_begin[0], 2u);
  EXPECT_EQ(db.refs[0].signature, 0u);
  EXPECT_EQ(db.refs[0].pattern, 0u);
  EXPECT_EQ(db.refs[1].signature, 1u);
  EXPECT_EQ(db.refs[1].pattern, 1u);
}

TEST(DetectDetectionSet, CompileErrorOfASharedExpressionNamesItsFirstUser) {
  auto sigs = loadSignatureText(R"(signatures:
  - {id: 7, name: a, patterns: [{id: ok, regex: fine}, {id: bad, regex: 'x{2,1}'}]}
  - {id: 8, name: b, patterns: [{id: bad, regex: 'x{2,1}'}]}
)",
                                "shared.yaml");
  ASSERT_TRUE(sigs.ok()) << sigs.error().describe();
  auto set = DetectionSet::build(std::move(*sigs), {});
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.error().message.find("pattern 'bad' of signature 7"), std::string::npos) << set.error().message;
}

TEST(DetectDetectionSet, EmptySetIsValidAndInspectsNothing) {
  auto set = DetectionSet::build({}, {});
  ASSERT_TRUE(set.ok());
  for (const auto& info : allFields()) EXPECT_FALSE((*set)->inspects(info.field));
}

TEST(DetectDetectionSet, RejectsDuplicateIdsPassedDirectly) {
  Signature s;
  s.id = 5;
  s.name = "x";
  Pattern p;
  p.text = "x";
  s.patterns.push_back(p);
  auto set = DetectionSet::build({s, s}, {});
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.error().message.find("duplicate signature id 5"), std::string::npos);
}

TEST(DetectDetectionSet, RejectsMorePatternsThanTheMatchedMaskPassedDirectly) {
  Signature s;
  s.id = 6;
  s.name = "x";
  s.fields = {Field::Payload};
  for (size_t i = 0; i <= kMaxPatternsPerSignature; ++i) {
    Pattern p;
    p.kind = PatternKind::Literal;
    p.text = std::string("x").append(std::to_string(i));
    s.patterns.push_back(p);
  }
  auto set = DetectionSet::build({s}, {});
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.error().message.find("signature 6 needs 1..128 patterns"), std::string::npos) << set.error().message;
}

TEST(DetectDetectionSet, LoadReportsLoaderErrors) {
  auto set = DetectionSet::load({"/nonexistent/path.yaml"}, {});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().where.file, "/nonexistent/path.yaml");
}

TEST(DetectPatternCompiler, LiteralEscapingKeepsRegexMetacharactersLiteral) {
  EXPECT_EQ(escapeLiteral("a.b*", false), "a\\x2eb\\x2a");
  EXPECT_EQ(escapeLiteral("\xd0\x9f", true), "\xd0\x9f");
  EXPECT_EQ(escapeLiteral("\xd0\x9f", false), "\\xd0\\x9f");
  EXPECT_EQ(escapeLiteral(std::string("a\0b", 3), false), "a\\x00b");
}

TEST(DetectPatternCompiler, NonAsciiTurnsOnUtf8) {
  EXPECT_EQ(hyperscanFlags(pattern_flag::Caseless, "abc", false), unsigned{HS_FLAG_CASELESS});
  EXPECT_EQ(hyperscanFlags(pattern_flag::Caseless, "привет", false), unsigned{HS_FLAG_CASELESS | HS_FLAG_UTF8});
  EXPECT_EQ(hyperscanFlags(0, "привет", true), unsigned{HS_FLAG_UTF8});
  EXPECT_EQ(hyperscanFlags(0, "\\p{Cyrillic}", false), unsigned{HS_FLAG_UTF8});
  // A literal that is not valid UTF-8 is matched byte for byte.
  EXPECT_EQ(hyperscanFlags(pattern_flag::Utf8, "\xff\xfe", true), 0u);
  EXPECT_EQ(hyperscanFlags(pattern_flag::Ucp, "abc", false), unsigned{HS_FLAG_UTF8 | HS_FLAG_UCP});
  EXPECT_EQ(hyperscanFlags(pattern_flag::Dotall | pattern_flag::Multiline, "a", true), 0u);  // no meaning for literals
}

TEST(DetectPatternCompiler, WordBoundaryNextToNonAsciiIsRejected) {
  EXPECT_FALSE(checkWordBoundaries("\\bбиткоин").ok());
  EXPECT_FALSE(checkWordBoundaries("биткоин\\B").ok());
  EXPECT_TRUE(checkWordBoundaries("\\bbitcoin\\b|биткоин").ok());
  EXPECT_TRUE(checkWordBoundaries("\\\\bиткоин").ok());  // an escaped backslash, then a literal b
  auto sigs = loadSignatureText("signatures:\n  - {id: 1, name: x, patterns: [{regex: '\\bвидео'}]}\n", "wb.yaml");
  ASSERT_FALSE(sigs.ok());
  EXPECT_EQ(sigs.error().where.line, 2u);
  EXPECT_EQ(sigs.error().where.column, 41u);  // the opening quote of the regex node
  EXPECT_NE(sigs.error().message.find("word boundary"), std::string::npos) << sigs.error().describe();
}

TEST(DetectPatternCompiler, Utf8Validation) {
  EXPECT_TRUE(isValidUtf8("plain"));
  EXPECT_TRUE(isValidUtf8("Қазақ тілі"));
  EXPECT_TRUE(isValidUtf8("\xf0\x9f\x98\x80"));
  EXPECT_FALSE(isValidUtf8("\xd0"));              // truncated
  EXPECT_FALSE(isValidUtf8("\xc0\xaf"));          // overlong
  EXPECT_FALSE(isValidUtf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(isValidUtf8("\xf4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(isValidUtf8("\xe0\x80"));          // truncated 3-byte
}

}  // namespace
}  // namespace tapwatch

#include "detect/signature_loader.h"

#include <gtest/gtest.h>

#include "temp_dir.h"

namespace tapwatch {
namespace {

using test::TempDir;

// Each case is a whole signature file, the error text it must produce and
// the 1-based line:col of the offending node (like Hyperscan's bad_patterns).
struct BadYaml {
  std::string name;
  std::string yaml;
  std::string message;
  uint32_t line;
  uint32_t column;
};

// Test names show the case's name, not the struct's bytes.
void PrintTo(const BadYaml& c, std::ostream* os) { *os << c.name; }

class DetectLoaderErrors : public ::testing::TestWithParam<BadYaml> {};

TEST_P(DetectLoaderErrors, NamesKeyAndLocation) {
  const auto& c = GetParam();
  auto result = loadSignatureText(c.yaml, "pack.yaml");
  ASSERT_FALSE(result.ok()) << c.name;
  const Error& e = result.error();
  EXPECT_NE(e.message.find(c.message), std::string::npos) << c.name << ": " << e.describe();
  EXPECT_EQ(e.where.file, "pack.yaml");
  EXPECT_EQ(e.where.line, c.line) << c.name << ": " << e.describe();
  EXPECT_EQ(e.where.column, c.column) << c.name << ": " << e.describe();
}

// A valid signature header; cases append or alter lines after it.
const std::string kHead = "signatures:\n"
                          "  - id: 7\n"
                          "    name: test\n";

// A flow list of n literal patterns (l0, l1, ...) for a `patterns:` value.
std::string literalPatterns(size_t n) {
  std::string list = "[";
  for (size_t i = 0; i < n; ++i) list.append(i ? ", " : "").append("{literal: l").append(std::to_string(i)).append("}");
  return list + "]";
}

INSTANTIATE_TEST_SUITE_P(
    Bad, DetectLoaderErrors,
    ::testing::Values(
        BadYaml{"syntax", "signatures:\n  - id: 7\n    name: [unclosed\n", "YAML error", 4, 1},
        BadYaml{"empty_file", "", "empty signature file", 1, 1},
        BadYaml{"comments_only", "# nothing\n", "empty signature file", 1, 1},
        BadYaml{"two_documents", "signatures: []\n---\nsignatures:\n  - {id: 1}\n", "found another", 2, 1},
        BadYaml{"stray_comma", ",\n", "unexpected ','", 1, 1},
        BadYaml{"top_unknown", "signature:\n  - id: 1\n", "unknown key 'signature'", 1, 1},
        BadYaml{"top_not_map", "- id: 1\n", "expected a mapping", 1, 1},
        BadYaml{"signatures_not_list", "signatures: {id: 1}\n", "'signatures': expected a list", 1, 13},
        BadYaml{"unknown_sig_key", kHead + "    sevrity: high\n    patterns: [{literal: x}]\n", "unknown key 'sevrity'",
                4, 5},
        BadYaml{"duplicate_key", kHead + "    name: again\n    patterns: [{literal: x}]\n", "duplicate key 'name'", 4,
                5},
        BadYaml{"missing_id", "signatures:\n  - name: x\n    patterns: [{literal: x}]\n", "missing required key 'id'",
                2, 5},
        BadYaml{"missing_name", "signatures:\n  - id: 3\n    patterns: [{literal: x}]\n", "missing required key 'name'",
                2, 5},
        BadYaml{"missing_patterns", kHead, "missing required key 'patterns'", 2, 5},
        BadYaml{"id_string", "signatures:\n  - id: \"12\"\n    name: x\n    patterns: [{literal: x}]\n",
                "'id': expected an unsigned integer", 2, 9},
        BadYaml{"id_negative", "signatures:\n  - id: -4\n    name: x\n    patterns: [{literal: x}]\n",
                "'id': expected an unsigned integer", 2, 9},
        BadYaml{"id_too_big", "signatures:\n  - id: 4294967296\n    name: x\n    patterns: [{literal: x}]\n",
                "'id': expected an unsigned integer", 2, 9},
        BadYaml{"id_zero", "signatures:\n  - id: 0\n    name: x\n    patterns: [{literal: x}]\n", "'id': must be", 2,
                9},
        BadYaml{"name_list", "signatures:\n  - id: 1\n    name: [a]\n    patterns: [{literal: x}]\n",
                "'name': expected a string", 3, 11},
        BadYaml{"bad_severity", kHead + "    severity: critical\n    patterns: [{literal: x}]\n",
                "'severity': unknown value 'critical'", 4, 15},
        BadYaml{"bad_enabled", kHead + "    enabled: yes\n    patterns: [{literal: x}]\n",
                "'enabled': expected true or false", 4, 14},
        BadYaml{"rev_zero", kHead + "    rev: 0\n    patterns: [{literal: x}]\n", "'rev': must be at least 1", 4, 10},
        BadYaml{"bad_field", kHead + "    fields: [stream, smtp.bodyy]\n    patterns: [{literal: x}]\n",
                "unknown field 'smtp.bodyy'", 4, 22},
        BadYaml{"dup_field", kHead + "    fields: [stream, stream]\n    patterns: [{literal: x}]\n", "listed twice", 4,
                22},
        BadYaml{"empty_fields", kHead + "    fields: []\n    patterns: [{literal: x}]\n", "at least one field", 4, 13},
        BadYaml{"empty_patterns", kHead + "    patterns: []\n", "at least one pattern", 4, 15},
        BadYaml{"patterns_over_limit", kHead + "    patterns: " + literalPatterns(129) + "\n",
                "'patterns': more than 128 patterns in one signature", 4, 15},
        BadYaml{"pattern_none", kHead + "    patterns:\n      - id: p\n", "needs one of 'regex', 'literal' or 'list'",
                5, 9},
        BadYaml{"pattern_two", kHead + "    patterns:\n      - regex: a\n        literal: b\n",
                "has both 'regex' and 'literal'", 6, 9},
        BadYaml{"pattern_unknown_key", kHead + "    patterns:\n      - regexp: a\n", "unknown key 'regexp'", 5, 9},
        BadYaml{"pattern_bad_flag", kHead + "    patterns:\n      - regex: a\n        flags: [nocase]\n",
                "unknown flag 'nocase'", 6, 17},
        BadYaml{"pattern_flags_scalar", kHead + "    patterns:\n      - regex: a\n        flags: caseless\n",
                "'flags': expected a list", 6, 16},
        BadYaml{"pattern_dup_id", kHead + "    patterns:\n      - {id: p, regex: a}\n      - {id: p, regex: b}\n",
                "duplicate pattern id 'p'", 6, 9},
        BadYaml{"pattern_bad_id", kHead + "    patterns:\n      - {id: \"has space\", regex: a}\n",
                "not a valid pattern id", 5, 14},
        BadYaml{"pattern_keyword_id", kHead + "    patterns:\n      - {id: not, regex: a}\n", "not a valid pattern id",
                5, 14},
        BadYaml{"empty_regex", kHead + "    patterns:\n      - regex: ''\n", "'regex': must not be empty", 5, 16},
        BadYaml{"kind_without_list", kHead + "    patterns:\n      - {literal: a, kind: domain}\n",
                "'kind' only applies to 'list'", 5, 22},
        BadYaml{"list_without_kind", kHead + "    patterns:\n      - list: x.txt\n", "'list' needs 'kind'", 5, 9},
        BadYaml{"list_bad_kind", kHead + "    patterns:\n      - {list: x.txt, kind: url}\n", "unknown value 'url'", 5,
                29},
        BadYaml{"list_missing", kHead + "    patterns:\n      - {list: nowhere.txt, kind: domain}\n",
                "list file 'nowhere.txt' not found", 5, 16},
        BadYaml{"condition_unknown_id",
                kHead + "    patterns:\n      - {id: p, regex: a}\n    condition: \"p and q\"\n",
                "unknown pattern id 'q'", 6, 23},
        BadYaml{"condition_plain_column", kHead + "    patterns:\n      - {id: p, regex: a}\n    condition: p or\n",
                "expected a pattern id", 6, 20},
        BadYaml{"condition_only_not", kHead + "    patterns:\n      - {id: p, regex: a}\n    condition: not p\n",
                "true when no pattern matches", 6, 16},
        BadYaml{"score_negative",
                kHead + "    patterns:\n      - {id: p, regex: a, score: -1}\n    condition: score >= 1\n",
                "'score': expected an unsigned integer", 5, 34},
        BadYaml{"score_fraction",
                kHead + "    patterns:\n      - {id: p, regex: a, score: 1.5}\n    condition: score >= 1\n",
                "found '1.5'", 5, 34},
        BadYaml{"score_zero", kHead + "    patterns:\n      - {id: p, regex: a, score: 0}\n    condition: score >= 1\n",
                "must be between 1 and 1000", 5, 34},
        BadYaml{"score_without_weights",
                kHead + "    patterns:\n      - {id: p, regex: a}\n    condition: \"p and score >= 3\"\n",
                "no pattern of this signature has a 'score:' weight", 6, 23},
        BadYaml{"score_threshold_not_integer",
                kHead + "    patterns:\n      - {id: p, regex: a, score: 2}\n    condition: \"score >= 2.5\"\n",
                "needs a whole number", 6, 26},
        BadYaml{"weights_without_score_term",
                kHead + "    patterns:\n      - {id: p, regex: a, score: 2}\n    condition: p\n",
                "weights need a condition with a score term", 5, 24},
        BadYaml{"threshold_unknown", kHead + "    patterns: [{regex: a}]\n    threshold: {count: 2, window: 5}\n",
                "unknown key 'window'", 5, 27},
        BadYaml{"threshold_track", kHead + "    patterns: [{regex: a}]\n    threshold: {track: by_ip}\n",
                "unknown value 'by_ip'", 5, 24},
        BadYaml{"threshold_count_zero", kHead + "    patterns: [{regex: a}]\n    threshold: {count: 0}\n",
                "'count': must be at least 1", 5, 24},
        BadYaml{"references_scalar", kHead + "    patterns: [{regex: a}]\n    references: http://x\n",
                "'references': expected a list", 5, 17},
        BadYaml{"examples_unknown", kHead + "    patterns: [{regex: a}]\n    examples: {matches: [a]}\n",
                "unknown key 'matches'", 5, 16},
        BadYaml{"example_field_not_in_sig",
                kHead + "    patterns: [{regex: a}]\n    examples:\n      match: [{smtp.body: a}]\n",
                "field 'smtp.body' is not in the signature's fields", 6, 16},
        BadYaml{"example_unknown_field",
                kHead + "    patterns: [{regex: a}]\n    examples:\n      match: [{body: a}]\n", "unknown field 'body'",
                6, 16},
        BadYaml{
            "duplicate_id_same_file",
            "signatures:\n  - {id: 5, name: a, patterns: [{regex: a}]}\n  - {id: 5, name: b, patterns: [{regex: b}]}\n",
            "duplicate signature id 5 (first defined at pack.yaml:2:5)", 3, 5}),
    [](const ::testing::TestParamInfo<BadYaml>& info) { return info.param.name; });

TEST(DetectSignatureLoader, DefaultsAndAllKeys) {
  const std::string yaml = R"(signatures:
  - id: 2100001
    name: minimal
    patterns:
      - regex: 'abc'
  - id: 2100002
    rev: 3
    name: "full"
    category: sextortion
    severity: info
    enabled: false
    fields: [smtp.body, smtp.subject]
    patterns:
      - id: rec
        regex: 'record(ed|ing)'
        flags: [caseless, dotall, multiline, utf8, ucp]
      - id: lit
        literal: "48 hours"
    condition: "rec and not lit"
    threshold: {count: 3, seconds: 120, track: by_dst}
    references: ["https://example.org"]
    tags: [a, b]
    examples:
      match: ["recorded you", {smtp.subject: "hi", smtp.body: "recording"}]
      no_match: ["nothing"]
)";
  auto result = loadSignatureText(yaml, "dir/pack.yaml");
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result->size(), 2u);
  const Signature& a = (*result)[0];
  EXPECT_EQ(a.id, 2100001u);
  EXPECT_EQ(a.rev, 1u);
  EXPECT_EQ(a.severity, 2);  // medium
  EXPECT_TRUE(a.enabled);
  EXPECT_EQ(a.fields, std::vector<Field>{Field::Payload});
  EXPECT_TRUE(a.condition.isAny());
  EXPECT_FALSE(a.threshold.has_value());
  EXPECT_EQ(a.where.line, 2u);

  const Signature& b = (*result)[1];
  EXPECT_EQ(b.rev, 3u);
  EXPECT_EQ(b.category, "sextortion");
  EXPECT_EQ(b.severity, 4);
  EXPECT_FALSE(b.enabled);
  EXPECT_EQ(b.fields, (std::vector<Field>{Field::SmtpBody, Field::SmtpSubject}));
  ASSERT_EQ(b.patterns.size(), 2u);
  EXPECT_EQ(b.patterns[0].kind, PatternKind::Regex);
  EXPECT_EQ(b.patterns[0].flags, pattern_flag::Caseless | pattern_flag::Dotall | pattern_flag::Multiline |
                                     pattern_flag::Utf8 | pattern_flag::Ucp);
  EXPECT_EQ(b.patterns[1].kind, PatternKind::Literal);
  EXPECT_EQ(b.patterns[1].text, "48 hours");
  EXPECT_EQ(b.patterns[1].where.line, 18u);
  EXPECT_EQ(b.patterns[1].where.column, 18u);
  EXPECT_TRUE(b.condition.hasNot());
  ASSERT_TRUE(b.threshold.has_value());
  EXPECT_EQ(b.threshold->count, 3u);
  EXPECT_EQ(b.threshold->seconds, 120u);
  EXPECT_EQ(b.threshold->track, ThresholdTrack::ByDst);
  EXPECT_EQ(b.tags, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(b.match_examples.size(), 2u);
  EXPECT_EQ(b.match_examples[0].text, "recorded you");
  ASSERT_EQ(b.match_examples[1].by_field.size(), 2u);
  EXPECT_EQ(b.match_examples[1].by_field[1].first, Field::SmtpBody);
  EXPECT_EQ(b.match_examples[1].where.line, 24u);
  EXPECT_EQ(b.no_match_examples.size(), 1u);
}

TEST(DetectSignatureLoader, TakesAsManyPatternsAsTheMatchedMaskHolds) {
  auto sigs =
      loadSignatureText(kHead + "    patterns: " + literalPatterns(kMaxPatternsPerSignature) + "\n", "pack.yaml");
  ASSERT_TRUE(sigs.ok()) << sigs.error().describe();
  ASSERT_EQ(sigs->size(), 1u);
  EXPECT_EQ((*sigs)[0].patterns.size(), 128u);
  EXPECT_EQ((*sigs)[0].patterns.back().text, "l127");
}

TEST(DetectSignatureLoader, DirectoryIsRecursiveSortedAndOnlyYaml) {
  TempDir dir;
  dir.write("b/second.yaml", "signatures:\n  - {id: 2, name: b, patterns: [{regex: b}]}\n");
  dir.write("a.yaml", "signatures:\n  - {id: 1, name: a, patterns: [{regex: a}]}\n");
  dir.write("notes.txt", "not yaml: [");
  dir.write("c.yml", "not loaded: [");
  auto result = loadSignatureFiles({dir.path()});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result->size(), 2u);
  EXPECT_EQ((*result)[0].id, 1u);
  EXPECT_EQ((*result)[1].id, 2u);
}

TEST(DetectSignatureLoader, DuplicateIdAcrossFilesNamesBothPlaces) {
  TempDir dir;
  const auto a = dir.write("a.yaml", "signatures:\n  - {id: 9, name: a, patterns: [{regex: a}]}\n");
  const auto b = dir.write("b.yaml", "# comment\nsignatures:\n  - id: 9\n    name: b\n    patterns: [{regex: b}]\n");
  auto result = loadSignatureFiles({a, b});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.file, b);
  EXPECT_EQ(result.error().where.line, 3u);
  EXPECT_NE(result.error().message.find(a + ":2:5"), std::string::npos) << result.error().describe();
}

TEST(DetectSignatureLoader, SameFileTwiceIsLoadedOnce) {
  TempDir dir;
  const auto a = dir.write("a.yaml", "signatures:\n  - {id: 9, name: a, patterns: [{regex: a}]}\n");
  auto result = loadSignatureFiles({a, dir.path(), dir.path() + "/./a.yaml"});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(result->size(), 1u);
}

TEST(DetectSignatureLoader, MissingPathIsAnError) {
  auto result = loadSignatureFiles({"/nonexistent/tapwatch/sigs"});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.file, "/nonexistent/tapwatch/sigs");
  EXPECT_NE(result.error().message.find("no such file"), std::string::npos);
}

TEST(DetectSignatureLoader, ErrorInSecondFileNamesThatFile) {
  TempDir dir;
  dir.write("a.yaml", "signatures:\n  - {id: 1, name: a, patterns: [{regex: a}]}\n");
  const auto b = dir.write("b.yaml", "signatures:\n  - {id: 2, name: b, patterns: [{regex: a}], bogus: 1}\n");
  auto result = loadSignatureFiles({dir.path()});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().describe(), b + ":2:46: signature: unknown key 'bogus' (allowed: id, rev, name, category, "
                                           "severity, enabled, fields, patterns, condition, threshold, references, "
                                           "tags, examples)");
}

TEST(DetectSignatureLoader, ListPathIsRelativeToTheYamlFile) {
  TempDir dir;
  dir.write("pack/lists/domains.txt", "# scam domains\nScam.Example.\n\nother.example  # trailing comment\n");
  const auto yaml = dir.write("pack/sigs.yaml", "signatures:\n  - id: 1\n    name: a\n    patterns:\n"
                                                "      - {id: d, list: lists/domains.txt, kind: domain}\n");
  auto result = loadSignatureFiles({yaml});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  const Pattern& p = (*result)[0].patterns[0];
  EXPECT_EQ(p.kind, PatternKind::List);
  ASSERT_EQ(p.list_entries.size(), 2u);
  EXPECT_EQ(p.list_entries[0].value, "scam.example");
  EXPECT_EQ(p.list_entries[0].line, 2u);
  EXPECT_EQ(p.list_entries[1].value, "other.example");
}

TEST(DetectSignatureLoader, BadListEntryPointsIntoTheListFile) {
  TempDir dir;
  const auto list = dir.write("lists/d.txt", "good.example\n  bad/entry.example\n");
  const auto yaml = dir.write("s.yaml", "signatures:\n  - id: 1\n    name: a\n    patterns:\n"
                                        "      - {list: lists/d.txt, kind: domain}\n");
  auto result = loadSignatureFiles({yaml});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.file, list);
  EXPECT_EQ(result.error().where.line, 2u);
  EXPECT_EQ(result.error().where.column, 3u);
  EXPECT_NE(result.error().message.find("'/'"), std::string::npos) << result.error().describe();
}

TEST(DetectSignatureLoader, HostileYamlDoesNotCrash) {
  // Deep nesting, anchors/aliases, tabs and binary junk: each must be an Error, never an exception.
  const std::vector<std::string> inputs = {
      std::string(5000, '['), "signatures: &a [*a]\n", "signatures:\n\t- id: 1\n", std::string("\xff\xfe\x00\x01", 4),
      "signatures:\n  - id: 1\n    name: x\n    patterns: [{regex: a}]\n    examples: {match: [[nested]]}\n"};
  for (const auto& input : inputs) {
    auto result = loadSignatureText(input, "hostile.yaml");
    EXPECT_FALSE(result.ok());
  }
}

}  // namespace
}  // namespace tapwatch

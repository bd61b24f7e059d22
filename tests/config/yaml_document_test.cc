// The strict YAML layer on its own: one document per file, yaml-cpp exceptions
// turned into Errors at FILE:LINE:COL, each file kind's own wording, and the
// strict readers the signature loader builds on.
#include "config/yaml_document.h"

#include <gtest/gtest.h>

#include <string>

namespace tapwatch {
namespace {

// Distinct strings so a test shows which one a message came from.
constexpr YamlWording kWording{.syntax_error = "SYNTAX: ", .stalled = "STALLED: ", .extra_document = "EXTRA"};

void expectAt(const Error& e, const std::string& message, uint32_t line, uint32_t column) {
  EXPECT_EQ(e.message, message);
  EXPECT_EQ(e.where.file, "f.yaml");
  EXPECT_EQ(e.where.line, line) << e.describe();
  EXPECT_EQ(e.where.column, column) << e.describe();
}

TEST(ConfigYamlDocument, OneDocumentLoads) {
  for (const char* text : {"a: 1\n", "---\na: 1\n", "---\na: 1\n...\n", "# c\na: 1\n"}) {
    auto root = loadSingleYamlDocument(text, "f.yaml", kWording);
    ASSERT_TRUE(root.ok()) << text << " -> " << root.error().describe();
    ASSERT_TRUE(root->IsMap()) << text;
    EXPECT_EQ((*root)["a"].Scalar(), "1") << text;
  }
}

TEST(ConfigYamlDocument, NoDocumentIsANullRoot) {
  for (const char* text : {"", "# only a comment\n", "\n\n"}) {
    auto root = loadSingleYamlDocument(text, "f.yaml", kWording);
    ASSERT_TRUE(root.ok()) << text << " -> " << root.error().describe();
    EXPECT_TRUE(root->IsNull()) << text;
  }
}

TEST(ConfigYamlDocument, SecondDocumentIsAnErrorWhereItStarts) {
  auto two = loadSingleYamlDocument("a: 1\n---\nb: 2\n", "f.yaml", kWording);
  ASSERT_FALSE(two.ok());
  expectAt(two.error(), "EXTRA", 2, 1);
  auto empty_first = loadSingleYamlDocument("---\n---\nb: 2\n", "f.yaml", kWording);
  ASSERT_FALSE(empty_first.ok());
  expectAt(empty_first.error(), "EXTRA", 2, 1);
}

TEST(ConfigYamlDocument, StalledParserNamesTheToken) {
  // yaml-cpp 0.7 makes no progress on these: LoadAll would loop, Load would return an empty node.
  auto comma = loadSingleYamlDocument(",\n", "f.yaml", kWording);
  ASSERT_FALSE(comma.ok());
  expectAt(comma.error(), "STALLED: unexpected ','", 1, 1);
  auto indented = loadSingleYamlDocument("# c\n  ,\n", "f.yaml", kWording);
  ASSERT_FALSE(indented.ok());
  expectAt(indented.error(), "STALLED: unexpected ','", 2, 3);
}

TEST(ConfigYamlDocument, ParserErrorsKeepTheParsersPosition) {
  auto nested = loadSingleYamlDocument("a: b: c\n", "f.yaml", kWording);
  ASSERT_FALSE(nested.ok());
  expectAt(nested.error(), "SYNTAX: illegal map value", 1, 5);
  auto alias = loadSingleYamlDocument("a:\n  b: *nowhere\n", "f.yaml", kWording);
  ASSERT_FALSE(alias.ok());
  EXPECT_EQ(alias.error().message.rfind("SYNTAX: ", 0), 0u) << alias.error().message;
  EXPECT_EQ(alias.error().where.line, 2u);
}

TEST(ConfigYamlDocument, DeepNestingFailsCleanly) {
  auto root = loadSingleYamlDocument(std::string(5000, '['), "f.yaml", kWording);
  ASSERT_FALSE(root.ok());
  EXPECT_EQ(root.error().message.rfind("SYNTAX: ", 0), 0u) << root.error().message;
}

TEST(ConfigYamlDocument, CatchYamlErrorsTurnsExceptionsIntoErrors) {
  const YAML::Node doc = YAML::Load("a: [1]\n");
  // Not a parser error: the generic wording, at the offending node.
  auto converted = catchYamlErrors("f.yaml", kWording, [&]() -> Result<int> { return doc["a"].as<int>(); });
  ASSERT_FALSE(converted.ok());
  EXPECT_EQ(converted.error().message.rfind("YAML error: bad conversion", 0), 0u) << converted.error().message;
  EXPECT_EQ(converted.error().where.line, 1u);
  EXPECT_EQ(converted.error().where.column, 4u);

  auto parsed = catchYamlErrors("f.yaml", kWording, [&]() -> Result<int> {
    YAML::Load("x: [a, b]]\n");
    return 0;
  });
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().message.rfind("SYNTAX: ", 0), 0u) << parsed.error().message;
  EXPECT_EQ(parsed.error().where.line, 1u);
  EXPECT_EQ(parsed.error().where.column, 10u);

  auto fine = catchYamlErrors("f.yaml", kWording, [&]() -> Result<int> { return doc["a"][0].as<int>(); });
  ASSERT_TRUE(fine.ok());
  EXPECT_EQ(*fine, 1);
}

TEST(ConfigYamlDocument, ValueWithoutAFile) {
  auto list = loadYamlValue("[80, 8080]");
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 2u);
  auto bad = loadYamlValue("[80,");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "end of sequence flow not found");
  EXPECT_TRUE(bad.error().where.file.empty());
}

TEST(ConfigYamlDocument, LocationsAreOneBased) {
  const YAML::Node doc = YAML::Load("a:\n  b: 7\n");
  const SourceLocation at = yamlLocation("f.yaml", doc["a"]["b"]);
  EXPECT_EQ(at.file, "f.yaml");
  EXPECT_EQ(at.line, 2u);
  EXPECT_EQ(at.column, 6u);
  const SourceLocation unknown = yamlLocation("f.yaml", YAML::Mark::null_mark());
  EXPECT_EQ(unknown.file, "f.yaml");
  EXPECT_EQ(unknown.line, 0u);
  EXPECT_EQ(unknown.column, 0u);
}

TEST(ConfigYamlDocument, ScalarStyles) {
  const YAML::Node doc = YAML::Load("[plain, 'single', \"double\", !!str tagged, [x]]");
  EXPECT_TRUE(isPlainScalar(doc[0]));
  EXPECT_FALSE(isQuotedScalar(doc[0]));
  for (size_t i : {1, 2}) {
    EXPECT_FALSE(isPlainScalar(doc[i])) << i;
    EXPECT_TRUE(isQuotedScalar(doc[i])) << i;
  }
  EXPECT_FALSE(isPlainScalar(doc[3]));
  EXPECT_FALSE(isQuotedScalar(doc[3]));
  EXPECT_FALSE(isPlainScalar(doc[4]));
  EXPECT_FALSE(isQuotedScalar(doc[4]));
}

// `doc` as a mapping with the keys a, b and c.
Result<YamlMap> readTop(const YamlReader& r, const YAML::Node& doc) { return r.map(doc, "top", {"a", "b", "c"}); }

TEST(ConfigYamlReader, MapChecksKeys) {
  const YamlReader r("f.yaml");
  const YAML::Node good = YAML::Load("a: 1\nc: 3\n");
  auto map = readTop(r, good);
  ASSERT_TRUE(map.ok()) << map.error().describe();
  ASSERT_EQ(map->entries().size(), 2u);
  EXPECT_EQ(map->entries()[0].key, "a");
  ASSERT_NE(map->find("c"), nullptr);
  EXPECT_EQ(map->find("c")->value.Scalar(), "3");
  EXPECT_EQ(map->find("b"), nullptr);

  auto unknown = readTop(r, YAML::Load("a: 1\nd: 4\n"));
  ASSERT_FALSE(unknown.ok());
  expectAt(unknown.error(), "top: unknown key 'd' (allowed: a, b, c)", 2, 1);
  auto duplicate = readTop(r, YAML::Load("a: 1\nb: 2\na: 3\n"));
  ASSERT_FALSE(duplicate.ok());
  expectAt(duplicate.error(), "top: duplicate key 'a' (first at line 1)", 3, 1);
  auto complex_key = readTop(r, YAML::Load("? [a]\n: 1\n"));
  ASSERT_FALSE(complex_key.ok());
  expectAt(complex_key.error(), "top: keys must be plain names", 1, 3);
  auto list = readTop(r, YAML::Load("- a\n"));
  ASSERT_FALSE(list.ok());
  expectAt(list.error(), "top: expected a mapping, found a list", 1, 1);
  auto null = readTop(r, YAML::Node());
  ASSERT_FALSE(null.ok());
  EXPECT_EQ(null.error().message, "top: expected a mapping, found nothing");
}

TEST(ConfigYamlReader, TypedScalars) {
  const YamlReader r("f.yaml");
  const YAML::Node doc =
      YAML::Load("n: 42\nmax: 4294967295\nbig: 4294967296\nneg: -1\nplus: +1\nq: \"7\"\nt: True\nf: false\nyes: yes\n"
                 "qt: 'true'\ns: [x]\n");
  auto entry = [&](const char* key) { return YamlEntry{key, YAML::Node(), doc[key]}; };
  EXPECT_EQ(*r.uint32(entry("n")), 42u);
  EXPECT_EQ(*r.uint32(entry("max")), UINT32_MAX);
  for (const char* bad : {"big", "neg", "plus"}) {
    auto v = r.uint32(entry(bad));
    ASSERT_FALSE(v.ok()) << bad;
    // Built with append: GCC 12 at -O3 warns falsely (-Wrestrict) on "literal" + std::string.
    const std::string expected = std::string("'")
                                     .append(bad)
                                     .append("': expected an unsigned integer (0..4294967295), found '")
                                     .append(doc[bad].Scalar())
                                     .append("'");
    EXPECT_EQ(v.error().message, expected);
  }
  auto quoted = r.uint32(entry("q"));
  ASSERT_FALSE(quoted.ok());
  expectAt(quoted.error(), "'q': expected an unsigned integer, found a quoted string", 6, 4);
  EXPECT_EQ(r.uint32(entry("s")).error().message, "'s': expected an unsigned integer, found a list");

  EXPECT_TRUE(*r.boolean(entry("t")));
  EXPECT_FALSE(*r.boolean(entry("f")));
  for (const char* bad : {"yes", "qt", "n"}) {
    auto v = r.boolean(entry(bad));
    ASSERT_FALSE(v.ok()) << bad;
    EXPECT_EQ(v.error().message, std::string("'").append(bad).append("': expected true or false"));
  }

  EXPECT_EQ(*r.string(entry("q")), "7");
  EXPECT_EQ(*r.string(entry("n")), "42");
  auto not_string = r.string(entry("s"));
  ASSERT_FALSE(not_string.ok());
  expectAt(not_string.error(), "'s': expected a string, found a list", 11, 4);
}

TEST(ConfigYamlReader, Sequences) {
  const YamlReader r("f.yaml");
  const YAML::Node doc = YAML::Load("l: [a, 'b c']\nm: [a, [b]]\ns: x\n");
  auto items = r.sequence(YamlEntry{"l", YAML::Node(), doc["l"]});
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[1].key, "l[1]");
  EXPECT_EQ((*items)[1].value.Scalar(), "b c");
  auto strings = r.stringList(YamlEntry{"l", YAML::Node(), doc["l"]});
  ASSERT_TRUE(strings.ok());
  EXPECT_EQ(*strings, (std::vector<std::string>{"a", "b c"}));
  auto nested = r.stringList(YamlEntry{"m", YAML::Node(), doc["m"]});
  ASSERT_FALSE(nested.ok());
  expectAt(nested.error(), "'m[1]': expected a string, found a list", 2, 8);
  auto scalar = r.sequence(YamlEntry{"s", YAML::Node(), doc["s"]});
  ASSERT_FALSE(scalar.ok());
  expectAt(scalar.error(), "'s': expected a list, found a scalar", 3, 4);
}

}  // namespace
}  // namespace tapwatch

// The strict YAML layer on its own: one document per file, yaml-cpp exceptions
// turned into Errors at FILE:LINE:COL, and each file kind's own wording.
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

}  // namespace
}  // namespace tapwatch

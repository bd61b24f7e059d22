// The single-value readers on their own, including the positions they report.
#include "config/value_readers.h"

#include <gtest/gtest.h>

#include "config/config_values.h"

namespace tapwatch {
namespace {

const ValueSource kSource{"v.yaml", false};

ValueSite site(const YAML::Node& node) { return ValueSite(kSource, "a.b", node, node.Mark()); }

TEST(ValueReaders, UnsignedBounds) {
  EXPECT_EQ(*readUnsigned(site(YAML::Load("0")), 0, 10), 0u);
  EXPECT_EQ(*readUnsigned(site(YAML::Load("10")), 0, 10), 10u);
  EXPECT_FALSE(readUnsigned(site(YAML::Load("11")), 0, 10).ok());
  EXPECT_FALSE(readUnsigned(site(YAML::Load("4")), 5, 10).ok());
  EXPECT_EQ(*readUnsigned(site(YAML::Load("18446744073709551615")), 0, UINT64_MAX), UINT64_MAX);
  EXPECT_FALSE(readUnsigned(site(YAML::Load("18446744073709551616")), 0, UINT64_MAX).ok());
  for (const char* bad : {"1e3", "1_000", "0o7", "~", "1 2", "١٢", "!!int 5", "'5'"}) {
    EXPECT_FALSE(readUnsigned(site(YAML::Load(bad)), 0, UINT64_MAX).ok()) << bad;
  }
}

TEST(ValueReaders, ErrorCarriesPathAndPosition) {
  const YAML::Node doc = YAML::Load("x:\n  - 1\n  - nine\n");
  auto result = readPortList(site(doc["x"]));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().describe(), "v.yaml:3:5: a.b[1]: expected an unsigned integer, got 'nine'");
}

TEST(ValueReaders, BoolIsStrict) {
  EXPECT_TRUE(*readBool(site(YAML::Load("true"))));
  EXPECT_FALSE(*readBool(site(YAML::Load("false"))));
  for (const char* bad : {"yes", "no", "on", "off", "TRUE", "False", "y", "1", "0", "~", "[true]", "'false'"}) {
    EXPECT_FALSE(readBool(site(YAML::Load(bad))).ok()) << bad;
  }
}

TEST(ValueReaders, StringRules) {
  EXPECT_EQ(*readString(site(YAML::Load("'x y'")), StringRule{}), "x y");
  EXPECT_EQ(*readString(site(YAML::Load("42")), StringRule{}), "42");  // a plain number is a fine name
  EXPECT_FALSE(readString(site(YAML::Load("''")), StringRule{.allow_empty = false}).ok());
  EXPECT_FALSE(readString(site(YAML::Load("abcdef")), StringRule{.max_length = 5}).ok());
  EXPECT_TRUE(readString(site(YAML::Load("abcde")), StringRule{.max_length = 5}).ok());
  EXPECT_FALSE(readString(site(YAML::Load("\"a\\0b\"")), StringRule{}).ok());
  EXPECT_FALSE(readString(site(YAML::Load("\"a\\x7fb\"")), StringRule{}).ok());
  EXPECT_FALSE(readString(site(YAML::Load("{a: 1}")), StringRule{}).ok());
  EXPECT_TRUE(readString(site(YAML::Load("\"caf\xc3\xa9\"")), StringRule{}).ok());  // UTF-8 is fine
}

TEST(ValueReaders, EnumListsChoices) {
  auto bad = readEnum(site(YAML::Load("sctp")), kSyslogTransports);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("udp, tcp, tls, relp"), std::string::npos);
  EXPECT_EQ(*readEnum(site(YAML::Load("relp")), kSyslogTransports), "relp");
}

TEST(ValueReaders, StringListBounds) {
  std::string many = "[";
  for (int i = 0; i < 1025; ++i) many.append("p").append(std::to_string(i)).append(",");
  many += "z]";
  EXPECT_FALSE(readStringList(site(YAML::Load(many)), StringRule{}).ok());
  EXPECT_FALSE(readStringList(site(YAML::Load("[]")), StringRule{}).ok());
  auto ok = readStringList(site(YAML::Load("[a, 'b c']")), StringRule{});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, (std::vector<std::string>{"a", "b c"}));
}

TEST(ValueReaders, DescribeNodeEscapesAndTruncates) {
  EXPECT_EQ(describeNode(YAML::Load("\"a\\tb\"")), "'a\\x09b'");
  EXPECT_EQ(describeNode(YAML::Load("[1]")), "a list");
  EXPECT_EQ(describeNode(YAML::Load("{a: 1}")), "a mapping");
  EXPECT_EQ(describeNode(YAML::Load("~")), "null");
  const std::string shown = describeNode(YAML::Load(std::string(100, 'x')));
  EXPECT_EQ(shown, "'" + std::string(60, 'x') + "...'");
}

TEST(ConfigValues, FacilityCodes) {
  EXPECT_EQ(syslogFacilityCode("kern"), 0);
  EXPECT_EQ(syslogFacilityCode("local4"), 20);
  EXPECT_EQ(syslogFacilityCode("local7"), 23);
  EXPECT_EQ(syslogFacilityCode("authpriv"), 10);
  EXPECT_FALSE(syslogFacilityCode("local8").has_value());
}

}  // namespace
}  // namespace tapwatch

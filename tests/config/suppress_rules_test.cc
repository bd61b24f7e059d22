// Suppression rules: CIDR parsing and matching, the inline config list, the
// suppress file, and the errors an operator sees for bad entries.
#include "config/suppress_rules.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "config/cidr.h"
#include "config/config_loader.h"

namespace tapwatch {
namespace {

IpAddress ip(const char* text) { return *IpAddress::parse(text); }

TEST(ConfigCidr, ParsesNetworksAndBareAddresses) {
  auto net = Cidr::parse("10.20.0.0/16");
  ASSERT_TRUE(net) << net.error().message;
  EXPECT_TRUE(net->contains(ip("10.20.255.1")));
  EXPECT_FALSE(net->contains(ip("10.21.0.1")));
  EXPECT_FALSE(net->contains(ip("::ffff:10.20.0.1"))) << "IPv6 never matches an IPv4 network";

  auto host = Cidr::parse("192.0.2.7");
  ASSERT_TRUE(host);
  EXPECT_EQ(host->prefix, 32);
  EXPECT_TRUE(host->contains(ip("192.0.2.7")));
  EXPECT_FALSE(host->contains(ip("192.0.2.6")));

  auto odd = Cidr::parse("192.0.2.128/25");
  ASSERT_TRUE(odd);
  EXPECT_TRUE(odd->contains(ip("192.0.2.200")));
  EXPECT_FALSE(odd->contains(ip("192.0.2.127")));

  auto v6 = Cidr::parse("2001:db8::/32");
  ASSERT_TRUE(v6);
  EXPECT_TRUE(v6->contains(ip("2001:db8:1::5")));
  EXPECT_FALSE(v6->contains(ip("2001:db9::5")));
  EXPECT_FALSE(v6->contains(ip("10.0.0.1")));

  auto all = Cidr::parse("0.0.0.0/0");
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->contains(ip("203.0.113.9")));
}

TEST(ConfigCidr, RejectsBadInput) {
  for (const char* bad : {"", "/8", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/8x", "10.0.0/8",
                          "2001:db8::/129", "example.com", "10.0.0.0/0008", "10.0.0.0/8/9"}) {
    EXPECT_FALSE(Cidr::parse(bad)) << bad;
  }
  auto host_bits = Cidr::parse("10.1.2.3/8");
  ASSERT_FALSE(host_bits);
  EXPECT_NE(host_bits.error().message.find("did you mean 10.0.0.0/8"), std::string::npos) << host_bits.error().message;
}

TEST(ConfigSuppress, InlineListLoadsFromTheConfig) {
  auto config = loadConfigText("signatures:\n"
                               "  suppress:\n"
                               "    - {signature_id: 2100001, cidr: 10.20.0.0/16, track: by_src}\n"
                               "    - signature_id: 2100002\n"
                               "    - {signature_id: 0, cidr: \"2001:db8::/32\"}\n",
                               "t.yaml");
  ASSERT_TRUE(config) << config.error().describe();
  const auto& rules = config->signatures.suppress;
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0], (SuppressRule{2100001, "by_src", "10.20.0.0/16"}));
  EXPECT_EQ(rules[1], (SuppressRule{2100002, "by_either", ""}));
  EXPECT_EQ(rules[2], (SuppressRule{0, "by_either", "2001:db8::/32"}));
}

TEST(ConfigSuppress, OverrideTakesAFlowList) {
  auto config = defaultConfig({"signatures.suppress=[{signature_id: 5, cidr: 192.0.2.0/24, track: by_dst}]"});
  ASSERT_TRUE(config) << config.error().describe();
  ASSERT_EQ(config->signatures.suppress.size(), 1u);
  EXPECT_EQ(config->signatures.suppress[0].track, "by_dst");
}

struct BadRule {
  const char* name;
  const char* yaml;
  const char* message;
  uint32_t line;
};

// Test names show the case's name, not the struct's bytes.
void PrintTo(const BadRule& c, std::ostream* os) { *os << c.name; }

class ConfigSuppressErrors : public ::testing::TestWithParam<BadRule> {};

TEST_P(ConfigSuppressErrors, NameTheEntryAndPosition) {
  const BadRule& c = GetParam();
  auto config = loadConfigText(c.yaml, "t.yaml");
  ASSERT_FALSE(config) << "accepted: " << c.yaml;
  EXPECT_NE(config.error().message.find(c.message), std::string::npos) << config.error().describe();
  EXPECT_EQ(config.error().where.line, c.line) << config.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConfigSuppressErrors,
    ::testing::Values(
        BadRule{"NotAList", "signatures:\n  suppress: 5\n", "signatures.suppress: expected a list", 2},
        BadRule{"ItemNotMap", "signatures:\n  suppress: [5]\n", "signatures.suppress[0]: expected a mapping", 2},
        BadRule{"MissingId", "signatures:\n  suppress:\n    - {cidr: 10.0.0.0/8}\n", "needs signature_id", 3},
        BadRule{"BadCidr",
                "signatures:\n  suppress:\n    - {signature_id: 1}\n    - {signature_id: 1, cidr: 10.0.0.0/40}\n",
                "signatures.suppress[1].cidr: '10.0.0.0/40': prefix length must be at most 32", 4},
        BadRule{"HostBits", "signatures:\n  suppress: [{signature_id: 1, cidr: 10.0.0.1/8}]\n", "host bits", 2},
        BadRule{"BadTrack", "signatures:\n  suppress: [{signature_id: 1, cidr: 10.0.0.0/8, track: by_both}]\n",
                "expected one of by_src, by_dst, by_either", 2},
        BadRule{"TrackWithoutCidr", "signatures:\n  suppress: [{signature_id: 1, track: by_src}]\n",
                "track needs a cidr", 2},
        BadRule{"UnknownKey", "signatures:\n  suppress: [{signature_id: 1, sid: 2}]\n", "unknown key", 2},
        BadRule{"DuplicateKey", "signatures:\n  suppress: [{signature_id: 1, signature_id: 2}]\n", "duplicate key", 2},
        BadRule{"NegativeId", "signatures:\n  suppress: [{signature_id: -1}]\n", "negative", 2},
        BadRule{"HugeId", "signatures:\n  suppress: [{signature_id: 4294967296}]\n", "out of range", 2}),
    [](const auto& info) { return std::string(info.param.name); });

class SuppressFile : public ::testing::Test {
 protected:
  std::string write(const std::string& text) {
    std::ofstream(path_, std::ios::binary) << text;
    return path_;
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string path_ = ::testing::TempDir() + "suppress_rules_test_" + std::to_string(::getpid()) + ".yaml";
};

TEST_F(SuppressFile, LoadsRules) {
  auto rules =
      loadSuppressFile(write("# scanners we run ourselves\nsuppress:\n  - {signature_id: 9, cidr: 198.51.100.0/24}\n"));
  ASSERT_TRUE(rules) << rules.error().describe();
  ASSERT_EQ(rules->size(), 1u);
  EXPECT_EQ((*rules)[0], (SuppressRule{9, "by_either", "198.51.100.0/24"}));
}

TEST_F(SuppressFile, EmptyFileIsNoRules) {
  auto rules = loadSuppressFile(write("# nothing yet\n"));
  ASSERT_TRUE(rules) << rules.error().describe();
  EXPECT_TRUE(rules->empty());
}

TEST_F(SuppressFile, ErrorsCarryFileLineColumn) {
  auto rules = loadSuppressFile(write("suppress:\n  - {signature_id: 9}\n  - {signature_id: x}\n"));
  ASSERT_FALSE(rules);
  EXPECT_EQ(rules.error().where.file, path_);
  EXPECT_EQ(rules.error().where.line, 3u);
  EXPECT_NE(rules.error().message.find("suppress[1].signature_id"), std::string::npos) << rules.error().describe();
}

TEST_F(SuppressFile, RejectsOtherKeysSyntaxErrorsAndMissingFiles) {
  EXPECT_FALSE(loadSuppressFile(write("supress: []\n")));
  EXPECT_FALSE(loadSuppressFile(write("suppress: [{signature_id: 1}\n")));  // unclosed flow list
  EXPECT_FALSE(loadSuppressFile(write("- {signature_id: 1}\n")));           // a bare list
  EXPECT_FALSE(loadSuppressFile(write(std::string("suppress: []\n\0", 14))));
  EXPECT_FALSE(loadSuppressFile(write("suppress: []\n---\nsuppress: []\n")));
  auto missing = loadSuppressFile("/nonexistent/suppress.yaml");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().describe().find("/nonexistent/suppress.yaml"), std::string::npos);
}

TEST(ConfigSuppress, ShowRoundTrips) {
  const std::vector<SuppressRule> rules{{1, "by_src", "10.0.0.0/8"}, {2, "by_either", ""}};
  EXPECT_EQ(showSuppressRules(rules), "[{signature_id: 1, track: by_src, cidr: \"10.0.0.0/8\"}, {signature_id: 2}]");
  auto config = defaultConfig({"signatures.suppress=" + showSuppressRules(rules)});
  ASSERT_TRUE(config) << config.error().describe();
  EXPECT_EQ(config->signatures.suppress, rules);
}

}  // namespace
}  // namespace tapwatch

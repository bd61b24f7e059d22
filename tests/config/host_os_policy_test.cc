// Config keys decode.checksum_validation and host_os_policy, and the
// HostOsPolicyTable built from them.
#include "config/host_os_policy.h"

#include <gtest/gtest.h>

#include "config/config_loader.h"

namespace tapwatch {
namespace {

IpAddress addr(const char* text) { return IpAddress::parse(text).value(); }

TEST(HostOsPolicyConfig, DefaultsAreAutoAndBsd) {
  auto config = loadConfigText("", "empty.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->decode.checksum_validation, "auto");
  const HostOsPolicyTable table = HostOsPolicyTable::fromConfig(config->host_os_policy);
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.lookup(addr("192.0.2.1")), OverlapPolicy::Bsd);
}

TEST(HostOsPolicyConfig, ListsBuildALongestPrefixTable) {
  auto config = loadConfigText("decode:\n  checksum_validation: yes\n"
                               "host_os_policy:\n  default: windows\n  linux: [10.0.0.0/8, \"2001:db8::/32\"]\n"
                               "  first: [10.1.0.0/16]\n  last: [10.1.2.3]\n  bsd: []\n",
                               "p.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->decode.checksum_validation, "yes");
  const HostOsPolicyTable table = HostOsPolicyTable::fromConfig(config->host_os_policy);
  EXPECT_EQ(table.lookup(addr("10.9.9.9")), OverlapPolicy::Linux);
  EXPECT_EQ(table.lookup(addr("10.1.9.9")), OverlapPolicy::First);
  EXPECT_EQ(table.lookup(addr("10.1.2.3")), OverlapPolicy::Last);
  EXPECT_EQ(table.lookup(addr("2001:db8::7")), OverlapPolicy::Linux);
  EXPECT_EQ(table.lookup(addr("2001:db9::7")), OverlapPolicy::Windows);
  EXPECT_EQ(table.lookup(addr("192.0.2.1")), OverlapPolicy::Windows);
}

TEST(HostOsPolicyConfig, SetOverridesTakeLists) {
  auto config = loadConfigText("", "x.yaml",
                               {"host_os_policy.linux=[203.0.113.60/32]", "host_os_policy.default=first",
                                "decode.checksum_validation=no"});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  const HostOsPolicyTable table = HostOsPolicyTable::fromConfig(config->host_os_policy);
  EXPECT_EQ(table.lookup(addr("203.0.113.60")), OverlapPolicy::Linux);
  EXPECT_EQ(table.lookup(addr("203.0.113.61")), OverlapPolicy::First);
  EXPECT_EQ(config->decode.checksum_validation, "no");
}

TEST(HostOsPolicyConfig, BadValuesNameTheirPlace) {
  auto bad_cidr = loadConfigText("host_os_policy:\n  bsd: [10.0.0.1/8]\n", "b.yaml");
  ASSERT_FALSE(bad_cidr.ok());
  EXPECT_NE(bad_cidr.error().message.find("host bits"), std::string::npos) << bad_cidr.error().describe();
  EXPECT_EQ(bad_cidr.error().where.line, 2u);
  auto bad_policy = loadConfigText("host_os_policy:\n  default: solaris\n", "b.yaml");
  ASSERT_FALSE(bad_policy.ok());
  EXPECT_NE(bad_policy.error().message.find("first"), std::string::npos) << bad_policy.error().describe();
  auto bad_mode = loadConfigText("decode:\n  checksum_validation: sometimes\n", "b.yaml");
  ASSERT_FALSE(bad_mode.ok());
  EXPECT_EQ(bad_mode.error().where.line, 2u);
}

}  // namespace
}  // namespace tapwatch

#include "config/config_describe.h"

#include <gtest/gtest.h>

#include "config/config_loader.h"

namespace tapwatch {
namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(DescribeConfig, DefaultsSaySoAndNameTheEssentials) {
  const Config defaults;  // named: GCC 12 -O3 flags a temporary Config's strings maybe-uninitialized
  const std::string text = describeConfig(defaults);
  EXPECT_TRUE(has(text, "built-in defaults")) << text;
  EXPECT_TRUE(has(text, "interface eth0")) << text;
  EXPECT_TRUE(has(text, "2 workers")) << text;
  EXPECT_TRUE(has(text, "/var/log/tapwatch/eve.json")) << text;
  EXPECT_TRUE(has(text, "syslog: off")) << text;
  EXPECT_TRUE(has(text, "http://127.0.0.1:9917/metrics")) << text;
  EXPECT_TRUE(has(text, "http 80,8080")) << text;
  EXPECT_TRUE(has(text, "decode: vxlan ports 4789, geneve ports 6081")) << text;
  EXPECT_FALSE(has(text, "warning")) << text;
  EXPECT_EQ(text.back(), '\n');
}

TEST(DescribeConfig, ReflectsWhatWasConfigured) {
  auto config = loadConfigText("capture: {interface: ens5, workers: 1, bpf: 'not port 22'}\n", "/etc/t.yaml",
                               {"outputs.syslog.enabled=true", "outputs.syslog.transport=relp",
                                "outputs.syslog.target=siem.example.org:2514", "outputs.prometheus.enabled=false",
                                "outputs.eve.path=-", "protocols.dns.ports=[]", "privileges.user=tapwatch",
                                "stream.depth_bytes=0"});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  const std::string text = describeConfig(*config);
  EXPECT_TRUE(has(text, "/etc/t.yaml")) << text;
  EXPECT_TRUE(has(text, "interface ens5, 1 worker,")) << text;
  EXPECT_TRUE(has(text, "\"not port 22\"")) << text;
  EXPECT_TRUE(has(text, "relp://siem.example.org:2514")) << text;
  EXPECT_FALSE(has(text, "framing")) << "framing only applies to tcp and tls\n" << text;
  EXPECT_TRUE(has(text, "prometheus: off")) << text;
  EXPECT_TRUE(has(text, "eve: stdout")) << text;
  EXPECT_TRUE(has(text, "dns content detection only")) << text;
  EXPECT_TRUE(has(text, "user tapwatch")) << text;
  EXPECT_TRUE(has(text, "depth unlimited")) << text;
}

TEST(DescribeConfig, WarnsWhenAlertsGoNowhere) {
  auto config = defaultConfig({"outputs.eve.enabled=false"});
  ASSERT_TRUE(config.ok());
  EXPECT_TRUE(has(describeConfig(*config), "warning: no alert output is enabled"));
}

}  // namespace
}  // namespace tapwatch

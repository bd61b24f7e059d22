// config/tapwatch.yaml documents the built-in defaults: it must load, hold
// exactly the defaults, and mention every key of the table. The examples
// must load and say what their names promise.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <set>
#include <string>

#include "config/config_loader.h"
#include "config/config_schema.h"

namespace tapwatch {
namespace {

const std::string kConfigDir = std::string(TAPWATCH_SOURCE_DIR) + "/config/";

// Dotted paths of every non-mapping value in a YAML tree.
void collectLeaves(const YAML::Node& node, const std::string& path, std::set<std::string>& out) {
  if (!node.IsMap() || node.size() == 0) {  // `vars: {}` is a documented key holding a mapping
    out.insert(path);
    return;
  }
  for (const auto& pair : node) {
    const std::string name = pair.first.as<std::string>();
    collectLeaves(pair.second, path.empty() ? name : path + "." + name, out);
  }
}

TEST(ShippedConfig, HoldsExactlyTheBuiltInDefaults) {
  auto config = loadConfigFile(kConfigDir + "tapwatch.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  const Config defaults;
  // Field by field first, so a drift names the key.
  forEachConfigKey([&](const std::string& path, const ConfigEntry& key) {
    EXPECT_EQ(key.show(*config), key.show(defaults)) << "config/tapwatch.yaml and config.h disagree on " << path;
  });
  Config loaded = *config;
  EXPECT_EQ(loaded.source_file, kConfigDir + "tapwatch.yaml");
  loaded.source_file.clear();
  EXPECT_EQ(loaded, defaults);
}

TEST(ShippedConfig, MentionsEveryKey) {
  const YAML::Node root = YAML::LoadFile(kConfigDir + "tapwatch.yaml");
  std::set<std::string> in_file;
  collectLeaves(root, "", in_file);
  std::set<std::string> in_table;
  forEachConfigKey([&](const std::string& path, const ConfigEntry&) { in_table.insert(path); });
  for (const auto& key : in_table) EXPECT_TRUE(in_file.count(key)) << key << " is not documented in tapwatch.yaml";
  for (const auto& key : in_file) EXPECT_TRUE(in_table.count(key)) << key << " in tapwatch.yaml is not a key";
}

Config loadExample(const std::string& name) {
  auto config = loadConfigFile(kConfigDir + "examples/" + name);
  EXPECT_TRUE(config.ok()) << config.error().describe();
  return config.ok() ? *config : Config{};
}

TEST(ExampleConfigs, LiveTapHost) {
  const Config c = loadExample("live-eth0.yaml");
  EXPECT_EQ(c.capture.interface, "eth0");
  EXPECT_TRUE(c.capture.promiscuous);
  EXPECT_GT(c.capture.workers, 2u);
  EXPECT_FALSE(c.privileges.user.empty()) << "a tap host should drop root after opening the capture";
  EXPECT_TRUE(c.outputs.eve.enabled);
  EXPECT_TRUE(c.outputs.prometheus.enabled);
}

TEST(ExampleConfigs, OfflineAnalysis) {
  const Config c = loadExample("offline-analysis.yaml");
  EXPECT_EQ(c.outputs.eve.path, "-");
  EXPECT_FALSE(c.outputs.syslog.enabled);
  EXPECT_FALSE(c.outputs.prometheus.enabled);
  EXPECT_FALSE(c.signatures.watch);
  EXPECT_EQ(c.stream.depth_bytes, 0u) << "offline analysis inspects whole streams";
}

TEST(ExampleConfigs, SyslogOverTls) {
  const Config c = loadExample("syslog-tls.yaml");
  EXPECT_TRUE(c.outputs.syslog.enabled);
  EXPECT_EQ(c.outputs.syslog.transport, "tls");
  EXPECT_FALSE(c.outputs.syslog.tls.ca_file.empty());
  EXPECT_EQ(c.outputs.syslog.tls.cert_file.empty(), c.outputs.syslog.tls.key_file.empty());
}

}  // namespace
}  // namespace tapwatch

// resolveConfig: what `run` and `scan` end up with from -c, --set and -s.
#include "main/config_resolution.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "main_test_util.h"

namespace tapwatch {
namespace {

using test::TempDir;

constexpr const char* kConfigText = R"(sensor:
  name: resolved-sensor
capture:
  workers: 3
signatures:
  paths: [/from/the/file, /and/another]
  watch: false
)";

TEST(ResolveConfig, ConfigFileIsLoaded) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", kConfigText);
  auto config = resolveConfig({.config_file = file});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->source_file, file);
  EXPECT_EQ(config->sensor.name, "resolved-sensor");
  EXPECT_EQ(config->capture.workers, 3u);
  EXPECT_FALSE(config->signatures.watch);
  // Without -s the file's signature paths stand.
  EXPECT_EQ(config->signatures.paths, (std::vector<std::string>{"/from/the/file", "/and/another"}));
}

TEST(ResolveConfig, OverridesApplyOnTopOfTheFileInOrder) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", kConfigText);
  auto config = resolveConfig({.config_file = file,
                               .overrides = {"capture.workers=5", "sensor.name=first", "sensor.name=second"}});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->capture.workers, 5u);
  EXPECT_EQ(config->sensor.name, "second");
  EXPECT_FALSE(config->signatures.watch);  // untouched keys keep the file's value
}

TEST(ResolveConfig, SignaturePathsOptionReplacesTheConfiguredOnes) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", kConfigText);
  auto config = resolveConfig({.config_file = file,
                               .overrides = {"signatures.paths=[/from/set]"},
                               .signature_paths = {"/cli/one", "/cli/two"}});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->signatures.paths, (std::vector<std::string>{"/cli/one", "/cli/two"}));
}

TEST(ResolveConfig, SignaturePathsOverrideReplacesTheFileOnes) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", kConfigText);
  auto config = resolveConfig({.config_file = file, .overrides = {"signatures.paths=[/from/set]"}});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->signatures.paths, (std::vector<std::string>{"/from/set"}));
}

TEST(ResolveConfig, BadOverrideIsAnErrorNamingIt) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", kConfigText);
  auto config = resolveConfig({.config_file = file, .overrides = {"capture.workers=many"}});
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.error().describe().rfind("--set capture.workers:", 0), 0u) << config.error().describe();
}

TEST(ResolveConfig, OverrideOfAnUnknownKeyIsAnError) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", kConfigText);
  auto config = resolveConfig({.config_file = file, .overrides = {"capture.wrkers=2"}});
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.error().describe().find("capture.wrkers"), std::string::npos) << config.error().describe();
}

TEST(ResolveConfig, OverrideWithoutAnEqualsSignIsAnError) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", kConfigText);
  auto config = resolveConfig({.config_file = file, .overrides = {"capture.workers"}});
  EXPECT_FALSE(config.ok());
}

TEST(ResolveConfig, BadConfigFileIsAnErrorAtItsLocation) {
  TempDir dir;
  const std::string file = dir.write("bad.yaml", "capture:\n  workers: lots\n");
  auto config = resolveConfig({.config_file = file});
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.error().describe().rfind(file + ":2:12:", 0), 0u) << config.error().describe();
}

TEST(ResolveConfig, MissingConfigFileIsAnError) {
  TempDir dir;
  auto config = resolveConfig({.config_file = dir.file("absent.yaml")});
  EXPECT_FALSE(config.ok());
}

TEST(ResolveConfig, BuiltInDefaultsTakeTheSourceTreeSignatures) {
  // Without -c the system config wins when present; then there is nothing to test here.
  if (std::filesystem::exists("/etc/tapwatch/tapwatch.yaml")) GTEST_SKIP() << "/etc/tapwatch/tapwatch.yaml exists";
  auto config = resolveConfig({.overrides = {"sensor.name=defaults"}});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_TRUE(config->source_file.empty());
  EXPECT_EQ(config->sensor.name, "defaults");
  // The test binary has no ../share/tapwatch next to it, so the source tree's packs are used.
  ASSERT_EQ(config->signatures.paths.size(), 1u);
  EXPECT_TRUE(std::filesystem::equivalent(config->signatures.paths[0], test::shippedSignatures()))
      << config->signatures.paths[0];
}

TEST(ResolveConfig, BuiltInDefaultsKeepSignaturePathsGivenByOverride) {
  // Built-in defaults apply only when no system config is installed; a machine
  // with /etc/tapwatch/tapwatch.yaml (an installed sensor) cannot reach them.
  if (std::filesystem::exists("/etc/tapwatch/tapwatch.yaml")) GTEST_SKIP() << "/etc/tapwatch/tapwatch.yaml exists";
  auto config = resolveConfig({.overrides = {"signatures.paths=[/only/these]"}});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->signatures.paths, (std::vector<std::string>{"/only/these"}));
}

}  // namespace
}  // namespace tapwatch

// SignatureReloader with an AlertFilter: the suppress file is part of every
// load (a broken one fails it and keeps the running rules), its changes
// trigger the file watch, and cache metrics come from the loaded set.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/signature_reloader.h"

namespace tapwatch {
namespace {
namespace fs = std::filesystem;

class EngineReloaderSuppress : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "tw_reloader_" + std::to_string(::getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_ + "/sigs");
    std::ofstream(dir_ + "/sigs/a.yaml") << "signatures:\n  - {id: 5, name: a, patterns: [{literal: x}]}\n";
    config_.paths = {dir_ + "/sigs"};
    config_.suppress_file = dir_ + "/suppress.yaml";
  }
  void TearDown() override { fs::remove_all(dir_); }
  void writeSuppress(const std::string& text) {
    std::ofstream(config_.suppress_file, std::ios::trunc) << text;
    // Make the change visible to a size+mtime fingerprint even within one clock tick.
    fs::last_write_time(config_.suppress_file,
                        fs::last_write_time(config_.suppress_file) + std::chrono::seconds(++bump_));
  }

  std::string dir_;
  SignaturesConfig config_;
  int bump_ = 0;
};

TEST_F(EngineReloaderSuppress, SuppressFileLoadsWithTheSignatures) {
  AlertCounters counters;
  AlertFilter filter(counters);
  writeSuppress("suppress: [{signature_id: 5}]\n");
  SignatureReloader reloader(config_.paths, {});
  reloader.attachAlertFilter(filter, config_);
  auto set = reloader.loadInitial();
  ASSERT_TRUE(set) << set.error().describe();
  EXPECT_EQ(filter.suppressList()->size(), 1u);
  EXPECT_FALSE(reloader.filesChanged());

  writeSuppress("suppress: [{signature_id: 5, cidr: bogus}]\n");
  EXPECT_TRUE(reloader.filesChanged()) << "editing the suppress file must trigger the watch";
  auto failed = reloader.loadInitial();
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().where.file, config_.suppress_file);
  EXPECT_EQ(reloader.current(), *set) << "a broken suppress file keeps the running set";
  EXPECT_EQ(filter.suppressList()->size(), 1u) << "... and the running rules";

  writeSuppress("suppress: []\n");
  auto fixed = reloader.loadInitial();
  ASSERT_TRUE(fixed) << fixed.error().describe();
  EXPECT_EQ(filter.suppressList()->size(), 0u);
}

TEST_F(EngineReloaderSuppress, MissingSuppressFileFailsTheLoad) {
  AlertCounters counters;
  AlertFilter filter(counters);
  SignatureReloader reloader(config_.paths, {});
  reloader.attachAlertFilter(filter, config_);
  auto set = reloader.loadInitial();
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().describe().find("suppress.yaml"), std::string::npos) << set.error().describe();
}

TEST_F(EngineReloaderSuppress, ExportsCacheOutcomes) {
  DetectOptions options;
  options.cache_dir = dir_ + "/cache";
  SignatureReloader reloader(config_.paths, options);
  ASSERT_TRUE(reloader.loadInitial());
  ASSERT_TRUE(reloader.loadInitial());
  MetricsBuilder builder;
  reloader.collect(builder);
  std::map<std::string, double> cache;
  for (const auto& family : builder.take())
    if (family.name == "tapwatch_signature_cache_total")
      for (const auto& m : family.metric) cache[m.label.at(0).value] = m.counter.value;
  // Per database: the pack's `stream` database and its block-mode twin (PatternDatabase::whole).
  EXPECT_EQ(cache["miss"], 2);
  EXPECT_EQ(cache["hit"], 2);
  EXPECT_EQ(cache["error"], 0);
}

}  // namespace
}  // namespace tapwatch

// The Daemon replaying a capture (`tapwatch run -r`): it must finish on its
// own and alert exactly like `scan` over the same capture, signatures and
// config, since both go through the same pipeline and EVE writer.
#include "main/daemon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "../support/signature_cache.h"
#include "main/config_resolution.h"
#include "main_test_util.h"

namespace tapwatch {
namespace {

using test::TempDir;

// What identifies an alert regardless of which worker wrote it or when.
using AlertKey = std::tuple<int64_t, std::string, int64_t, std::string, int64_t, std::string>;

std::vector<AlertKey> alertKeys(const std::string& eve) {
  std::vector<AlertKey> keys;
  for (const auto& e : test::readEve(eve)) {
    if (e.at("event_type") != "alert") continue;  // flows, transactions, stats: not what this compares
    keys.emplace_back(e.at("alert").at("signature_id").get<int64_t>(), e.at("src_ip").get<std::string>(),
                      e.at("src_port").get<int64_t>(), e.at("dest_ip").get<std::string>(),
                      e.at("dest_port").get<int64_t>(), e.at("timestamp").get<std::string>());
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

// A config file for both runs: signatures from `signatures`, the compiled
// databases in the shared test cache (or the temp dir when run by hand; the
// second run loads them), no watching.
std::string writeConfig(const TempDir& dir, const std::string& signatures) {
  return dir.write("tapwatch.yaml", "signatures:\n  paths: [\"" + signatures + "\"]\n  watch: false\n  cache_dir: \"" +
                                        test::signatureCacheDir(dir.file("cache")) + "\"\n");
}

Config replayConfig(const std::string& config_file, const std::string& eve) {
  auto config = resolveConfig({.config_file = config_file});
  EXPECT_TRUE(config.ok()) << config.error().describe();
  Config c = config.ok() ? config.value() : Config{};
  c.outputs.eve.path = eve;
  c.outputs.prometheus.enabled = false;  // no listening socket in a unit test
  c.control.socket = "";                 // nor a control socket in /run
  return c;
}

TEST(Daemon, ReplayFinishesAndAlertsLikeScan) {
  TempDir dir;
  const std::string config_file = writeConfig(dir, test::shippedSignatures());

  ScanOptions scan;
  scan.config.config_file = config_file;
  scan.pcaps = {test::demoPcap()};
  scan.output = dir.file("scan.json");
  scan.progress = false;
  testing::internal::CaptureStderr();
  const int scan_rc = runScan(scan);
  const std::string scan_err = testing::internal::GetCapturedStderr();
  ASSERT_EQ(scan_rc, kExitOk) << scan_err;

  RunOptions run;
  run.config.config_file = config_file;
  run.pcaps = {test::demoPcap()};
  const std::string eve = dir.file("run.json");
  {
    Daemon daemon(replayConfig(config_file, eve), run);
    ASSERT_EQ(daemon.start(), kExitOk);
    EXPECT_EQ(daemon.serve(), kExitOk);
  }

  const auto scanned = alertKeys(scan.output);
  const auto replayed = alertKeys(eve);
  ASSERT_FALSE(scanned.empty()) << "the shipped packs should alert on the demo capture";
  EXPECT_EQ(replayed.size(), scanned.size());
  EXPECT_EQ(replayed, scanned);
}

TEST(Daemon, MissingReplayFileFailsToStart) {
  TempDir dir;
  const std::string config_file = writeConfig(dir, dir.write("sig.yaml", test::kDnsSignature));
  RunOptions run;
  run.pcaps = {dir.file("missing.pcap")};
  const std::string eve = dir.file("run.json");
  Daemon daemon(replayConfig(config_file, eve), run);
  EXPECT_EQ(daemon.start(), kExitRuntime);
  EXPECT_FALSE(std::filesystem::exists(eve));
}

TEST(Daemon, BadSignaturesFailToStartAsUsageError) {
  TempDir dir;
  const std::string config_file = writeConfig(dir, dir.write("bad.yaml", "signatures:\n  - id: 1\n    nme: typo\n"));
  RunOptions run;
  run.pcaps = {test::demoPcap()};
  Daemon daemon(replayConfig(config_file, dir.file("run.json")), run);
  EXPECT_EQ(daemon.start(), kExitUsage);
}

}  // namespace
}  // namespace tapwatch

// `tapwatch scan` as a library call: EVE output, its truncation, exit codes
// for unusable outputs and inputs, and the --stats-json summary.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "main/commands.h"
#include "main_test_util.h"

namespace tapwatch {
namespace {

using test::TempDir;

// A scan set up like an operator's: a config file with no signature cache
// (nothing outside the temp dir is written), -s naming one signature file.
ScanOptions scanOptions(const TempDir& dir, const std::string& eve) {
  ScanOptions options;
  options.config.config_file = dir.write("tapwatch.yaml", "signatures:\n  cache_dir: \"\"\n  watch: false\n");
  options.config.signature_paths = {dir.write("sig.yaml", test::kDnsSignature)};
  options.pcaps = {test::demoPcap()};
  options.output = eve;
  options.progress = false;
  return options;
}

// runScan with its stderr (the summary and any errors) kept for failure messages.
struct ScanRun {
  int rc;
  std::string err;
};
ScanRun scan(const ScanOptions& options) {
  testing::internal::CaptureStderr();
  const int rc = runScan(options);
  return {rc, testing::internal::GetCapturedStderr()};
}

testing::AssertionResult scanExits(const ScanOptions& options, int expected) {
  const ScanRun run = scan(options);
  if (run.rc == expected) return testing::AssertionSuccess();
  return testing::AssertionFailure() << "exit " << run.rc << ", expected " << expected << "; stderr:\n" << run.err;
}

// Scans for alerts with alert.context on (the options' other settings kept); the EVE lines written.
std::vector<nlohmann::json> alertsWithContext(ScanOptions options, const std::string& eve) {
  options.types = {"alert"};
  options.config.overrides = {"outputs.eve.alert_context=true"};
  EXPECT_TRUE(scanExits(options, kExitOk));
  return test::readEve(eve);
}

TEST(Scan, WritesOneAlertObjectPerLine) {
  TempDir dir;
  const std::string eve = dir.file("eve.json");
  const auto events = alertsWithContext(scanOptions(dir, eve), eve);
  ASSERT_FALSE(events.empty());
  for (const auto& event : events) {
    ASSERT_TRUE(event.is_object()) << event.dump();
    EXPECT_EQ(event.at("event_type"), "alert") << event.dump();
    EXPECT_EQ(event.at("alert").at("signature_id"), 3000001) << event.dump();
    EXPECT_EQ(event.at("alert").at("context").at("field"), "dns.query") << event.dump();
    EXPECT_EQ(event.at("dns").at("version"), 3) << event.dump();
    EXPECT_EQ(event.at("dns").at("queries").at(0).at("rrname"), "luxury-watches-90off.example") << event.dump();
  }
}

TEST(Scan, AlertContextNamesIndicatorsBeyondTheFirst64Patterns) {
  // 100 patterns on the demo's DNS lookup of luxury-watches-90off.example: p70..p99 weigh 1 each, and
  // three of them (p70, p85, p99, the last completing the score) plus the unweighted p1 are in the name;
  // the rest never match.
  std::string yaml = "signatures:\n  - id: 3000002\n    name: wide scored\n    fields: [dns.query]\n    patterns:\n";
  const std::map<size_t, std::string> present = {{1, "luxury"}, {70, "watches"}, {85, "90off"}, {99, ".example"}};
  for (size_t i = 0; i < 100; ++i) {
    const auto it = present.find(i);
    yaml.append("      - {id: p").append(std::to_string(i)).append(", literal: '");
    yaml.append(it != present.end() ? it->second : std::string("absent-").append(std::to_string(i))).append("'");
    yaml.append(i >= 70 ? ", score: 1}\n" : "}\n");
  }
  yaml += "    condition: \"score >= 3\"\n";
  TempDir dir;
  const std::string eve = dir.file("eve.json");
  ScanOptions options = scanOptions(dir, eve);
  options.config.signature_paths = {dir.write("wide.yaml", yaml)};
  const auto events = alertsWithContext(options, eve);
  ASSERT_FALSE(events.empty());
  for (const auto& event : events) {
    const auto& alert = event.at("alert");
    EXPECT_EQ(alert.at("signature_id"), 3000002) << event.dump();
    EXPECT_EQ(alert.at("context").at("score"), 3) << event.dump();
    EXPECT_EQ(alert.at("context").at("indicators"), nlohmann::json({"p1", "p70", "p85", "p99"})) << event.dump();
  }
}

TEST(Scan, WritesEveryConfiguredEventType) {
  TempDir dir;
  const std::string eve = dir.file("eve.json");
  ASSERT_TRUE(scanExits(scanOptions(dir, eve), kExitOk));  // default: every type
  std::map<std::string, int> by_type;
  for (const auto& event : test::readEve(eve)) ++by_type[event.at("event_type").get<std::string>()];
  EXPECT_GT(by_type["alert"], 0);
  EXPECT_GT(by_type["flow"], 0);
  EXPECT_GT(by_type["dns"], 0);
  EXPECT_EQ(by_type["stats"], 1) << "one stats record when the scan ends";
  // --types narrows it.
  ScanOptions flows = scanOptions(dir, eve);
  flows.types = {"flow"};
  ASSERT_TRUE(scanExits(flows, kExitOk));
  for (const auto& event : test::readEve(eve)) EXPECT_EQ(event.at("event_type"), "flow") << event.dump();
}

TEST(Scan, TruncatesItsOutputFile) {
  TempDir dir;
  const std::string eve = dir.file("eve.json");
  // What was in the file before the first scan must not survive it either.
  dir.write("eve.json", "left over from an earlier run\n");
  const ScanOptions options = scanOptions(dir, eve);
  ASSERT_TRUE(scanExits(options, kExitOk));
  const auto first = test::readLines(eve);
  ASSERT_FALSE(first.empty());
  EXPECT_NE(first.front(), "left over from an earlier run");
  ASSERT_TRUE(scanExits(options, kExitOk));
  const auto second = test::readLines(eve);
  EXPECT_EQ(second.size(), first.size()) << "second scan appended instead of truncating";
  EXPECT_NO_THROW(test::readEve(eve));
}

TEST(Scan, UnwritableOutputIsExitOne) {
  TempDir dir;
  // A missing directory: unwritable even for root, who ignores permission bits.
  const std::string eve = dir.file("no-such-dir/eve.json");
  const ScanRun run = scan(scanOptions(dir, eve));
  EXPECT_EQ(run.rc, kExitRuntime) << run.err;
  EXPECT_NE(run.err.find(eve), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(eve));
}

TEST(Scan, MissingCaptureIsExitOneButTheOtherFilesAreStillScanned) {
  TempDir dir;
  const std::string alone = dir.file("alone.json");
  ASSERT_TRUE(scanExits(scanOptions(dir, alone), kExitOk));
  const size_t expected = test::readLines(alone).size();
  ASSERT_GT(expected, 0u);

  const std::string eve = dir.file("eve.json");
  ScanOptions options = scanOptions(dir, eve);
  const std::string missing = dir.file("missing.pcap");
  // The missing file first: the scan must go on to the next one.
  options.pcaps = {missing, test::demoPcap()};
  const ScanRun run = scan(options);
  EXPECT_EQ(run.rc, kExitRuntime) << run.err;
  EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
  EXPECT_EQ(test::readLines(eve).size(), expected);
}

TEST(Scan, BadSignatureIsExitTwoAndWritesNoOutput) {
  TempDir dir;
  const std::string eve = dir.file("eve.json");
  ScanOptions options = scanOptions(dir, eve);
  options.config.signature_paths = {dir.write("bad.yaml", "signatures:\n  - id: 1\n    nme: typo\n")};
  EXPECT_TRUE(scanExits(options, kExitUsage));
  EXPECT_FALSE(std::filesystem::exists(eve));
}

TEST(Scan, BadConfigIsExitTwo) {
  TempDir dir;
  ScanOptions options = scanOptions(dir, dir.file("eve.json"));
  options.config.overrides = {"capture.workers=none"};
  EXPECT_TRUE(scanExits(options, kExitUsage));
}

TEST(Scan, StatsJsonHasTheRunCounts) {
  TempDir dir;
  const std::string eve = dir.file("eve.json");
  ScanOptions options = scanOptions(dir, eve);
  options.stats_json = dir.file("summary.json");
  ASSERT_TRUE(scanExits(options, kExitOk));
  const auto summary = nlohmann::json::parse(test::readFile(options.stats_json));
  size_t alerts = 0;
  for (const auto& event : test::readEve(eve)) alerts += event.at("event_type") == "alert";
  ASSERT_GT(alerts, 0u);
  EXPECT_EQ(summary.at("alerts"), alerts);
  EXPECT_GT(summary.at("packets").get<uint64_t>(), 0u);
  EXPECT_GT(summary.at("bytes").get<uint64_t>(), summary.at("packets").get<uint64_t>());
  EXPECT_GT(summary.at("flows").get<uint64_t>(), 0u);
  EXPECT_EQ(summary.at("file_errors"), 0);
  EXPECT_GE(summary.at("elapsed_seconds").get<double>(), 0.0);
}

TEST(Scan, UnwritableStatsJsonIsExitOneButAlertsAreWritten) {
  TempDir dir;
  const std::string eve = dir.file("eve.json");
  ScanOptions options = scanOptions(dir, eve);
  options.stats_json = dir.file("no-such-dir/summary.json");
  EXPECT_TRUE(scanExits(options, kExitRuntime));
  EXPECT_FALSE(test::readLines(eve).empty());
}

TEST(Scan, WorkerCountDoesNotChangeTheAlerts) {
  TempDir dir;
  ScanOptions one = scanOptions(dir, dir.file("one.json"));
  one.workers = 1;
  ScanOptions four = scanOptions(dir, dir.file("four.json"));
  four.workers = 4;
  ASSERT_TRUE(scanExits(one, kExitOk));
  ASSERT_TRUE(scanExits(four, kExitOk));
  EXPECT_FALSE(test::readLines(one.output).empty());
  EXPECT_EQ(test::readLines(one.output).size(), test::readLines(four.output).size());
}

// Alerts as comparable text: what, between whom, and (`with_time`) when;
// flow ids differ by worker and run.
std::multiset<std::string> alertKeys(const std::string& eve, bool with_time) {
  std::multiset<std::string> keys;
  for (const auto& e : test::readEve(eve)) {
    if (e.at("event_type") != "alert") continue;
    keys.insert((with_time ? e.at("timestamp").get<std::string>() + " " : std::string()) +
                std::to_string(e.at("alert").at("signature_id").get<int>()) + " " + e.at("src_ip").get<std::string>() +
                ":" + std::to_string(e.value("src_port", 0)) + " > " + e.at("dest_ip").get<std::string>() + ":" +
                std::to_string(e.value("dest_port", 0)));
  }
  return keys;
}

// capture.offline_mode: fanout (every worker reads the file) and dispatch
// (one capture thread copies packets to the workers) scan the same packets
// into the same alerts and counts as one worker does, over several files.
// Fanout's alerts carry the same times too: each worker's clock follows every
// packet. A dispatch worker's clock follows its own packets only, so an alert
// raised when its flows close at the end may carry an earlier time.
TEST(Scan, OfflineModesGiveTheSameAlertsAndCounts) {
  TempDir dir;
  const auto run = [&](const std::string& name, uint32_t workers, const std::string& mode) {
    ScanOptions options = scanOptions(dir, dir.file(name + ".json"));
    options.pcaps = {test::demoPcap(), test::demoPcap()};
    options.workers = workers;
    options.stats_json = dir.file(name + "-summary.json");
    options.config.overrides = {"capture.offline_mode=" + mode};
    EXPECT_TRUE(scanExits(options, kExitOk)) << name;
    return std::make_tuple(alertKeys(options.output, true), alertKeys(options.output, false),
                           nlohmann::json::parse(test::readFile(options.stats_json)));
  };
  const auto [one_alerts, one_untimed, one] = run("one", 1, "fanout");
  ASSERT_FALSE(one_alerts.empty());
  for (const auto& [name, workers, mode] : {std::tuple<std::string, uint32_t, std::string>{"fanout2", 2, "fanout"},
                                            {"fanout3", 3, "fanout"},
                                            {"dispatch2", 2, "dispatch"}}) {
    const auto [alerts, untimed, summary] = run(name, workers, mode);
    if (mode == "fanout") {
      EXPECT_EQ(alerts, one_alerts) << name;
    }
    EXPECT_EQ(untimed, one_untimed) << name;
    for (const char* key : {"packets", "bytes", "flows", "files", "file_errors", "alerts"})
      EXPECT_EQ(summary.at(key), one.at(key)) << name << ": " << key;
  }
}

TEST(Scan, UnknownOfflineModeIsExitTwo) {
  TempDir dir;
  ScanOptions options = scanOptions(dir, dir.file("eve.json"));
  options.config.overrides = {"capture.offline_mode=threads"};
  EXPECT_TRUE(scanExits(options, kExitUsage));
}

}  // namespace
}  // namespace tapwatch

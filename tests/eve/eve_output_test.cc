// The output thread's EVE routing: outputs.eve.types selects what is written,
// outputs.eve.files sends a type to its own file, the rest goes to `path`,
// a final stats record is written at stop, and `host` falls back to the
// machine's hostname.
#include <gtest/gtest.h>
#include <unistd.h>

#include <climits>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "../output/test_dir.h"
#include "config/config.h"
#include "eve_samples.h"
#include "output/output_thread.h"

namespace tapwatch {
namespace {

std::vector<nlohmann::json> readLines(const std::string& path) {
  std::vector<nlohmann::json> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

void runAll(const OutputsConfig& config, const std::string& sensor_name = "tap-01") {
  OutputStats stats;
  OutputThread out(config, sensor_name, stats, {.eve_open = EveOpenMode::Truncate});
  ASSERT_TRUE(out.start().ok());
  out.setStatsSource([](const StatsVisitor& visit) {
    visit(MetricInfo{"tapwatch_worker_packets_total", MetricKind::Counter, "worker", ""}, "", 3);
  });
  for (EveEvent& e : test::allSampleEvents()) out.emit(std::move(e));
  out.stop(std::chrono::milliseconds(0));
  EXPECT_EQ(stats.events_received.value(), test::allSampleEvents().size());
  EXPECT_EQ(stats.eve_errors.value(), 0u);
}

TEST(EveOutput, PerTypeFilesAndTheMainPath) {
  TestDir dir;
  OutputsConfig config;
  config.eve.path = dir.path() + "/eve.json";
  config.eve.files.flow = dir.path() + "/flow.json";
  config.eve.files.dns = dir.path() + "/dns.json";
  config.eve.stats_interval = 0;
  runAll(config);
  std::map<std::string, int> main_types;
  for (const auto& j : readLines(config.eve.path)) ++main_types[j["event_type"].get<std::string>()];
  EXPECT_EQ(main_types.count("flow"), 0u);
  EXPECT_EQ(main_types.count("dns"), 0u);
  EXPECT_EQ(main_types["alert"], 1);
  EXPECT_EQ(main_types["http"], 1);
  EXPECT_EQ(main_types["fileinfo"], 2);
  EXPECT_EQ(main_types["stats"], 1) << "the last stats record, written at stop";
  const auto flows = readLines(config.eve.files.flow);
  ASSERT_EQ(flows.size(), 1u);
  EXPECT_EQ(flows[0]["event_type"], "flow");
  const auto dns = readLines(config.eve.files.dns);
  ASSERT_EQ(dns.size(), 2u);
  for (const auto& j : dns) EXPECT_EQ(j["event_type"], "dns");
}

TEST(EveOutput, TypesSelectWhatIsWritten) {
  TestDir dir;
  OutputsConfig config;
  config.eve.path = dir.path() + "/eve.json";
  config.eve.types = {"alert", "anomaly"};
  runAll(config);
  std::map<std::string, int> types;
  for (const auto& j : readLines(config.eve.path)) ++types[j["event_type"].get<std::string>()];
  EXPECT_EQ(types, (std::map<std::string, int>{{"alert", 1}, {"anomaly", 3}}));
}

TEST(EveOutput, HostDefaultsToTheHostname) {
  TestDir dir;
  OutputsConfig config;
  config.eve.path = dir.path() + "/eve.json";
  config.eve.types = {"alert"};
  runAll(config, "");
  char host[HOST_NAME_MAX + 1] = {};
  ASSERT_EQ(::gethostname(host, sizeof host - 1), 0);
  const auto lines = readLines(config.eve.path);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["host"], std::string(host));
  runAll(config, "tap-07");  // sensor.name wins
  EXPECT_EQ(readLines(config.eve.path)[0]["host"], "tap-07");
}

TEST(EveOutput, CommunityIdSeedIsConfigurable) {
  TestDir dir;
  OutputsConfig config;
  config.eve.path = dir.path() + "/eve.json";
  config.eve.types = {"flow"};
  runAll(config);
  const std::string seed0 = readLines(config.eve.path)[0]["community_id"];
  config.eve.community_id_seed = 1;
  runAll(config);
  const std::string seed1 = readLines(config.eve.path)[0]["community_id"];
  EXPECT_NE(seed0, seed1);
  EXPECT_EQ(seed0.rfind("1:", 0), 0u);
}

TEST(EveOutput, FullHandOffCountsEveryDroppedEvent) {
  // Live mode never blocks a worker: with the hand-off full (the output
  // thread not started here, so nothing drains it) each further event is
  // counted as dropped, alerts in their own counter too.
  OutputsConfig config;
  config.eve.enabled = false;
  OutputStats stats;
  OutputThread out(config, "tap-01", stats, {.submit = SubmitMode::NoWait});
  for (size_t i = 0; i < OutputThread::kHandOffCapacity; ++i)
    ASSERT_TRUE(out.submit(EveEvent(test::sampleFlow()), SubmitMode::NoWait));
  EXPECT_FALSE(out.submit(EveEvent(test::sampleFlow()), SubmitMode::NoWait));
  EXPECT_FALSE(out.submit(EveEvent(test::sampleAlertEvent()), SubmitMode::NoWait));
  EXPECT_EQ(stats.events_dropped.value(), 2u);
  EXPECT_EQ(stats.alerts_dropped.value(), 1u);
}

}  // namespace
}  // namespace tapwatch

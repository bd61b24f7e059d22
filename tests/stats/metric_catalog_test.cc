// The metric catalogue (allMetrics, gathered from the modules' lists) against
// the rules every declaration must follow, and against what the metric
// sources of a running pipeline actually expose.
#include "main/metric_catalog.h"

#include <gtest/gtest.h>
#include <pcap/dlt.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "../decode/packet_builder.h"
#include "engine/signature_reloader.h"
#include "main/daemon.h"

namespace tapwatch {
namespace {

std::set<std::string> labelNames(std::string_view labels) {
  std::set<std::string> names;
  while (!labels.empty()) {
    const size_t comma = labels.find(',');
    names.emplace(labels.substr(0, comma));
    labels = comma == std::string_view::npos ? std::string_view() : labels.substr(comma + 1);
  }
  return names;
}

TEST(MetricCatalog, EveryMetricHasHelpAndValidNames) {
  const std::regex metric_name("[a-zA-Z_:][a-zA-Z0-9_:]*"), label_name("[a-zA-Z_][a-zA-Z0-9_]*");
  ASSERT_GT(allMetrics().size(), 50u);
  for (const MetricInfo& m : allMetrics()) {
    const std::string name(m.name);
    EXPECT_TRUE(std::regex_match(name, metric_name)) << name;
    // process_*: the standard names every Prometheus client exports (main/process_metrics.h).
    EXPECT_TRUE(name.starts_with("tapwatch_") || name.starts_with("process_")) << name;
    EXPECT_FALSE(m.help.empty()) << name << " has no help text";
    EXPECT_EQ(m.help.find('\n'), std::string_view::npos) << name;
    for (const std::string& label : labelNames(m.labels)) {
      EXPECT_TRUE(std::regex_match(label, label_name)) << name << ": label '" << label << "'";
      EXPECT_FALSE(label.starts_with("__")) << name << ": " << label << " is reserved";
    }
  }
}

TEST(MetricCatalog, CountersEndInTotalAndGaugesDoNot) {
  for (const MetricInfo& m : allMetrics())
    EXPECT_EQ(m.kind == MetricKind::Counter, m.name.ends_with("_total"))
        << m.name << " is a " << metricKindName(m.kind);
}

TEST(MetricCatalog, NoNameIsDeclaredTwiceDifferently) {
  const auto& all = allMetrics();
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end(),
                             [](const MetricInfo& a, const MetricInfo& b) { return a.name < b.name; }));
  // Identical repeats are merged, so two entries with one name disagree on kind, labels or help.
  for (size_t i = 1; i < all.size(); ++i)
    EXPECT_NE(all[i - 1].name, all[i].name)
        << all[i].name << " is declared as {" << metricKindName(all[i - 1].kind) << ", " << all[i - 1].labels << ", "
        << all[i - 1].help << "} and as {" << metricKindName(all[i].kind) << ", " << all[i].labels << ", "
        << all[i].help << "}";
}

class CountingSink final : public AlertSink {
 public:
  void emit(EveEvent&& event) override {
    if (event.type() == EveType::Alert) ++alerts;
  }
  int alerts = 0;
};

class MetricCatalogScrape : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "tw_metric_catalog_" + std::to_string(::getpid());
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ + "/a.yaml")
        << "signatures:\n  - {id: 7, name: a, category: test, patterns: [{literal: catalogue check}]}\n";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string dir_;
};

// Every family the daemon's sources expose is declared with that kind, help
// and label names, and every declared metric is exposed with at least one series.
TEST_F(MetricCatalogScrape, RunningPipelineExposesExactlyTheDeclaredSet) {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  AlertFilter filter(counters);
  SignaturesConfig signatures;
  signatures.paths = {dir_};
  SignatureReloader reloader(signatures.paths, {});
  reloader.attachAlertFilter(filter, signatures);
  auto set = reloader.loadInitial();
  ASSERT_TRUE(set) << set.error().describe();
  OutputStats outputs;
  XbitsTable xbits;
  Pipeline pipeline(config, WorkerContext{config, sink, counters, "", &filter, &xbits}, *set, 2, false);
  pipeline.start();
  test::Ipv4Spec ip;
  ip.src = {10, 0, 0, 1};
  ip.dst = {192, 0, 2, 25};
  ip.protocol = 17;
  const test::Bytes frame =
      test::ethernet(0x0800, test::ipv4(ip, test::udp(5000, 9999, test::text("a catalogue check"))));
  const auto size = static_cast<uint32_t>(frame.size());
  pipeline.dispatch(DLT_EN10MB, RawPacket{Timestamp{1700000000, 0}, size, size, frame.data()});
  pipeline.finish();
  ASSERT_EQ(sink.alerts, 1) << "an alert gives the per-signature families their series";

  MetricsBuilder scrape;
  const auto sources = daemonMetricSources(pipeline, counters, filter, xbits, outputs, "lo");
  for (const auto& source : sources) source->collect(scrape);
  reloader.collect(scrape);

  std::map<std::string_view, const MetricInfo*> declared;
  for (const MetricInfo& m : allMetrics()) declared.emplace(m.name, &m);
  std::set<std::string> exposed;
  for (const prometheus::MetricFamily& family : scrape.take()) {
    exposed.insert(family.name);
    const auto it = declared.find(family.name);
    if (it == declared.end()) {
      ADD_FAILURE() << family.name << " is exposed but not declared";
      continue;
    }
    const MetricInfo& m = *it->second;
    EXPECT_EQ(family.help, m.help) << family.name;
    EXPECT_EQ(family.type,
              m.kind == MetricKind::Counter ? prometheus::MetricType::Counter : prometheus::MetricType::Gauge)
        << family.name;
    EXPECT_FALSE(family.metric.empty()) << family.name << " has no series";
    for (const prometheus::ClientMetric& series : family.metric) {
      std::set<std::string> names;
      for (const auto& label : series.label) names.insert(label.name);
      EXPECT_EQ(names, labelNames(m.labels)) << family.name;
    }
  }
  for (const auto& [name, m] : declared)
    EXPECT_EQ(exposed.count(std::string(name)), 1u) << name << " is declared but not exposed";
}

}  // namespace
}  // namespace tapwatch

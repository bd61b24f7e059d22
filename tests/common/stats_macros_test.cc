// The metric plumbing: Counter, Gauge and SharedCounter, and what a stats
// list and a metric list generate (members, visitor, catalogue entries).
#include "common/stats_macros.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace tapwatch {
namespace {

enum class Colour : uint8_t { Red, Green };
std::string_view colourName(Colour c) { return c == Colour::Red ? "red" : "green"; }

#define TEST_STATS(COUNTER, GAUGE, COUNTER_ARRAY, SHARED_COUNTER) \
  COUNTER(sent, "test_messages_total", "result", "sent", "Messages, by result.") \
  SHARED_COUNTER(dropped, "test_messages_total", "result", "dropped", "Messages, by result.") \
  GAUGE(queued, "test_queue_depth", "", "", "Messages waiting.") \
  COUNTER_ARRAY(by_colour, 2, colourName, "test_colours_total", "colour", "Colours seen.")

struct TestStats {
  TAPWATCH_DECLARE_STATS(TEST_STATS)
};
TAPWATCH_DEFINE_STATS_VISITOR(visitTestStats, TestStats, TEST_STATS)

#define TEST_METRICS(COUNTER, GAUGE) \
  COUNTER(requests, "test_requests_total", "method,code", "Requests.") \
  GAUGE(started, "test_start_time_seconds", "", "Start time.")

TAPWATCH_DECLARE_METRICS(TestMetrics, TEST_METRICS);

struct Seen {
  std::string series;
  MetricKind kind;
  uint64_t value;
};

std::vector<Seen> visitAll(const TestStats& stats) {
  std::vector<Seen> seen;
  visitTestStats(stats, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
    std::string series(metric.name);
    if (!label.empty()) series.append("{").append(metric.labels).append("=").append(label).append("}");
    seen.push_back({series, metric.kind, value});
  });
  return seen;
}

TEST(CommonCounter, AddsAndMirrorsATotal) {
  Counter c;
  c.add();
  c.add(4);
  EXPECT_EQ(c.value(), 5u);
  c.mirrorTotal(42);
  EXPECT_EQ(c.value(), 42u);
}

TEST(CommonGauge, SetsAddsAndSubtracts) {
  Gauge g;
  g.set(10);
  g.add(5);
  g.sub(3);
  g.add();
  g.sub();
  EXPECT_EQ(g.value(), 12u);
}

TEST(CommonSharedCounter, CountsEveryAddFromSeveralThreads) {
  SharedCounter c;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&c] {
      for (int i = 0; i < 10000; ++i) c.add();
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(c.value(), 40000u);
}

TEST(CommonStatsMacros, MembersHaveTheDeclaredTypes) {
  TestStats stats;
  static_assert(std::is_same_v<decltype(stats.sent), Counter>);
  static_assert(std::is_same_v<decltype(stats.dropped), SharedCounter>);
  static_assert(std::is_same_v<decltype(stats.queued), Gauge>);
  static_assert(std::is_same_v<decltype(stats.by_colour), std::array<Counter, 2>>);
  // No hidden state per member: a stats struct is its values, nothing more.
  static_assert(sizeof(TestStats) == 5 * sizeof(Counter));
}

TEST(CommonStatsMacros, VisitorReportsEverySeriesWithItsKindZerosIncluded) {
  TestStats stats;
  stats.sent.add(3);
  stats.queued.set(7);
  stats.by_colour[static_cast<size_t>(Colour::Green)].add(2);
  const auto seen = visitAll(stats);
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[0].series, "test_messages_total{result=sent}");
  EXPECT_EQ(seen[0].value, 3u);
  EXPECT_EQ(seen[1].series, "test_messages_total{result=dropped}");
  EXPECT_EQ(seen[1].value, 0u);
  EXPECT_EQ(seen[2].series, "test_queue_depth");
  EXPECT_EQ(seen[2].kind, MetricKind::Gauge);
  EXPECT_EQ(seen[2].value, 7u);
  EXPECT_EQ(seen[3].series, "test_colours_total{colour=red}");
  EXPECT_EQ(seen[4].series, "test_colours_total{colour=green}");
  EXPECT_EQ(seen[4].value, 2u);
  for (const Seen& s : seen) {
    if (s.series.starts_with("test_messages") || s.series.starts_with("test_colours")) {
      EXPECT_EQ(s.kind, MetricKind::Counter) << s.series;
    }
  }
}

TEST(CommonStatsMacros, CatalogueEntriesFollowTheList) {
  ASSERT_EQ(std::size(TestStats::kMetrics), 4u);  // one per entry: a split metric repeats
  EXPECT_EQ(TestStats::kMetrics[0], TestStats::kMetrics[1]);
  EXPECT_EQ(TestStats::kMetrics[2], (MetricInfo{"test_queue_depth", MetricKind::Gauge, "", "Messages waiting."}));
  EXPECT_EQ(TestStats::kMetrics[3], (MetricInfo{"test_colours_total", MetricKind::Counter, "colour", "Colours seen."}));
}

TEST(CommonStatsMacros, MetricListDeclaresOneConstantPerId) {
  static_assert(TestMetrics::requests.kind == MetricKind::Counter);
  static_assert(TestMetrics::started.kind == MetricKind::Gauge);
  EXPECT_EQ(TestMetrics::requests.name, "test_requests_total");
  EXPECT_EQ(TestMetrics::requests.labels, "method,code");
  ASSERT_EQ(std::size(TestMetrics::kMetrics), 2u);
  EXPECT_EQ(TestMetrics::kMetrics[1], TestMetrics::started);
  EXPECT_EQ(metricKindName(MetricKind::Counter), "counter");
  EXPECT_EQ(metricKindName(MetricKind::Gauge), "gauge");
}

}  // namespace
}  // namespace tapwatch

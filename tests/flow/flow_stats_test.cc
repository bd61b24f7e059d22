#include "flow/flow_stats.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <string>

namespace tapwatch {
namespace {

struct Seen {
  std::string label;
  uint64_t value;
  std::string_view label_name;
  MetricKind kind;
};

std::multimap<std::string, Seen> visitAll(const FlowStats& stats) {
  std::multimap<std::string, Seen> seen;
  visitFlowStats(stats, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
    seen.emplace(std::string(metric.name), Seen{std::string(label), value, metric.labels, metric.kind});
  });
  return seen;
}

uint64_t valueOf(const std::multimap<std::string, Seen>& seen, const std::string& metric, const std::string& label) {
  for (auto [it, end] = seen.equal_range(metric); it != end; ++it)
    if (it->second.label == label) return it->second.value;
  ADD_FAILURE() << "no " << metric << "{" << label << "}";
  return UINT64_MAX;
}

TEST(FlowStats, VisitorReportsTheContractMetricsWithTheirValues) {
  FlowStats stats;
  stats.flows_total.add(7);
  stats.flows_active.set(3);
  stats.evicted_cap.add(2);
  stats.tcp_gaps.add(5);
  stats.memcap_drops.add(11);
  stats.timeout_udp.add(13);
  const auto seen = visitAll(stats);
  // The metric names dashboards and alert rules rely on.
  EXPECT_EQ(valueOf(seen, "tapwatch_flows_total", ""), 7u);
  EXPECT_EQ(valueOf(seen, "tapwatch_flows_active", ""), 3u);
  EXPECT_EQ(valueOf(seen, "tapwatch_flows_evicted_total", "cap"), 2u);
  EXPECT_EQ(valueOf(seen, "tapwatch_flows_evicted_total", "timeout_udp"), 13u);
  EXPECT_EQ(valueOf(seen, "tapwatch_stream_gaps_total", ""), 5u);
  EXPECT_EQ(valueOf(seen, "tapwatch_memcap_drops_total", "stream"), 11u);
  EXPECT_EQ(valueOf(seen, "tapwatch_flows_evicted_total", "timeout_tcp_syn"), 0u);
}

TEST(FlowStats, EveryCounterIsVisitedOnceWithAValidName) {
  FlowStats stats;
  const auto seen = visitAll(stats);
  EXPECT_EQ(seen.size(), sizeof(FlowStats) / sizeof(Counter));
  const std::regex name("tapwatch_[a-z_]+");
  std::set<std::pair<std::string, std::string>> unique;
  for (const auto& [metric, s] : seen) {
    EXPECT_TRUE(std::regex_match(metric, name)) << metric;
    EXPECT_TRUE(unique.emplace(metric, s.label).second) << "duplicate " << metric << "{" << s.label << "}";
    EXPECT_EQ(s.label_name.empty(), s.label.empty()) << metric << " label name and value must agree";
    // Counters end in _total, gauges never do.
    EXPECT_NE(s.kind == MetricKind::Gauge, metric.ends_with("_total")) << metric;
  }
}

TEST(FlowStats, LabelNames) {
  const auto seen = visitAll(FlowStats{});
  EXPECT_EQ(seen.find("tapwatch_flows_evicted_total")->second.label_name, "reason");
  EXPECT_EQ(seen.find("tapwatch_memcap_drops_total")->second.label_name, "pool");
  EXPECT_EQ(seen.find("tapwatch_flows_active")->second.label_name, "");
}

}  // namespace
}  // namespace tapwatch

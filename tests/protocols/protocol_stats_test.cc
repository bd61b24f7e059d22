#include "protocols/protocol_stats.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

namespace tapwatch {
namespace {

TEST(ProtocolStats, VisitorReportsEveryCounterOnceWithItsValue) {
  ProtocolStats stats;
  stats.transactions_http.add(3);
  stats.anomaly_dns_bad_pointer.add(2);
  std::set<std::pair<std::string, std::string>> seen;
  uint64_t http = 0, pointer = 0, total = 0;
  std::map<std::string, std::string> label_names;
  visitProtocolStats(stats, [&](const MetricInfo& info, std::string_view label, uint64_t value) {
    const std::string_view metric = info.name;
    label_names[std::string(metric)] = info.labels;
    EXPECT_TRUE(seen.emplace(std::string(metric), std::string(label)).second) << metric << "{" << label << "}";
    EXPECT_TRUE(std::regex_match(std::string(metric), std::regex("tapwatch_protocol_[a-z_]+_total"))) << metric;
    EXPECT_TRUE(std::regex_match(std::string(label), std::regex("[a-z0-9_]+"))) << label;
    if (metric == "tapwatch_protocol_transactions_total" && label == "http") http = value;
    if (metric == "tapwatch_protocol_anomalies_total" && label == "dns_bad_pointer") pointer = value;
    total += value;
  });
  EXPECT_EQ(http, 3u);
  EXPECT_EQ(pointer, 2u);
  EXPECT_EQ(total, 5u);
  EXPECT_GT(seen.size(), 40u);
  EXPECT_EQ(label_names["tapwatch_protocol_anomalies_total"], "reason");
  EXPECT_EQ(label_names["tapwatch_protocol_transactions_total"], "proto");
}

}  // namespace
}  // namespace tapwatch

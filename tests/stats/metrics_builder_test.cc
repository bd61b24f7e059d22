#include "stats/metrics_builder.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

TEST(MetricsBuilder, SumsSamplesWithEqualLabelsAcrossSources) {
  MetricsBuilder b;
  b.family("tapwatch_decode_errors_total", "help", MetricKind::Counter);
  b.add({{"reason", "truncated_tcp"}}, 2);
  b.family("tapwatch_flows_active", "help", MetricKind::Gauge);
  b.add(5);
  b.family("tapwatch_decode_errors_total", "ignored", MetricKind::Counter);
  b.add({{"reason", "truncated_tcp"}}, 3);
  b.add({{"reason", "bad_udp_length"}}, 1);
  b.family("tapwatch_flows_active", "help", MetricKind::Gauge);
  b.add(7);
  auto families = b.take();
  ASSERT_EQ(families.size(), 2u);
  EXPECT_EQ(families[0].name, "tapwatch_decode_errors_total");
  EXPECT_EQ(families[0].help, "help");
  ASSERT_EQ(families[0].metric.size(), 2u);
  EXPECT_EQ(families[0].metric[0].counter.value, 5);
  EXPECT_EQ(families[0].metric[1].counter.value, 1);
  EXPECT_EQ(families[1].metric[0].gauge.value, 12);
}

TEST(MetricsBuilder, SetReplacesInsteadOfAdding) {
  MetricsBuilder b;
  b.family("g", "help", MetricKind::Gauge);
  b.set({}, 4);
  b.set({}, 9);
  auto families = b.take();
  EXPECT_EQ(families[0].metric[0].gauge.value, 9);
}

}  // namespace
}  // namespace tapwatch

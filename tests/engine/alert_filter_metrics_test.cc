// AlertFilterMetrics: the alert policy's tuning counters as Prometheus samples.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>

#include "engine/pipeline_metrics.h"

namespace tapwatch {
namespace {

IpAddress ip(const char* text) { return *IpAddress::parse(text); }

const IpAddress kInside = ip("10.20.1.5");
const IpAddress kServer = ip("192.0.2.25");

Signature signature(uint32_t id, std::optional<Threshold> threshold = std::nullopt) {
  Signature sig;
  sig.id = id;
  sig.threshold = threshold;
  return sig;
}

TEST(EngineAlertFilterMetrics, ExportsPerSignatureCounters) {
  AlertCounters counters;
  AlertFilter filter(counters);
  SignaturesConfig config;
  config.suppress = {{3, "by_either", ""}};
  ASSERT_TRUE(filter.loadSuppressions(config));
  filter.decide(signature(3), kInside, kServer, 1, {1, 0});
  filter.decide(signature(4, Threshold{5, 60, ThresholdTrack::ByRule}), kInside, kServer, 1, {1, 0});
  MetricsBuilder builder;
  AlertFilterMetrics(filter).collect(builder);
  std::map<std::string, double> samples;
  for (const auto& family : builder.take())
    for (const auto& metric : family.metric) {
      std::string key = family.name;
      for (const auto& label : metric.label) key += "," + label.name + "=" + label.value;
      samples[key] = family.type == prometheus::MetricType::Counter ? metric.counter.value : metric.gauge.value;
    }
  EXPECT_EQ(samples["tapwatch_signature_hits_total,signature_id=3"], 1);
  EXPECT_EQ(samples["tapwatch_signature_hits_total,signature_id=4"], 1);
  EXPECT_EQ(samples["tapwatch_signature_suppressed_total,signature_id=3,reason=suppress"], 1);
  EXPECT_EQ(samples["tapwatch_signature_suppressed_total,signature_id=4,reason=threshold"], 1);
  EXPECT_EQ(samples["tapwatch_threshold_entries"], 1);
  EXPECT_EQ(samples["tapwatch_suppress_rules"], 1);
  EXPECT_EQ(samples.count("tapwatch_threshold_evictions_total"), 1u);
}

}  // namespace
}  // namespace tapwatch

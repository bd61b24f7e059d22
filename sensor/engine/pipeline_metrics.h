#pragma once
// The Prometheus view of a running pipeline — capture, per-worker module
// counters, alert counts, the alert policy and the output thread — read at
// scrape time on the exporter's thread. Each kind and help text comes from
// the declaring module's list. Holds references only; what it reads must
// outlive it.
#include <string>

#include "engine/pipeline.h"
#include "output/output_stats.h"
#include "policy/alert_counters.h"
#include "policy/alert_filter.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

class PipelineMetrics final : public MetricsSource {
 public:
  PipelineMetrics(const Pipeline& pipeline, const AlertCounters& alerts, std::string interface_name)
      : pipeline_(pipeline), alerts_(alerts), interface_(std::move(interface_name)) {}
  void collect(MetricsBuilder& out) const override;

 private:
  const Pipeline& pipeline_;
  const AlertCounters& alerts_;
  std::string interface_;
};

// The alert policy's tuning counters (PolicyMetrics).
class AlertFilterMetrics final : public MetricsSource {
 public:
  explicit AlertFilterMetrics(const AlertFilter& filter) : filter_(filter) {}
  void collect(MetricsBuilder& out) const override;

 private:
  const AlertFilter& filter_;
};

// The output thread's counters (OutputStats).
class OutputMetrics final : public MetricsSource {
 public:
  explicit OutputMetrics(const OutputStats& stats) : stats_(stats) {}
  void collect(MetricsBuilder& out) const override { visitOutputStats(stats_, out.visitor()); }

 private:
  const OutputStats& stats_;
};

}  // namespace tapwatch

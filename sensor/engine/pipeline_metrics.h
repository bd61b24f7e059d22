#pragma once
// PipelineMetrics: the Prometheus view of a running pipeline — capture,
// per-worker module counters and alert counts — read at scrape time on the
// exporter's thread. Holds references only; the pipeline must outlive it.
#include <string>

#include "policy/alert_counters.h"
#include "policy/alert_filter.h"
#include "engine/pipeline.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

// Declares the catalogued family `name` (help text from stats/metric_catalog).
void selectFamily(MetricsBuilder& out, std::string_view name);
// Adds one visitor sample (metric, label value, value) to its catalogued family;
// metrics without the _total suffix are gauges.
void addVisited(MetricsBuilder& out, std::string_view metric, std::string_view label, uint64_t value);

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

// The alert policy's tuning counters: tapwatch_signature_hits_total{signature_id},
// tapwatch_signature_suppressed_total{signature_id,reason}, tapwatch_threshold_entries,
// tapwatch_threshold_evictions_total, tapwatch_suppress_rules.
class AlertFilterMetrics final : public MetricsSource {
 public:
  explicit AlertFilterMetrics(const AlertFilter& filter) : filter_(filter) {}
  void collect(MetricsBuilder& out) const override;

 private:
  const AlertFilter& filter_;
};

}  // namespace tapwatch

#pragma once
// MetricsBuilder: assembles Prometheus metric families at scrape time from
// plain counters. Samples with the same family and labels are summed, so each
// worker can add its own counters and the scrape shows the total.
// Used on the metrics server thread, inside Collect().
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <prometheus/metric_family.h>

#include "common/stats_macros.h"

namespace tapwatch {

using MetricLabels = std::vector<std::pair<std::string, std::string>>;

class MetricsBuilder {
 public:
  // Declares (or selects) a family; the first declaration's help and kind win.
  void family(std::string_view name, std::string_view help, MetricKind kind);
  void family(const MetricInfo& metric) { family(metric.name, metric.help, metric.kind); }
  // Adds `value` to the sample of the selected family with these labels.
  void add(const MetricLabels& labels, double value);
  void add(double value) { add({}, value); }
  // Sets a gauge sample (not summed).
  void set(const MetricLabels& labels, double value);

  // Adds one visited stats series to its declared family, under its one label
  // (none when label_value is empty).
  void addVisited(const MetricInfo& metric, std::string_view label_value, uint64_t value);
  // A StatsVisitor that adds every series it is shown: each worker's stats sum up.
  StatsVisitor visitor();

  std::vector<prometheus::MetricFamily> take();

 private:
  prometheus::ClientMetric& sample(const MetricLabels& labels);

  std::vector<prometheus::MetricFamily> families_;
  std::map<std::string, size_t, std::less<>> family_index_;
  std::map<std::pair<size_t, MetricLabels>, size_t> sample_index_;
  size_t current_ = 0;
};

// Anything that can report metrics at scrape time.
class MetricsSource {
 public:
  virtual ~MetricsSource() = default;
  virtual void collect(MetricsBuilder& out) const = 0;
};

}  // namespace tapwatch

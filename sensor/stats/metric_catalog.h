#pragma once
// The catalogue of every metric Tapwatch exports (DESIGN.md §6 plus module
// extras): name, label name for the per-module visitors' single label, and
// help text. One table, so the exporter, the docs and the metric golden test
// agree; a metric missing here is caught by that test.
#include <string_view>

namespace tapwatch {

struct MetricInfo {
  std::string_view name;
  std::string_view label;  // label name used with a visitor's label value; "" if none
  std::string_view help;
};

// nullptr when the metric is not in the catalogue.
const MetricInfo* findMetric(std::string_view name);

}  // namespace tapwatch

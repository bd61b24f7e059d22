#pragma once
// The catalogue of every metric Tapwatch exports, gathered from the lists of
// the modules that declare them (common/stats_macros.h). What the metric
// tests check the exporter against.
#include <vector>

#include "common/stats_macros.h"

namespace tapwatch {

// Sorted by name. A metric split over several members, or declared by several
// modules, is declared once per member: identical repeats are merged, so a
// name listed twice means two of its declarations disagree.
const std::vector<MetricInfo>& allMetrics();

}  // namespace tapwatch

#pragma once
// BuildInfoMetrics: which version and revision this binary was built from.
#include "common/stats_macros.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

#define TAPWATCH_BUILD_METRICS(COUNTER, GAUGE) \
  GAUGE(build_info, "tapwatch_build_info", "version,revision", "Build information; the value is always 1.")

TAPWATCH_DECLARE_METRICS(BuildMetrics, TAPWATCH_BUILD_METRICS);

class BuildInfoMetrics final : public MetricsSource {
 public:
  void collect(MetricsBuilder& out) const override;
};

}  // namespace tapwatch

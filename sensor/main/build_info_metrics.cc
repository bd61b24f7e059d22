#include "main/build_info_metrics.h"

#include "tapwatch_build.h"

namespace tapwatch {

void BuildInfoMetrics::collect(MetricsBuilder& out) const {
  out.family(BuildMetrics::build_info);
  out.set({{"version", kTapwatchVersion}, {"revision", kTapwatchGitRevision}}, 1);
}

}  // namespace tapwatch

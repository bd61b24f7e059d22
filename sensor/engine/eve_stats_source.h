#pragma once
// The counters behind EVE stats records: the same series a Prometheus scrape
// of PipelineMetrics reports (capture totals, every worker's module stats,
// alert counts), fed to a StatsVisitor. Read on the output thread while the
// workers run (counters are single-writer atomics, as for a scrape).
#include "engine/pipeline.h"
#include "output/eve_stats.h"
#include "policy/alert_counters.h"

namespace tapwatch {

// `pipeline` and `alerts` must outlive the returned source's use.
StatsSource makeEveStatsSource(const Pipeline& pipeline, const AlertCounters& alerts);

}  // namespace tapwatch

#include "output/output_stats.h"

namespace tapwatch {

TAPWATCH_DEFINE_STATS_VISITOR(visitOutputStats, OutputStats, TAPWATCH_OUTPUT_STATS)

}  // namespace tapwatch

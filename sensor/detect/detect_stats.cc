#include "detect/detect_stats.h"

namespace tapwatch {

TAPWATCH_DEFINE_STATS_VISITOR(visitDetectStats, DetectStats, TAPWATCH_DETECT_STATS)

}  // namespace tapwatch

#include "flow/flow_stats.h"

namespace tapwatch {

TAPWATCH_DEFINE_STATS_VISITOR(visitFlowStats, FlowStats, TAPWATCH_FLOW_STATS)

}  // namespace tapwatch

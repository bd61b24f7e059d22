#include "protocols/protocol_stats.h"

namespace tapwatch {

TAPWATCH_DEFINE_STATS_VISITOR(visitProtocolStats, ProtocolStats, TAPWATCH_PROTOCOL_STATS)

}  // namespace tapwatch

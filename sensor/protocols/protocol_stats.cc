#include "protocols/protocol_stats.h"

namespace tapwatch {

void visitProtocolStats(const ProtocolStats& stats, const CounterVisitor& visit) {
#define TAPWATCH_VISIT_COUNTER(member, metric, label) visit(metric, label, stats.member.value());
  TAPWATCH_PROTOCOL_COUNTERS(TAPWATCH_VISIT_COUNTER)
#undef TAPWATCH_VISIT_COUNTER
}

std::string_view protocolStatsLabelName(std::string_view metric) {
  return metric == "tapwatch_protocol_anomalies_total" ? "reason" : "proto";
}

}  // namespace tapwatch

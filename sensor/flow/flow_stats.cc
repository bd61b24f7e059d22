#include "flow/flow_stats.h"

namespace tapwatch {

void visitFlowStats(const FlowStats& stats, const CounterVisitor& visit) {
#define TAPWATCH_VISIT_COUNTER(member, metric, label) visit(metric, label, stats.member.value());
  TAPWATCH_FLOW_COUNTERS(TAPWATCH_VISIT_COUNTER)
#undef TAPWATCH_VISIT_COUNTER
}

std::string_view flowStatsLabelName(std::string_view metric) {
  if (metric == "tapwatch_flows_evicted_total" || metric == "tapwatch_flow_packets_ignored_total") return "reason";
  if (metric == "tapwatch_memcap_drops_total") return "pool";
  return "";
}

bool flowStatsIsGauge(std::string_view metric) {
  return metric == "tapwatch_flows_active" || metric == "tapwatch_stream_ooo_buffer_bytes";
}

}  // namespace tapwatch

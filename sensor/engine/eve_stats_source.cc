#include "engine/eve_stats_source.h"

namespace tapwatch {

StatsSource makeEveStatsSource(const Pipeline& pipeline, const AlertCounters& alerts) {
  return [&pipeline, &alerts](const StatsVisitor& visit) {
    const CaptureTotals cap = pipeline.captureTotals();
    visit(CaptureMetrics::packets, "", cap.packets);
    visit(CaptureMetrics::bytes, "", cap.bytes);
    visit(CaptureMetrics::drops, "kernel", cap.kernel_drops);
    visit(CaptureMetrics::drops, "interface", cap.interface_drops);
    visit(CaptureMetrics::drops, "ring_full", cap.ring_full_drops);
    for (size_t i = 0; i < pipeline.workerCount(); ++i) {
      const WorkerStats& w = pipeline.workerStats(i);
      visit(WorkerMetrics::packets, "", w.packets.value());
      visitDecodeStats(w.decode, visit);
      visitFlowStats(w.flow, visit);
      visitProtocolStats(w.protocols, visit);
      visitDetectStats(w.detect, visit);
    }
    alerts.forEachAlert([&visit](const AlertCounters::Key&, uint64_t n) { visit(AlertMetrics::alerts, "", n); });
    alerts.forEachSuppressed([&visit](const std::string& reason, uint64_t n) {
      visit(AlertMetrics::suppressed, reason, n);
    });
  };
}

}  // namespace tapwatch

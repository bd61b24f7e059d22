#include "engine/pipeline_metrics.h"

namespace tapwatch {

void PipelineMetrics::collect(MetricsBuilder& out) const {
  const CaptureTotals cap = pipeline_.captureTotals();
  const MetricLabels iface{{"interface", interface_}};
  out.family(CaptureMetrics::packets);
  out.add(iface, static_cast<double>(cap.packets));
  out.family(CaptureMetrics::bytes);
  out.add(iface, static_cast<double>(cap.bytes));
  out.family(CaptureMetrics::drops);
  const std::pair<const char*, uint64_t> drops[] = {{"kernel", cap.kernel_drops},
                                                    {"interface", cap.interface_drops},
                                                    {"ring_full", cap.ring_full_drops},
                                                    {"oversize", cap.oversize_drops}};
  for (const auto& [reason, value] : drops)
    out.add({{"interface", interface_}, {"reason", reason}}, static_cast<double>(value));
  out.family(CaptureMetrics::files);
  out.add({{"result", "done"}}, static_cast<double>(cap.files_done));
  out.add({{"result", "failed"}}, static_cast<double>(cap.files_failed));

  const StatsVisitor visit = out.visitor();
  for (size_t i = 0; i < pipeline_.workerCount(); ++i) {
    const WorkerStats& w = pipeline_.workerStats(i);
    out.family(WorkerMetrics::packets);
    out.add({{"worker", std::to_string(i)}}, static_cast<double>(w.packets.value()));
    out.family(WorkerMetrics::flows_migrated);
    out.add({}, static_cast<double>(w.flows_migrated.value()));
    visitDecodeStats(w.decode, visit);
    visitFlowStats(w.flow, visit);
    visitProtocolStats(w.protocols, visit);
    visitDetectStats(w.detect, visit);
  }

  out.family(AlertMetrics::alerts);
  alerts_.forEachAlert([&out](const AlertCounters::Key& key, uint64_t n) {
    out.add({{"signature_id", std::to_string(key.signature_id)},
             {"category", key.category},
             {"severity", std::to_string(key.severity)}},
            static_cast<double>(n));
  });
  out.family(AlertMetrics::suppressed);
  for (const char* reason : {"threshold", "suppress"}) out.add({{"reason", reason}}, 0);
  alerts_.forEachSuppressed([&out](const std::string& reason, uint64_t n) {
    out.add({{"reason", reason}}, static_cast<double>(n));
  });
}

void AlertFilterMetrics::collect(MetricsBuilder& out) const {
  const SignatureCounters& signatures = filter_.signatureCounters();
  const ThresholdTable& thresholds = filter_.thresholds();
  out.family(PolicyMetrics::signature_hits);
  signatures.forEach([&out](uint32_t id, const SignatureCounters::Counts& c) {
    out.add({{"signature_id", std::to_string(id)}}, static_cast<double>(c.hits));
  });
  out.family(PolicyMetrics::signature_suppressed);
  // Both reasons for every signature that fired, zeros included: a series
  // that appears only after the first suppression breaks rate() and alerting.
  signatures.forEach([&out](uint32_t id, const SignatureCounters::Counts& c) {
    out.add({{"signature_id", std::to_string(id)}, {"reason", "threshold"}},
            static_cast<double>(c.suppressed_threshold));
    out.add({{"signature_id", std::to_string(id)}, {"reason", "suppress"}}, static_cast<double>(c.suppressed_rule));
  });
  out.family(PolicyMetrics::threshold_entries);
  out.set({}, static_cast<double>(thresholds.entries()));
  out.family(PolicyMetrics::threshold_evictions);
  out.add(static_cast<double>(thresholds.evictions()));
  out.family(PolicyMetrics::suppress_rules);
  out.set({}, static_cast<double>(filter_.suppressList()->size()));
}

}  // namespace tapwatch

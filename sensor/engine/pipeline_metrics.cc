#include "engine/pipeline_metrics.h"

#include "stats/metric_catalog.h"

namespace tapwatch {

void selectFamily(MetricsBuilder& out, std::string_view name) {
  const MetricInfo* info = findMetric(name);
  const MetricKind kind = name.ends_with("_total") ? MetricKind::Counter : MetricKind::Gauge;
  out.family(name, info ? info->help : std::string_view("Tapwatch metric (not in the catalogue)."), kind);
}

void addVisited(MetricsBuilder& out, std::string_view metric, std::string_view label, uint64_t value) {
  selectFamily(out, metric);
  const MetricInfo* info = findMetric(metric);
  if (label.empty() || info == nullptr || info->label.empty()) {
    out.add(static_cast<double>(value));
  } else {
    out.add({{std::string(info->label), std::string(label)}}, static_cast<double>(value));
  }
}

void PipelineMetrics::collect(MetricsBuilder& out) const {
  const CaptureTotals cap = pipeline_.captureTotals();
  const MetricLabels iface{{"interface", interface_}};
  selectFamily(out, "tapwatch_packets_total");
  out.add(iface, static_cast<double>(cap.packets));
  selectFamily(out, "tapwatch_bytes_total");
  out.add(iface, static_cast<double>(cap.bytes));
  selectFamily(out, "tapwatch_capture_drops_total");
  const std::pair<const char*, uint64_t> drops[] = {{"kernel", cap.kernel_drops},
                                                    {"interface", cap.interface_drops},
                                                    {"ring_full", cap.ring_full_drops},
                                                    {"oversize", cap.oversize_drops}};
  for (const auto& [reason, value] : drops)
    out.add({{"interface", interface_}, {"reason", reason}}, static_cast<double>(value));

  const auto visit = [&out](std::string_view metric, std::string_view label, uint64_t value) {
    addVisited(out, metric, label, value);
  };
  for (size_t i = 0; i < pipeline_.workerCount(); ++i) {
    const WorkerStats& w = pipeline_.workerStats(i);
    selectFamily(out, "tapwatch_worker_packets_total");
    out.add({{"worker", std::to_string(i)}}, static_cast<double>(w.packets.value()));
    visitDecodeStats(w.decode, visit);
    visitFlowStats(w.flow, visit);
    visitProtocolStats(w.protocols, visit);
    visitDetectStats(w.detect, visit);
  }

  selectFamily(out, "tapwatch_alerts_total");
  alerts_.forEachAlert([&out](const AlertCounters::Key& key, uint64_t n) {
    out.add({{"signature_id", std::to_string(key.signature_id)},
             {"category", key.category},
             {"severity", std::to_string(key.severity)}},
            static_cast<double>(n));
  });
  selectFamily(out, "tapwatch_alerts_suppressed_total");
  for (const char* reason : {"threshold", "suppress"}) out.add({{"reason", reason}}, 0);
  alerts_.forEachSuppressed([&out](const std::string& reason, uint64_t n) {
    out.add({{"reason", reason}}, static_cast<double>(n));
  });
}

void AlertFilterMetrics::collect(MetricsBuilder& out) const {
  const SignatureCounters& signatures = filter_.signatureCounters();
  const ThresholdTable& thresholds = filter_.thresholds();
  selectFamily(out, "tapwatch_signature_hits_total");
  signatures.forEach([&out](uint32_t id, const SignatureCounters::Counts& c) {
    out.add({{"signature_id", std::to_string(id)}}, static_cast<double>(c.hits));
  });
  selectFamily(out, "tapwatch_signature_suppressed_total");
  // Both reasons for every signature that fired, zeros included: a series
  // that appears only after the first suppression breaks rate() and alerting.
  signatures.forEach([&out](uint32_t id, const SignatureCounters::Counts& c) {
    out.add({{"signature_id", std::to_string(id)}, {"reason", "threshold"}}, static_cast<double>(c.suppressed_threshold));
    out.add({{"signature_id", std::to_string(id)}, {"reason", "suppress"}}, static_cast<double>(c.suppressed_rule));
  });
  selectFamily(out, "tapwatch_threshold_entries");
  out.set({}, static_cast<double>(thresholds.entries()));
  selectFamily(out, "tapwatch_threshold_evictions_total");
  out.add(static_cast<double>(thresholds.evictions()));
  selectFamily(out, "tapwatch_suppress_rules");
  out.set({}, static_cast<double>(filter_.suppressList()->size()));
}

}  // namespace tapwatch

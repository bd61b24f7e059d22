#include "main/scan_summary.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "decode/decode_stats.h"
#include "flow/flow_stats.h"
#include "protocols/protocol_stats.h"

namespace tapwatch {
namespace {

// "tapwatch_flows_evicted_total" + "cap" -> "flows_evicted_total{cap}": short keys for people and JSON.
std::string shortKey(std::string_view metric, std::string_view label) {
  std::string key(metric.substr(metric.starts_with("tapwatch_") ? 9 : 0));
  if (!label.empty()) key.append("{").append(label).append("}");
  return key;
}

// "tapwatch_defrag_reassembled_total" -> "reassembled".
std::string defragKey(std::string_view metric) {
  metric.remove_prefix(std::string_view("tapwatch_defrag_").size());
  if (metric.ends_with("_total")) metric.remove_suffix(6);
  return std::string(metric);
}

void addNonZero(std::map<std::string, uint64_t>& into, const std::string& key, uint64_t value) {
  if (value != 0) into[key] += value;
}

}  // namespace

ScanSummary summarize(const Pipeline& pipeline, const AlertCounters& alerts, double elapsed_seconds) {
  ScanSummary s;
  const CaptureTotals capture = pipeline.captureTotals();
  s.packets = capture.packets;
  s.bytes = capture.bytes;
  s.file_errors = capture.file_errors;
  s.files_done = capture.files_done;
  s.files_failed = capture.files_failed;
  s.alerts = alerts.totalAlerts();
  s.elapsed_seconds = elapsed_seconds;
  for (size_t i = 0; i < pipeline.workerCount(); ++i) {
    const WorkerStats& w = pipeline.workerStats(i);
    s.flows += w.flow.flows_total.value();
    s.stream_gaps += w.flow.tcp_gaps.value();
    visitDecodeStats(w.decode, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
      if (metric.name == "tapwatch_decode_errors_total") addNonZero(s.decode_errors, std::string(label), value);
      else if (metric.name == "tapwatch_decode_tunnels_total") addNonZero(s.decode_tunnels, std::string(label), value);
      else if (metric.name.starts_with("tapwatch_defrag_")) addNonZero(s.defrag, defragKey(metric.name), value);
    });
    visitFlowStats(w.flow, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
      addNonZero(s.flow, shortKey(metric.name, label), value);
    });
    visitProtocolStats(w.protocols, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
      addNonZero(s.protocols, shortKey(metric.name, label), value);
    });
  }
  return s;
}

void printSummary(const ScanSummary& s, std::FILE* out) {
  const double secs = s.elapsed_seconds > 0 ? s.elapsed_seconds : 1e-9;
  std::fprintf(out,
               "tapwatch scan: %llu packets, %llu bytes, %llu flows, %llu alerts in %.3f s "
               "(%.0f packets/s, %.3f Gbit/s)\n",
               static_cast<unsigned long long>(s.packets), static_cast<unsigned long long>(s.bytes),
               static_cast<unsigned long long>(s.flows), static_cast<unsigned long long>(s.alerts), s.elapsed_seconds,
               static_cast<double>(s.packets) / secs, static_cast<double>(s.bytes) * 8 / secs / 1e9);
  std::fprintf(out, "  capture files: %llu read, %llu failed\n", static_cast<unsigned long long>(s.files_done),
               static_cast<unsigned long long>(s.files_failed));
  if (s.stream_gaps) std::fprintf(out, "  stream gaps: %llu\n", static_cast<unsigned long long>(s.stream_gaps));
  if (s.file_errors)
    std::fprintf(out, "  capture files cut short: %llu\n", static_cast<unsigned long long>(s.file_errors));
  for (const auto& [reason, n] : s.decode_errors)
    std::fprintf(out, "  decode error %s: %llu\n", reason.c_str(), static_cast<unsigned long long>(n));
  for (const auto& [name, n] : s.defrag)
    std::fprintf(out, "  defrag %s: %llu\n", name.c_str(), static_cast<unsigned long long>(n));
}

bool writeSummaryJson(const ScanSummary& s, const std::string& path) {
  nlohmann::json j;
  j["packets"] = s.packets;
  j["bytes"] = s.bytes;
  j["flows"] = s.flows;
  j["alerts"] = s.alerts;
  j["stream_gaps"] = s.stream_gaps;
  j["file_errors"] = s.file_errors;
  j["files"] = {{"done", s.files_done}, {"failed", s.files_failed}};
  j["eve"] = {{"written", s.eve_written}, {"errors", s.eve_errors}};
  j["elapsed_seconds"] = s.elapsed_seconds;
  j["decode_errors"] = s.decode_errors;
  j["decode_tunnels"] = s.decode_tunnels;
  j["defrag"] = s.defrag;
  j["flow"] = s.flow;
  j["protocols"] = s.protocols;
  std::ofstream f(path);
  f << j.dump(1) << '\n';
  f.close();  // a full disk shows at the final flush, so check after it
  return !f.fail();
}

}  // namespace tapwatch

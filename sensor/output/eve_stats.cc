#include "output/eve_stats.h"

#include <map>
#include <string_view>
#include <utility>

#include "output/eve_json.h"

namespace tapwatch {
namespace {

using eve::json;

// Suricata key path (dot separated) for a tapwatch series; "" label = any.
// Several series may add into one key (sums over labels).
struct StatsMapping {
  std::string_view metric;
  std::string_view label;  // "*" = every label value summed
  std::string_view path;
};

constexpr StatsMapping kMappings[] = {
    {"tapwatch_packets_total", "*", "capture.kernel_packets"},
    {"tapwatch_capture_drops_total", "kernel", "capture.kernel_drops"},
    {"tapwatch_capture_drops_total", "interface", "capture.kernel_ifdrops"},
    {"tapwatch_worker_packets_total", "*", "decoder.pkts"},
    {"tapwatch_bytes_total", "*", "decoder.bytes"},
    {"tapwatch_decode_errors_total", "*", "decoder.invalid"},
    {"tapwatch_defrag_timeouts_total", "", "defrag.wrk.tracker_timeout"},
    {"tapwatch_flows_total", "", "flow.total"},
    {"tapwatch_flows_active", "", "flow.active"},
    {"tapwatch_stream_gaps_total", "", "tcp.reassembly_gap"},
    {"tapwatch_tcp_midstream_flows_total", "", "tcp.midstream_pickups"},
    {"tapwatch_stream_overlap_conflicts_total", "", "tcp.overlap_diff_data"},
    {"tapwatch_protocol_transactions_total", "http", "app_layer.tx.http"},
    {"tapwatch_protocol_transactions_total", "smtp", "app_layer.tx.smtp"},
    {"tapwatch_protocol_transactions_total", "tls", "app_layer.tx.tls"},
    {"tapwatch_protocol_transactions_total", "dns", "app_layer.tx.dns_udp"},
    {"tapwatch_protocol_transactions_total", "quic", "app_layer.tx.quic"},
    {"tapwatch_alerts_total", "*", "detect.alert"},
    {"tapwatch_alerts_suppressed_total", "*", "detect.alerts_suppressed"},
};

void setPath(json& root, std::string_view path, uint64_t value) {
  json* node = &root;
  while (true) {
    const size_t dot = path.find('.');
    const std::string key(path.substr(0, dot));
    if (dot == std::string_view::npos) {
      (*node)[key] = value;
      return;
    }
    node = &(*node)[key];
    path.remove_prefix(dot + 1);
  }
}

}  // namespace

std::string formatEveStats(Timestamp ts, uint64_t uptime_seconds, const StatsSource& source,
                           const EveFormatOptions& options) {
  // Ordered so the record's keys come out in one stable order.
  std::map<std::string_view, uint64_t> totals;
  for (const auto& m : kMappings) totals.emplace(m.path, 0);
  if (source) {
    source([&totals](const MetricInfo& metric, std::string_view label, uint64_t value) {
      for (const auto& m : kMappings)
        if (m.metric == metric.name && (m.label == "*" || m.label == label)) totals[m.path] += value;
    });
  }
  json stats;
  stats["uptime"] = uptime_seconds;
  for (const auto& [path, value] : totals) setPath(stats, path, value);

  EveHeader h;
  h.ts = ts;
  json root = eve::header(h, "stats", options);
  root["stats"] = std::move(stats);
  return eve::dump(root);
}

}  // namespace tapwatch

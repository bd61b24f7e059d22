#include "engine/anomaly_watch.h"

namespace tapwatch {
namespace {

// The protocol layer a decode reason names (EVE anomaly.layer).
std::string_view decodeLayer(std::string_view reason) {
  if (reason.find("tcp") != std::string_view::npos) return "tcp";
  if (reason.find("udp") != std::string_view::npos) return "udp";
  if (reason.find("ipv6") != std::string_view::npos) return "ipv6";
  if (reason.find("ipv4") != std::string_view::npos) return "ipv4";
  if (reason.find("fragment") != std::string_view::npos || reason.find("ip_") != std::string_view::npos ||
      reason.find("_ip") != std::string_view::npos)
    return "ip";
  if (reason.find("vlan") != std::string_view::npos) return "vlan";
  return "link";
}

// Stream rows of FlowStats that are anomalies of the traffic (not of the
// sensor's capacity): the event is the row's label, or its metric's name.
constexpr std::string_view kStreamMetrics[] = {
    "tapwatch_stream_gaps_total",          "tapwatch_stream_overlap_conflicts_total",
    "tapwatch_stream_out_of_window_total", "tapwatch_stream_rst_out_of_window_total",
    "tapwatch_tcp_port_reuse_total",       "tapwatch_flow_packets_ignored_total",
};

bool isStreamAnomaly(std::string_view metric, std::string_view label) {
  if (metric.find("anomal") != std::string_view::npos) return true;
  for (std::string_view m : kStreamMetrics)
    if (m == metric) return metric != "tapwatch_flow_packets_ignored_total" || label != "not_tcp_udp";
  return false;
}

std::string_view streamEvent(std::string_view metric, std::string_view label) {
  if (!label.empty()) return label;
  if (metric.starts_with("tapwatch_")) metric.remove_prefix(9);
  if (metric.ends_with("_total")) metric.remove_suffix(6);
  return metric;
}

}  // namespace

AnomalyWatch::AnomalyWatch(const WorkerStats& stats) {
  for (size_t i = 0; i < kDecodeErrorCount; ++i) {
    const std::string_view reason = decodeErrorName(static_cast<DecodeError>(i));
    // Counted while checksum validation (auto) learns whether the capture has
    // offloaded checksums: a fact about the capture point, not an oddity of
    // the traffic, and it would raise one event per packet until decided.
    if (reason == "bad_checksum_inspected") continue;
    watch(stats.decode.errors[i], AnomalyLayer::Decode, reason, decodeLayer(reason));
  }

#define TAPWATCH_WATCH_PROTOCOL(member, name, label, label_value, help) \
  if (std::string_view(name) == "tapwatch_protocol_anomalies_total") \
    watch(stats.protocols.member, AnomalyLayer::AppLayer, label_value, "proto_parser");
#define TAPWATCH_WATCH_NOTHING(...)
  TAPWATCH_PROTOCOL_STATS(TAPWATCH_WATCH_PROTOCOL, TAPWATCH_WATCH_NOTHING, TAPWATCH_WATCH_NOTHING,
                          TAPWATCH_WATCH_NOTHING)
#undef TAPWATCH_WATCH_PROTOCOL

#define TAPWATCH_WATCH_FLOW(member, name, label, label_value, help) \
  if (isStreamAnomaly(name, label_value)) \
    watch(stats.flow.member, AnomalyLayer::Stream, streamEvent(name, label_value), "stream");
  TAPWATCH_FLOW_STATS(TAPWATCH_WATCH_FLOW, TAPWATCH_WATCH_NOTHING, TAPWATCH_WATCH_NOTHING, TAPWATCH_WATCH_NOTHING)
#undef TAPWATCH_WATCH_FLOW
#undef TAPWATCH_WATCH_NOTHING
}

void AnomalyWatch::watch(const Counter& counter, AnomalyLayer type, std::string_view event, std::string_view layer) {
  watched_.push_back(Watched{&counter, counter.value(), type, event, layer});
}

}  // namespace tapwatch

#pragma once
// FlowStats: what one worker's flow table and TCP reassembly count. Written
// only by that worker's thread, read at scrape time by the exporter (Counter
// is single-writer and race-free to read). Metrics without the `_total`
// suffix are gauges (set, not added).
//
// Metrics (label name, if any, in parentheses):
//   tapwatch_flows_total                        flows created
//   tapwatch_flows_active                       gauge: flows in the table
//   tapwatch_flows_evicted_total{reason}        flows removed from the table: cap (max_flows
//                                               reached, least recently used evicted) and idle
//                                               timeouts by state (timeout_tcp_syn,
//                                               timeout_tcp_established, timeout_tcp_closed =
//                                               FIN both ways or RST then idle, timeout_udp).
//                                               flows_total - flows_active = these + port reuse
//                                               + flows closed at shutdown
//   tapwatch_flow_packets_ignored_total{reason} packets the table did not take: no_syn (TCP without
//                                               a SYN while stream.midstream is false), orphan_rst
//                                               (RST for no known flow), not_tcp_udp
//   tapwatch_tcp_midstream_flows_total          TCP flows picked up without a handshake
//   tapwatch_tcp_port_reuse_total               SYNs that replaced a closed flow with the same key
//   tapwatch_stream_gaps_total                  holes in a reassembled stream (capture loss)
//   tapwatch_stream_gap_bytes_total             bytes missing in those holes
//   tapwatch_stream_ooo_buffer_bytes            gauge: memory held for out-of-order data
//   tapwatch_stream_ooo_cap_hits_total          gaps forced by stream.max_out_of_order_bytes
//   tapwatch_memcap_drops_total{pool}           pool=stream: out-of-order data that could not be
//                                               buffered because stream.memcap_mb was reached
//   tapwatch_stream_depth_truncated_total       streams cut at stream.depth_bytes (once per stream)
//   tapwatch_stream_retransmitted_bytes_total   bytes received again after delivery (dropped)
//   tapwatch_stream_overlap_bytes_total         out-of-order bytes overlapping buffered bytes
//   tapwatch_stream_overlap_conflicts_total     overlaps whose bytes differed (possible evasion)
//   tapwatch_stream_out_of_window_total         segments too far ahead of the stream to be real
#include <cstdint>
#include <functional>
#include <string_view>

#include "common/counter.h"

namespace tapwatch {

// X(member, metric name, label value). Sorted by metric, then label; the one
// list drives both the struct and the visitor so names never drift.
#define TAPWATCH_FLOW_COUNTERS(X)                                                          \
  X(ignored_no_syn, "tapwatch_flow_packets_ignored_total", "no_syn")                       \
  X(ignored_not_tcp_udp, "tapwatch_flow_packets_ignored_total", "not_tcp_udp")             \
  X(ignored_orphan_rst, "tapwatch_flow_packets_ignored_total", "orphan_rst")               \
  X(flows_active, "tapwatch_flows_active", "")                                             \
  X(evicted_cap, "tapwatch_flows_evicted_total", "cap")                                    \
  X(timeout_tcp_closed, "tapwatch_flows_evicted_total", "timeout_tcp_closed")              \
  X(timeout_tcp_established, "tapwatch_flows_evicted_total", "timeout_tcp_established")    \
  X(timeout_tcp_syn, "tapwatch_flows_evicted_total", "timeout_tcp_syn")                    \
  X(timeout_udp, "tapwatch_flows_evicted_total", "timeout_udp")                            \
  X(flows_total, "tapwatch_flows_total", "")                                               \
  X(memcap_drops, "tapwatch_memcap_drops_total", "stream")                                 \
  X(depth_truncated, "tapwatch_stream_depth_truncated_total", "")                          \
  X(gap_bytes, "tapwatch_stream_gap_bytes_total", "")                                      \
  X(tcp_gaps, "tapwatch_stream_gaps_total", "")                                            \
  X(ooo_bytes_buffered, "tapwatch_stream_ooo_buffer_bytes", "")                            \
  X(ooo_cap_hits, "tapwatch_stream_ooo_cap_hits_total", "")                                \
  X(out_of_window, "tapwatch_stream_out_of_window_total", "")                              \
  X(overlap_bytes, "tapwatch_stream_overlap_bytes_total", "")                              \
  X(overlap_conflicts, "tapwatch_stream_overlap_conflicts_total", "")                      \
  X(retransmitted_bytes, "tapwatch_stream_retransmitted_bytes_total", "")                  \
  X(tcp_midstream_flows, "tapwatch_tcp_midstream_flows_total", "")                         \
  X(tcp_port_reuse, "tapwatch_tcp_port_reuse_total", "")

struct FlowStats {
#define TAPWATCH_DECLARE_COUNTER(member, metric, label) Counter member;
  TAPWATCH_FLOW_COUNTERS(TAPWATCH_DECLARE_COUNTER)
#undef TAPWATCH_DECLARE_COUNTER
};

// Any thread (scrape time): calls visit(metric name, label value, value) once
// per counter; the label value is empty for metrics without a label.
// Same shape as the other modules' visitors (protocols/protocol_stats.h).
void visitFlowStats(const FlowStats& stats, const CounterVisitor& visit);

// The label name a metric above uses ("reason", "pool"), or "" when it has none.
std::string_view flowStatsLabelName(std::string_view metric);

// True for the gauges (tapwatch_flows_active, tapwatch_stream_ooo_buffer_bytes).
bool flowStatsIsGauge(std::string_view metric);

}  // namespace tapwatch

#pragma once
// FlowStats: what one worker's flow table and TCP reassembly count. Written
// only by that worker's thread, read at scrape time by the exporter.
// flows_total - flows_active = evictions + port reuse + flows closed at shutdown.
#include <string_view>

#include "common/stats_macros.h"

namespace tapwatch {

// The help of a metric split over several members, said once.
inline constexpr std::string_view kFlowPacketsIgnoredHelp = "Packets the flow table did not take, by reason.";
inline constexpr std::string_view kFlowsEvictedHelp =
    "Flows ended by the table, by reason: cap, timeout_tcp_syn, timeout_tcp_established, timeout_tcp_closed, "
    "timeout_udp.";

// Sorted by metric, then label. no_syn: TCP without a SYN while stream.midstream
// is false; orphan_rst: an RST for no known flow; timeout_tcp_closed: FIN both
// ways or an RST, then idle; memcap_drops: stream.memcap_mb reached.
#define TAPWATCH_FLOW_STATS(COUNTER, GAUGE, ...) \
  COUNTER(ignored_no_syn, "tapwatch_flow_packets_ignored_total", "reason", "no_syn", kFlowPacketsIgnoredHelp) \
  COUNTER(ignored_not_tcp_udp, "tapwatch_flow_packets_ignored_total", "reason", "not_tcp_udp", \
          kFlowPacketsIgnoredHelp) \
  COUNTER(ignored_orphan_rst, "tapwatch_flow_packets_ignored_total", "reason", "orphan_rst", kFlowPacketsIgnoredHelp) \
  GAUGE(flows_active, "tapwatch_flows_active", "", "", "Flows currently tracked.") \
  COUNTER(evicted_cap, "tapwatch_flows_evicted_total", "reason", "cap", kFlowsEvictedHelp) \
  COUNTER(timeout_tcp_closed, "tapwatch_flows_evicted_total", "reason", "timeout_tcp_closed", kFlowsEvictedHelp) \
  COUNTER(timeout_tcp_established, "tapwatch_flows_evicted_total", "reason", "timeout_tcp_established", \
          kFlowsEvictedHelp) \
  COUNTER(timeout_tcp_syn, "tapwatch_flows_evicted_total", "reason", "timeout_tcp_syn", kFlowsEvictedHelp) \
  COUNTER(timeout_udp, "tapwatch_flows_evicted_total", "reason", "timeout_udp", kFlowsEvictedHelp) \
  COUNTER(flows_total, "tapwatch_flows_total", "", "", "Flows created.") \
  COUNTER(memcap_drops, "tapwatch_memcap_drops_total", "pool", "stream", \
          "Data dropped or evicted to honour a memory cap, by pool.") \
  COUNTER(depth_truncated, "tapwatch_stream_depth_truncated_total", "", "", "Streams cut at stream.depth_bytes.") \
  COUNTER(gap_bytes, "tapwatch_stream_gap_bytes_total", "", "", "Bytes missing in reassembly gaps.") \
  COUNTER(tcp_gaps, "tapwatch_stream_gaps_total", "", "", "Holes in reassembled TCP streams (capture loss).") \
  GAUGE(ooo_bytes_buffered, "tapwatch_stream_ooo_buffer_bytes", "", "", "Bytes held for out-of-order TCP data.") \
  COUNTER(ooo_cap_hits, "tapwatch_stream_ooo_cap_hits_total", "", "", "Gaps forced by stream.max_out_of_order_bytes.") \
  COUNTER(out_of_window, "tapwatch_stream_out_of_window_total", "", "", \
          "TCP segments too far ahead of the stream to be real.") \
  COUNTER(overlap_bytes, "tapwatch_stream_overlap_bytes_total", "", "", \
          "Out-of-order bytes overlapping buffered bytes.") \
  COUNTER(overlap_conflicts, "tapwatch_stream_overlap_conflicts_total", "", "", \
          "Overlaps whose bytes differed (possible evasion).") \
  COUNTER(rst_out_of_window, "tapwatch_stream_rst_out_of_window_total", "", "", \
          "RSTs outside the receiver's window, ignored as the host ignores them (insertion attempt or stale reset).") \
  COUNTER(retransmitted_bytes, "tapwatch_stream_retransmitted_bytes_total", "", "", \
          "Bytes received again after delivery (not rescanned).") \
  COUNTER(tcp_midstream_flows, "tapwatch_tcp_midstream_flows_total", "", "", \
          "TCP flows picked up without a handshake.") \
  COUNTER(tcp_port_reuse, "tapwatch_tcp_port_reuse_total", "", "", \
          "SYNs that replaced a closed flow with the same key.")

struct FlowStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_FLOW_STATS)
};

// Any thread (scrape time): every series, zeros included.
void visitFlowStats(const FlowStats& stats, const StatsVisitor& visit);

}  // namespace tapwatch

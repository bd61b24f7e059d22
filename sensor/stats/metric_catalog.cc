#include "stats/metric_catalog.h"

#include <array>

namespace tapwatch {
namespace {

// Sorted by name.
constexpr MetricInfo kMetrics[] = {
    {"tapwatch_alerts_suppressed_total", "reason", "Alerts not emitted, by reason (threshold, suppress)."},
    {"tapwatch_alerts_total", "", "Alerts emitted, by signature id, category and severity."},
    {"tapwatch_build_info", "", "Build information; the value is always 1."},
    {"tapwatch_bytes_total", "", "Wire bytes read from the capture source."},
    {"tapwatch_capture_drops_total", "reason",
     "Packets lost before inspection: kernel (socket buffer full), interface (driver), ring_full (worker "
     "ring full), oversize (packet larger than a worker ring can hold)."},
    {"tapwatch_decode_errors_total", "reason", "Malformed, truncated or unsupported packets, by reason."},
    {"tapwatch_decode_skipped_total", "reason", "Well-formed frames that carry no IP (ARP, LLC, ...)."},
    {"tapwatch_defrag_datagrams_active", "", "Incomplete fragmented datagrams held."},
    {"tapwatch_defrag_fragments_total", "", "IP fragments handed to the defragmenter."},
    {"tapwatch_defrag_memory_bytes", "", "Bytes held by the defragmenter."},
    {"tapwatch_defrag_overlap_mismatches_total", "", "Overlapping fragments whose bytes differed."},
    {"tapwatch_defrag_overlaps_total", "", "Fragments overlapping data already held."},
    {"tapwatch_defrag_reassembled_total", "", "Fragmented datagrams reassembled."},
    {"tapwatch_defrag_timeouts_total", "", "Incomplete datagrams dropped after the defrag timeout."},
    {"tapwatch_defrag_too_many_fragments_total", "", "Datagrams dropped for exceeding the fragment cap."},
    {"tapwatch_detect_errors_total", "reason", "Hyperscan failures by reason (scan, stream_open, scratch)."},
    {"tapwatch_detect_hits_total", "", "Signature hits before per-scope de-duplication."},
    {"tapwatch_detect_streams_opened_total", "", "Hyperscan streams opened (one per field stream)."},
    {"tapwatch_eve_records_total", "result", "EVE records by result (written, error)."},
    {"tapwatch_flow_packets_ignored_total", "reason", "Packets the flow table did not take, by reason."},
    {"tapwatch_flows_active", "", "Flows currently tracked."},
    {"tapwatch_flows_evicted_total", "reason", "Flows ended by the table, by reason: cap, timeout_tcp_syn, timeout_tcp_established, timeout_tcp_closed, timeout_udp."},
    {"tapwatch_flows_total", "", "Flows created."},
    {"tapwatch_memcap_drops_total", "pool", "Data dropped or evicted to honour a memory cap, by pool."},
    {"tapwatch_output_alerts_total", "result",
     "Alerts handed to the output thread, by result (received, dropped: hand-off queue full in live mode)."},
    {"tapwatch_packets_total", "", "Packets read from the capture source."},
    {"tapwatch_protocol_anomalies_total", "reason", "Malformed or hostile application data, by reason."},
    {"tapwatch_protocol_bodies_truncated_total", "proto", "Message bodies cut at the inspection cap."},
    {"tapwatch_protocol_decompression_bombs_total", "proto", "Compressed bodies cut at the inflated-size cap."},
    {"tapwatch_protocol_gaps_total", "proto", "Capture gaps seen by an application parser."},
    {"tapwatch_protocol_parser_failures_total", "proto", "Parsers that gave up on a flow."},
    {"tapwatch_protocol_starttls_total", "proto", "Sessions that switched to TLS (inspection ends)."},
    {"tapwatch_protocol_transactions_total", "proto", "Application scopes opened (HTTP transactions, SMTP messages, DNS queries, TLS hellos)."},
    {"tapwatch_scanned_bytes_total", "field", "Bytes scanned by Hyperscan, by inspection field."},
    {"tapwatch_signature_cache_total", "result", "Compiled-database cache lookups by result (hit, miss, error: cache unusable, compiled without it)."},
    {"tapwatch_signature_compile_seconds", "", "Time the last signature compile took."},
    {"tapwatch_signature_hits_total", "signature_id", "Signature matches (one per scope), before suppression and thresholds, by signature id."},
    {"tapwatch_signature_hyperscan_compile_seconds", "", "Time spent in Hyperscan compilation during the last signature load (0 when every database came from the cache)."},
    {"tapwatch_signature_last_reload_success_timestamp_seconds", "", "Unix time of the last successful signature load."},
    {"tapwatch_signature_reloads_total", "result", "Signature reloads, by result (success, failure)."},
    {"tapwatch_signature_suppressed_total", "reason", "Signature matches not emitted as alerts, by signature id and reason (threshold, suppress)."},
    {"tapwatch_signatures_loaded", "", "Enabled signatures in the running set."},
    {"tapwatch_stream_depth_truncated_total", "", "Streams cut at stream.depth_bytes."},
    {"tapwatch_stream_gap_bytes_total", "", "Bytes missing in reassembly gaps."},
    {"tapwatch_stream_gaps_total", "", "Holes in reassembled TCP streams (capture loss)."},
    {"tapwatch_stream_ooo_buffer_bytes", "", "Bytes held for out-of-order TCP data."},
    {"tapwatch_stream_ooo_cap_hits_total", "", "Gaps forced by stream.max_out_of_order_bytes."},
    {"tapwatch_stream_out_of_window_total", "", "TCP segments too far ahead of the stream to be real."},
    {"tapwatch_stream_overlap_bytes_total", "", "Out-of-order bytes overlapping buffered bytes."},
    {"tapwatch_stream_overlap_conflicts_total", "", "Overlaps whose bytes differed (possible evasion)."},
    {"tapwatch_stream_retransmitted_bytes_total", "", "Bytes received again after delivery (not rescanned)."},
    {"tapwatch_suppress_rules", "", "Suppression rules in force (config and suppress file)."},
    {"tapwatch_syslog_connected", "", "1 while the syslog forwarder is connected to its receiver."},
    {"tapwatch_syslog_messages_total", "result", "Syslog messages by result (sent, dropped, spooled, resent)."},
    {"tapwatch_syslog_queue_depth", "", "Messages waiting in the syslog forwarder's memory queue."},
    {"tapwatch_syslog_spool_bytes", "", "Bytes of alerts waiting in the on-disk syslog spool."},
    {"tapwatch_tcp_midstream_flows_total", "", "TCP flows picked up without a handshake."},
    {"tapwatch_tcp_port_reuse_total", "", "SYNs that replaced a closed flow with the same key."},
    {"tapwatch_threshold_entries", "", "Keys (signature + source/destination/flow) tracked for signature thresholds."},
    {"tapwatch_threshold_evictions_total", "", "Threshold keys evicted to stay within the table cap (their counts restart)."},
    {"tapwatch_worker_packets_total", "", "Packets processed, by worker thread."},
};

}  // namespace

const MetricInfo* findMetric(std::string_view name) {
  for (const MetricInfo& m : kMetrics)
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace tapwatch

#pragma once
// ProtocolStats: what the application parsers count. One instance per worker;
// written only by that worker's thread, read at scrape time by the exporter
// (Counter is single-writer and race-free to read).
//
// Metrics (one label each; the label name is in the comment):
//   tapwatch_protocol_transactions_total{proto}     scopes opened: HTTP transactions, SMTP messages,
//                                                   DNS queries, TLS ClientHellos
//   tapwatch_protocol_anomalies_total{reason}       malformed / hostile input, by reason
//   tapwatch_protocol_decompression_bombs_total{proto}  bodies cut at max_inflated_bytes
//   tapwatch_protocol_bodies_truncated_total{proto}     bodies cut at max_body_bytes
//   tapwatch_protocol_gaps_total{proto}             capture gaps seen by a parser
//   tapwatch_protocol_parser_failures_total{proto}  parsers that gave up on a flow (ParseStatus::Failed)
//   tapwatch_protocol_starttls_total{proto}         sessions that switched to TLS (inspection ends)
#include <cstdint>
#include <functional>
#include <string_view>

#include "common/counter.h"

namespace tapwatch {

// X(member, metric name, label value). Sorted by metric, then label; the one
// list drives both the struct and the visitor so names never drift.
#define TAPWATCH_PROTOCOL_COUNTERS(X)                                                              \
  X(anomaly_charset_invalid_sequence, "tapwatch_protocol_anomalies_total", "charset_invalid_sequence") \
  X(anomaly_charset_unknown, "tapwatch_protocol_anomalies_total", "charset_unknown")               \
  X(anomaly_dns_bad_header, "tapwatch_protocol_anomalies_total", "dns_bad_header")                 \
  X(anomaly_dns_bad_label, "tapwatch_protocol_anomalies_total", "dns_bad_label")                   \
  X(anomaly_dns_bad_pointer, "tapwatch_protocol_anomalies_total", "dns_bad_pointer")               \
  X(anomaly_dns_name_too_long, "tapwatch_protocol_anomalies_total", "dns_name_too_long")           \
  X(anomaly_dns_too_many_names, "tapwatch_protocol_anomalies_total", "dns_too_many_names")         \
  X(anomaly_dns_truncated, "tapwatch_protocol_anomalies_total", "dns_truncated")                   \
  X(anomaly_http_decompress_error, "tapwatch_protocol_anomalies_total", "http_decompress_error")   \
  X(anomaly_http_header_block_too_long, "tapwatch_protocol_anomalies_total", "http_header_block_too_long") \
  X(anomaly_http_header_too_long, "tapwatch_protocol_anomalies_total", "http_header_too_long")     \
  X(anomaly_http_parse_error, "tapwatch_protocol_anomalies_total", "http_parse_error")             \
  X(anomaly_http_pipeline_overflow, "tapwatch_protocol_anomalies_total", "http_pipeline_overflow") \
  X(anomaly_http_response_without_request, "tapwatch_protocol_anomalies_total", "http_response_without_request") \
  X(anomaly_http_too_many_headers, "tapwatch_protocol_anomalies_total", "http_too_many_headers")   \
  X(anomaly_http_unsupported_encoding, "tapwatch_protocol_anomalies_total", "http_unsupported_encoding") \
  X(anomaly_http_uri_too_long, "tapwatch_protocol_anomalies_total", "http_uri_too_long")           \
  X(anomaly_mime_depth_exceeded, "tapwatch_protocol_anomalies_total", "mime_depth_exceeded")       \
  X(anomaly_mime_header_too_long, "tapwatch_protocol_anomalies_total", "mime_header_too_long")     \
  X(anomaly_mime_missing_boundary, "tapwatch_protocol_anomalies_total", "mime_missing_boundary")   \
  X(anomaly_mime_too_many_headers, "tapwatch_protocol_anomalies_total", "mime_too_many_headers")   \
  X(anomaly_mime_too_many_parts, "tapwatch_protocol_anomalies_total", "mime_too_many_parts")       \
  X(anomaly_rfc2047_malformed, "tapwatch_protocol_anomalies_total", "rfc2047_malformed")           \
  X(anomaly_smtp_bad_bdat, "tapwatch_protocol_anomalies_total", "smtp_bad_bdat")                   \
  X(anomaly_smtp_line_too_long, "tapwatch_protocol_anomalies_total", "smtp_line_too_long")         \
  X(anomaly_smtp_malformed_reply, "tapwatch_protocol_anomalies_total", "smtp_malformed_reply")     \
  X(anomaly_smtp_too_many_recipients, "tapwatch_protocol_anomalies_total", "smtp_too_many_recipients") \
  X(anomaly_tls_bad_record, "tapwatch_protocol_anomalies_total", "tls_bad_record")                 \
  X(anomaly_tls_bad_sni, "tapwatch_protocol_anomalies_total", "tls_bad_sni")                       \
  X(anomaly_tls_hello_too_large, "tapwatch_protocol_anomalies_total", "tls_hello_too_large")       \
  X(anomaly_tls_malformed_hello, "tapwatch_protocol_anomalies_total", "tls_malformed_hello")       \
  X(anomaly_tls_not_client_hello, "tapwatch_protocol_anomalies_total", "tls_not_client_hello")     \
  X(bodies_truncated_http, "tapwatch_protocol_bodies_truncated_total", "http")                     \
  X(bodies_truncated_smtp, "tapwatch_protocol_bodies_truncated_total", "smtp")                     \
  X(decompression_bombs_http, "tapwatch_protocol_decompression_bombs_total", "http")               \
  X(gaps_dns, "tapwatch_protocol_gaps_total", "dns")                                               \
  X(gaps_http, "tapwatch_protocol_gaps_total", "http")                                             \
  X(gaps_smtp, "tapwatch_protocol_gaps_total", "smtp")                                             \
  X(gaps_tls, "tapwatch_protocol_gaps_total", "tls")                                               \
  X(parser_failures_dns, "tapwatch_protocol_parser_failures_total", "dns")                         \
  X(parser_failures_http, "tapwatch_protocol_parser_failures_total", "http")                       \
  X(parser_failures_smtp, "tapwatch_protocol_parser_failures_total", "smtp")                       \
  X(parser_failures_tls, "tapwatch_protocol_parser_failures_total", "tls")                         \
  X(starttls_smtp, "tapwatch_protocol_starttls_total", "smtp")                                     \
  X(transactions_dns, "tapwatch_protocol_transactions_total", "dns")                               \
  X(transactions_http, "tapwatch_protocol_transactions_total", "http")                             \
  X(transactions_smtp, "tapwatch_protocol_transactions_total", "smtp")                             \
  X(transactions_tls, "tapwatch_protocol_transactions_total", "tls")

struct ProtocolStats {
#define TAPWATCH_DECLARE_COUNTER(member, metric, label) Counter member;
  TAPWATCH_PROTOCOL_COUNTERS(TAPWATCH_DECLARE_COUNTER)
#undef TAPWATCH_DECLARE_COUNTER
};

// Any thread (scrape time): calls visit(metric name, label value, value) once per counter.
void visitProtocolStats(const ProtocolStats& stats, const CounterVisitor& visit);

// The label name each metric above uses ("proto" or "reason").
std::string_view protocolStatsLabelName(std::string_view metric);

}  // namespace tapwatch

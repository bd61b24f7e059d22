#pragma once
// ProtocolStats: what the application parsers count. One instance per worker;
// written only by that worker's thread, read at scrape time by the exporter.
// A parser failure is a parser giving up on a flow (ParseStatus::Failed).
#include <string_view>

#include "common/stats_macros.h"

namespace tapwatch {

// The help of a metric split over several members, said once.
inline constexpr std::string_view kProtocolAnomaliesHelp = "Malformed or hostile application data, by reason.";
inline constexpr std::string_view kProtocolBodiesTruncatedHelp = "Message bodies cut at the inspection cap.";
inline constexpr std::string_view kProtocolGapsHelp = "Capture gaps seen by an application parser.";
inline constexpr std::string_view kProtocolParserFailuresHelp = "Parsers that gave up on a flow.";
inline constexpr std::string_view kProtocolTransactionsHelp =
    "Application scopes opened (HTTP transactions, SMTP messages, DNS queries, TLS hellos).";

// Sorted by metric, then label.
#define TAPWATCH_PROTOCOL_STATS(COUNTER, ...) \
  COUNTER(anomaly_charset_invalid_sequence, "tapwatch_protocol_anomalies_total", "reason", "charset_invalid_sequence", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_charset_unknown, "tapwatch_protocol_anomalies_total", "reason", "charset_unknown", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_dns_bad_header, "tapwatch_protocol_anomalies_total", "reason", "dns_bad_header", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_dns_bad_label, "tapwatch_protocol_anomalies_total", "reason", "dns_bad_label", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_dns_bad_pointer, "tapwatch_protocol_anomalies_total", "reason", "dns_bad_pointer", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_dns_bad_rdata, "tapwatch_protocol_anomalies_total", "reason", "dns_bad_rdata", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_dns_name_too_long, "tapwatch_protocol_anomalies_total", "reason", "dns_name_too_long", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_dns_too_many_names, "tapwatch_protocol_anomalies_total", "reason", "dns_too_many_names", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_dns_truncated, "tapwatch_protocol_anomalies_total", "reason", "dns_truncated", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_09_response, "tapwatch_protocol_anomalies_total", "reason", "http_09_response", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_bad_status_code, "tapwatch_protocol_anomalies_total", "reason", "http_bad_status_code", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_bare_cr_line_end, "tapwatch_protocol_anomalies_total", "reason", "http_bare_cr_line_end", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_bare_lf_line_end, "tapwatch_protocol_anomalies_total", "reason", "http_bare_lf_line_end", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_body_until_close, "tapwatch_protocol_anomalies_total", "reason", "http_body_until_close", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_chunk_extension, "tapwatch_protocol_anomalies_total", "reason", "http_chunk_extension", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_chunk_size_too_large, "tapwatch_protocol_anomalies_total", "reason", \
          "http_chunk_size_too_large", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_conflicting_content_length, "tapwatch_protocol_anomalies_total", "reason", \
          "http_conflicting_content_length", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_content_length_with_transfer_encoding, "tapwatch_protocol_anomalies_total", "reason", \
          "http_content_length_with_transfer_encoding", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_control_char_in_header, "tapwatch_protocol_anomalies_total", "reason", \
          "http_control_char_in_header", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_decompress_error, "tapwatch_protocol_anomalies_total", "reason", "http_decompress_error", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_duplicate_content_length, "tapwatch_protocol_anomalies_total", "reason", \
          "http_duplicate_content_length", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_folded_header, "tapwatch_protocol_anomalies_total", "reason", "http_folded_header", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_gzip_bad_trailer, "tapwatch_protocol_anomalies_total", "reason", "http_gzip_bad_trailer", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_gzip_header_flags, "tapwatch_protocol_anomalies_total", "reason", "http_gzip_header_flags", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_header_block_too_long, "tapwatch_protocol_anomalies_total", "reason", \
          "http_header_block_too_long", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_header_too_long, "tapwatch_protocol_anomalies_total", "reason", "http_header_too_long", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_header_without_colon, "tapwatch_protocol_anomalies_total", "reason", \
          "http_header_without_colon", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_invalid_content_length, "tapwatch_protocol_anomalies_total", "reason", \
          "http_invalid_content_length", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_junk_before_message, "tapwatch_protocol_anomalies_total", "reason", "http_junk_before_message", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_legacy_content_encoding, "tapwatch_protocol_anomalies_total", "reason", \
          "http_legacy_content_encoding", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_lf_cr_line_end, "tapwatch_protocol_anomalies_total", "reason", "http_lf_cr_line_end", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_malformed_chunk_line, "tapwatch_protocol_anomalies_total", "reason", \
          "http_malformed_chunk_line", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_malformed_status_line, "tapwatch_protocol_anomalies_total", "reason", \
          "http_malformed_status_line", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_multiple_content_encodings, "tapwatch_protocol_anomalies_total", "reason", \
          "http_multiple_content_encodings", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_nonstandard_transfer_encoding, "tapwatch_protocol_anomalies_total", "reason", \
          "http_nonstandard_transfer_encoding", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_nonstandard_version, "tapwatch_protocol_anomalies_total", "reason", "http_nonstandard_version", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_parse_error, "tapwatch_protocol_anomalies_total", "reason", "http_parse_error", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_pipeline_overflow, "tapwatch_protocol_anomalies_total", "reason", "http_pipeline_overflow", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_raw_deflate, "tapwatch_protocol_anomalies_total", "reason", "http_raw_deflate", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_response_without_request, "tapwatch_protocol_anomalies_total", "reason", \
          "http_response_without_request", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_too_many_content_encodings, "tapwatch_protocol_anomalies_total", "reason", \
          "http_too_many_content_encodings", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_too_many_headers, "tapwatch_protocol_anomalies_total", "reason", "http_too_many_headers", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_unsupported_encoding, "tapwatch_protocol_anomalies_total", "reason", \
          "http_unsupported_encoding", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_http_uri_too_long, "tapwatch_protocol_anomalies_total", "reason", "http_uri_too_long", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_mime_bad_base64, "tapwatch_protocol_anomalies_total", "reason", "mime_bad_base64", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_mime_depth_exceeded, "tapwatch_protocol_anomalies_total", "reason", "mime_depth_exceeded", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_mime_header_too_long, "tapwatch_protocol_anomalies_total", "reason", "mime_header_too_long", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_mime_missing_boundary, "tapwatch_protocol_anomalies_total", "reason", "mime_missing_boundary", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_mime_too_many_headers, "tapwatch_protocol_anomalies_total", "reason", "mime_too_many_headers", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_mime_too_many_parts, "tapwatch_protocol_anomalies_total", "reason", "mime_too_many_parts", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_rfc2047_malformed, "tapwatch_protocol_anomalies_total", "reason", "rfc2047_malformed", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_smtp_bad_bdat, "tapwatch_protocol_anomalies_total", "reason", "smtp_bad_bdat", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_smtp_line_too_long, "tapwatch_protocol_anomalies_total", "reason", "smtp_line_too_long", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_smtp_malformed_reply, "tapwatch_protocol_anomalies_total", "reason", "smtp_malformed_reply", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_smtp_too_many_recipients, "tapwatch_protocol_anomalies_total", "reason", "smtp_too_many_recipients", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_tls_bad_record, "tapwatch_protocol_anomalies_total", "reason", "tls_bad_record", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_tls_bad_sni, "tapwatch_protocol_anomalies_total", "reason", "tls_bad_sni", kProtocolAnomaliesHelp) \
  COUNTER(anomaly_tls_hello_too_large, "tapwatch_protocol_anomalies_total", "reason", "tls_hello_too_large", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_tls_malformed_hello, "tapwatch_protocol_anomalies_total", "reason", "tls_malformed_hello", \
          kProtocolAnomaliesHelp) \
  COUNTER(anomaly_tls_not_client_hello, "tapwatch_protocol_anomalies_total", "reason", "tls_not_client_hello", \
          kProtocolAnomaliesHelp) \
  COUNTER(bodies_truncated_http, "tapwatch_protocol_bodies_truncated_total", "proto", "http", \
          kProtocolBodiesTruncatedHelp) \
  COUNTER(bodies_truncated_smtp, "tapwatch_protocol_bodies_truncated_total", "proto", "smtp", \
          kProtocolBodiesTruncatedHelp) \
  COUNTER(decompression_bombs_http, "tapwatch_protocol_decompression_bombs_total", "proto", "http", \
          "Compressed bodies cut at the inflated-size cap.") \
  COUNTER(gaps_dns, "tapwatch_protocol_gaps_total", "proto", "dns", kProtocolGapsHelp) \
  COUNTER(gaps_http, "tapwatch_protocol_gaps_total", "proto", "http", kProtocolGapsHelp) \
  COUNTER(gaps_smtp, "tapwatch_protocol_gaps_total", "proto", "smtp", kProtocolGapsHelp) \
  COUNTER(gaps_tls, "tapwatch_protocol_gaps_total", "proto", "tls", kProtocolGapsHelp) \
  COUNTER(parser_failures_dns, "tapwatch_protocol_parser_failures_total", "proto", "dns", kProtocolParserFailuresHelp) \
  COUNTER(parser_failures_http, "tapwatch_protocol_parser_failures_total", "proto", "http", \
          kProtocolParserFailuresHelp) \
  COUNTER(parser_failures_smtp, "tapwatch_protocol_parser_failures_total", "proto", "smtp", \
          kProtocolParserFailuresHelp) \
  COUNTER(parser_failures_tls, "tapwatch_protocol_parser_failures_total", "proto", "tls", kProtocolParserFailuresHelp) \
  COUNTER(starttls_smtp, "tapwatch_protocol_starttls_total", "proto", "smtp", \
          "Sessions that switched to TLS (inspection ends).") \
  COUNTER(transactions_dns, "tapwatch_protocol_transactions_total", "proto", "dns", kProtocolTransactionsHelp) \
  COUNTER(transactions_http, "tapwatch_protocol_transactions_total", "proto", "http", kProtocolTransactionsHelp) \
  COUNTER(transactions_smtp, "tapwatch_protocol_transactions_total", "proto", "smtp", kProtocolTransactionsHelp) \
  COUNTER(transactions_tls, "tapwatch_protocol_transactions_total", "proto", "tls", kProtocolTransactionsHelp) \
  COUNTER(urls_dropped_smtp, "tapwatch_protocol_urls_dropped_total", "proto", "smtp", \
          "Links in mail bodies not emitted as smtp.url: over the per-message cap or longer than the URL cap.")

struct ProtocolStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_PROTOCOL_STATS)
};

// Any thread (scrape time): every series, zeros included.
void visitProtocolStats(const ProtocolStats& stats, const StatsVisitor& visit);

}  // namespace tapwatch

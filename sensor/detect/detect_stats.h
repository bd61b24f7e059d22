#pragma once
// DetectStats: what one worker's scratch counts. Written only by that
// worker's thread, read at scrape time by others. Per-signature alert counts
// are the policy's (policy/alert_counters.h): it sees alerts after
// thresholds, and labels them with id/category/severity.
#include <string_view>

#include "common/field.h"
#include "common/stats_macros.h"

namespace tapwatch {

inline constexpr std::string_view kDetectErrorsHelp = "Hyperscan failures by reason (scan, stream_open, scratch).";

// hits: signature hits handed to the HitSink (before thresholds); scan: a
// Hyperscan scan call failed (e.g. scratch not prepared); stream_open:
// hs_open_stream failed (out of memory), that stream goes unscanned; scratch:
// prepare() could not size the scratch.
#define TAPWATCH_DETECT_STATS(COUNTER, GAUGE, COUNTER_ARRAY, ...) \
  COUNTER_ARRAY(scanned_bytes, kFieldCount, fieldName, "tapwatch_scanned_bytes_total", "field", \
                "Bytes scanned by Hyperscan, by inspection field.") \
  COUNTER(hits, "tapwatch_detect_hits_total", "", "", "Signature hits before per-scope de-duplication.") \
  COUNTER(streams_opened, "tapwatch_detect_streams_opened_total", "", "", \
          "Hyperscan streams opened (one per field stream).") \
  COUNTER(scan_errors, "tapwatch_detect_errors_total", "reason", "scan", kDetectErrorsHelp) \
  COUNTER(stream_open_failures, "tapwatch_detect_errors_total", "reason", "stream_open", kDetectErrorsHelp) \
  COUNTER(scratch_failures, "tapwatch_detect_errors_total", "reason", "scratch", kDetectErrorsHelp) \
  COUNTER(rule_candidates, "tapwatch_rule_candidates_total", "", "", \
          "Suricata rules whose fast pattern matched (or that have none), confirmed on their whole option chain.") \
  COUNTER(rule_confirmed, "tapwatch_rule_confirmed_total", "", "", \
          "Suricata rule candidates whose every payload chain matched.") \
  COUNTER(bodies_skipped_media, "tapwatch_bodies_skipped_total", "reason", "media", \
          "HTTP response bodies typed image/, video/, audio/ or font/ not fed to text signatures " \
          "(protocols.http.inspect_media: false).") \
  COUNTER(rule_values_truncated, "tapwatch_rule_values_truncated_total", "", "", \
          "Field values cut at the per-value or per-scope cap kept for Suricata rule confirmation.")

struct DetectStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_DETECT_STATS)
};

// Any thread (scrape time): every series, zeros included.
void visitDetectStats(const DetectStats& stats, const StatsVisitor& visit);

}  // namespace tapwatch

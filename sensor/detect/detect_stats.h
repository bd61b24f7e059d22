#pragma once
// DetectStats: what one worker's scratch counts. Written only by that
// worker's thread (Counter is single-writer), read at scrape time by others.
// Per-signature alert counts are the engine's (policy/alert_counters.h): it
// sees alerts after thresholds, and labels them with id/category/severity.
#include <array>
#include <functional>
#include <string_view>

#include "common/counter.h"
#include "common/field.h"

namespace tapwatch {

struct DetectStats {
  std::array<Counter, kFieldCount> scanned_bytes;  // tapwatch_scanned_bytes_total{field}
  Counter hits;                   // signature hits handed to the HitSink (before thresholds)
  Counter scan_errors;            // Hyperscan scan call failed (e.g. scratch not prepared)
  Counter stream_open_failures;   // hs_open_stream failed (out of memory): that stream goes unscanned
  Counter scratch_failures;       // prepare() could not size the scratch
  Counter streams_opened;
};

// Visits every counter as (Prometheus metric name, label value, value): the
// label is `field` for tapwatch_scanned_bytes_total, `reason` for
// tapwatch_detect_errors_total, none ("") otherwise.
void visitDetectStats(const DetectStats& stats, const CounterVisitor& visit);

}  // namespace tapwatch

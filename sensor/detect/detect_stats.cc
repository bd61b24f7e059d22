#include "detect/detect_stats.h"

namespace tapwatch {

void visitDetectStats(const DetectStats& stats, const CounterVisitor& visit) {
  for (const auto& info : allFields())
    visit("tapwatch_scanned_bytes_total", info.name, stats.scanned_bytes[static_cast<size_t>(info.field)].value());
  visit("tapwatch_detect_hits_total", "", stats.hits.value());
  visit("tapwatch_detect_streams_opened_total", "", stats.streams_opened.value());
  visit("tapwatch_detect_errors_total", "scan", stats.scan_errors.value());
  visit("tapwatch_detect_errors_total", "stream_open", stats.stream_open_failures.value());
  visit("tapwatch_detect_errors_total", "scratch", stats.scratch_failures.value());
}

}  // namespace tapwatch

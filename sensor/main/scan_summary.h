#pragma once
// The run summary of `tapwatch scan` (and of `run -r`): totals over all
// workers, printed for people on stderr and optionally written as JSON.
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

#include "engine/pipeline.h"
#include "policy/alert_counters.h"

namespace tapwatch {

struct ScanSummary {
  uint64_t packets = 0;
  uint64_t bytes = 0;
  uint64_t flows = 0;
  uint64_t alerts = 0;
  uint64_t stream_gaps = 0;
  uint64_t file_errors = 0;
  uint64_t files_done = 0;    // capture files read to their end
  uint64_t files_failed = 0;  // capture files that could not be read (opened, cut short, no packet)
  uint64_t eve_written = 0;   // EVE records written to -o
  uint64_t eve_errors = 0;    // EVE records that could not be written
  double elapsed_seconds = 0;
  std::map<std::string, uint64_t> decode_errors;   // reason -> count, zero counts left out
  std::map<std::string, uint64_t> decode_tunnels;  // tunnel type -> layers opened, zero counts left out
  std::map<std::string, uint64_t> defrag;          // counter -> value
  std::map<std::string, uint64_t> flow;            // flow-table counters
  std::map<std::string, uint64_t> protocols;       // parser counters
};

ScanSummary summarize(const Pipeline& pipeline, const AlertCounters& alerts, double elapsed_seconds);
void printSummary(const ScanSummary& summary, std::FILE* out);
bool writeSummaryJson(const ScanSummary& summary, const std::string& path);

}  // namespace tapwatch

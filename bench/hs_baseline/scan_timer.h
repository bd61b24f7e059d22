#pragma once
// The timed loops of the baseline: plain hs_scan over every payload (block
// mode), and hs_scan_stream with one stream per flow direction, opened at its
// first payload and closed after its last, interleaved in capture order the
// way the sensor sees them (stream mode). Both count matches in a callback
// that does nothing else. Main thread.
#include <hs.h>

#include <cstdint>

#include "common/result.h"
#include "payload_loader.h"

namespace tapwatch {

struct ScanTiming {
  double wall_seconds = 0;
  double cpu_seconds = 0;  // this thread's CPU time: robust on a busy machine
  uint64_t bytes = 0;
  uint64_t calls = 0;
  uint64_t matches = 0;
};

Result<ScanTiming> timeBlockScan(const hs_database_t* db, hs_scratch_t* scratch, const PayloadSet& payloads);
Result<ScanTiming> timeStreamScan(const hs_database_t* db, hs_scratch_t* scratch, const PayloadSet& payloads);

}  // namespace tapwatch

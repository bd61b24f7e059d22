#pragma once
// Counters of the capture side (the thread that reads libpcap and dispatches),
// their sum over all capture threads, and the metrics exported from that sum.
#include <cstdint>

#include "common/stats_macros.h"

namespace tapwatch {

// One list for the per-thread counters and their totals.
#define TAPWATCH_CAPTURE_COUNTERS(X) \
  X(packets)         /* read from the source */ \
  X(bytes)           /* wire bytes read */ \
  X(ring_full_drops) /* live only: a worker's ring was full */ \
  X(oversize_drops)  /* a packet larger than half a ring (raise capture.ring_mb) */ \
  X(kernel_drops)    /* pcap_stats ps_drop, mirrored */ \
  X(interface_drops) /* pcap_stats ps_ifdrop, mirrored */ \
  X(file_errors)     /* capture files that ended in a read error (e.g. truncated) */ \
  X(files_done)      /* capture files read to their end (scan, -r, --follow, ctl pcap) */ \
  X(files_failed)    /* capture files that could not be opened, were cut short or yielded no packet */

struct CaptureStats {
#define TAPWATCH_X(member) Counter member;
  TAPWATCH_CAPTURE_COUNTERS(TAPWATCH_X)
#undef TAPWATCH_X
};

// The sum over all capture threads, for metrics and summaries.
struct CaptureTotals {
#define TAPWATCH_X(member) uint64_t member = 0;
  TAPWATCH_CAPTURE_COUNTERS(TAPWATCH_X)
#undef TAPWATCH_X

  void add(const CaptureStats& s) {
#define TAPWATCH_X(member) member += s.member.value();
    TAPWATCH_CAPTURE_COUNTERS(TAPWATCH_X)
#undef TAPWATCH_X
  }
};

// Computed from CaptureTotals at scrape time (PipelineMetrics); interface is
// the capture interface, or "replay".
#define TAPWATCH_CAPTURE_METRICS(COUNTER, GAUGE) \
  COUNTER(packets, "tapwatch_packets_total", "interface", "Packets read from the capture source.") \
  COUNTER(bytes, "tapwatch_bytes_total", "interface", "Wire bytes read from the capture source.") \
  COUNTER(drops, "tapwatch_capture_drops_total", "interface,reason", \
          "Packets lost before inspection: kernel (socket buffer full), interface (driver), ring_full (worker " \
          "ring full), oversize (packet larger than a worker ring can hold).") \
  COUNTER(files, "tapwatch_capture_files_total", "result", \
          "Capture files replayed (run -r, --follow, ctl pcap): done (read to the end) or failed (could not be " \
          "opened, cut short, or no packet readable).")

TAPWATCH_DECLARE_METRICS(CaptureMetrics, TAPWATCH_CAPTURE_METRICS);

}  // namespace tapwatch

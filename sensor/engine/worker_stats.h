#pragma once
// Everything one worker counts. Written only by that worker's thread; read by
// the exporter and the scan summary from other threads.
#include "common/stats_macros.h"
#include "decode/decode_stats.h"
#include "detect/detect_stats.h"
#include "flow/flow_stats.h"
#include "protocols/protocol_stats.h"

namespace tapwatch {

struct WorkerStats {
  Counter packets;
  Counter bytes;
  Counter alerts;
  Counter batches;
  Counter signature_set_switches;  // times this worker picked up a reloaded set
  DecodeStats decode;
  FlowStats flow;
  DetectStats detect;
  ProtocolStats protocols;
};

// Computed from each worker's `packets` at scrape time (PipelineMetrics).
#define TAPWATCH_WORKER_METRICS(COUNTER, GAUGE) \
  COUNTER(packets, "tapwatch_worker_packets_total", "worker", "Packets processed, by worker thread.")

TAPWATCH_DECLARE_METRICS(WorkerMetrics, TAPWATCH_WORKER_METRICS);

}  // namespace tapwatch

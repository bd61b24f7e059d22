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
  Counter flows_migrated;          // open flows moved to a newer set (worker_migration.cc)
  DecodeStats decode;
  FlowStats flow;
  DetectStats detect;
  ProtocolStats protocols;
};

// Computed from each worker's `packets` at scrape time (PipelineMetrics).
#define TAPWATCH_WORKER_METRICS(COUNTER, GAUGE) \
  COUNTER(packets, "tapwatch_worker_packets_total", "worker", "Packets processed, by worker thread.") \
  COUNTER(flows_migrated, "tapwatch_flows_migrated_total", "", \
          "Open flows moved to a newer signature set after a reload (at a message boundary, when idle, or forced " \
          "by signatures.max_live_sets), so the set they started on can be freed.")

TAPWATCH_DECLARE_METRICS(WorkerMetrics, TAPWATCH_WORKER_METRICS);

}  // namespace tapwatch

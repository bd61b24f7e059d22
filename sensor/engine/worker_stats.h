#pragma once
// Everything one worker counts. Written only by that worker's thread; read by
// the exporter and the scan summary from other threads (Counter is
// single-writer and race-free to read).
#include "common/counter.h"
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

}  // namespace tapwatch

#pragma once
// Counters of the capture side (the thread that reads libpcap and dispatches).
#include <string>

#include "common/counter.h"

namespace tapwatch {

struct CaptureStats {
  Counter packets;           // read from the source
  Counter bytes;             // wire bytes read
  Counter ring_full_drops;   // live only: a worker's ring was full
  Counter oversize_drops;    // a packet larger than half a ring (raise capture.ring_mb)
  Counter kernel_drops;      // pcap_stats ps_drop (gauge of a monotonic total)
  Counter interface_drops;   // pcap_stats ps_ifdrop
  Counter file_errors;       // capture files that ended in a read error (e.g. truncated)
};

}  // namespace tapwatch

#pragma once
// AlertSink: where workers hand their events (alerts, transactions, flow
// ends, anomalies). Implementations must be thread-safe (all workers call
// emit) and must not block on the network: the output thread
// (output/output_thread.h) formats and writes them.
#include "output/eve_event.h"

namespace tapwatch {

class AlertSink {
 public:
  virtual ~AlertSink() = default;
  virtual void emit(EveEvent&& event) = 0;
};

}  // namespace tapwatch

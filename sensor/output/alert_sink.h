#pragma once
// AlertSink: where workers hand rendered alerts. Implementations must be
// thread-safe (all workers call emit) and must not block on the network:
// `tapwatch scan` writes lines to a file, the daemon hands them to the output
// thread (alert/output_thread.h).
#include "output/alert.h"

namespace tapwatch {

class AlertSink {
 public:
  virtual ~AlertSink() = default;
  virtual void emit(AlertRecord&& record) = 0;
};

}  // namespace tapwatch

#pragma once
// ProcessMetrics: the standard process_* series (Prometheus client library
// conventions), read from /proc/self at scrape time: prometheus-cpp does not
// export them, and dashboards expect CPU, memory, fds and start time.
#include "common/stats_macros.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

#define TAPWATCH_PROCESS_METRICS(COUNTER, GAUGE) \
  COUNTER(cpu_seconds, "process_cpu_seconds_total", "", "Total user and system CPU time spent in seconds.") \
  GAUGE(resident_memory, "process_resident_memory_bytes", "", "Resident memory size in bytes.") \
  GAUGE(virtual_memory, "process_virtual_memory_bytes", "", "Virtual memory size in bytes.") \
  GAUGE(open_fds, "process_open_fds", "", "Number of open file descriptors.") \
  GAUGE(max_fds, "process_max_fds", "", "Maximum number of open file descriptors.") \
  GAUGE(start_time, "process_start_time_seconds", "", "Start time of the process since unix epoch in seconds.")

TAPWATCH_DECLARE_METRICS(ProcessMetricsInfo, TAPWATCH_PROCESS_METRICS);

class ProcessMetrics final : public MetricsSource {
 public:
  ProcessMetrics();
  void collect(MetricsBuilder& out) const override;

 private:
  double start_time_unix_ = 0;  // fixed for the process: computed once
};

}  // namespace tapwatch

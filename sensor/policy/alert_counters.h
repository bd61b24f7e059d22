#pragma once
// Alert counts by signature, category and severity, and suppressions by
// reason (AlertMetrics below). Shared by all workers; touched only when a
// signature fires (rare), so a mutex is fine here and keeps the labels exact.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>

#include "common/stats_macros.h"

namespace tapwatch {

class AlertCounters {
 public:
  struct Key {
    uint32_t signature_id;
    std::string category;
    uint8_t severity;
    auto operator<=>(const Key&) const = default;
  };

  void countAlert(uint32_t signature_id, const std::string& category, uint8_t severity);
  // Creates the signature's series at 0 (kept at its count if it exists):
  // called for every signature loaded, so a first alert is a step from 0
  // that rate()/increase() can see, not a series appearing at 1.
  void declareSignature(uint32_t signature_id, const std::string& category, uint8_t severity);
  void countSuppressed(const std::string& reason);
  uint64_t totalAlerts() const;

  void forEachAlert(const std::function<void(const Key&, uint64_t)>& fn) const;
  void forEachSuppressed(const std::function<void(const std::string&, uint64_t)>& fn) const;

 private:
  mutable std::mutex mutex_;
  std::map<Key, uint64_t> alerts_;
  std::map<std::string, uint64_t> suppressed_;
};

// Computed from AlertCounters at scrape time (engine's PipelineMetrics).
#define TAPWATCH_ALERT_METRICS(COUNTER, GAUGE) \
  COUNTER(alerts, "tapwatch_alerts_total", "signature_id,category,severity", \
          "Alerts emitted, by signature id, category and severity.") \
  COUNTER(suppressed, "tapwatch_alerts_suppressed_total", "reason", \
          "Alerts not emitted, by reason (threshold, suppress).")

TAPWATCH_DECLARE_METRICS(AlertMetrics, TAPWATCH_ALERT_METRICS);

}  // namespace tapwatch

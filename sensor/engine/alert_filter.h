#pragma once
// AlertFilter: what happens between a signature hit and an emitted alert —
// suppression rules (config + suppress file) and signature thresholds — and
// the per-signature counters that make tuning possible. One per pipeline,
// shared by its workers (WorkerContext::alert_filter).
//
// Thread use: decide() from worker threads (only when a signature fires);
// loadSuppressions()/setSuppressList() from the main thread (startup,
// reload); collect() from the metrics thread.
#include <memory>

#include "common/ip_address.h"
#include "common/result.h"
#include "config/config.h"
#include "detect/signature.h"
#include "engine/alert_counters.h"
#include "engine/signature_counters.h"
#include "engine/suppress_list.h"
#include "engine/threshold_table.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

enum class AlertVerdict : uint8_t { Emit, Suppressed, BelowThreshold };

class AlertFilter final : public MetricsSource {
 public:
  // Suppressions are counted into `alert_counters` (tapwatch_alerts_suppressed_total).
  explicit AlertFilter(AlertCounters& alert_counters, size_t threshold_max_entries = ThresholdTable::kDefaultMaxEntries);

  // Reads config.suppress plus config.suppress_file (if set) and swaps the
  // result in. On error the running rules stay and the error names the file.
  Status loadSuppressions(const SignaturesConfig& config);
  void setSuppressList(std::shared_ptr<const SuppressList> list);
  std::shared_ptr<const SuppressList> suppressList() const { return std::atomic_load(&suppress_); }

  // Counts the hit, then: suppressed by a rule? below the signature's
  // threshold? Suppressed events do not count toward thresholds.
  AlertVerdict decide(const Signature& sig, const IpAddress& src, const IpAddress& dst, uint64_t flow_id,
                      Timestamp now);

  const SignatureCounters& signatureCounters() const { return signature_counters_; }
  const ThresholdTable& thresholds() const { return thresholds_; }

  // tapwatch_signature_hits_total{signature_id}, tapwatch_signature_suppressed_total{signature_id,reason},
  // tapwatch_threshold_entries, tapwatch_threshold_evictions_total, tapwatch_suppress_rules.
  void collect(MetricsBuilder& out) const override;

 private:
  AlertCounters& alert_counters_;
  SignatureCounters signature_counters_;
  ThresholdTable thresholds_;
  std::shared_ptr<const SuppressList> suppress_;  // accessed with std::atomic_load/store
};

}  // namespace tapwatch

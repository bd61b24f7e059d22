#pragma once
// AlertFilter: what happens between a signature hit and an emitted alert —
// suppression rules (config + suppress file) and signature thresholds — and
// the per-signature counters that make tuning possible. One per pipeline,
// shared by its workers (WorkerContext::alert_filter).
//
// Thread use: decide() from worker threads (only when a signature fires);
// loadSuppressions()/setSuppressList() from the main thread (startup,
// reload); the counters' readers from any thread (metrics, summaries).
#include <memory>

#include "common/ip_address.h"
#include "common/result.h"
#include "common/stats_macros.h"
#include "config/config.h"
#include "detect/signature.h"
#include "policy/alert_counters.h"
#include "policy/signature_counters.h"
#include "policy/suppress_list.h"
#include "policy/threshold_table.h"

namespace tapwatch {

enum class AlertVerdict : uint8_t { Emit, Suppressed, BelowThreshold };

class AlertFilter {
 public:
  // Suppressions are counted into `alert_counters` (tapwatch_alerts_suppressed_total).
  explicit AlertFilter(AlertCounters& alert_counters,
                       size_t threshold_max_entries = ThresholdTable::kDefaultMaxEntries);

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

 private:
  AlertCounters& alert_counters_;
  SignatureCounters signature_counters_;
  ThresholdTable thresholds_;
  std::shared_ptr<const SuppressList> suppress_;  // accessed with std::atomic_load/store
};

// What AlertFilter's parts report, computed at scrape time (engine's AlertFilterMetrics).
#define TAPWATCH_POLICY_METRICS(COUNTER, GAUGE) \
  COUNTER(signature_hits, "tapwatch_signature_hits_total", "signature_id", \
          "Signature matches (one per scope), before suppression and thresholds, by signature id.") \
  COUNTER(signature_suppressed, "tapwatch_signature_suppressed_total", "signature_id,reason", \
          "Signature matches not emitted as alerts, by signature id and reason (threshold, suppress).") \
  GAUGE(threshold_entries, "tapwatch_threshold_entries", "", \
        "Keys (signature + source/destination/flow) tracked for signature thresholds.") \
  COUNTER(threshold_evictions, "tapwatch_threshold_evictions_total", "", \
          "Threshold keys evicted to stay within the table cap (their counts restart).") \
  GAUGE(suppress_rules, "tapwatch_suppress_rules", "", "Suppression rules in force (config and suppress file).")

TAPWATCH_DECLARE_METRICS(PolicyMetrics, TAPWATCH_POLICY_METRICS);

}  // namespace tapwatch

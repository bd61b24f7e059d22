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


 private:
  AlertCounters& alert_counters_;
  SignatureCounters signature_counters_;
  ThresholdTable thresholds_;
  std::shared_ptr<const SuppressList> suppress_;  // accessed with std::atomic_load/store
};

}  // namespace tapwatch

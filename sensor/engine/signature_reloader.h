#pragma once
// SignatureReloader: loads and compiles the signature set off the packet path
// (main thread at start, then the reload thread of requests()), and on
// success hands it to the pipeline, whose workers swap it in between
// batches; open flows move to it at their next message boundary
// (worker_migration.cc). On any error the running set stays, the error is
// logged with file:line:col, and the failure is counted.
// Memory: at most signatures.max_live_sets compiled sets are alive at once
// (the running one plus older ones flows still scan with). A reload that
// would exceed it first moves every flow to the running set; if the old sets
// are still not freed after kRoomWait the reload is refused (counted,
// sets_cap) and the running set stays.
// Shutdown: the load carries the coalescer's cancel token, and every step of
// a reload that touches the pipeline runs through requests().unlessStopping(),
// so a reload cut short by a stop never reaches a pipeline being torn down
// (engine/reload_coalescer.h has the ownership story of an abandoned compile).
// Also the MetricsSource of its reload metrics (ReloadMetrics).
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/result.h"
#include "common/stats_macros.h"
#include "config/config.h"
#include "detect/detection_set.h"
#include "detect/rule_refusal_reasons.h"
#include "engine/reload_coalescer.h"
#include "policy/alert_filter.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

class Pipeline;

// Computed at scrape time from the running set and the loads so far.
#define TAPWATCH_RELOAD_METRICS(COUNTER, GAUGE) \
  GAUGE(signatures_loaded, "tapwatch_signatures_loaded", "", "Enabled signatures in the running set.") \
  COUNTER(rules_refused, "tapwatch_rules_refused_total", "reason", \
          "Suricata .rules rules not loaded by the successful signature loads so far (disabled rules excluded), " \
          "by reason: the refused keyword from a fixed list, or other.") \
  COUNTER(reloads, "tapwatch_signature_reloads_total", "result", "Signature reloads, by result (success, failure).") \
  GAUGE(last_success, "tapwatch_signature_last_reload_success_timestamp_seconds", "", \
        "Unix time of the last successful signature load.") \
  GAUGE(last_attempt, "tapwatch_signature_last_reload_timestamp_seconds", "result", \
        "Unix time of the last signature load with this result (success, failure); 0 = none since the start. A " \
        "failure newer than the success means the running set is not what the files say.") \
  GAUGE(compile_seconds, "tapwatch_signature_compile_seconds", "", "Time the last signature compile took.") \
  GAUGE(hyperscan_compile_seconds, "tapwatch_signature_hyperscan_compile_seconds", "", \
        "Time spent in Hyperscan compilation during the last signature load (0 when every database came from " \
        "the cache).") \
  COUNTER(cache, "tapwatch_signature_cache_total", "result", \
          "Compiled-database cache lookups by result (hit, miss, error: cache unusable, compiled without it).") \
  GAUGE(sets_alive, "tapwatch_signature_sets_alive", "", \
        "Compiled signature sets in memory: the running one plus older ones open flows still scan with (at most " \
        "signatures.max_live_sets).") \
  COUNTER(reloads_coalesced, "tapwatch_signature_reloads_coalesced_total", "", \
          "Reload requests (SIGHUP, ctl reload, file watch) that shared a compile with an earlier request instead " \
          "of compiling on their own.") \
  COUNTER(reloads_refused, "tapwatch_signature_reloads_refused_total", "reason", \
          "Reloads refused before compiling, by reason (sets_cap: signatures.max_live_sets sets still in use " \
          "after moving every flow to the running set).") \
  COUNTER(reloads_abandoned, "tapwatch_signature_reloads_abandoned_total", "", \
          "Signature reload compiles given up because the daemon stopped during them (a Hyperscan compile cannot " \
          "be interrupted: the process exits without waiting for it).")

TAPWATCH_DECLARE_METRICS(ReloadMetrics, TAPWATCH_RELOAD_METRICS);

class SignatureReloader final : public MetricsSource {
 public:
  SignatureReloader(std::vector<std::string> paths, DetectOptions options);
  ~SignatureReloader() override;

  // signatures.max_live_sets (>= 2; default 3).
  void setMaxLiveSets(uint32_t max_sets) { max_live_sets_ = max_sets < 2 ? 2 : max_sets; }
  // Compiled sets from this reloader still in memory (held by the reloader, workers or flows).
  size_t setsAlive() const;
  // Where reload requests meet: the daemon starts it with its reload function.
  ReloadCoalescer& requests() { return requests_; }

  // Suppression rules (config list + suppress file) are re-read with every
  // load; a broken suppress file fails the load like a broken signature.
  void attachAlertFilter(AlertFilter& filter, SignaturesConfig config);

  // Initial load: the caller decides what a failure means (fatal at start).
  Result<std::shared_ptr<const DetectionSet>> loadInitial();
  // Reload and, on success, swap into `pipeline`. The error (file:line:col) on failure.
  Status reload(Pipeline& pipeline);

  // What the control socket's `ruleset` reports; safe from any thread.
  struct Summary {
    size_t loaded = 0;  // enabled signatures in the running set
    size_t total = 0;   // signatures in the running set, disabled ones included
    uint64_t successes = 0, failures = 0;
    double last_success_unix = 0, last_failure_unix = 0, compile_seconds = 0;
    std::string last_error;  // of the last load, "" when it succeeded
  };
  Summary summary() const;

  // Cheap change detection for signatures.watch: size+mtime of every file
  // under the signature paths. True when it differs from the last load.
  bool filesChanged() const;

  std::shared_ptr<const DetectionSet> current() const { return std::atomic_load(&current_); }
  void collect(MetricsBuilder& out) const override;

 private:
  Result<std::shared_ptr<const DetectionSet>> compile();
  Status makeRoom(Pipeline& pipeline);
  std::string fingerprint() const;
  void noteFailure(const Error& error);

  std::vector<std::string> paths_;
  DetectOptions options_;
  std::shared_ptr<const DetectionSet> current_;
  mutable std::mutex fingerprint_mutex_;  // compile() on the reload thread, filesChanged() on the main thread
  std::string fingerprint_;
  uint32_t max_live_sets_ = 3;
  mutable std::mutex sets_mutex_;
  mutable std::vector<std::weak_ptr<const DetectionSet>> sets_;  // every set compiled; expired ones pruned
  Counter refused_cap_;
  ReloadCoalescer requests_;  // last member: its thread stops before the rest goes
  Counter successes_;
  Counter failures_;
  std::atomic<double> last_success_unix_{0};
  std::atomic<double> last_failure_unix_{0};
  std::atomic<double> compile_seconds_{0};
  mutable std::mutex last_error_mutex_;
  std::string last_error_;
  AlertFilter* filter_ = nullptr;
  SignaturesConfig filter_config_;
  // Compiled-database cache outcomes summed over loads, and the last load's Hyperscan time.
  Counter cache_hits_;
  Counter cache_misses_;
  Counter cache_errors_;
  std::atomic<double> hyperscan_seconds_{0};
  std::array<Counter, kRuleRefusalReasonCount> rules_refused_;  // by kRuleRefusalReasons, summed over loads
};

}  // namespace tapwatch

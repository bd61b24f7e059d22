#pragma once
// Per-signature counts for tuning: hits (a signature matched in a scope,
// before suppression and thresholds) and alerts held back, by reason.
// Alerts actually emitted are tapwatch_alerts_total (AlertCounters).
// Shared by all workers and touched only when a signature fires, so one
// mutex is enough; read at scrape time and by `sig profile`.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string_view>

namespace tapwatch {

enum class SuppressReason : uint8_t { Threshold, Suppress };
std::string_view suppressReasonName(SuppressReason reason);  // "threshold" | "suppress"

class SignatureCounters {
 public:
  struct Counts {
    uint64_t hits = 0;
    uint64_t suppressed_threshold = 0;
    uint64_t suppressed_rule = 0;
  };

  void countHit(uint32_t signature_id);
  void countSuppressed(uint32_t signature_id, SuppressReason reason);

  Counts counts(uint32_t signature_id) const;
  void forEach(const std::function<void(uint32_t signature_id, const Counts&)>& fn) const;

 private:
  mutable std::mutex mutex_;
  std::map<uint32_t, Counts> counts_;
};

}  // namespace tapwatch

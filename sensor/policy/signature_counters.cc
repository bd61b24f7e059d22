#include "policy/signature_counters.h"

namespace tapwatch {

std::string_view suppressReasonName(SuppressReason reason) {
  return reason == SuppressReason::Threshold ? "threshold" : "suppress";
}

void SignatureCounters::countHit(uint32_t signature_id) {
  std::lock_guard lock(mutex_);
  ++counts_[signature_id].hits;
}

void SignatureCounters::countSuppressed(uint32_t signature_id, SuppressReason reason) {
  std::lock_guard lock(mutex_);
  Counts& c = counts_[signature_id];
  ++(reason == SuppressReason::Threshold ? c.suppressed_threshold : c.suppressed_rule);
}

SignatureCounters::Counts SignatureCounters::counts(uint32_t signature_id) const {
  std::lock_guard lock(mutex_);
  const auto it = counts_.find(signature_id);
  return it == counts_.end() ? Counts{} : it->second;
}

void SignatureCounters::forEach(const std::function<void(uint32_t, const Counts&)>& fn) const {
  std::lock_guard lock(mutex_);
  for (const auto& [id, c] : counts_) fn(id, c);
}

}  // namespace tapwatch

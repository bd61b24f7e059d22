#include "policy/alert_counters.h"

namespace tapwatch {

void AlertCounters::countAlert(uint32_t signature_id, const std::string& category, uint8_t severity) {
  std::lock_guard lock(mutex_);
  ++alerts_[Key{signature_id, category, severity}];
}

void AlertCounters::declareSignature(uint32_t signature_id, const std::string& category, uint8_t severity) {
  std::lock_guard lock(mutex_);
  alerts_.try_emplace(Key{signature_id, category, severity}, 0);
}

void AlertCounters::countSuppressed(const std::string& reason) {
  std::lock_guard lock(mutex_);
  ++suppressed_[reason];
}

uint64_t AlertCounters::totalAlerts() const {
  std::lock_guard lock(mutex_);
  uint64_t total = 0;
  for (const auto& [key, n] : alerts_) total += n;
  return total;
}

void AlertCounters::forEachAlert(const std::function<void(const Key&, uint64_t)>& fn) const {
  std::lock_guard lock(mutex_);
  for (const auto& [key, n] : alerts_) fn(key, n);
}

void AlertCounters::forEachSuppressed(const std::function<void(const std::string&, uint64_t)>& fn) const {
  std::lock_guard lock(mutex_);
  for (const auto& [reason, n] : suppressed_) fn(reason, n);
}

}  // namespace tapwatch

#pragma once
// Alert counts by signature for tapwatch_alerts_total{signature_id,category,severity}
// and suppressions by reason. Shared by all workers; touched only when a
// signature fires (rare), so a mutex is fine here and keeps the labels exact.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>

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
  void countSuppressed(const std::string& reason);
  uint64_t totalAlerts() const;

  void forEachAlert(const std::function<void(const Key&, uint64_t)>& fn) const;
  void forEachSuppressed(const std::function<void(const std::string&, uint64_t)>& fn) const;

 private:
  mutable std::mutex mutex_;
  std::map<Key, uint64_t> alerts_;
  std::map<std::string, uint64_t> suppressed_;
};

}  // namespace tapwatch

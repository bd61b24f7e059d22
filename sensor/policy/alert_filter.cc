#include "policy/alert_filter.h"

#include "config/suppress_rules.h"

namespace tapwatch {

AlertFilter::AlertFilter(AlertCounters& alert_counters, size_t threshold_max_entries)
    : alert_counters_(alert_counters), thresholds_(threshold_max_entries), suppress_(*SuppressList::build({})) {}

Status AlertFilter::loadSuppressions(const SignaturesConfig& config) {
  std::vector<SuppressRule> rules = config.suppress;
  if (!config.suppress_file.empty()) {
    auto more = loadSuppressFile(config.suppress_file);
    if (!more) return more.error();
    rules.insert(rules.end(), more->begin(), more->end());
  }
  auto list = SuppressList::build(rules);
  if (!list) return list.error();
  setSuppressList(std::move(*list));
  return Ok{};
}

void AlertFilter::setSuppressList(std::shared_ptr<const SuppressList> list) {
  std::atomic_store(&suppress_, std::move(list));
}

AlertVerdict AlertFilter::decide(const Signature& sig, const IpAddress& src, const IpAddress& dst, uint64_t flow_id,
                                 Timestamp now) {
  signature_counters_.countHit(sig.id);
  const auto rules = std::atomic_load(&suppress_);
  if (rules->suppresses(sig.id, src, dst)) {
    signature_counters_.countSuppressed(sig.id, SuppressReason::Suppress);
    alert_counters_.countSuppressed("suppress");
    return AlertVerdict::Suppressed;
  }
  if (sig.threshold && !thresholds_.record(sig.id, *sig.threshold, src, dst, flow_id, now)) {
    signature_counters_.countSuppressed(sig.id, SuppressReason::Threshold);
    alert_counters_.countSuppressed("threshold");
    return AlertVerdict::BelowThreshold;
  }
  return AlertVerdict::Emit;
}

}  // namespace tapwatch

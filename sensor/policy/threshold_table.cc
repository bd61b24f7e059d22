#include "policy/threshold_table.h"

#include <algorithm>

#include "common/fnv1a.h"

namespace tapwatch {
namespace {

int64_t nanoseconds(Timestamp ts) { return ts.sec * 1000000000 + static_cast<int64_t>(ts.nsec); }

}  // namespace

size_t ThresholdTable::KeyHash::operator()(const Key& key) const {
  return static_cast<size_t>(fnv1aOf(key.signature_id, key.track, key.a, key.b, key.flow_id));
}

namespace {
// Suricata's per-type decision on the window's event count (1-based).
bool admits(const Threshold& threshold, uint32_t count) {
  switch (threshold.mode) {
    case ThresholdMode::FromCount: return count >= threshold.count;
    case ThresholdMode::EveryCount: return threshold.count == 0 || count % threshold.count == 0;
    case ThresholdMode::Limit: return count <= threshold.count;
    case ThresholdMode::Both: return count == std::max<uint32_t>(threshold.count, 1);
    case ThresholdMode::Backoff: {
      uint64_t next = std::max<uint32_t>(threshold.count, 1);  // count, count*m, count*m^2, ...
      while (next < count) next *= std::max<uint32_t>(threshold.multiplier, 2);
      return next == count;
    }
  }
  return true;
}
}  // namespace

ThresholdTable::ThresholdTable(size_t max_entries) : table_(max_entries) {}

bool ThresholdTable::record(uint32_t signature_id, const Threshold& threshold, const IpAddress& src,
                            const IpAddress& dst, uint64_t flow_id, Timestamp now) {
  if (threshold.count <= 1 && threshold.mode != ThresholdMode::Backoff &&
      (threshold.mode == ThresholdMode::FromCount || threshold.mode == ThresholdMode::EveryCount))
    return true;
  Key key;
  key.signature_id = signature_id;
  key.track = threshold.track;
  switch (threshold.track) {
    case ThresholdTrack::BySrc: key.a = src; break;
    case ThresholdTrack::ByDst: key.a = dst; break;
    case ThresholdTrack::ByBoth:
      key.a = src;
      key.b = dst;
      break;
    case ThresholdTrack::ByRule: break;
    case ThresholdTrack::ByFlow: key.flow_id = flow_id; break;
  }
  const int64_t now_ns = nanoseconds(now);
  // Backoff counts over the flow's whole life: no window ever ends.
  const int64_t window_ns =
      threshold.mode == ThresholdMode::Backoff ? INT64_MAX : static_cast<int64_t>(threshold.seconds) * 1000000000;

  const uint32_t count = table_.withShard(key, [&](Table::Shard& shard) {
    Window* window = shard.use(key);
    if (window == nullptr) window = &shard.insert(key, Window{now_ns, 0});
    // Workers' capture clocks differ slightly: an event "before" the window
    // start belongs to the current window.
    if (now_ns - window->start_ns >= window_ns) {
      window->start_ns = now_ns;
      window->count = 0;
    }
    if (window->count < UINT32_MAX) ++window->count;
    return window->count;
  });
  return admits(threshold, count);
}

}  // namespace tapwatch

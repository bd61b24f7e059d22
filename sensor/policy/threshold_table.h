#pragma once
// ThresholdTable: the event counts behind signature `threshold:` (alert only
// from the count-th event within `seconds`, per source / destination / pair /
// rule / flow). Shared by all workers: a by_src threshold must count one
// attacker whose flows hash to different workers. It is touched only when a
// signature with a threshold fires, so a sharded, mutex-protected table costs
// nothing on the packet path (common/sharded_lru_table.h). Memory is bounded:
// each shard keeps at most max_entries / shards entries and evicts the least
// recently used one (counted) when full — an evicted key simply starts
// counting again.
//
// Thread use: record() from any worker thread; stats readers from any thread.
#include <cstdint>

#include "common/counter.h"
#include "common/ip_address.h"
#include "common/sharded_lru_table.h"
#include "detect/signature.h"

namespace tapwatch {

class ThresholdTable {
 public:
  static constexpr size_t kShards = kShardedLruTableShards;
  static constexpr size_t kDefaultMaxEntries = 65536;

  explicit ThresholdTable(size_t max_entries = kDefaultMaxEntries);
  ThresholdTable(const ThresholdTable&) = delete;
  ThresholdTable& operator=(const ThresholdTable&) = delete;

  // Counts one event of `signature_id` and says whether it may alert: true
  // from the threshold.count-th event of the current window on. A window
  // starts at the first event and lasts threshold.seconds of capture time;
  // the next event after it starts a new window at 1. count <= 1 always
  // alerts without touching the table.
  bool record(uint32_t signature_id, const Threshold& threshold, const IpAddress& src, const IpAddress& dst,
              uint64_t flow_id, Timestamp now);

  size_t entries() const { return table_.entries(); }
  uint64_t evictions() const { return table_.evictions(); }
  size_t maxEntries() const { return table_.maxEntries(); }

 private:
  struct Key {
    uint32_t signature_id = 0;
    ThresholdTrack track = ThresholdTrack::BySrc;
    IpAddress a;
    IpAddress b;
    uint64_t flow_id = 0;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const;
  };
  struct Window {
    int64_t start_ns = 0;
    uint32_t count = 0;
  };

  using Table = ShardedLruTable<Key, Window, KeyHash>;

  Table table_;
};

}  // namespace tapwatch

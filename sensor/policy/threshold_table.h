#pragma once
// ThresholdTable: the event counts behind signature `threshold:` (alert only
// from the count-th event within `seconds`, per source / destination / pair /
// rule / flow). Shared by all workers: a by_src threshold must count one
// attacker whose flows hash to different workers. It is touched only when a
// signature with a threshold fires, so a sharded, mutex-protected table costs
// nothing on the packet path. Memory is bounded: each shard keeps at most
// max_entries / shards entries and evicts the least recently used one
// (counted) when full — an evicted key simply starts counting again.
//
// Thread use: record() from any worker thread; stats readers from any thread.
#include <array>
#include <cstdint>
#include <list>
#include <mutex>
#include <unordered_map>

#include "common/counter.h"
#include "common/ip_address.h"
#include "detect/signature.h"

namespace tapwatch {

class ThresholdTable {
 public:
  static constexpr size_t kShards = 16;
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

  size_t entries() const;
  uint64_t evictions() const;
  size_t maxEntries() const { return per_shard_ * kShards; }

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
  struct Entry {
    Key key;
    int64_t window_start_ns = 0;
    uint32_t count = 0;
  };
  struct Shard {
    mutable std::mutex mutex;
    std::list<Entry> lru;  // front = most recently used
    std::unordered_map<Key, std::list<Entry>::iterator, KeyHash> index;
    uint64_t evictions = 0;
  };

  const size_t per_shard_;
  std::array<Shard, kShards> shards_;
};

}  // namespace tapwatch

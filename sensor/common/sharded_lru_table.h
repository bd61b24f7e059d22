#pragma once
// ShardedLruTable: a hash table shared by every worker, split into 16 shards
// with a mutex each, bounded to max_entries (per shard max_entries / 16) by
// dropping a full shard's least recently used entry (counted).
//
// Why this shape: the tables that use it (policy/threshold_table,
// engine/xbits_table) keep state per host, host pair or flow across all
// workers, and are touched only when a rule with a threshold or an xbit has
// matched, never on the per-packet path; one mutex per shard is then cheap
// and rare, and the cap keeps a flood of hosts from growing them without
// bound. What "used" means is the caller's: find() leaves the order alone,
// use() and insert() put the entry in front.
//
// Hash: a functor on Key (FNV-1a over the key fields, common/fnv1a.h); it
// picks the shard (hash % kShards) and indexes within it.
//
// Thread use: withShard() and the counts from any thread.
#include <algorithm>
#include <array>
#include <cstdint>
#include <list>
#include <mutex>
#include <unordered_map>
#include <utility>

namespace tapwatch {

// Every ShardedLruTable's shard count (also the tables' kShards, which their tests size caps by).
inline constexpr size_t kShardedLruTableShards = 16;

template <typename Key, typename Value, typename Hash>
class ShardedLruTable {
 public:
  static constexpr size_t kShards = kShardedLruTableShards;

  // One shard, reached only through withShard(), which holds its lock.
  class Shard {
   public:
    // The value stored under `key`, or nullptr; the recency order stays.
    Value* find(const Key& key) {
      auto found = index_.find(key);
      return found == index_.end() ? nullptr : &found->second->second;
    }
    // As find(), and a found entry becomes the most recently used.
    Value* use(const Key& key) {
      auto found = index_.find(key);
      if (found == index_.end()) return nullptr;
      lru_.splice(lru_.begin(), lru_, found->second);
      return &found->second->second;
    }
    // Stores a `key` not present yet as the most recently used; a full shard
    // first drops its least recently used entry (evictions()).
    Value& insert(const Key& key, Value value) {
      if (index_.size() >= per_shard_) {
        index_.erase(lru_.back().first);
        lru_.pop_back();
        ++evictions_;
      }
      lru_.emplace_front(key, std::move(value));
      index_.emplace(key, lru_.begin());
      return lru_.front().second;
    }
    // Removes `key`; false when it was not there.
    bool erase(const Key& key) {
      auto found = index_.find(key);
      if (found == index_.end()) return false;
      lru_.erase(found->second);
      index_.erase(found);
      return true;
    }
    size_t size() const { return index_.size(); }

   private:
    friend class ShardedLruTable;
    using Entry = std::pair<Key, Value>;

    mutable std::mutex mutex_;
    size_t per_shard_ = 1;
    std::list<Entry> lru_;  // front = most recently used
    std::unordered_map<Key, typename std::list<Entry>::iterator, Hash> index_;
    uint64_t evictions_ = 0;
  };

  explicit ShardedLruTable(size_t max_entries) {
    const size_t per_shard = std::max<size_t>(1, max_entries / kShards);
    for (Shard& shard : shards_) shard.per_shard_ = per_shard;
  }
  ShardedLruTable(const ShardedLruTable&) = delete;
  ShardedLruTable& operator=(const ShardedLruTable&) = delete;

  // Runs fn(Shard&) with the shard of `key` locked and returns its result.
  template <typename Fn>
  decltype(auto) withShard(const Key& key, Fn&& fn) {
    Shard& shard = shards_[Hash{}(key) % kShards];
    std::lock_guard lock(shard.mutex_);
    return std::forward<Fn>(fn)(shard);
  }

  // Entries held now, over all shards.
  size_t entries() const {
    size_t n = 0;
    for (const Shard& shard : shards_) {
      std::lock_guard lock(shard.mutex_);
      n += shard.index_.size();
    }
    return n;
  }
  // Entries dropped at the cap since construction, over all shards.
  uint64_t evictions() const {
    uint64_t n = 0;
    for (const Shard& shard : shards_) {
      std::lock_guard lock(shard.mutex_);
      n += shard.evictions_;
    }
    return n;
  }
  // The cap actually applied: max_entries rounded down to a multiple of
  // kShards, at least one entry per shard.
  size_t maxEntries() const { return shards_[0].per_shard_ * kShards; }

 private:
  std::array<Shard, kShards> shards_;
};

}  // namespace tapwatch

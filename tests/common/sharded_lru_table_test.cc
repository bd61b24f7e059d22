// ShardedLruTable on its own: the cap per shard, which entry goes at the cap,
// the counts, and that shards neither share a cap nor a lock's worth of state.
// The tables built on it have their own tests (policy/threshold_table_test,
// engine/xbits_table_test).
#include "common/sharded_lru_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <thread>
#include <vector>

namespace tapwatch {
namespace {

// Key k lands in shard k % 16, so a test picks the shard of each key.
struct ShardByValue {
  size_t operator()(uint64_t key) const { return static_cast<size_t>(key); }
};
using Table = ShardedLruTable<uint64_t, int, ShardByValue>;
constexpr uint64_t kShards = Table::kShards;

// The i-th key of shard `shard`.
uint64_t keyIn(uint64_t shard, uint64_t i) { return shard + i * kShards; }

bool contains(Table& table, uint64_t key) {
  return table.withShard(key, [&](Table::Shard& s) { return s.find(key) != nullptr; });
}

void put(Table& table, uint64_t key, int value) {
  table.withShard(key, [&](Table::Shard& s) { s.insert(key, value); });
}

TEST(ShardedLruTable, CapIsPerShardAndRoundsDown) {
  EXPECT_EQ(Table(64).maxEntries(), 64u);
  EXPECT_EQ(Table(70).maxEntries(), 64u);     // 4 per shard
  EXPECT_EQ(Table(0).maxEntries(), kShards);  // never below one per shard
}

TEST(ShardedLruTable, FullShardDropsItsLeastRecentlyUsedEntry) {
  Table table(2 * kShards);  // two per shard
  put(table, keyIn(3, 0), 10);
  put(table, keyIn(3, 1), 11);
  EXPECT_EQ(table.entries(), 2u);
  EXPECT_EQ(table.evictions(), 0u);

  put(table, keyIn(3, 2), 12);  // the shard is full: the oldest goes
  EXPECT_EQ(table.entries(), 2u);
  EXPECT_EQ(table.evictions(), 1u);
  EXPECT_FALSE(contains(table, keyIn(3, 0)));
  EXPECT_TRUE(contains(table, keyIn(3, 1)));
  EXPECT_TRUE(contains(table, keyIn(3, 2)));
}

TEST(ShardedLruTable, UseRefreshesAnEntryAndFindDoesNot) {
  Table table(2 * kShards);
  put(table, keyIn(5, 0), 1);
  put(table, keyIn(5, 1), 2);
  // find() leaves keyIn(5, 0) the least recently used: it is dropped next.
  EXPECT_TRUE(contains(table, keyIn(5, 0)));
  put(table, keyIn(5, 2), 3);
  EXPECT_FALSE(contains(table, keyIn(5, 0)));

  // use() puts keyIn(5, 1) in front, so keyIn(5, 2) is dropped instead.
  table.withShard(keyIn(5, 1), [&](Table::Shard& s) {
    int* value = s.use(keyIn(5, 1));
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(*value, 2);
    *value = 20;
  });
  put(table, keyIn(5, 3), 4);
  EXPECT_TRUE(contains(table, keyIn(5, 1)));
  EXPECT_FALSE(contains(table, keyIn(5, 2)));
  EXPECT_TRUE(contains(table, keyIn(5, 3)));
  EXPECT_EQ(table.evictions(), 2u);
  table.withShard(keyIn(5, 1), [&](Table::Shard& s) { EXPECT_EQ(*s.find(keyIn(5, 1)), 20); });
  table.withShard(keyIn(5, 9), [&](Table::Shard& s) { EXPECT_EQ(s.use(keyIn(5, 9)), nullptr); });
}

TEST(ShardedLruTable, EraseFreesRoomWithoutCountingAnEviction) {
  Table table(kShards);  // one per shard
  put(table, keyIn(0, 0), 1);
  EXPECT_TRUE(table.withShard(keyIn(0, 0), [&](Table::Shard& s) { return s.erase(keyIn(0, 0)); }));
  EXPECT_FALSE(table.withShard(keyIn(0, 0), [&](Table::Shard& s) { return s.erase(keyIn(0, 0)); }));
  EXPECT_EQ(table.entries(), 0u);
  put(table, keyIn(0, 1), 2);
  EXPECT_EQ(table.entries(), 1u);
  EXPECT_EQ(table.evictions(), 0u);
}

TEST(ShardedLruTable, ShardsAreIndependent) {
  Table table(kShards);  // one per shard
  // One key in every shard: all stay, none evicted.
  for (uint64_t shard = 0; shard < kShards; ++shard) put(table, keyIn(shard, 0), static_cast<int>(shard));
  EXPECT_EQ(table.entries(), kShards);
  EXPECT_EQ(table.evictions(), 0u);
  // A second key in shard 7 evicts only shard 7's first key.
  put(table, keyIn(7, 1), 70);
  EXPECT_EQ(table.entries(), kShards);
  EXPECT_EQ(table.evictions(), 1u);
  for (uint64_t shard = 0; shard < kShards; ++shard)
    EXPECT_EQ(contains(table, keyIn(shard, 0)), shard != 7) << "shard " << shard;
  table.withShard(keyIn(7, 1), [&](Table::Shard& s) { EXPECT_EQ(s.size(), 1u); });
}

TEST(ShardedLruTable, ThreadsOnDifferentShardsKeepExactCounts) {
  constexpr uint64_t kPerThread = 1000;
  Table table(4 * kShards);  // four per shard
  std::vector<std::thread> threads;
  for (uint64_t t = 0; t < 4; ++t)
    threads.emplace_back([&table, t] {
      // Thread t writes to shards t and t + 4 (and never to another thread's).
      for (uint64_t i = 0; i < kPerThread; ++i) {
        put(table, keyIn(t, i), 0);
        put(table, keyIn(t + 4, i), 0);
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(table.entries(), 8u * 4);
  EXPECT_EQ(table.evictions(), 8u * (kPerThread - 4));
}

}  // namespace
}  // namespace tapwatch

#pragma once
// XbitsTable: the bits of Suricata `xbits` rules (detect/rule_xbits.h), kept
// per host or per unordered host pair across all flows and all workers.
//
// Why shared: flows are spread over workers by a hash of their 5-tuple, so
// two flows of one host (or one host pair) can land on different workers,
// and a bit one sets must be seen by the other. Suricata keeps these bits in
// its Host and IPPair tables, shared by every thread, one lock per hash row
// and per entry. Here, as for ThresholdTable (policy/), one mutex per shard:
// the table is touched only when a rule with xbits has matched everything
// else, never on the per-packet path, so the lock is cheap and rare
// (common/sharded_lru_table.h).
//
// Semantics (Suricata host-bit.c / ippair-bit.c): set adds the bit with an
// expiry of packet time + expire and leaves a live bit's expiry as it was;
// unset removes it; toggle removes a live bit, else sets it; isset holds
// while the bit exists and packet time has not passed its expiry (an expired
// bit found is dropped). Packet times of different workers may differ by a
// batch; Suricata's docs say the same of its threads ("order of sets and
// checks can be slightly unpredictable").
//
// Bounded: at most max_entries bits (config detect.xbits.max_entries), per
// shard max_entries / kShards; a full shard drops its least recently set bit
// (tapwatch_xbits_evicted_total). Bits are keyed by their name (a 64-bit
// hash), not by a set's name index, so a signature reload keeps them: a rule
// set reloaded with the same bit names sees the bits set before.
//
// Thread use: every method from any thread.
#include <cstdint>

#include "common/ip_address.h"
#include "common/sharded_lru_table.h"
#include "common/stats_macros.h"
#include "detect/rule_xbits.h"

namespace tapwatch {

class XbitsTable {
 public:
  static constexpr size_t kShards = kShardedLruTableShards;
  static constexpr size_t kDefaultMaxEntries = 65536;

  explicit XbitsTable(size_t max_entries = kDefaultMaxEntries);
  XbitsTable(const XbitsTable&) = delete;
  XbitsTable& operator=(const XbitsTable&) = delete;

  // `src` / `dst`: the packet's (the matched data's sender and receiver).
  // A condition (isset / isnotset): whether it holds at `now`.
  bool holds(const RuleXbit& bit, const IpAddress& src, const IpAddress& dst, Timestamp now);
  // An action (set / unset / toggle).
  void apply(const RuleXbit& bit, const IpAddress& src, const IpAddress& dst, Timestamp now);

  size_t entries() const { return table_.entries(); }
  uint64_t evictions() const { return table_.evictions(); }
  size_t maxEntries() const { return table_.maxEntries(); }

 private:
  struct Key {
    uint64_t name_hash = 0;
    bool pair = false;  // host bits and pair bits are separate namespaces, as in Suricata
    IpAddress a;        // the host, or the pair's lower address
    IpAddress b;        // the pair's higher address
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const;
  };
  // The bit's expiry; "used" is "set": isset checks leave the order alone.
  struct Bit {
    int64_t expire_ns = 0;
  };
  using Table = ShardedLruTable<Key, Bit, KeyHash>;

  static Key keyOf(const RuleXbit& bit, const IpAddress& src, const IpAddress& dst);

  Table table_;
};

// What the table reports, computed at scrape time (engine's XbitsMetrics source).
#define TAPWATCH_XBITS_METRICS(COUNTER, GAUGE) \
  GAUGE(entries, "tapwatch_xbits_entries", "", \
        "Suricata xbits (per host or host pair, across flows) currently set, expired ones not yet dropped included.") \
  COUNTER(evicted, "tapwatch_xbits_evicted_total", "", \
          "xbits dropped before their expiry to stay within detect.xbits.max_entries (the least recently set).")

TAPWATCH_DECLARE_METRICS(XbitsMetrics, TAPWATCH_XBITS_METRICS);

}  // namespace tapwatch

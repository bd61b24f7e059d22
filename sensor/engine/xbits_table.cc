#include "engine/xbits_table.h"

#include <algorithm>

#include "common/fnv1a.h"

namespace tapwatch {
namespace {

int64_t nanoseconds(Timestamp ts) { return ts.sec * 1000000000 + static_cast<int64_t>(ts.nsec); }

}  // namespace

size_t XbitsTable::KeyHash::operator()(const Key& key) const {
  uint64_t h = kFnv1aOffset;
  h = fnv1aMix(h, &key.name_hash, sizeof key.name_hash);
  h = fnv1aMix(h, &key.pair, sizeof key.pair);
  h = fnv1aMix(h, key.a.bytes.data(), key.a.bytes.size());
  h = fnv1aMix(h, &key.a.family, 1);
  h = fnv1aMix(h, key.b.bytes.data(), key.b.bytes.size());
  h = fnv1aMix(h, &key.b.family, 1);
  return static_cast<size_t>(h);
}

XbitsTable::XbitsTable(size_t max_entries) : per_shard_(std::max<size_t>(1, max_entries / kShards)) {}

XbitsTable::Key XbitsTable::keyOf(const RuleXbit& bit, const IpAddress& src, const IpAddress& dst) {
  Key key;
  key.name_hash = bit.name_hash;
  switch (bit.track) {
    case RuleXbit::Track::IpSrc: key.a = src; break;
    case RuleXbit::Track::IpDst: key.a = dst; break;
    case RuleXbit::Track::IpPair:
      // Suricata's IPPair is the same for both directions.
      key.pair = true;
      key.a = std::min(src, dst);
      key.b = std::max(src, dst);
      break;
  }
  return key;
}

bool XbitsTable::holds(const RuleXbit& bit, const IpAddress& src, const IpAddress& dst, Timestamp now) {
  const Key key = keyOf(bit, src, dst);
  Shard& shard = shardOf(key);
  bool set = false;
  {
    std::lock_guard lock(shard.mutex);
    auto found = shard.index.find(key);
    if (found != shard.index.end()) {
      if (found->second->expire_ns < nanoseconds(now)) {
        shard.lru.erase(found->second);
        shard.index.erase(found);
      } else {
        set = true;
      }
    }
  }
  return bit.op == RuleXbit::Op::IsSet ? set : !set;
}

void XbitsTable::insert(Shard& shard, const Key& key, int64_t expire_ns) {
  if (shard.index.size() >= per_shard_) {
    shard.index.erase(shard.lru.back().key);
    shard.lru.pop_back();
    ++shard.evictions;
  }
  shard.lru.push_front(Entry{key, expire_ns});
  shard.index.emplace(key, shard.lru.begin());
}

void XbitsTable::apply(const RuleXbit& bit, const IpAddress& src, const IpAddress& dst, Timestamp now) {
  const Key key = keyOf(bit, src, dst);
  Shard& shard = shardOf(key);
  const int64_t now_ns = nanoseconds(now);
  const int64_t expire_ns = now_ns + static_cast<int64_t>(bit.expire_seconds) * 1000000000;
  std::lock_guard lock(shard.mutex);
  auto found = shard.index.find(key);
  const bool live = found != shard.index.end() && found->second->expire_ns >= now_ns;
  switch (bit.op) {
    case RuleXbit::Op::Set:
      if (live) return;  // Suricata keeps the first expiry of a bit that is still set
      if (found != shard.index.end()) {
        found->second->expire_ns = expire_ns;
        shard.lru.splice(shard.lru.begin(), shard.lru, found->second);
        return;
      }
      insert(shard, key, expire_ns);
      return;
    case RuleXbit::Op::Unset:
      if (found == shard.index.end()) return;
      shard.lru.erase(found->second);
      shard.index.erase(found);
      return;
    case RuleXbit::Op::Toggle:
      if (found != shard.index.end()) {
        shard.lru.erase(found->second);
        shard.index.erase(found);
      }
      if (!live) insert(shard, key, expire_ns);
      return;
    case RuleXbit::Op::IsSet:
    case RuleXbit::Op::IsNotSet: return;
  }
}

size_t XbitsTable::entries() const {
  size_t n = 0;
  for (const Shard& shard : shards_) {
    std::lock_guard lock(shard.mutex);
    n += shard.index.size();
  }
  return n;
}

uint64_t XbitsTable::evictions() const {
  uint64_t n = 0;
  for (const Shard& shard : shards_) {
    std::lock_guard lock(shard.mutex);
    n += shard.evictions;
  }
  return n;
}

}  // namespace tapwatch

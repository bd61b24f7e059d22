#include "engine/xbits_table.h"

#include <algorithm>

#include "common/fnv1a.h"

namespace tapwatch {
namespace {

int64_t nanoseconds(Timestamp ts) { return ts.sec * 1000000000 + static_cast<int64_t>(ts.nsec); }

}  // namespace

size_t XbitsTable::KeyHash::operator()(const Key& key) const {
  return static_cast<size_t>(fnv1aOf(key.name_hash, key.pair, key.a, key.b));
}

XbitsTable::XbitsTable(size_t max_entries) : table_(max_entries) {}

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
  const bool set = table_.withShard(key, [&](Table::Shard& shard) {
    const Bit* found = shard.find(key);
    if (found == nullptr) return false;
    if (found->expire_ns >= nanoseconds(now)) return true;
    shard.erase(key);  // expired: dropped when found
    return false;
  });
  return bit.op == RuleXbit::Op::IsSet ? set : !set;
}

void XbitsTable::apply(const RuleXbit& bit, const IpAddress& src, const IpAddress& dst, Timestamp now) {
  const Key key = keyOf(bit, src, dst);
  const int64_t now_ns = nanoseconds(now);
  const int64_t expire_ns = now_ns + static_cast<int64_t>(bit.expire_seconds) * 1000000000;
  table_.withShard(key, [&](Table::Shard& shard) {
    Bit* found = shard.find(key);
    const bool live = found != nullptr && found->expire_ns >= now_ns;
    switch (bit.op) {
      case RuleXbit::Op::Set:
        if (live) return;  // Suricata keeps the first expiry of a bit that is still set
        if (found != nullptr) {
          found->expire_ns = expire_ns;
          shard.use(key);  // set again: the most recently set
          return;
        }
        shard.insert(key, Bit{expire_ns});
        return;
      case RuleXbit::Op::Unset: shard.erase(key); return;
      case RuleXbit::Op::Toggle:
        if (found != nullptr) shard.erase(key);
        if (!live) shard.insert(key, Bit{expire_ns});
        return;
      case RuleXbit::Op::IsSet:
      case RuleXbit::Op::IsNotSet: return;
    }
  });
}

}  // namespace tapwatch

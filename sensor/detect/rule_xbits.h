#pragma once
// Suricata's `xbits:<set|unset|isset|isnotset|toggle>,<name>,track
// <ip_src|ip_dst|ip_pair>[,expire <seconds>]` (docs "Xbits Keyword",
// detect-xbits.c): bits kept per host (track ip_src / ip_dst: the packet's
// source or destination address; one table, so a bit set with ip_dst on a
// host is seen by ip_src on that host) or per unordered address pair
// (ip_pair), across every flow between them. set and toggle give the bit an
// expiry of packet time + expire (default 30 s); isset holds while the bit
// is set and not expired (expired once packet time passes the expiry),
// isnotset otherwise. `xbits:noalert` is `noalert`. `track tx` is refused.
// The table itself (cross-flow, shared by workers) lives in engine/xbits_table.
#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace tapwatch {

struct RuleXbit {
  enum class Op : uint8_t { Set, Unset, IsSet, IsNotSet, Toggle };
  enum class Track : uint8_t { IpSrc, IpDst, IpPair };
  static constexpr uint32_t kDefaultExpireSeconds = 30;  // Suricata's DETECT_XBITS_EXPIRE_DEFAULT

  Op op = Op::Set;
  Track track = Track::IpSrc;
  std::string name;
  uint64_t name_hash = 0;  // what the table keys on: the same name is the same bit in every set (reloads keep bits)
  uint32_t expire_seconds = kDefaultExpireSeconds;

  bool isCondition() const { return op == Op::IsSet || op == Op::IsNotSet; }
  bool perHost() const { return track != Track::IpPair; }
};

// The keyword's value: a bit, or nullopt-like `noalert` (ParsedXbits::noalert).
struct ParsedXbits {
  bool noalert = false;  // `xbits:noalert`
  RuleXbit bit;
};
Result<ParsedXbits> parseRuleXbits(std::string_view value);

// 64-bit FNV-1a of a bit name (the table's name key).
uint64_t xbitNameHash(std::string_view name);

}  // namespace tapwatch

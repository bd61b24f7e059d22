#pragma once
// OverlapPolicy: how a target host resolves bytes that two TCP segments or two
// IP fragments both carry with different values (Ptacek & Newsham's overlap
// evasion). The sensor must rebuild what the destination host rebuilds, so the
// policy follows the destination host's stack (config host_os_policy), the way
// Suricata's host-os-policy and Snort's target-based reassembly do.
//
// Each rule compares the new piece N = [new_begin, new_end) with one piece O =
// [old_begin, old_end) received earlier that supplied the bytes now held, and
// says whether N's bytes replace O's in the part where they overlap:
//   first   : O always wins (the earliest bytes stay).
//   last    : N always wins (the latest bytes stay).
//   bsd     : N wins only if it starts before O (new_begin < old_begin).
//   linux   : as bsd; N also wins when it starts where O starts and reaches at
//             least as far (TCP: ends after O; fragments: ends at or after O).
//   windows : TCP as bsd; fragments: N wins only if it covers O completely and
//             sticks out on both sides (starts before and ends after).
// Plain values, any thread.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tapwatch {

enum class OverlapPolicy : uint8_t { First, Last, Bsd, Linux, Windows };
constexpr size_t kOverlapPolicyCount = 5;

inline constexpr std::array<std::string_view, kOverlapPolicyCount> kOverlapPolicyNames{"first", "last", "bsd", "linux",
                                                                                       "windows"};

constexpr std::string_view overlapPolicyName(OverlapPolicy policy) {
  return kOverlapPolicyNames[static_cast<size_t>(policy)];
}

constexpr std::optional<OverlapPolicy> parseOverlapPolicy(std::string_view name) {
  for (size_t i = 0; i < kOverlapPolicyCount; ++i)
    if (kOverlapPolicyNames[i] == name) return static_cast<OverlapPolicy>(i);
  return std::nullopt;
}

enum class OverlapLayer : uint8_t { TcpSegment, IpFragment };

// Offsets are in one coordinate system (stream offsets or fragment offsets);
// the caller only asks for pieces that do overlap.
constexpr bool newDataWins(OverlapPolicy policy, OverlapLayer layer, int64_t new_begin, int64_t new_end,
                           int64_t old_begin, int64_t old_end) {
  switch (policy) {
    case OverlapPolicy::First: return false;
    case OverlapPolicy::Last: return true;
    case OverlapPolicy::Bsd: return new_begin < old_begin;
    case OverlapPolicy::Linux:
      if (new_begin < old_begin) return true;
      if (new_begin != old_begin) return false;
      return layer == OverlapLayer::TcpSegment ? new_end > old_end : new_end >= old_end;
    case OverlapPolicy::Windows:
      if (layer == OverlapLayer::TcpSegment) return new_begin < old_begin;
      return new_begin < old_begin && new_end > old_end;
  }
  return false;
}

}  // namespace tapwatch

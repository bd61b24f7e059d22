#pragma once
// IPv4/IPv6 address as a fixed 16-byte value: IPv4 uses the first 4 bytes and
// zeroes the rest, so comparisons and hashing are plain memcmp / byte loops.
#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace tapwatch {

struct IpAddress {
  std::array<uint8_t, 16> bytes{};
  uint8_t family = 0;  // 4 or 6; 0 = unset

  static IpAddress v4(const uint8_t* p) {
    IpAddress a;
    std::memcpy(a.bytes.data(), p, 4);
    a.family = 4;
    return a;
  }
  static IpAddress v6(const uint8_t* p) {
    IpAddress a;
    std::memcpy(a.bytes.data(), p, 16);
    a.family = 6;
    return a;
  }
  static std::optional<IpAddress> parse(std::string_view text);

  std::string toString() const;
  auto operator<=>(const IpAddress&) const = default;
};

// Capture time of a packet (never the wall clock).
struct Timestamp {
  int64_t sec = 0;
  uint32_t nsec = 0;

  auto operator<=>(const Timestamp&) const = default;
  double seconds() const { return static_cast<double>(sec) + nsec * 1e-9; }
};

}  // namespace tapwatch

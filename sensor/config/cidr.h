#pragma once
// Cidr: an IPv4 or IPv6 network (address + prefix length) for suppression
// rules. Lives beside the config loader, which validates suppress entries;
// the engine matches alert addresses against it. Immutable after parse(),
// safe to share between threads.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/ip_address.h"
#include "common/result.h"

namespace tapwatch {

struct Cidr {
  IpAddress network;   // host bits zero
  uint8_t prefix = 0;  // 0..32 (IPv4) or 0..128 (IPv6)

  // "10.0.0.0/8", "2001:db8::/32", or a bare address (a /32 or /128). Host
  // bits must be zero: "10.1.2.3/8" is refused rather than silently widened.
  static Result<Cidr> parse(std::string_view text);

  // Same family and the first `prefix` bits equal. Any thread.
  bool contains(const IpAddress& address) const;
  std::string toString() const;
};

}  // namespace tapwatch

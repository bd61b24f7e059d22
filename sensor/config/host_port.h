#pragma once
// HOST:PORT endpoints of the config (outputs.syslog.target,
// outputs.prometheus.listen): "192.0.2.1:6514", "[2001:db8::1]:6514",
// "siem.example.org:6514". Parsed once at load time; outputs can reuse the
// parser so both sides agree on the syntax. Any thread (pure functions).
#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace tapwatch {

struct HostPort {
  std::string host;  // without brackets for IPv6
  uint16_t port = 0;
  bool is_ip = false;  // host is an IPv4/IPv6 literal, not a DNS name

  bool operator==(const HostPort&) const = default;
};

enum class HostRule {
  NameOrIp,  // a connect target: DNS name or IP literal
  IpOnly,    // a listen address: the HTTP server binds literals only
};

// Errors carry only a message (no location): the config loader adds the key and position.
Result<HostPort> parseHostPort(std::string_view text, HostRule rule);

// RFC 1123 host name: dot-separated labels of letters, digits and '-', 1..253 characters.
bool isValidHostName(std::string_view name);

}  // namespace tapwatch

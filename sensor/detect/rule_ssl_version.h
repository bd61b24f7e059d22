#pragma once
// Suricata's `ssl_version` keyword: a comma list of sslv2, sslv3, tls1.0,
// tls1.1, tls1.2, tls1.3, each optionally negated. Suricata's matcher takes
// the session's version in the inspected direction, finds that version's
// entry, and returns "listed" XOR "that entry is negated"; a version that is
// not one of the six never matches. So `tls1.0,tls1.1` matches either,
// `!tls1.2` alone matches nothing (1.2 is listed and negated, the others are
// not listed), exactly as Suricata's code does. Only the server's negotiated
// version (the `tls.version` field, flow:to_client) is evaluated here.
#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace tapwatch {

struct RuleSslVersion {
  uint8_t listed = 0;   // bit per version, in the order above
  uint8_t negated = 0;  // subset of listed
  bool active = false;
  // `name` is a tls.version field value ("SSLv3", "TLSv1", "TLS 1.1", "TLS 1.2", "TLS 1.3").
  bool matches(std::string_view name) const;
};

// Parses the keyword's value; the error names what is wrong.
Result<RuleSslVersion> parseRuleSslVersion(std::string_view value);

}  // namespace tapwatch

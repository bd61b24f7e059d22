#include "detect/rule_ssl_version.h"

#include <array>
#include <utility>

#include "detect/rule_text.h"

namespace tapwatch {
namespace {

// Keyword spelling and the tls.version field's spelling of the same version (protocols/tls_server_hello.cc).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kVersions{{{"sslv2", "SSLv2"},
                                                                                  {"sslv3", "SSLv3"},
                                                                                  {"tls1.0", "TLSv1"},
                                                                                  {"tls1.1", "TLS 1.1"},
                                                                                  {"tls1.2", "TLS 1.2"},
                                                                                  {"tls1.3", "TLS 1.3"}}};

bool equalsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

bool RuleSslVersion::matches(std::string_view name) const {
  for (size_t i = 0; i < kVersions.size(); ++i) {
    if (kVersions[i].second != name) continue;
    const uint8_t bit = static_cast<uint8_t>(1u << i);
    return ((listed & bit) != 0) != ((negated & bit) != 0);
  }
  return false;  // not one of the six (e.g. a TLS 1.3 draft the field shows as UNDETERMINED)
}

Result<RuleSslVersion> parseRuleSslVersion(std::string_view value) {
  RuleSslVersion out;
  out.active = true;
  for (const std::string& raw : splitRuleList(value)) {
    std::string_view item = raw;
    if (item.size() >= 2 && item.front() == '"' && item.back() == '"') item = item.substr(1, item.size() - 2);
    const bool negated = !item.empty() && item.front() == '!';
    if (negated) item.remove_prefix(1);
    size_t index = kVersions.size();
    for (size_t i = 0; i < kVersions.size(); ++i)
      if (equalsNoCase(item, kVersions[i].first)) index = i;
    if (index == kVersions.size()) {
      // append(), not "'" + std::string(...): GCC 12 -O3 reports a false -Wrestrict on that operator+.
      std::string message = "'";
      message.append(item).append("' is not sslv2, sslv3, tls1.0, tls1.1, tls1.2 or tls1.3");
      return makeError(message);
    }
    // SSLv2 records are not parsed as TLS here: a listed sslv2 could never match where Suricata's would.
    if (index == 0 && !negated) return makeError("sslv2: SSLv2 sessions are not parsed by this sensor");
    const uint8_t bit = static_cast<uint8_t>(1u << index);
    out.listed |= bit;
    if (negated) out.negated |= bit;
  }
  if (out.listed == 0) return makeError("needs at least one version");
  return out;
}

}  // namespace tapwatch

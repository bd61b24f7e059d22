#include "config/host_port.h"

#include <cctype>

#include "common/ip_address.h"

namespace tapwatch {
namespace {

bool parsePort(std::string_view text, uint16_t& out) {
  if (text.empty() || text.size() > 5) return false;
  uint32_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<uint32_t>(c - '0');
  }
  if (value < 1 || value > 65535) return false;
  out = static_cast<uint16_t>(value);
  return true;
}

}  // namespace

bool isValidHostName(std::string_view name) {
  if (name.empty() || name.size() > 253) return false;
  size_t label_len = 0;
  char prev = '.';
  for (char c : name) {
    if (c == '.') {
      if (label_len == 0 || prev == '-') return false;
      label_len = 0;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
      if (label_len == 0 && c == '-') return false;
      if (++label_len > 63) return false;
    } else {
      return false;
    }
    prev = c;
  }
  if (prev == '-' || prev == '.') return false;
  // An all-numeric last label is a mistyped IPv4 address (999.1.1.1), not a name (RFC 3696 §2).
  const size_t last = name.rfind('.');
  const std::string_view tld = last == std::string_view::npos ? name : name.substr(last + 1);
  for (char c : tld) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// Messages start from std::string("'").append(...) rather than "'" + std::string(...): GCC 12 at -O3 reports a
// false -Wrestrict on a literal prepended to a std::string.
Result<HostPort> parseHostPort(std::string_view text, HostRule rule) {
  const char* shape = rule == HostRule::IpOnly ? "expected ADDRESS:PORT such as 0.0.0.0:9917 or [::]:9917"
                                               : "expected HOST:PORT such as 192.0.2.10:6514 or siem.example.org:6514";
  HostPort out;
  std::string_view host;
  std::string_view port;
  if (!text.empty() && text.front() == '[') {
    const size_t close = text.find(']');
    if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':') {
      return makeError(std::string(shape) + "; an IPv6 address goes in brackets: [::1]:PORT");
    }
    host = text.substr(1, close - 1);
    port = text.substr(close + 2);
    const auto ip = IpAddress::parse(host);
    if (!ip || ip->family != 6) return makeError(std::string("'").append(host) + "' is not an IPv6 address");
    out.is_ip = true;
  } else {
    const size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) return makeError(std::string(shape) + " (the port is missing)");
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
    if (host.find(':') != std::string_view::npos) {
      return makeError(std::string(shape) + "; an IPv6 address goes in brackets: [::1]:PORT");
    }
    if (host.empty()) return makeError(std::string(shape) + " (the host is missing)");
    const auto ip = IpAddress::parse(host);
    if (ip) {
      out.is_ip = true;
    } else if (rule == HostRule::IpOnly) {
      return makeError(std::string("'").append(host) +
                       "' is not an IP address (listen needs a literal address, e.g. 0.0.0.0)");
    } else if (!isValidHostName(host)) {
      return makeError(std::string("'").append(host) + "' is neither an IP address nor a valid host name");
    }
  }
  if (!parsePort(port, out.port))
    return makeError(std::string("port '").append(port) + "' is not a number in 1..65535");
  out.host = std::string(host);
  return out;
}

}  // namespace tapwatch

#include "common/url_host.h"

namespace tapwatch {
namespace {

bool isSchemeChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// Length of a leading "scheme:" (RFC 3986 §3.1), 0 when there is none.
size_t schemeLength(std::string_view url) {
  constexpr size_t kMaxScheme = 32;  // real schemes are short; a colon further on is a port or path
  for (size_t i = 0; i < url.size() && i <= kMaxScheme; ++i) {
    if (url[i] == ':') return i > 0 ? i + 1 : 0;
    if (!isSchemeChar(url[i]) || (i == 0 && !((url[0] | 0x20) >= 'a' && (url[0] | 0x20) <= 'z'))) return 0;
  }
  return 0;
}

}  // namespace

UrlHost urlHost(std::string_view url) {
  std::string_view rest = url.substr(schemeLength(url));
  // Browsers read any run of slashes (and backslashes) after the scheme as the authority start.
  while (!rest.empty() && (rest.front() == '/' || rest.front() == '\\')) rest.remove_prefix(1);
  const size_t auth_end = rest.find_first_of("/\\?#");
  std::string_view authority = rest.substr(0, auth_end);
  // The last '@' ends the userinfo: "http://bank.example@scam.example/" goes to scam.example.
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  UrlHost out;
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    if (close == std::string_view::npos) return out;
    out.host = authority.substr(1, close - 1);
    out.bracketed = true;
    return out;
  }
  out.host = authority.substr(0, authority.find(':'));
  return out;
}

}  // namespace tapwatch

#pragma once
// The host part of a URL as written in a mail or a page:
// scheme://userinfo@host:port/path?query#fragment, also the scheme-less
// `www.host/path` and `//host/path` forms. Shared by the URL extractor (which
// flags IP-literal hosts for EVE) and the detector (which matches domain and
// IP lists against the host only, never against a path that merely mentions
// a listed name). No allocation; the result points into `url`.
#include <string_view>

namespace tapwatch {

struct UrlHost {
  std::string_view host;   // without userinfo, port and IPv6 brackets; as written (case kept)
  bool bracketed = false;  // [IPv6] literal
};

UrlHost urlHost(std::string_view url);

}  // namespace tapwatch

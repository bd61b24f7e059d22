#pragma once
// Recognising the first bytes of an HTTP/1.x message, shared by protocol
// detection and by the HTTP parser's resynchronisation after a capture gap.
// Header-only, no allocation.
#include <array>
#include <cstring>
#include <string_view>

#include "common/bytes.h"

namespace tapwatch {

enum class StartMatch : uint8_t { No, NeedMore, Yes };

// "GET " ... : a known method followed by a space. NeedMore while `data` is a
// proper prefix of one.
inline StartMatch matchHttpRequestStart(ByteSpan data) {
  static constexpr std::array<std::string_view, 20> kMethods = {
      "GET ",       "POST ",  "HEAD ", "PUT ",  "DELETE ", "OPTIONS ", "PATCH ",  "CONNECT ", "TRACE ",    "PROPFIND ",
      "PROPPATCH ", "MKCOL ", "COPY ", "MOVE ", "LOCK ",   "UNLOCK ",  "SEARCH ", "REPORT ",  "M-SEARCH ", "PURGE "};
  const std::string_view text = asStringView(data);
  bool prefix = false;
  for (std::string_view m : kMethods) {
    if (text.size() >= m.size()) {
      if (text.substr(0, m.size()) == m) return StartMatch::Yes;
    } else if (m.substr(0, text.size()) == text) {
      prefix = true;
    }
  }
  return prefix ? StartMatch::NeedMore : StartMatch::No;
}

// "HTTP/1.0 " / "HTTP/1.1 " status line.
inline StartMatch matchHttpResponseStart(ByteSpan data) {
  static constexpr std::string_view kPrefix = "HTTP/1.";
  const std::string_view text = asStringView(data);
  if (text.size() < kPrefix.size())
    return kPrefix.substr(0, text.size()) == text ? StartMatch::NeedMore : StartMatch::No;
  return text.substr(0, kPrefix.size()) == kPrefix ? StartMatch::Yes : StartMatch::No;
}

}  // namespace tapwatch

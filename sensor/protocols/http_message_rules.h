#pragma once
// How the HTTP parser reads start lines and the framing headers, as pure
// functions over one line or one header value (no state, no allocation), so
// each leniency is small and tested on its own. The rule throughout: accept
// what a browser (or a lenient server) accepts, and say what was odd.
#include <cstdint>
#include <string_view>

namespace tapwatch {

// Header values for interpretation: trimmed of whitespace and control bytes.
std::string_view trimValue(std::string_view v);
// NUL, \v, \f, ... (a C0 byte other than HTAB) or DEL anywhere in `s`.
bool hasControlChar(std::string_view s);

struct StatusLine {
  std::string_view version;  // "HTTP/1.1" as sent
  int status = 0;            // 0: no code at all
  std::string_view code;     // the status code as sent ("200"; "2OO" stays as it is), for http.stat_code
  std::string_view reason;   // the reason phrase ("Not Found"), trailing whitespace removed, for http.stat_msg
  bool nonstandard_version = false;
  bool malformed = false;  // missing reason, tabs or runs of spaces, junk after the code
  bool bad_code = false;   // not three digits, or outside 100-599
};
// True when `line` is a status line ("HTTP/" in any case, after up to 4 bytes of leading junk or
// whitespace, as Chrome allows); fills `out`.
bool parseStatusLine(std::string_view line, StatusLine& out);

struct RequestLine {
  std::string_view method, target, version;
  bool nonstandard_version = false;
  bool http09 = false;  // "GET /target" with no version: an HTTP/0.9 request (no headers follow)
};
// True when `line` is "METHOD SP target SP HTTP/..." with a token for method
// (spaces inside the target are kept; the version may be odd: "http/1.10"),
// or the HTTP/0.9 form "GET SP /target" (servers such as Apache still answer it).
// `cut`: the line was truncated at the cap, so a missing version is no sign.
bool parseRequestLine(std::string_view line, RequestLine& out, bool cut = false);

// Content-Length value: a plain decimal number, or a list of them ("5, 5").
struct ContentLength {
  uint64_t value = 0;
  bool valid = false;        // at least one number and nothing but numbers
  bool duplicate = false;    // a list with the same value repeated
  bool conflicting = false;  // a list with different values
};
ContentLength parseContentLength(std::string_view value);

// Transfer-Encoding values, accumulated over every Transfer-Encoding header.
struct TransferCoding {
  bool present = false;
  bool chunked = false;      // "chunked" appears as a token (or inside one: "xchunked")
  bool nonstandard = false;  // anything but exactly one "chunked" token
  uint32_t headers = 0;      // Transfer-Encoding header lines seen
  void add(std::string_view raw_value);
};

enum class CodingName : uint8_t { Identity, Gzip, Deflate, LegacyGzip, LegacyDeflate, Unknown };
CodingName classifyCoding(std::string_view token);  // token already trimmed, parameters dropped

// Calls each(CodingName) for every coding of a Content-Encoding (or
// Transfer-Encoding) list value, in order; empty entries are skipped.
template <typename Each>
void forEachCoding(std::string_view value, Each&& each) {
  while (!value.empty()) {
    const size_t comma = value.find(',');
    std::string_view token = value.substr(0, comma);
    value = comma == std::string_view::npos ? std::string_view{} : value.substr(comma + 1);
    token = trimValue(token.substr(0, token.find(';')));
    if (!token.empty()) each(classifyCoding(token));
  }
}

// A chunk-size line ("1a", "1a;ext", "0001a  junk"), read leniently.
struct ChunkSize {
  uint64_t size = 0;
  bool hex = false;        // it starts (after whitespace) with a hex digit
  bool extension = false;  // ";..." after the size
  bool malformed = false;  // whitespace, leading zeros, junk after the size
  bool too_large = false;  // above 2^31 or more than 16 hex digits (size saturates)
};
ChunkSize parseChunkSize(std::string_view line);

}  // namespace tapwatch

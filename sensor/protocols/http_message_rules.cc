#include "protocols/http_message_rules.h"

#include <cstring>
#include <limits>

#include "protocols/text_util.h"

namespace tapwatch {
namespace {

bool isSpaceOrControl(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u <= 0x20 || u == 0x7f;
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool isTokenChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7f) return false;
  return std::string_view("\"(),/:;<=>?@[\\]{}").find(c) == std::string_view::npos;
}
bool isStandardVersion(std::string_view v) { return v == "HTTP/1.0" || v == "HTTP/1.1"; }

}  // namespace

std::string_view trimValue(std::string_view v) {
  while (!v.empty() && isSpaceOrControl(v.front())) v.remove_prefix(1);
  while (!v.empty() && isSpaceOrControl(v.back())) v.remove_suffix(1);
  return v;
}

namespace {
bool isControl(unsigned char u) { return (u < 0x20 && u != '\t') || u == 0x7f; }
}  // namespace

bool hasControlChar(std::string_view s) {
  // Every header line passes here: 8 bytes at a time, the scalar check only
  // for a word that may hold a byte below 0x20 or DEL (tabs land there too).
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHigh;
    const uint64_t x = w ^ (0x7f * kOnes);
    const uint64_t del = (x - kOnes) & ~x & kHigh;
    if ((below_space | del) == 0) continue;
    for (size_t j = i; j < i + 8; ++j)
      if (isControl(static_cast<unsigned char>(s[j]))) return true;
  }
  for (; i < s.size(); ++i)
    if (isControl(static_cast<unsigned char>(s[i]))) return true;
  return false;
}

bool parseStatusLine(std::string_view line, StatusLine& out) {
  out = StatusLine{};
  size_t start = 0;
  while (start < line.size() && start <= 4 && !istartsWith(line.substr(start), "HTTP/")) ++start;
  if (start > 4 || start >= line.size()) return false;
  line.remove_prefix(start);
  size_t i = 0;
  while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
  out.version = line.substr(0, i);
  out.nonstandard_version = !isStandardVersion(out.version);
  // Separator: exactly one space.
  size_t sep = 0;
  bool tab = false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
    tab = tab || line[i] == '\t';
    ++sep;
    ++i;
  }
  if (sep != 1 || tab) out.malformed = sep > 0 || i < line.size();
  size_t digits = 0;
  uint64_t code = 0;
  const size_t code_start = i;
  while (i < line.size() && isDigit(line[i])) {
    if (code < 100000) code = code * 10 + static_cast<uint64_t>(line[i] - '0');
    ++digits;
    ++i;
  }
  out.status = static_cast<int>(code);
  // The code token runs to the next whitespace ("2OO" is the whole token);
  // the reason is what follows the whitespace after it.
  size_t code_end = i;
  while (code_end < line.size() && line[code_end] != ' ' && line[code_end] != '\t') ++code_end;
  out.code = line.substr(code_start, code_end - code_start);
  size_t reason_start = code_end;
  while (reason_start < line.size() && (line[reason_start] == ' ' || line[reason_start] == '\t')) ++reason_start;
  out.reason = line.substr(reason_start);
  while (!out.reason.empty() && isSpaceOrControl(out.reason.back())) out.reason.remove_suffix(1);
  out.bad_code = digits != 3 || code < 100 || code > 599;
  if (digits == 0) {
    out.malformed = true;
    return true;
  }
  if (i == line.size()) {
    out.malformed = true;  // no reason phrase (not even the space before it)
  } else if (line[i] != ' ') {
    out.malformed = true;  // "200OK", "200\tOK"
  } else if (i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '\t')) {
    out.malformed = true;  // runs of spaces before the reason
  }
  return true;
}

bool parseRequestLine(std::string_view line, RequestLine& out, bool cut) {
  out = RequestLine{};
  size_t i = 0;
  while (i < line.size() && isTokenChar(line[i])) ++i;
  if (i == 0 || i > 32 || i == line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
  out.method = line.substr(0, i);
  std::string_view rest = line.substr(i);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  while (!rest.empty() && isSpaceOrControl(rest.back())) rest.remove_suffix(1);
  if (rest.empty()) return false;
  // The version is the last word when it looks like one; spaces inside the
  // target (which servers often accept) stay in the target.
  const size_t last_space = rest.find_last_of(" \t");
  if (last_space != std::string_view::npos && istartsWith(rest.substr(last_space + 1), "HTTP/")) {
    out.version = rest.substr(last_space + 1);
    rest = rest.substr(0, last_space);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
  }
  out.target = rest;
  out.nonstandard_version = !isStandardVersion(out.version);
  if (out.target.empty()) return false;
  // A line cut at the length cap lost its version, not its HTTP-ness.
  if (!out.version.empty() || cut) return true;
  // Without a version only the strict HTTP/0.9 form counts ("GET", an absolute
  // path, no space in it), so ordinary text is never taken for a message start.
  out.http09 = out.method == "GET" && out.target.front() == '/' &&
               out.target.find_first_of(" \t") == std::string_view::npos;
  return out.http09;
}

ContentLength parseContentLength(std::string_view value) {
  ContentLength out;
  bool any = false;
  bool junk = false;
  while (true) {
    const size_t comma = value.find(',');
    const std::string_view item = trimValue(value.substr(0, comma));
    uint64_t n = 0;
    bool ok = !item.empty();
    for (char c : item) {
      if (!isDigit(c) || n > (std::numeric_limits<uint64_t>::max() - 9) / 10) {
        ok = false;
        break;
      }
      n = n * 10 + static_cast<uint64_t>(c - '0');
    }
    if (!ok) {
      junk = true;
    } else if (!any) {
      out.value = n;
      any = true;
    } else if (n == out.value) {
      out.duplicate = true;
    } else {
      out.conflicting = true;
    }
    if (comma == std::string_view::npos) break;
    value = value.substr(comma + 1);
  }
  out.valid = any && !junk;
  return out;
}

void TransferCoding::add(std::string_view raw_value) {
  present = true;
  ++headers;
  // Standard: one header whose value is "chunked" after at most the one
  // space that follows the colon. Anything else is counted.
  std::string_view v = raw_value;
  if (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  if (headers > 1 || !iequals(v, "chunked")) nonstandard = true;
  // "chunked" anywhere (a token, "xchunked", "chunked;", "gzip, chunked")
  // means: try de-chunking (the body falls back to raw if it is not chunked).
  for (size_t i = 0; i + 7 <= raw_value.size(); ++i)
    if (iequals(raw_value.substr(i, 7), "chunked")) chunked = true;
}

CodingName classifyCoding(std::string_view token) {
  if (iequals(token, "identity")) return CodingName::Identity;
  if (iequals(token, "gzip")) return CodingName::Gzip;
  if (iequals(token, "deflate")) return CodingName::Deflate;
  if (iequals(token, "x-gzip")) return CodingName::LegacyGzip;
  if (iequals(token, "x-deflate")) return CodingName::LegacyDeflate;
  return CodingName::Unknown;
}

ChunkSize parseChunkSize(std::string_view line) {
  ChunkSize out;
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i > 0) out.malformed = true;
  size_t digits = 0;
  bool leading_zero = false;
  while (i < line.size() && hexValue(line[i]) >= 0) {
    if (digits == 0 && line[i] == '0' && i + 1 < line.size() && hexValue(line[i + 1]) >= 0) leading_zero = true;
    const auto d = static_cast<uint64_t>(hexValue(line[i]));
    if (out.size > (std::numeric_limits<uint64_t>::max() >> 4)) {
      out.size = std::numeric_limits<uint64_t>::max();
    } else {
      out.size = out.size << 4 | d;
    }
    ++digits;
    ++i;
  }
  out.hex = digits > 0;
  if (!out.hex) {
    out.malformed = false;  // not a chunk-size line at all: the caller decides what it is
    return out;
  }
  if (leading_zero) out.malformed = true;
  if (digits > 16 || out.size > (uint64_t{1} << 31)) out.too_large = true;
  if (digits > 16) out.size = std::numeric_limits<uint64_t>::max();
  const size_t ws = i;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i < line.size() && line[i] == ';') {
    out.extension = true;  // "1a ;ext": whitespace before ';' is allowed (RFC 9112 BWS)
  } else if (i < line.size() || i > ws) {
    out.malformed = true;  // junk or trailing whitespace after the size
  }
  return out;
}

}  // namespace tapwatch

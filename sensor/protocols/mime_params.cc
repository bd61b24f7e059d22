#include "protocols/mime_params.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "common/bytes.h"
#include "protocols/text_util.h"

namespace tapwatch {
namespace {

constexpr size_t kMaxSections = 64;  // RFC 2231 continuations followed per parameter

// Calls fn(key, value) for every `; key=value` parameter; quoted values are
// unquoted (\-escapes removed) into `scratch`. Stops when fn returns false.
template <typename Fn>
void forEachParam(std::string_view value, std::string& scratch, Fn&& fn) {
  size_t i = value.find(';');
  while (i != std::string_view::npos && i < value.size()) {
    ++i;
    while (i < value.size() && isBlankChar(value[i])) ++i;
    const size_t eq = value.find('=', i);
    if (eq == std::string_view::npos) return;
    const std::string_view key = trim(value.substr(i, eq - i));
    size_t j = eq + 1;
    while (j < value.size() && isBlankChar(value[j])) ++j;
    scratch.clear();
    if (j < value.size() && value[j] == '"') {
      ++j;
      while (j < value.size() && value[j] != '"') {
        if (value[j] == '\\' && j + 1 < value.size()) ++j;
        scratch.push_back(value[j++]);
      }
      if (j < value.size()) ++j;  // closing quote
    } else {
      while (j < value.size() && value[j] != ';') scratch.push_back(value[j++]);
      while (!scratch.empty() && isBlankChar(scratch.back())) scratch.pop_back();
    }
    if (!fn(key, std::string_view(scratch))) return;
    i = value.find(';', j);
  }
}

void appendPercentDecoded(std::string_view s, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hexDigitValue(s[i + 1]) >= 0 && hexDigitValue(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexDigitValue(s[i + 1]) * 16 + hexDigitValue(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
}

// "utf-8'en'%41%42" -> charset "utf-8", rest "%41%42". Without two quotes the
// whole value is the rest (clients accept that).
std::string_view splitCharset(std::string_view v, std::string& charset) {
  const size_t q1 = v.find('\'');
  if (q1 == std::string_view::npos) return v;
  const size_t q2 = v.find('\'', q1 + 1);
  if (q2 == std::string_view::npos) return v;
  charset.assign(v.substr(0, q1));
  return v.substr(q2 + 1);
}

}  // namespace

std::string_view dispositionType(std::string_view value) { return trim(value.substr(0, value.find(';'))); }

void MimeParamDecoder::assemble(std::string_view value, std::string_view name, Outcome& outcome) {
  raw_.clear();
  charset_.clear();
  plain_.clear();
  bool have_plain = false;
  bool have_extended = false;
  // Sections of a continued value, by number; a bitmap says which were seen.
  // Their values are re-read in order below (each pass finds one section) so
  // nothing but raw_ needs storing.
  std::array<bool, kMaxSections> seen{};
  size_t sections = 0;
  forEachParam(value, scratch_, [&](std::string_view key, std::string_view v) {
    if (!istartsWith(key, name)) return true;
    const std::string_view rest = key.substr(name.size());
    if (rest.empty()) {
      if (!have_plain) plain_.assign(v);
      have_plain = true;
    } else if (rest == "*") {  // filename*=charset'lang'%XX
      if (!have_extended) {
        have_extended = true;
        appendPercentDecoded(splitCharset(v, charset_), raw_);
      }
    } else if (rest[0] == '*') {  // filename*N= or filename*N*=
      std::string_view num = rest.substr(1);
      if (!num.empty() && num.back() == '*') num.remove_suffix(1);
      size_t n = 0;
      const auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), n);
      if (ec == std::errc{} && end == num.data() + num.size() && n < kMaxSections && !seen[n]) {
        seen[n] = true;
        sections = std::max(sections, n + 1);
      }
    }
    return true;
  });
  if (!have_extended && sections > 0 && seen[0]) {
    have_extended = true;
    for (size_t n = 0; n < sections && seen[n]; ++n) {
      forEachParam(value, scratch_, [&](std::string_view key, std::string_view v) {
        if (!istartsWith(key, name)) return true;
        std::string_view num = key.substr(name.size());
        if (num.empty() || num[0] != '*') return true;
        num.remove_prefix(1);
        const bool encoded = !num.empty() && num.back() == '*';
        if (encoded) num.remove_suffix(1);
        size_t k = 0;
        const auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), k);
        if (ec != std::errc{} || end != num.data() + num.size() || k != n) return true;
        if (!encoded) raw_.append(v);
        else appendPercentDecoded(n == 0 ? splitCharset(v, charset_) : v, raw_);
        return false;  // one section per number
      });
    }
  }
  if (have_extended) {
    outcome.found = true;
    return;
  }
  if (have_plain) outcome.found = true;
}

MimeParamDecoder::Outcome MimeParamDecoder::decode(std::string_view value, std::string_view name, std::string& out,
                                                   size_t max_bytes) {
  Outcome outcome;
  out.clear();
  assemble(value, name, outcome);
  if (!outcome.found) return outcome;
  if (!raw_.empty() || plain_.empty()) {
    if (converter_.open(charset_) == CharsetConverter::Open::Unknown) outcome.unknown_charset = true;
    auto append = [&out](ByteSpan b) { out.append(reinterpret_cast<const char*>(b.data()), b.size()); };
    converter_.convert(asBytes(raw_), append);
    converter_.finish(append);
    truncateUtf8(out, max_bytes);
    return outcome;
  }
  // A plain value, possibly holding RFC 2047 encoded-words.
  const auto r = rfc2047_.decode(plain_, out, max_bytes);
  outcome.malformed = r.malformed;
  outcome.unknown_charset = r.unknown_charset;
  return outcome;
}

}  // namespace tapwatch

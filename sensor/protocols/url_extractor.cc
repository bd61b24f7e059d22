#include "protocols/url_extractor.h"

#include "common/url_host.h"

namespace tapwatch {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[i]) != prefix[i]) return false;
  return true;
}

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Bytes that end a URL candidate. Quotes and angle brackets delimit links in
// HTML attributes and in plain text ("<https://...>"); bytes >= 0x80 stay in
// so an internationalised host is kept whole.
bool endsRun(uint8_t c, bool html) {
  if (c <= 0x20 || c == 0x7f) return true;
  if (c == '<' || c == '>' || c == '"' || c == '`') return true;
  return html && c == '\'';
}

// Sentence punctuation after a link is not part of it ("see https://x.example/a.").
bool trailingPunctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' ||
         c == '\'' || c == '*';
}

void appendUtf8(uint32_t cp, char* out, size_t& n) {
  if (cp < 0x80) {
    out[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    out[n++] = static_cast<char>(0xC0 | (cp >> 6));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out[n++] = static_cast<char>(0xE0 | (cp >> 12));
    out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out[n++] = static_cast<char>(0xF0 | (cp >> 18));
    out[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string_view findUrl(std::string_view run) {
  static constexpr std::string_view kSchemes[] = {"http://", "https://", "ftp://"};
  for (size_t i = 0; i < run.size(); ++i) {
    const std::string_view at = run.substr(i);
    bool scheme = false;
    for (std::string_view s : kSchemes) scheme = scheme || startsWithNoCase(at, s);
    // "www." only as a label start: "awww.example" is not a link.
    const bool www = !scheme && startsWithNoCase(at, "www.") && (i == 0 || !isAlnum(run[i - 1]));
    if (!scheme && !www) continue;
    std::string_view url = at;
    while (!url.empty() && trailingPunctuation(url.back())) url.remove_suffix(1);
    const std::string_view host = urlHost(url).host;
    if (host.empty()) return {};
    if (www && host.find('.', 4) == std::string_view::npos) return {};  // "www.foo" alone is a word, not a host
    return url;
  }
  return {};
}

void UrlExtractor::begin(bool html) {
  html_ = html;
  in_entity_ = false;
  entity_len_ = 0;
  run_len_ = 0;
  run_overlong_ = false;
  overlong_ = 0;
}

void UrlExtractor::feed(ByteSpan text, UrlSink& sink) {
  for (const uint8_t c : text) {
    if (in_entity_) {
      if (c == ';') {
        decodeEntity(sink);
        continue;
      }
      if ((isAlnum(static_cast<char>(c)) || (c == '#' && entity_len_ == 0)) && entity_len_ < entity_.size()) {
        entity_[entity_len_++] = static_cast<char>(c);
        continue;
      }
      flushEntity(sink);  // then `c` is an ordinary byte
    }
    if (html_ && c == '&') {
      in_entity_ = true;
      entity_len_ = 0;
      continue;
    }
    put(c, sink);
  }
}

void UrlExtractor::finish(UrlSink& sink) {
  if (in_entity_) flushEntity(sink);
  endRun(sink);
}

void UrlExtractor::put(uint8_t c, UrlSink& sink) {
  if (endsRun(c, html_)) {
    endRun(sink);
    return;
  }
  if (run_len_ < run_.size()) run_[run_len_++] = static_cast<char>(c);
  else run_overlong_ = true;
}

void UrlExtractor::endRun(UrlSink& sink) {
  if (run_overlong_) {
    // Only a run that holds a link counts: a long base64 blob in a text part is not news.
    if (!findUrl(std::string_view(run_.data(), run_len_)).empty()) ++overlong_;
  } else if (run_len_ > 0) {
    if (const std::string_view url = findUrl(std::string_view(run_.data(), run_len_)); !url.empty()) sink.onUrl(url);
  }
  run_len_ = 0;
  run_overlong_ = false;
}

void UrlExtractor::flushEntity(UrlSink& sink) {
  in_entity_ = false;
  put('&', sink);
  for (size_t i = 0; i < entity_len_; ++i) put(static_cast<uint8_t>(entity_[i]), sink);
  entity_len_ = 0;
}

void UrlExtractor::decodeEntity(UrlSink& sink) {
  in_entity_ = false;
  const std::string_view name(entity_.data(), entity_len_);
  entity_len_ = 0;
  uint32_t cp = 0;
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) cp = 0xFFFD;
    for (const char d : digits) {
      uint32_t v = 0;
      if (d >= '0' && d <= '9') v = static_cast<uint32_t>(d - '0');
      else if (hex && (lower(d) >= 'a' && lower(d) <= 'f')) v = static_cast<uint32_t>(lower(d) - 'a' + 10);
      else return put(' ', sink);  // malformed: treat as a separator
      cp = cp * (hex ? 16 : 10) + v;
      if (cp > 0x10FFFF) return put(' ', sink);
    }
  } else {
    // The references that matter around links; any other named one separates.
    static constexpr std::pair<std::string_view, char> kNamed[] = {
        {"amp", '&'},   {"quot", '"'},   {"apos", '\''}, {"lt", '<'},     {"gt", '>'},  {"sol", '/'},
        {"colon", ':'}, {"period", '.'}, {"quest", '?'}, {"equals", '='}, {"num", '#'}, {"percnt", '%'}};
    char mapped = ' ';
    for (const auto& [n, c] : kNamed)
      if (name == n) mapped = c;
    return put(static_cast<uint8_t>(mapped), sink);
  }
  if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = ' ';
  char utf8[4];
  size_t n = 0;
  appendUtf8(cp, utf8, n);
  for (size_t i = 0; i < n; ++i) put(static_cast<uint8_t>(utf8[i]), sink);
}

}  // namespace tapwatch

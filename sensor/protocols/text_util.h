#pragma once
// Small ASCII text helpers shared by the parsers (case-insensitive compares,
// trimming). Header-only, no allocation; locale-independent on purpose.
#include <cstddef>
#include <string>
#include <string_view>

namespace tapwatch {

inline char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (asciiLower(a[i]) != asciiLower(b[i])) return false;
  return true;
}

// `word` equals one of `words`, ASCII case-insensitively (a fixed word list: an array, an initializer list).
template <typename Words>
bool iequalsAny(std::string_view word, const Words& words) {
  for (std::string_view w : words)
    if (iequals(word, w)) return true;
  return false;
}

inline bool istartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

inline bool isBlankChar(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && isBlankChar(s.front())) s.remove_prefix(1);
  while (!s.empty() && isBlankChar(s.back())) s.remove_suffix(1);
  return s;
}

inline void assignLower(std::string& out, std::string_view s) {
  out.assign(s);
  for (char& c : out) c = asciiLower(c);
}

// Appends `s` to `out` but never beyond `max` bytes in total; returns false if cut.
inline bool appendBounded(std::string& out, std::string_view s, size_t max) {
  if (out.size() >= max) return s.empty();
  const size_t room = max - out.size();
  out.append(s.substr(0, room));
  return s.size() <= room;
}

// The value of parameter `name` in a header value like
// `text/plain; charset="koi8-r"; format=flowed` (quotes and \-escapes removed
// into `storage`). Empty if absent.
inline std::string_view headerParam(std::string_view value, std::string_view name, std::string& storage) {
  size_t i = value.find(';');
  while (i != std::string_view::npos && i < value.size()) {
    ++i;
    while (i < value.size() && isBlankChar(value[i])) ++i;
    const size_t eq = value.find('=', i);
    if (eq == std::string_view::npos) return {};
    const std::string_view key = trim(value.substr(i, eq - i));
    size_t j = eq + 1;
    while (j < value.size() && isBlankChar(value[j])) ++j;
    storage.clear();
    if (j < value.size() && value[j] == '"') {
      ++j;
      while (j < value.size() && value[j] != '"') {
        if (value[j] == '\\' && j + 1 < value.size()) ++j;
        storage.push_back(value[j++]);
      }
      if (j < value.size()) ++j;  // closing quote
    } else {
      while (j < value.size() && value[j] != ';' && !isBlankChar(value[j])) storage.push_back(value[j++]);
    }
    if (iequals(key, name)) return storage;
    i = value.find(';', j);
  }
  return {};
}

}  // namespace tapwatch

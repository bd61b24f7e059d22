#include "protocols/charset_converter.h"

#include <iconv.h>

#include <cerrno>
#include <cstring>

namespace tapwatch {
namespace {
constexpr uint8_t kReplacement[] = {0xEF, 0xBF, 0xBD};  // U+FFFD in UTF-8

iconv_t asIconv(void* cd) { return static_cast<iconv_t>(cd); }

bool isPassthroughName(std::string_view n) {
  return n.empty() || n == "utf-8" || n == "utf8" || n == "us-ascii" || n == "ascii" || n == "ansi_x3.4-1968";
}
}  // namespace

CharsetConverter::~CharsetConverter() { close(); }

void CharsetConverter::close() {
  if (cd_ != nullptr) iconv_close(asIconv(cd_));
  cd_ = nullptr;
  name_[0] = '\0';
}

CharsetConverter::Open CharsetConverter::open(std::string_view charset) {
  carry_len_ = 0;
  invalid_ = 0;
  // Normalise: trim blanks and quotes, cut an RFC 2231 language suffix, lowercase.
  while (!charset.empty() && (charset.front() == ' ' || charset.front() == '"' || charset.front() == '\t'))
    charset.remove_prefix(1);
  while (!charset.empty() && (charset.back() == ' ' || charset.back() == '"' || charset.back() == '\t'))
    charset.remove_suffix(1);
  if (const size_t star = charset.find('*'); star != std::string_view::npos) charset = charset.substr(0, star);
  char name[kNameMax];
  if (charset.size() >= kNameMax) {
    passthrough_ = true;
    return Open::Unknown;
  }
  for (size_t i = 0; i < charset.size(); ++i) {
    const char c = charset[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.' || c == ':' || c == '+';
    // No '/': iconv would read "//TRANSLIT"-style suffixes from hostile names.
    if (!ok) {
      passthrough_ = true;
      return Open::Unknown;
    }
    name[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  name[charset.size()] = '\0';
  const std::string_view lower(name, charset.size());
  if (isPassthroughName(lower)) {
    passthrough_ = true;
    return Open::Passthrough;
  }
  if (cd_ != nullptr && std::strcmp(name_, name) == 0) {
    iconv(asIconv(cd_), nullptr, nullptr, nullptr, nullptr);  // reset shift state, keep the descriptor
    passthrough_ = false;
    return Open::Converting;
  }
  close();
  iconv_t cd = iconv_open("UTF-8", name);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    passthrough_ = true;
    return Open::Unknown;
  }
  cd_ = cd;
  std::memcpy(name_, name, charset.size() + 1);
  passthrough_ = false;
  return Open::Converting;
}

size_t CharsetConverter::run(const uint8_t* p, size_t len, const Output& out) {
  char buf[4096];
  char* in_ptr = const_cast<char*>(reinterpret_cast<const char*>(p));
  size_t in_left = len;
  while (in_left > 0) {
    char* out_ptr = buf;
    size_t out_left = sizeof buf;
    const size_t rc = iconv(asIconv(cd_), &in_ptr, &in_left, &out_ptr, &out_left);
    const int err = errno;
    if (out_ptr != buf) out(ByteSpan(reinterpret_cast<const uint8_t*>(buf), static_cast<size_t>(out_ptr - buf)));
    if (rc != static_cast<size_t>(-1)) break;
    if (err == E2BIG) continue;
    if (err == EINVAL) break;  // incomplete sequence at the end: carried to the next call
    // EILSEQ (or anything else): replace one byte and go on.
    ++invalid_;
    out(ByteSpan(kReplacement, sizeof kReplacement));
    ++in_ptr;
    --in_left;
  }
  return in_left;
}

void CharsetConverter::convertImpl(ByteSpan in, const Output& out) {
  // Complete a sequence carried from the last call, one byte at a time (at most a few bytes).
  while (carry_len_ > 0 && !in.empty()) {
    carry_[carry_len_++] = in[0];
    in = in.subspan(1);
    const size_t left = run(carry_, carry_len_, out);
    std::memmove(carry_, carry_ + (carry_len_ - left), left);
    carry_len_ = left;
    if (carry_len_ == kCarryMax) {  // cannot be a real character: give up on it
      ++invalid_;
      out(ByteSpan(kReplacement, sizeof kReplacement));
      carry_len_ = 0;
    }
  }
  if (in.empty()) return;
  size_t left = run(in.data(), in.size(), out);
  while (left >= kCarryMax) {  // never for real charsets; keeps the carry bounded
    ++invalid_;
    out(ByteSpan(kReplacement, sizeof kReplacement));
    left = run(in.data() + (in.size() - left) + 1, left - 1, out);
  }
  // What is left is always a suffix of `in`.
  std::memcpy(carry_, in.data() + (in.size() - left), left);
  carry_len_ = left;
}

void CharsetConverter::finishImpl(const Output& out) {
  if (carry_len_ > 0) {
    ++invalid_;
    out(ByteSpan(kReplacement, sizeof kReplacement));
    carry_len_ = 0;
  }
  iconv(asIconv(cd_), nullptr, nullptr, nullptr, nullptr);
}

}  // namespace tapwatch

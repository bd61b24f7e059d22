#pragma once
// Which characters are letters of the alphabets the scam packs read, for the
// text stages that look at words (LeetFold, LetterJoiner): Latin with its
// extensions, IPA and modifier letters such as Uzbek U+02BB, Greek, Cyrillic
// and the scripts after it, CJK, Hangul. Other non-ASCII characters count as
// punctuation. Header-only, no allocation.
#include <cstddef>
#include <cstdint>

namespace tapwatch {

constexpr bool isAsciiLetterByte(uint8_t b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'); }

inline bool isScriptLetter(uint32_t cp) {
  if (cp < 0x80) return isAsciiLetterByte(static_cast<uint8_t>(cp));
  if (cp >= 0xC0 && cp <= 0x2FF) return cp != 0xD7 && cp != 0xF7;
  return (cp >= 0x370 && cp <= 0x1FFF) || (cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

// The UTF-8 character at p[0, n): its length (0: incomplete, more bytes needed) and code point; an invalid
// sequence is one byte with code point 0xFFFD.
struct Utf8Char {
  size_t len;
  uint32_t cp;
};

inline Utf8Char utf8CharAt(const uint8_t* p, size_t n) {
  const uint8_t b = p[0];
  if (b < 0x80) return {1, b};
  size_t len = 0;
  uint32_t cp = 0;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
    cp = b & 0x1Fu;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    cp = b & 0x0Fu;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    cp = b & 0x07u;
  } else {
    return {1, 0xFFFD};
  }
  for (size_t k = 1; k < len; ++k) {
    if (k >= n) return {0, 0};
    if ((p[k] & 0xC0) != 0x80) return {1, 0xFFFD};
    cp = (cp << 6) | (p[k] & 0x3Fu);
  }
  return {len, cp};
}

}  // namespace tapwatch

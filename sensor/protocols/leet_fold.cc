#include "protocols/leet_fold.h"

#include <array>
#include <cstring>

#include "protocols/script_letters.h"

namespace tapwatch {
namespace {

// How a character of a held word takes part in folding.
enum class Cls : uint8_t {
  Letter,
  Digit,    // ASCII digit
  At,       // '@'
  Dollar,   // '$'
  Symbol,   // emoji, pictographs, arrows, dingbats, middle dot: dropped between letters
  Bitcoin,  // U+20BF: a 'b' before a letter
  Other,    // punctuation, invalid UTF-8: ends a segment, kept as it is
};

constexpr size_t kMaxAsciiAlnum = 24;  // longer: an address, hash or token, never a disguised word
constexpr size_t kMaxInnerRun = 4;     // "l0773ry": up to four characters between letters
constexpr size_t kMaxEdgeRun = 2;      // "w4ll37": up to two at a word's edge

constexpr bool isAsciiLetter(uint8_t b) { return isAsciiLetterByte(b); }
constexpr bool isAsciiDigit(uint8_t b) { return b >= '0' && b <= '9'; }

constexpr bool isWordByte(uint8_t b) {
  return b >= 0x80 || isAsciiLetter(b) || isAsciiDigit(b) || b == '@' || b == '$';
}

// Bytes that make a held word worth decoding: leet characters, and the lead
// bytes of U+0080-U+00BF (middle dot, (c), (r)) and of U+2000 and up (symbols, emoji).
constexpr bool isSuspect(uint8_t b) { return isAsciiDigit(b) || b == '@' || b == '$' || b == 0xC2 || b >= 0xE2; }

// Byte classes for the fast path of step(): a table instead of the comparisons above.
constexpr uint8_t kWordByte = 1;
constexpr uint8_t kSuspectByte = 2;
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (size_t b = 0; b < t.size(); ++b) {
    const auto c = static_cast<uint8_t>(b);
    t[b] = static_cast<uint8_t>((isWordByte(c) ? kWordByte : 0) | (isSuspect(c) ? kSuspectByte : 0));
  }
  return t;
}();

// How many bytes at the start of `in` (at most `room`) pass unchanged with no word held: bytes outside
// words, and whole words that end inside `in` (the byte after them is known), fit word_ and hold no
// suspect byte; those are exactly the bytes the per-byte loop would copy out as they are.
size_t plainRun(ByteSpan in, size_t room, size_t max_word) {
  const size_t end = in.size() < room ? in.size() : room;
  size_t k = 0;
  while (k < end) {
    if ((kByteClass[in[k]] & kWordByte) == 0) {
      ++k;
      continue;
    }
    size_t j = k;
    uint8_t seen = 0;
    for (; j < in.size() && (kByteClass[in[j]] & kWordByte) != 0; ++j) seen |= kByteClass[in[j]];
    if (j == in.size() || j > end || j - k > max_word || (seen & kSuspectByte) != 0) break;
    k = j;
  }
  return k;
}

bool isSymbol(uint32_t cp) {
  return cp == 0xA9 || cp == 0xAE || cp == 0xB7 || (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

bool isLetter(uint32_t cp) { return isScriptLetter(cp); }

bool isCyrillic(uint32_t cp) { return cp >= 0x400 && cp <= 0x52F; }

struct Char {
  uint8_t off;
  uint8_t len;
  Cls cls;
  uint32_t cp;
};

// Decodes one UTF-8 character at w[i]; an invalid sequence is one byte of class Other.
Char decode(const uint8_t* w, size_t i, size_t n) {
  const uint8_t b = w[i];
  Char c{static_cast<uint8_t>(i), 1, Cls::Other, b};
  if (b < 0x80) {
    c.cls = isAsciiLetter(b) ? Cls::Letter : isAsciiDigit(b) ? Cls::Digit : b == '@' ? Cls::At : Cls::Dollar;
    return c;
  }
  const Utf8Char u = utf8CharAt(w + i, n - i);
  if (u.len < 2) return c;  // cut off at the word's end (0) or invalid (1): one byte of class Other
  const uint32_t cp = u.cp;
  c.len = static_cast<uint8_t>(u.len);
  c.cp = cp;
  c.cls = cp == 0x20BF ? Cls::Bitcoin : isSymbol(cp) ? Cls::Symbol : isLetter(cp) ? Cls::Letter : Cls::Other;
  return c;
}

// The letter a leet character stands for, UTF-8 in out; 0 if it stands for none in this script.
size_t foldedLetter(uint8_t ch, bool cyrillic, uint8_t* out) {
  if (cyrillic) {
    uint8_t second = 0;
    uint8_t first = 0xD0;
    switch (ch) {
      case '0': second = 0xBE; break;  // о
      case '3': second = 0xB5; break;  // е
      case '6': second = 0xB1; break;  // б
      case '@': second = 0xB0; break;  // а
      case '4':                        // ч
        first = 0xD1;
        second = 0x87;
        break;
      default: return 0;
    }
    out[0] = first;
    out[1] = second;
    return 2;
  }
  constexpr char kFrom[] = "0134579@$8";
  constexpr char kTo[] = "oieastgasb";
  const char* p = std::strchr(kFrom, ch);
  if (p == nullptr || ch == 0) return 0;
  out[0] = static_cast<uint8_t>(kTo[p - kFrom]);
  return 1;
}

bool isLatinVowel(uint32_t cp) {
  switch (cp | 0x20) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y': return true;
    default: return cp >= 0xC0 && cp <= 0xFF;  // accented vowels of Latin-1 (ä, ö, ü, é, ...)
  }
}

// The letter a folded '1' at chars[k] stands for: 'i' or 'l', which it imitates both. "ii" hardly occurs in the
// languages the packs read, so a '1' next to an 'i' is an 'l' ("c1ick", "on1ine"); of "11" the first is an 'l'
// and the second one too after a vowel ("wa11et", "bi11ion"), an 'i' after a consonant ("c11ente", "mög11ch").
uint8_t oneAs(const Char* chars, size_t k, size_t a, size_t b) {
  const auto letterAt = [&](size_t x) -> uint32_t {
    if (x < a || x >= b) return 0;
    if (chars[x].cls == Cls::Letter) return chars[x].cp;
    uint8_t folded[2];
    return foldedLetter(static_cast<uint8_t>(chars[x].cp), false, folded) == 1 ? folded[0] : 0;
  };
  const bool one_before = k > a && chars[k - 1].cp == '1';
  const bool one_after = k + 1 < b && chars[k + 1].cp == '1';
  if (one_after && !one_before) return 'l';
  if (one_before) return isLatinVowel(letterAt(k - 2)) ? 'l' : 'i';
  const uint32_t before = k > a ? letterAt(k - 1) : 0;
  const uint32_t after = letterAt(k + 1);
  return (before | 0x20) == 'i' || (after | 0x20) == 'i' ? 'l' : 'i';
}

// Folds the segment chars[a, b) (no Other inside) of word w into out.
size_t foldSegment(const uint8_t* w, const Char* chars, size_t a, size_t b, bool before_dot, uint8_t* out) {
  size_t ascii_alnum = 0;
  size_t letters = 0;
  bool at = false;  // an '@' before an ASCII letter or digit: a mail address or handle, not a Cyrillic "а"
  for (size_t k = a; k < b; ++k) {
    const Char& c = chars[k];
    if (c.cls == Cls::Letter) ++letters;
    if ((c.cls == Cls::Letter && c.cp < 0x80) || c.cls == Cls::Digit) ++ascii_alnum;
    if (c.cls == Cls::At && k + 1 < b && chars[k + 1].cp < 0x80) at = true;
  }
  const auto raw = [&]() {
    const size_t from = chars[a].off;
    const size_t len = chars[b - 1].off + chars[b - 1].len - from;
    std::memcpy(out, w + from, len);
    return len;
  };
  if (a == b) return 0;
  // "@crypt0king" is a handle, "info@bank4you.com" an address: both are contacts, kept as written.
  const bool handle = chars[a].cls == Cls::At && !(a + 1 < b && isCyrillic(chars[a + 1].cp));
  if (letters < 2 || ascii_alnum > kMaxAsciiAlnum || (at && before_dot) || handle) return raw();

  // Can the run chars[i, j) of non-letters fold, and is it between letters?
  struct Run {
    bool foldable;
    bool inner;
    bool digits_only;
    bool cyrillic;
    bool at_only;
  };
  const auto runAt = [&](size_t i, size_t j) {
    Run r{true, i > a && j < b, true, false, true};
    const Char* neighbour = i > a ? &chars[i - 1] : (j < b ? &chars[j] : nullptr);
    r.cyrillic = neighbour != nullptr && isCyrillic(neighbour->cp);
    uint8_t scratch[2];
    for (size_t k = i; k < j; ++k) {
      const Char& c = chars[k];
      if (c.cls != Cls::Digit) r.digits_only = false;
      if (c.cls != Cls::At) r.at_only = false;
      if (c.cls == Cls::Symbol) continue;
      if (c.cls == Cls::Bitcoin) continue;
      if (foldedLetter(static_cast<uint8_t>(c.cp), r.cyrillic, scratch) == 0) r.foldable = false;
    }
    const size_t len = j - i;
    if (len > (r.inner ? kMaxInnerRun : kMaxEdgeRun)) r.foldable = false;
    return r;
  };
  const auto runEnd = [&](size_t i) {
    while (i < b && chars[i].cls != Cls::Letter) ++i;
    return i;
  };

  bool leet_word = false;
  for (size_t i = a; i < b;) {
    if (chars[i].cls == Cls::Letter) {
      ++i;
      continue;
    }
    const size_t j = runEnd(i);
    const Run r = runAt(i, j);
    if (r.inner && r.foldable) leet_word = true;
    i = j;
  }

  size_t n = 0;
  for (size_t i = a; i < b;) {
    const Char& c = chars[i];
    if (c.cls == Cls::Letter) {
      std::memcpy(out + n, w + c.off, c.len);
      n += c.len;
      ++i;
      continue;
    }
    const size_t j = runEnd(i);
    const Run r = runAt(i, j);
    // "₿itcoin": a leading bitcoin sign before a letter is its first letter.
    const bool bitcoin_initial = i == a && j == a + 1 && j < b && c.cls == Cls::Bitcoin;
    // "Карт@", "@нықталды": an '@' at the edge of a Cyrillic word is its "а" (no address or handle is Cyrillic).
    const bool fold = r.foldable && (r.inner || (leet_word && r.digits_only) || (r.cyrillic && r.at_only));
    for (size_t k = i; k < j; ++k) {
      const Char& d = chars[k];
      if (bitcoin_initial) {
        if (r.cyrillic) {
          out[n++] = 0xD0;  // б
          out[n++] = 0xB1;
        } else {
          out[n++] = 'b';
        }
      } else if (!fold) {
        std::memcpy(out + n, w + d.off, d.len);
        n += d.len;
      } else if (!r.cyrillic && d.cp == '1') {
        out[n++] = oneAs(chars, k, a, b);
      } else if (d.cls != Cls::Symbol && d.cls != Cls::Bitcoin) {
        n += foldedLetter(static_cast<uint8_t>(d.cp), r.cyrillic, out + n);
      }
    }
    i = j;
  }
  return n;
}

}  // namespace

bool isLeetCharacter(uint8_t b) {
  uint8_t scratch[2];
  return foldedLetter(b, false, scratch) != 0 || foldedLetter(b, true, scratch) != 0;
}

size_t LeetFold::endWord(uint8_t* out, uint8_t next) {
  const size_t len = word_len_;
  word_len_ = 0;
  if (len == 0) return 0;
  if (!suspect_) {
    std::memcpy(out, word_, len);
    return len;
  }
  suspect_ = false;
  Char chars[kMaxWord];
  size_t count = 0;
  for (size_t i = 0; i < len;) {
    chars[count] = decode(word_, i, len);
    i += chars[count].len;
    ++count;
  }
  size_t n = 0;
  size_t a = 0;
  for (size_t k = 0; k <= count; ++k) {
    if (k < count && chars[k].cls != Cls::Other) continue;
    n += foldSegment(word_, chars, a, k, k == count && next == '.', out + n);
    if (k < count) {
      std::memcpy(out + n, word_ + chars[k].off, chars[k].len);
      n += chars[k].len;
    }
    a = k + 1;
  }
  return n;
}

size_t LeetFold::step(ByteSpan& in, uint8_t* out, size_t cap) {
  size_t n = 0;
  size_t i = 0;
  for (; i < in.size() && n + kMinStep <= cap; ++i) {
    // Fast path: most text is plain words and the bytes between them; they move in one copy.
    if (word_len_ == 0 && !overlong_) {
      const size_t run = plainRun(in.subspan(i), cap - n - kMinStep, kMaxWord);
      std::memcpy(out + n, in.data() + i, run);
      n += run;
      i += run;
      if (i == in.size() || n + kMinStep > cap) break;
    }
    const uint8_t b = in[i];
    if (isWordByte(b)) {
      if (overlong_) {
        out[n++] = b;
        continue;
      }
      if (word_len_ == kMaxWord) {  // no disguised word is this long: the run passes as sent
        std::memcpy(out + n, word_, word_len_);
        n += word_len_;
        word_len_ = 0;
        suspect_ = false;
        overlong_ = true;
        out[n++] = b;
        continue;
      }
      word_[word_len_++] = b;
      if (isSuspect(b)) suspect_ = true;
      continue;
    }
    overlong_ = false;
    n += endWord(out + n, b);
    out[n++] = b;
  }
  in = in.subspan(i);
  return n;
}

}  // namespace tapwatch

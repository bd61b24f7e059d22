#include "detect/case_fold.h"

#include <hs.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace tapwatch {
namespace {

// Direct tables for ASCII and the two-byte range (Latin, Greek, Cyrillic:
// the letters the packs use); three-byte characters search the pairs.
struct FoldTables {
  std::array<uint8_t, 128> ascii{};
  std::array<uint16_t, 0x800> two{};    // U+0080..U+07FF -> fold
  const CaseFoldPair* three = nullptr;  // pairs from U+0800 on
  size_t three_count = 0;

  FoldTables() {
    for (size_t c = 0; c < ascii.size(); ++c) ascii[c] = static_cast<uint8_t>(c);
    for (size_t c = 0; c < two.size(); ++c) two[c] = static_cast<uint16_t>(c);
    for (size_t i = 0; i < kCaseFoldPairCount; ++i) {
      const CaseFoldPair& p = kCaseFoldPairs[i];
      if (p.from < 0x80) ascii[p.from] = static_cast<uint8_t>(p.to);
      else if (p.from < 0x800) two[p.from] = static_cast<uint16_t>(p.to);
      else if (!three) three = &p, three_count = kCaseFoldPairCount - i;
    }
    // After the case pairs: Ә folds to а, not to ә.
    for (size_t i = 0; i < kKeyboardFoldPairCount; ++i)
      two[kKeyboardFoldPairs[i].from] = static_cast<uint16_t>(kKeyboardFoldPairs[i].to);
  }
};

// Every (character, fold) pair: the case pairs, then the keyboard pairs. A
// capital with both (Ә) appears twice, with its case fold and its final fold;
// callers use `to` as "a character the folded text can hold".
template <typename Visit>
void forEachFoldPair(Visit&& visit) {
  for (size_t i = 0; i < kCaseFoldPairCount; ++i) visit(kCaseFoldPairs[i]);
  for (size_t i = 0; i < kKeyboardFoldPairCount; ++i) visit(kKeyboardFoldPairs[i]);
}

const FoldTables& tables() {
  static const FoldTables t;
  return t;
}

uint32_t foldThree(const FoldTables& t, uint32_t cp) {
  const CaseFoldPair* end = t.three + t.three_count;
  const CaseFoldPair* it =
      std::lower_bound(t.three, end, cp, [](const CaseFoldPair& p, uint32_t c) { return p.from < c; });
  return it != end && it->from == cp ? it->to : cp;
}

bool isCont(uint8_t c) { return (c & 0xC0) == 0x80; }

// A code point some other character folds to (it has an upper-case partner).
bool isFoldTarget(uint32_t cp) {
  bool target = false;
  forEachFoldPair([&](const CaseFoldPair& p) { target = target || p.to == cp; });
  return target;
}

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void appendHexCodepoint(std::string& out, uint32_t cp) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (cp < 0x80) {  // \xHH means the same byte in either mode
    out += "\\x";
    out += kHex[cp >> 4];
    out += kHex[cp & 0xF];
    return;
  }
  out += "\\x{";
  bool started = false;
  for (int shift = 20; shift >= 0; shift -= 4) {
    const unsigned d = (cp >> shift) & 0xF;
    if (d == 0 && !started && shift > 0) continue;
    started = true;
    out += kHex[d];
  }
  out += '}';
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the regex text character by character (UTF-8 decoded in UTF-8 mode).
class Rewriter {
 public:
  Rewriter(std::string_view regex, unsigned flags) : re_(regex), utf8_((flags & HS_FLAG_UTF8) != 0) {}

  std::optional<std::string> run() {
    out_.reserve(re_.size() + 16);
    while (pos_ < re_.size()) {
      const char c = re_[pos_];
      if (!high_bytes_.empty() && !(c == '\\' && pos_ + 1 < re_.size() && re_[pos_ + 1] == 'x') && !highBytesCaseFree())
        return std::nullopt;
      if (c == '\\') {
        if (!escapeOutside()) return std::nullopt;
      } else if (c == '[') {
        if (!charClass()) return std::nullopt;
      } else if (c == '(' && pos_ + 1 < re_.size() && re_[pos_ + 1] == '?') {
        if (pos_ + 2 >= re_.size() || re_[pos_ + 2] != ':') return std::nullopt;  // inline flags, lookaround
        out_ += "(?:";
        pos_ += 3;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        uint32_t cp = 0;
        if (!highChar(cp)) return std::nullopt;
        if (utf8_) appendUtf8(out_, foldCodepoint(cp));
      } else {
        out_ += static_cast<char>(foldCodepoint(static_cast<unsigned char>(c)));
        ++pos_;
      }
    }
    if (!high_bytes_.empty() && !highBytesCaseFree()) return std::nullopt;
    return std::move(out_);
  }

 private:
  // A non-ASCII character at pos_. UTF-8 mode: decoded. Byte mode: copied, and
  // refused if it could be a case-folded letter (byte mode does not fold it, the text would be).
  bool highChar(uint32_t& cp) {
    const auto b = static_cast<unsigned char>(re_[pos_]);
    size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (n == 1 || pos_ + n > re_.size()) return false;
    cp = b & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) {
      const auto cc = static_cast<unsigned char>(re_[pos_ + k]);
      if (!isCont(cc)) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!utf8_) {  // byte mode: copied; case-free characters only
      if (foldCodepoint(cp) != cp || isFoldTarget(cp)) return false;
      out_.append(re_.substr(pos_, n));
    }
    pos_ += n;
    return true;
  }

  // \xHH or \x{H...} at pos_ (pointing at the backslash): the code point (byte in byte mode).
  bool hexEscape(uint32_t& cp, size_t& len) {
    size_t i = pos_ + 2;
    cp = 0;
    if (i < re_.size() && re_[i] == '{') {
      const size_t close = re_.find('}', i);
      if (close == std::string_view::npos || close == i + 1) return false;
      for (size_t k = i + 1; k < close; ++k) {
        const int v = hexValue(re_[k]);
        if (v < 0 || cp > 0x10FFFF) return false;
        cp = cp * 16 + static_cast<uint32_t>(v);
      }
      len = close + 1 - pos_;
      return true;
    }
    size_t k = i;
    for (; k < re_.size() && k < i + 2 && hexValue(re_[k]) >= 0; ++k)
      cp = cp * 16 + static_cast<uint32_t>(hexValue(re_[k]));
    if (k == i) return false;
    len = k - pos_;
    return true;
  }

  // Emits the fold of an escaped code point. Byte mode: a high byte is copied
  // and checked with its neighbours (highBytesCaseFree).
  bool foldedHex(uint32_t cp, size_t len, std::string& out) {
    if (!utf8_ && cp >= 0x80) {
      if (cp > 0xFF) return false;
      high_bytes_ += static_cast<char>(cp);
      out.append(re_.substr(pos_, len));
      return true;
    }
    appendHexCodepoint(out, foldCodepoint(cp));
    return true;
  }

  // Byte mode: the high bytes written in a row (\xe2\x82\xac) must spell
  // characters the fold leaves alone and never produces (the folded text
  // would otherwise hold other bytes where they match).
  bool highBytesCaseFree() {
    const std::string_view s = high_bytes_;
    for (size_t i = 0; i < s.size();) {
      const auto b = static_cast<unsigned char>(s[i]);
      const size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
      if (n == 0 || i + n > s.size()) return false;
      uint32_t cp = b & (0xFF >> (n + 1));
      for (size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if (!isCont(cc)) return false;
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (foldCodepoint(cp) != cp || isFoldTarget(cp)) return false;
      i += n;
    }
    high_bytes_.clear();
    return true;
  }

  static bool caseFreeEscape(char e) {
    // Classes and assertions that are the same in either case, and control characters.
    return std::string_view("bBsSwWdDhHvVAzZntrfea").find(e) != std::string_view::npos;
  }

  bool propertyOk(size_t& len) {
    // \p{Name} / \P{Name}: refused for the properties that name a case.
    const size_t open = pos_ + 2;
    if (open >= re_.size() || re_[open] != '{') return false;
    const size_t close = re_.find('}', open);
    if (close == std::string_view::npos) return false;
    std::string_view name = re_.substr(open + 1, close - open - 1);
    if (!name.empty() && name[0] == '^') name.remove_prefix(1);
    if (name == "Lu" || name == "Ll" || name == "Lt" || name == "L&" || name == "Lc") return false;
    len = close + 1 - pos_;
    return true;
  }

  bool escapeOutside() {
    if (pos_ + 1 >= re_.size()) return false;
    const char e = re_[pos_ + 1];
    size_t len = 2;
    if (e == 'x') {
      uint32_t cp = 0;
      if (!hexEscape(cp, len) || !foldedHex(cp, len, out_)) return false;
      pos_ += len;
      return true;
    }
    if (e == 'p' || e == 'P') {
      if (!propertyOk(len)) return false;
    } else if (!caseFreeEscape(e) &&
               (isalnum(static_cast<unsigned char>(e)) || static_cast<unsigned char>(e) >= 0x80)) {
      return false;  // back references, \Q, \c, \g, \k, ...: not rewritten
    }
    out_.append(re_.substr(pos_, len));
    pos_ += len;
    return true;
  }

  // One class member at pos_ inside [...]: a code point (or a case-free escape: `single` false).
  bool classAtom(uint32_t& cp, bool& single) {
    single = true;
    const char c = re_[pos_];
    if (c == '\\') {
      if (pos_ + 1 >= re_.size()) return false;
      const char e = re_[pos_ + 1];
      size_t len = 2;
      if (e == 'x') {
        if (!hexEscape(cp, len)) return false;
        if (!utf8_ && cp >= 0x80) return false;
      } else if (e == 'p' || e == 'P') {
        if (!propertyOk(len)) return false;
        single = false;
      } else if (caseFreeEscape(e)) {
        // \n \t \r \f \e \a are characters (range ends); \s \w \d ... are sets closed under case.
        single = e == 'n' || e == 't' || e == 'r' || e == 'f' || e == 'e' || e == 'a';
        cp = e == 'n' ? 0x0A : e == 't' ? 0x09 : e == 'r' ? 0x0D : e == 'f' ? 0x0C : e == 'e' ? 0x1B : 0x07;
      } else if (isalnum(static_cast<unsigned char>(e)) || static_cast<unsigned char>(e) >= 0x80) {
        return false;
      } else {
        cp = static_cast<unsigned char>(e);
      }
      pos_ += len;
      return true;
    }
    if (c == '[' && pos_ + 1 < re_.size() && (re_[pos_ + 1] == ':' || re_[pos_ + 1] == '.' || re_[pos_ + 1] == '='))
      return false;  // POSIX classes
    if (static_cast<unsigned char>(c) >= 0x80) {
      const size_t at = out_.size();
      if (!highChar(cp)) return false;
      out_.resize(at);  // the class body is copied verbatim by charClass
      if (!utf8_) single = false;
      return true;
    }
    cp = static_cast<unsigned char>(c);
    ++pos_;
    return true;
  }

  // [...]: copied as written, plus the folds of its members (a member's fold
  // is what the folded text holds where the original had the member).
  bool charClass() {
    const size_t start = pos_;
    ++pos_;
    if (pos_ < re_.size() && re_[pos_] == '^') ++pos_;
    const size_t body = pos_;
    std::vector<uint32_t> extra;
    bool first = true;
    while (pos_ < re_.size() && (re_[pos_] != ']' || first)) {
      first = false;
      uint32_t lo = 0;
      bool single = false;
      if (!classAtom(lo, single)) return false;
      uint32_t hi = lo;
      if (single && pos_ + 1 < re_.size() && re_[pos_] == '-' && re_[pos_ + 1] != ']') {
        ++pos_;
        bool single_hi = false;
        if (!classAtom(hi, single_hi) || !single_hi || hi < lo) return false;
      }
      if (!single) continue;
      if (hi - lo > 0x10FFFF) return false;
      forEachFoldPair([&](const CaseFoldPair& p) {
        // The member's final fold: Ә's case pair names ә, which folds on to а.
        const uint32_t to = foldCodepoint(p.to);
        if (p.from >= lo && p.from <= hi && !(to >= lo && to <= hi) && (utf8_ || to < 0x80)) extra.push_back(to);
      });
    }
    if (pos_ >= re_.size()) return false;
    const size_t end = pos_;  // at ']'
    ++pos_;
    std::sort(extra.begin(), extra.end());
    extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
    out_.append(re_.substr(start, body - start));
    out_.append(re_.substr(body, end - body));
    for (uint32_t cp : extra) appendHexCodepoint(out_, cp);
    out_ += ']';
    return true;
  }

  std::string_view re_;
  bool utf8_;
  size_t pos_ = 0;
  std::string out_;
  std::string high_bytes_;  // byte mode: escaped high bytes in a row, not yet checked
};

}  // namespace

uint32_t foldCodepoint(uint32_t cp) {
  const FoldTables& t = tables();
  if (cp < 0x80) return t.ascii[cp];
  if (cp < 0x800) return t.two[cp];
  if (cp < 0x10000) return foldThree(t, cp);
  return cp;
}

void foldText(const uint8_t* in, size_t n, uint8_t* out) {
  const FoldTables& t = tables();
  size_t i = 0;
  while (i < n) {
    const uint8_t c = in[i];
    if (c < 0x80) {
      out[i] = t.ascii[c];
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF && i + 1 < n && isCont(in[i + 1])) {
      const uint32_t f = t.two[((c & 0x1Fu) << 6) | (in[i + 1] & 0x3Fu)];
      out[i] = static_cast<uint8_t>(0xC0 | (f >> 6));
      out[i + 1] = static_cast<uint8_t>(0x80 | (f & 0x3F));
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF && i + 2 < n && isCont(in[i + 1]) && isCont(in[i + 2])) {
      const uint32_t cp = ((c & 0x0Fu) << 12) | ((in[i + 1] & 0x3Fu) << 6) | (in[i + 2] & 0x3Fu);
      const uint32_t f = cp >= 0x800 ? foldThree(t, cp) : cp;  // no overlong forms
      out[i] = static_cast<uint8_t>(0xE0 | (f >> 12));
      out[i + 1] = static_cast<uint8_t>(0x80 | ((f >> 6) & 0x3F));
      out[i + 2] = static_cast<uint8_t>(0x80 | (f & 0x3F));
      i += 3;
    } else {
      out[i] = c;  // four-byte characters (no same-length folds), invalid or cut-off bytes
      ++i;
    }
  }
}

std::optional<std::string> foldExpression(std::string_view regex, unsigned hs_flags) {
  return Rewriter(regex, hs_flags).run();
}

bool hasCaselessNonAsciiLetter(std::string_view regex, unsigned hs_flags) {
  if (!(hs_flags & HS_FLAG_CASELESS) || !(hs_flags & HS_FLAG_UTF8)) return false;
  for (size_t i = 0; i < regex.size(); ++i) {
    const auto b = static_cast<unsigned char>(regex[i]);
    if (b < 0xC0) continue;
    const size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (i + n > regex.size()) return false;
    uint32_t cp = b & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(regex[i + k]) & 0x3F);
    if (foldCodepoint(cp) != cp || isFoldTarget(cp)) return true;
    i += n - 1;
  }
  return false;
}

}  // namespace tapwatch

#include "protocols/letter_joiner.h"

#include <array>
#include <cstring>

#include "protocols/leet_fold.h"
#include "protocols/script_letters.h"

namespace tapwatch {
namespace {

// Bits [from, from + len) of a mask over held_.
uint64_t bits(size_t from, size_t len) { return (len >= 64 ? ~uint64_t{0} : ((uint64_t{1} << len) - 1)) << from; }

constexpr size_t kMinLetters = 4;    // "e.g.", "U.S.A." and "и в" are shorter
constexpr size_t kMinWordChars = 3;  // one spelled word at least: "a-b c-d" is none

enum class Kind : uint8_t {
  Incomplete,  // a UTF-8 sequence cut by the end of what is held
  Letter,
  Leet,     // a digit, '@' or '$' that LeetFold reads as a letter
  Word,     // another digit: glues to a neighbour like a letter, never spells
  NonWord,  // spaces, punctuation, symbols
};

constexpr bool isAsciiDigitByte(uint8_t b) { return b >= '0' && b <= '9'; }

// A byte after which a letter starts a word (so it may start a spelled run).
constexpr bool endsWordSlow(uint8_t b) {
  return !(b >= 0x80 || isAsciiLetterByte(b) || isAsciiDigitByte(b) || b == '@' || b == '$');
}

// Per byte, for the fast path: kEnds ends a word, kStarts may start a run (an ASCII letter or a UTF-8 lead byte),
// kStops is looked at one by one (a line break, the wide-gap marker).
constexpr uint8_t kEnds = 1, kStarts = 2, kStops = 4;
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const auto c = static_cast<uint8_t>(b);
    t[b] = static_cast<uint8_t>((endsWordSlow(c) ? kEnds : 0) | (isAsciiLetterByte(c) || c >= 0xC0 ? kStarts : 0) |
                                (c == '\n' || c == LetterJoiner::kWideGap ? kStops : 0));
  }
  return t;
}();

bool endsWord(uint8_t b) { return (kByteClass[b] & kEnds) != 0; }

bool isSpace(uint8_t b) { return b == ' ' || b == LetterJoiner::kWideGap; }

Kind kindAt(const uint8_t* h, size_t n, size_t p, size_t& len) {
  len = 1;
  const uint8_t b = h[p];
  if (b < 0x80) {
    if (isAsciiLetterByte(b)) return Kind::Letter;
    if (isLeetCharacter(b)) return Kind::Leet;
    return isAsciiDigitByte(b) ? Kind::Word : Kind::NonWord;
  }
  const Utf8Char c = utf8CharAt(h + p, n - p);
  if (c.len == 0) return Kind::Incomplete;
  len = c.len;
  return isScriptLetter(c.cp) ? Kind::Letter : Kind::NonWord;
}

// The separator character at h[p]: '.', '-', '_', '*' or U+00B7. Its length, 0 if more bytes are needed, -1 if none.
int separatorCharAt(const uint8_t* h, size_t n, size_t p) {
  if (p >= n) return 0;
  const uint8_t b = h[p];
  if (b == '.' || b == '-' || b == '_' || b == '*') return 1;
  if (b != 0xC2) return -1;
  if (p + 1 >= n) return 0;
  return h[p + 1] == 0xB7 ? 2 : -1;
}

// Which separator a run uses, for keeping one run of each: ' ' 1, '.' 2, '-' 3, '_' 4, '*' 5, U+00B7 6; with a
// space on each side 6 more.
uint8_t separatorKind(const uint8_t* sep, size_t len) {
  const bool spaced = len >= 3;
  const uint8_t c = spaced ? sep[1] : sep[0];
  const uint8_t kind = c == ' ' || c == LetterJoiner::kWideGap ? 1
                       : c == '.'                              ? 2
                       : c == '-'                              ? 3
                       : c == '_'                              ? 4
                       : c == '*'                              ? 5
                                                               : 6;
  return static_cast<uint8_t>(spaced ? kind + 6 : kind);
}

// Whether the character that starts with `b` (its other bytes from in[i]) is followed in `in` by a byte that
// rules out a run: a letter or digit glued to it, or a non-ASCII character other than U+00B7 (a separator is
// ASCII or U+00B7). Most words are read this way without being held.
bool gluedInInput(uint8_t b, ByteSpan in, size_t i) {
  const size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  const size_t next = i + len - 1;
  if (next >= in.size()) return false;
  const uint8_t c = in[next];
  return c >= 0x80 ? c != 0xC2 : !endsWord(c);
}

}  // namespace

// Scans held_ for a spelled run starting at its first byte; marks the run's bytes in letters_ and gaps_.
LetterJoiner::Scan LetterJoiner::scan(bool final) {
  Scan r;
  const uint8_t* h = held_;
  const size_t n = held_len_;
  size_t len = 0;
  const Kind first = kindAt(h, n, 0, len);
  if (first == Kind::Incomplete && !final) return r;
  r.complete = true;
  if (first != Kind::Letter) {
    // A symbol or a cut sequence passes as it came; like any non-ASCII byte in passByte, it ends no word.
    r.end = first == Kind::Incomplete ? n : len;
    return r;
  }
  r.end = len;
  letters_ = bits(0, len);
  gaps_ = 0;
  // Whether the character ending at q is glued to a letter or digit after it: 1 yes, 0 no, -1 unknown yet.
  const auto glued = [&](size_t q) {
    if (q >= n) return final ? 0 : -1;
    size_t l = 0;
    const Kind k = kindAt(h, n, q, l);
    if (k == Kind::Incomplete) return final ? 0 : -1;
    return k == Kind::NonWord ? 0 : 1;
  };
  const int g0 = glued(len);
  if (g0 < 0) {
    r.complete = false;
    return r;
  }
  if (g0 == 1) return r;  // an ordinary word's first letter

  uint8_t sep[4] = {};
  size_t sep_len = 0;
  size_t letters = 1;
  size_t leet = 0;
  size_t word_chars = 1;
  struct {
    size_t end, letters, leet;
  } before_word{0, 0, 0};     // the run up to the last gap
  bool spelled_word = false;  // some spelled word has kMinWordChars characters or more
  for (;;) {
    const size_t q = r.end;
    // The separator or gap after the last character: its length, whether it is a gap; 0 = need more, -1 = none.
    bool gap = false;
    int sl = -1;
    uint8_t cand[4] = {};
    size_t cand_len = 0;
    if (q >= n) {
      sl = 0;
    } else if (isSpace(h[q])) {
      if (q + 1 >= n) {
        sl = 0;
      } else if (h[q + 1] == '/') {
        sl = q + 2 >= n ? 0 : isSpace(h[q + 2]) ? 3 : -1;
        gap = sl == 3;
      } else {
        const int xl = separatorCharAt(h, n, q + 1);
        if (xl == 0 || (xl > 0 && q + 1 + static_cast<size_t>(xl) >= n)) {
          sl = 0;
        } else if (xl > 0 && h[q + 1 + xl] == ' ') {  // " . ": a separator with a space on each side
          cand[0] = ' ';
          std::memcpy(cand + 1, h + q + 1, static_cast<size_t>(xl));
          cand[1 + xl] = ' ';
          cand_len = 2 + static_cast<size_t>(xl);
        } else if (h[q] == kWideGap && sep_len > 0 && sep[0] != kWideGap) {
          sl = 1;  // a wide gap between letters spelled with spaces or marks
          gap = true;
        } else {
          cand[0] = h[q];  // a space, or wide gaps between all letters ("B  I  T  C  O  I  N")
          cand_len = 1;
        }
      }
    } else {
      const int xl = separatorCharAt(h, n, q);
      if (xl == 0) {
        sl = 0;
      } else if (xl > 0) {
        std::memcpy(cand, h + q, static_cast<size_t>(xl));
        cand_len = static_cast<size_t>(xl);
      }
    }
    if (cand_len > 0) {
      if (sep_len == 0 || (sep_len == cand_len && std::memcmp(sep, cand, cand_len) == 0)) {
        sl = static_cast<int>(cand_len);
      } else if (cand_len == 1 && cand[0] == ' ' && sep[0] != ' ' && sep[0] != kWideGap) {
        sl = 1;  // "G.E.W.O.N.N.E.N S.I.E": a space between words spelled with dots
        gap = true;
      }
    }
    bool need_more = sl == 0;
    size_t c_len = 0;
    Kind k = Kind::NonWord;
    if (sl > 0) {
      const size_t c = q + static_cast<size_t>(sl);
      if (c >= n) {
        need_more = true;
      } else {
        k = kindAt(h, n, c, c_len);
        if (k == Kind::Incomplete) {
          need_more = true;
        } else if (k == Kind::Letter || k == Kind::Leet) {
          const int g = glued(c + c_len);
          if (g < 0) need_more = true;
          if (g != 0) k = Kind::NonWord;  // "B I T now": the 'n' starts a word, the run ended at 'T'
        }
      }
    }
    if (need_more && !final) {
      r.complete = false;
      return r;
    }
    if (need_more || sl < 0 || (k != Kind::Letter && k != Kind::Leet)) break;
    // The character is the run's next one.
    if (!gap && sep_len == 0) {
      std::memcpy(sep, cand, cand_len);
      sep_len = cand_len;
      r.sep_kind = separatorKind(sep, sep_len);
    }
    if (gap) gaps_ |= bits(q, 1);
    if (gap) {
      before_word = {r.end, letters, leet};
    }
    const size_t c = q + static_cast<size_t>(sl);
    letters_ |= bits(c, c_len);
    r.end = c + c_len;
    if (k == Kind::Letter) ++letters;
    else ++leet;
    word_chars = gap ? 1 : word_chars + 1;
    if (word_chars >= kMinWordChars) spelled_word = true;
  }
  if (word_chars == 1 && before_word.end > 0) {
    // A single character after a gap is no spelled word ("P_A_Y f . u . n . d"): the run ends before it.
    r.end = before_word.end;
    letters = before_word.letters;
    leet = before_word.leet;
  }
  r.valid = spelled_word && letters >= kMinLetters && letters > leet;
  if (!r.valid) r.end = len;  // only the first character passes: a run may start at the next one ("x f . u . n . d")
  return r;
}

size_t LetterJoiner::passByte(uint8_t b, uint8_t* out) {
  size_t n = 0;
  if (b == '\n') {
    n += writeKept(out);
    line_start_ = true;
    prefix_len_ = 0;
  } else if (line_start_) {
    if ((b == '>' || b == ' ') && prefix_len_ < kMaxQuotePrefix) prefix_[prefix_len_++] = b;
    else line_start_ = false;
  }
  out[n++] = b == kWideGap ? ' ' : b;
  boundary_ = endsWord(b);
  return n;
}

// The held bytes end (or might: `final`): a joined run or the bytes as they came, the rest replayed.
size_t LetterJoiner::endHeld(uint8_t* out, bool final) {
  if (held_len_ == 0) return 0;
  const Scan s = scan(final);
  if (!s.complete) return 0;
  size_t n = 0;
  if (s.valid) {
    for (size_t i = 0; i < s.end; ++i) {
      if ((letters_ >> i) & 1u) out[n++] = held_[i];
      else if ((gaps_ >> i) & 1u) out[n++] = ' ';
    }
    // The run as sent, cut after a whole character when long; with its line's quote prefix.
    size_t keep = s.end;
    if (keep > kMaxKept) {
      keep = kMaxKept;
      while (keep > 0 && !(((letters_ >> (keep - 1)) & 1u) && !((letters_ >> keep) & 1u))) --keep;
    }
    const uint16_t bit = static_cast<uint16_t>(1u << s.sep_kind);
    if ((kept_kinds_ & bit) == 0 && kept_len_ + 1 + prefix_len_ + keep <= kMaxKeptLine) {
      kept_kinds_ |= bit;
      kept_[kept_len_++] = '\n';
      std::memcpy(kept_ + kept_len_, prefix_, prefix_len_);
      kept_len_ = static_cast<uint8_t>(kept_len_ + prefix_len_);
      for (size_t i = 0; i < keep; ++i) kept_[kept_len_++] = held_[i] == kWideGap ? ' ' : held_[i];
    }
  } else {
    for (size_t i = 0; i < s.end; ++i) out[n++] = held_[i] == kWideGap ? ' ' : held_[i];
  }
  line_start_ = false;
  boundary_ = !s.end_in_word;
  // What follows the run is looked at again (it may start the next one), before any byte not yet read.
  uint8_t rest[kMaxHeld];
  size_t rest_len = held_len_ - s.end;
  std::memcpy(rest, held_ + s.end, rest_len);
  const size_t pending = replay_len_ - replay_pos_;
  std::memcpy(rest + rest_len, replay_ + replay_pos_, pending);
  rest_len += pending;
  std::memcpy(replay_, rest, rest_len);
  replay_len_ = static_cast<uint8_t>(rest_len);
  replay_pos_ = 0;
  held_len_ = 0;
  return n;
}

size_t LetterJoiner::writeKept(uint8_t* out) {
  const size_t n = kept_len_;
  std::memcpy(out, kept_, n);
  kept_len_ = 0;
  return n;
}

size_t LetterJoiner::step(ByteSpan& in, uint8_t* out, size_t cap) {
  size_t n = 0;
  size_t i = 0;
  while (n + kMinStep <= cap) {
    uint8_t b = 0;
    const bool replayed = replay_pos_ < replay_len_;
    if (replayed) {
      b = replay_[replay_pos_++];
    } else {
      replay_len_ = replay_pos_ = 0;
      if (i == in.size()) break;
      // Fast path: bytes that can start no run (most words, spaces, punctuation) pass in one copy, up to a
      // letter that may start one, a line break or a wide gap.
      if (held_len_ == 0 && !line_start_) {
        const size_t end = in.size() - i < cap - n - kMinStep ? in.size() : i + (cap - n - kMinStep);
        size_t k = i;
        bool boundary = boundary_;
        for (; k < end; ++k) {
          const uint8_t c = in[k];
          const uint8_t cls = kByteClass[c];
          if ((cls & kStops) != 0) break;
          if (boundary && (cls & kStarts) != 0 && !gluedInInput(c, in, k + 1)) break;
          boundary = (cls & kEnds) != 0;
        }
        std::memcpy(out + n, in.data() + i, k - i);
        n += k - i;
        i = k;
        boundary_ = boundary;
        if (i == in.size() || n + kMinStep > cap) break;
      }
      b = in[i++];
    }
    if (held_len_ == 0) {
      if (boundary_ && (isAsciiLetterByte(b) || b >= 0xC0) && (replayed || !gluedInInput(b, in, i))) {
        held_[held_len_++] = b;
        line_start_ = false;
      } else {
        n += passByte(b, out + n);
      }
      continue;
    }
    held_[held_len_++] = b;
    n += endHeld(out + n, held_len_ == kMaxHeld);
  }
  if (replay_pos_ >= replay_len_) replay_len_ = replay_pos_ = 0;
  in = in.subspan(i);
  return n;
}

}  // namespace tapwatch

#pragma once
// LeetFold: undoes the letter-for-digit ("b1tc0in", "p@55w0rd", "д0ставка")
// and symbol-inside-a-word ("bit💰coin", "₿itcoin") disguises in body text, the
// last stage of HtmlText (the `*_text` fields). Spam filters fold leet before
// matching; the scam packs' word lists then need no digit classes.
//
// Only words that are evidently disguised change, so numbers, amounts,
// addresses and codes stay as sent:
// - a word is a run of letters, digits, '@', '$' and symbols between other
//   characters (spaces, punctuation); its leet characters are
//   0 1 3 4 5 7 8 9 @ $ next to Latin letters (o i e a s t b g a s) and
//   0 3 4 6 @ next to Cyrillic ones (о е ч б а);
// - a run of up to 4 leet characters or symbols with a letter on both sides
//   is folded (symbols dropped); only then, in that word, leading and
//   trailing runs of leet digits fold too ("w4ll37" -> "wallet"). A word with
//   digits only at its edges ("web3", "covid19", "100usd", "10am") stays;
// - words with more than 24 ASCII letters and digits stay (wallet addresses,
//   hashes, tokens), as do words with fewer than two letters, words
//   containing '@' that a '.' follows (mail addresses), words starting with
//   '@' (handles), and '@'/'$' at a word's edge (prices);
// - '₿' before a letter is a 'b' (б before Cyrillic).
//
// Streaming: a word is held (at most kMaxWord bytes; a longer run passes as
// it is) until the byte after it arrives. No heap. Worker thread only.
#include <cstddef>
#include <cstdint>

#include "common/bytes.h"

namespace tapwatch {

// A character LeetFold reads as a letter in some script ("0134579@$8", Cyrillic "6").
bool isLeetCharacter(uint8_t b);

class LeetFold {
 public:
  static constexpr size_t kMaxWord = 64;

  void reset() { *this = LeetFold{}; }

  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    uint8_t buf[kOutBuffer];
    while (!in.empty()) {
      const size_t n = step(in, buf, sizeof buf);
      if (n > 0) emit(ByteSpan(buf, n));
    }
  }
  // The text ended: the held word comes out (folded as far as it is known).
  template <typename Emit>
  void finish(Emit&& emit) {
    uint8_t buf[2 * kMaxWord];
    const size_t n = endWord(buf, 0);
    if (n > 0) emit(ByteSpan(buf, n));
    reset();
  }

  // Writes folded bytes for a prefix of `in` into out[0, cap) and advances
  // `in` past what it consumed. cap >= kMinStep.
  size_t step(ByteSpan& in, uint8_t* out, size_t cap);

  static constexpr size_t kOutBuffer = 1024;
  static constexpr size_t kMinStep = 2 * kMaxWord + 8;

 private:
  // The held word ends; `next` is the byte after it (0 at the end). Writes <= 2 * kMaxWord bytes.
  size_t endWord(uint8_t* out, uint8_t next);

  uint8_t word_[kMaxWord] = {};
  uint8_t word_len_ = 0;
  bool suspect_ = false;   // the held word has a digit, '@', '$' or a possible symbol: worth folding
  bool overlong_ = false;  // the current run outgrew word_: it passes unchanged to its end
};

}  // namespace tapwatch

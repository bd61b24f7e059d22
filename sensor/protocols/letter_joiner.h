#pragma once
// LetterJoiner: joins words spelled out letter by letter ("B I T C O I N",
// "G.E.W.O.N.N.E.N", "w-i-n-n-e-r", "f . u . n . d", "P_A_Y_M_E_N_T") into
// the words a reader reads ("BITCOIN"), a stage of HtmlText between its
// markup step and LeetFold (the `*_text` fields). Spam writes keywords that
// way so word lists miss them; the reader's eye joins the letters anyway.
//
// A spelled run is >= 4 single characters (a character with no letter or
// digit right before or after it) of any script, separated by ONE consistent
// separator: a space, '.', '-', '_', '*', U+00B7 '·', or one of those five
// with a space on each side. The first character is a letter; leet
// characters (digits, '@', '$') may stand between once letters dominate
// (more letters than them), so "B 1 T C 0 1 N" joins and LeetFold
// then reads it. Between spelled WORDS a wider gap, " / " or (when the
// separator is no space) a single space becomes one space: "Y O U  H A V E
// W O N" -> "YOU HAVE WON"; wide gaps between ALL letters are the separator
// themselves ("B  I  T  C  O  I  N"). At least one spelled word has three characters.
// Legitimate text stays: abbreviations ("e.g.", "U.S.") are shorter than
// four letters, single-letter words of Russian or Uzbek ("и в", "a") stand
// between longer words; an option list or a math expression that joins is
// at most odd, never a scam word.
//
// The `obfuscated` indicator of the scam packs scores spelled letters as a
// sign of disguise. So that it still sees them, the first run of a body with
// each separator (" ", ".", " . ", "·", ...) is also written as it was sent
// (up to kMaxKept bytes), on a line of its own after the line it stands on,
// with that line's quote prefix ("> "): quoted text stays quoted for OwnText.
// One per separator, because the indicator reads some separators and not
// others.
//
// Wide gaps: HtmlText collapses whitespace, so it writes kWideGap (a byte it
// never passes through from the body) for a run of whitespace a reader sees
// as wider than one space; LetterJoiner writes every kWideGap as a space, so
// the byte never leaves the pipeline.
//
// Streaming: a possible run is held (at most kMaxHeld bytes; a longer one is
// joined in pieces) until the byte after it arrives. No heap. Worker thread only.
#include <cstddef>
#include <cstdint>

#include "common/bytes.h"

namespace tapwatch {

class LetterJoiner {
 public:
  static constexpr uint8_t kWideGap = 0x1F;    // ASCII unit separator: never text a reader sees
  static constexpr size_t kMaxHeld = 64;       // one bit per held byte in letters_ and gaps_
  static constexpr size_t kMaxKept = 48;       // bytes of one kept run
  static constexpr size_t kMaxKeptLine = 112;  // kept runs of one line, with their line breaks and prefixes
  static constexpr size_t kMaxQuotePrefix = 8;

  void reset() { *this = LetterJoiner{}; }

  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    uint8_t buf[kOutBuffer];
    while (!in.empty() || replay_len_ > 0) {
      const size_t n = step(in, buf, sizeof buf);
      if (n > 0) emit(ByteSpan(buf, n));
    }
  }
  // The text ended: the held bytes come out (joined if they are a run), then the kept run.
  template <typename Emit>
  void finish(Emit&& emit) {
    uint8_t buf[kOutBuffer];
    do {  // each round ends what is held; what follows a run is looked at again
      size_t n = endHeld(buf, true);
      ByteSpan none;
      if (replay_len_ > 0) n += step(none, buf + n, sizeof buf - n);
      if (n > 0) emit(ByteSpan(buf, n));
    } while (held_len_ > 0 || replay_len_ > 0);
    const size_t n = writeKept(buf);
    if (n > 0) emit(ByteSpan(buf, n));
    reset();
  }

  // Writes joined bytes for a prefix of `in` (and of bytes held back for a
  // second look) into out[0, cap) and advances `in`. cap >= kMinStep.
  size_t step(ByteSpan& in, uint8_t* out, size_t cap);

  static constexpr size_t kOutBuffer = 1024;
  static constexpr size_t kMinStep = 2 * kMaxHeld + kMaxKeptLine + 8;

 private:
  // What the scan of held_ found.
  struct Scan {
    bool complete = false;    // the run (or the absence of one) is known
    bool valid = false;       // held_[0, end) is a spelled run to join
    bool end_in_word = true;  // held_[end - 1] ends a letter (no run may start right after it)
    uint8_t sep_kind = 0;     // the run's separator: 1 + index in kSeparators, + kSpaced with spaces around
    size_t end = 0;           // bytes of held_ up to the run's last character (or the first character alone)
  };
  Scan scan(bool final);
  size_t passByte(uint8_t b, uint8_t* out);
  size_t endHeld(uint8_t* out, bool final);
  size_t writeKept(uint8_t* out);

  uint8_t held_[kMaxHeld] = {};
  uint8_t held_len_ = 0;
  // Scan: per held byte (bit i), a character of the run (kept when joined), the first byte of a gap (one space).
  uint64_t letters_ = 0;
  uint64_t gaps_ = 0;
  uint8_t replay_[kMaxHeld] = {};
  uint8_t replay_len_ = 0;
  uint8_t replay_pos_ = 0;
  bool boundary_ = true;  // the last byte written ends a word: a character here may start a run
  // The line's quote prefix ("> > "), collected at its start.
  uint8_t prefix_[kMaxQuotePrefix] = {};
  uint8_t prefix_len_ = 0;
  bool line_start_ = true;
  // The body's first run of each separator as sent ("\n" + prefix + run each), written at its line's end.
  uint8_t kept_[kMaxKeptLine] = {};
  uint8_t kept_len_ = 0;
  uint16_t kept_kinds_ = 0;  // bit per sep_kind: a run with that separator was kept
};

}  // namespace tapwatch

#pragma once
// OwnText: the lines of a body text that its sender wrote, for the `*_own_text`
// fields (smtp.body_own_text, http.request_body_own_text). A mailing list's
// ordinary traffic QUOTES other mail: a reply under "> Dear friend, I am a
// barrister ...", a post pasting the 419 someone received and asking how to
// filter it. The scam packs score a mail by what its sender says, so the
// words of a quoted letter must not count as the sender's (issue 17: 43 of 54
// false positives of the sixth batch were tech-list posts quoting a scam).
//
// Input: the normalised text of one body (HtmlText's output: one '\n' between
// lines, no leading blanks). Per line:
// - quoted: lines starting with '>' (any depth, "> >" too) are dropped ...
// - ... except the sender's own earlier letter: a fake "Re:" thread quotes the
//   scammer's first letter under "On <date>, <his address> wrote:". When an
//   attribution line names one of the sender's addresses (setSelf: the mail's
//   From and Reply-To), the lines quoted one level below it are own text again
//   (with the '>' markers removed), until a line of a lower depth;
// - attribution lines ("On Mon, Jane <jane@gmail.com> wrote:", "Jane Doe
//   <jane@gmail.com> schrieb:", "... a écrit :"): a line ending in ':' that
//   holds an '@', in any language, are dropped;
// - quoted header lines (From:/Von:/De:/От:/Kimden:/To:/An:/Cc:/Reply-To:
//   with an '@', inside a forwarded or "-----Original Message-----" block)
//   and trailers ("Signed-off-by:", "Reported-by:", any "<Word>-by:") are
//   dropped, unless they name the sender;
// - Mail mode only: a signature separator ("-- ", read as "--" after
//   normalisation) or a list footer rule (ten or more '_') ends the own text
//   of the part: what follows is the signature or the list's footer.
// Forwarded blocks without '>' markers ("---------- Forwarded message
// ---------" and the letter below it) stay own text: forwarding a letter is
// sending it (scammers forward "my previous mail" themselves); a post that
// forwards a scam to ask about it says so in its own words, which the packs'
// `discussing` veto reads.
//
// Streaming: a line is held (at most kHold bytes) until its end decides it; a
// longer line is decided by its start (its depth) and passes or is dropped
// without being held. No heap; emit() gets spans of a member buffer or the
// input. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "common/bytes.h"

namespace tapwatch {

class OwnText {
 public:
  enum class Mode : uint8_t { Mail, Post };
  static constexpr size_t kHold = 200;  // attribution and header lines are shorter

  // A new body or mail part starts (the sender addresses stay).
  void begin(Mode mode);
  // The sender's addresses (From, Reply-To; empty: none). The views must stay
  // valid while text is fed.
  void setSelf(std::string_view from, std::string_view reply_to) {
    self_[0] = from;
    self_[1] = reply_to;
  }

  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    while (!in.empty()) {
      if (rest_dropped_) return;
      if (state_ == State::Passing || state_ == State::Dropping) {
        const void* nl = std::memchr(in.data(), '\n', in.size());
        const size_t n = nl ? static_cast<size_t>(static_cast<const uint8_t*>(nl) - in.data()) + 1 : in.size();
        if (state_ == State::Passing) emit(in.first(n));
        if (nl) state_ = State::Holding;
        in = in.subspan(n);
        continue;
      }
      // Holding: collect up to the line's end or kHold bytes.
      const void* nl = std::memchr(in.data(), '\n', in.size());
      const size_t line_bytes = nl ? static_cast<size_t>(static_cast<const uint8_t*>(nl) - in.data()) : in.size();
      const size_t take = line_bytes < kHold - len_ ? line_bytes : kHold - len_;
      std::memcpy(line_ + len_, in.data(), take);
      len_ += take;
      in = in.subspan(take);
      if (take == line_bytes && nl) {
        in = in.subspan(1);  // the '\n'
        const std::string_view kept = decideLine();
        len_ = 0;
        if (!kept.data()) continue;
        emit(ByteSpan(reinterpret_cast<const uint8_t*>(kept.data()), kept.size()));
        emit(ByteSpan(reinterpret_cast<const uint8_t*>("\n"), 1));
      } else if (len_ == kHold) {
        const std::string_view kept = decideLongLine();
        len_ = 0;
        state_ = kept.data() ? State::Passing : State::Dropping;
        if (kept.data()) emit(ByteSpan(reinterpret_cast<const uint8_t*>(kept.data()), kept.size()));
      }
    }
  }

  // The body or part ended: a held last line (no '\n') is decided.
  template <typename Emit>
  void finish(Emit&& emit) {
    if (state_ == State::Holding && len_ > 0 && !rest_dropped_) {
      const std::string_view kept = decideLine();
      if (kept.data() && !kept.empty()) emit(ByteSpan(reinterpret_cast<const uint8_t*>(kept.data()), kept.size()));
    }
    begin(mode_);
  }

 private:
  enum class State : uint8_t { Holding, Passing, Dropping };

  // The held line is complete: its kept text (markers stripped), or a null view to drop it.
  std::string_view decideLine();
  // The held line is longer than kHold: decided by its depth only.
  std::string_view decideLongLine();
  bool namesSelf(std::string_view s) const;

  Mode mode_ = Mode::Mail;
  State state_ = State::Holding;
  bool rest_dropped_ = false;  // after a signature separator or a list footer rule (Mail mode)
  uint8_t self_depth_ = 0;     // > 0: quoted lines this deep or deeper are the sender's own earlier letter
  uint16_t len_ = 0;
  std::string_view self_[2];
  char line_[kHold] = {};
};

}  // namespace tapwatch

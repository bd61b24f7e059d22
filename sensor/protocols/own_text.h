#pragma once
// OwnText: the lines of a body text that its sender wrote, for the `*_own_text`
// fields (smtp.body_own_text, http.request_body_own_text,
// http.response_body_own_text: a page's own words). A mailing list's
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
// Pasted letters under a comment that points at them (stop 36, issue 17): a
// member asks "Got this today, is it real?" or a warning says "Police warn
// about messages like this:" and pastes the lure below. After a comment of
// the sender's own (four words or more) with a line that ends in ':' or asks
// a question ('?'), in every mode:
// - a quotation on a line of its own (" « „ “ ... " » “ ”) that ends in no
//   full stop, '!' or '?' inside its marks, the pasted letter's subject,
//   starts the pasted letter: it and every line below are quoted, up to the
//   next cut mark. A quoted sentence (a scam page's testimonial under "What
//   our customers say:") is no subject: pages quote that line alone, mail
//   and posts keep it;
// - a titled rule ("---------- Forwarded message ----------", any language,
//   a title of at most 48 characters) followed by a line that is no From
//   line (a messenger chat, a text message, a letter without its headers)
//   is quoted from that line on, up to the next cut mark. A forwarded mail
//   with a From line is decided as below (his own earlier letter stays his);
//   a scammer's own chat under a banner ("Good morning my dear") has no
//   question or ':' above the rule.
// Pages only (Mode::Page): a passage in quotation marks that runs over
// several lines, under the page's own line ending in ':', is quoted to its
// closing mark (stop 35 tried it in mail and posts and measured no gain).
// Pasted and forwarded letters (round 9, issue 17): a list member who shows
// the list a scam pastes it under his own words, between cut marks, or
// forwards it; a scammer forwards his OWN earlier letter ("did you get my
// previous mail?"). Structure tells them apart, not phrases:
// - cut marks ("-----8<-----", "--- snip ---", "=== begin ===", "----- cut
//   here -----"): after a comment of the sender's own (a line of four words
//   or more above: a greeting or "see below" is not one), the lines between
//   a cut mark and the next are quoted;
// - a pasted or forwarded letter's header block: a From-like line with an
//   address ("From:", "Von:", "De :", "От:", "Kimden:") under a marker line
//   (a titled rule "-------- Original Message --------" in any language, or a
//   line ending in ':' such as "Begin forwarded message:") or followed by
//   another header line ("Subject:", "Date:", "Betreff:", "Тема:"). After a
//   comment of the sender's own, the letter below is quoted up to the next
//   cut mark or titled rule, unless its From names the sender: his address
//   (From, Reply-To, or one written in his own lines above) or his display
//   name. Without a comment above, a forwarded letter is the sender's (a
//   forward with only a greeting is sending it). Needs the sender (Mail mode
//   with a From): a webmail submission carries no header to compare with, so
//   its forwarded blocks stay own text.
// Addresses the sender writes in his own lines ("reply to kofi@..." above a
// fake thread) name him too: an attribution or a quoted letter under one of
// them is his own earlier letter (at most kTextSelf addresses are kept).
// Streaming: a line is held (at most kHold bytes) until its end decides it; a
// longer line is decided by its start (its depth) and passes or is dropped
// without being held. No heap; emit() gets spans of a member buffer or the
// input. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "common/bytes.h"
#include "protocols/text_batch.h"

namespace tapwatch {

class OwnText {
 public:
  // Mail: a mail's text parts (signature and list footer end the own text). Post: a webmail or API
  // submission. Page: a web page (http.response_body_own_text), Post plus the multi-line passage above.
  enum class Mode : uint8_t { Mail, Post, Page };
  static constexpr size_t kHold = 200;    // attribution and header lines are shorter
  static constexpr size_t kTextSelf = 2;  // addresses taken from the sender's own lines
  static constexpr size_t kMaxAddress = 64;
  static constexpr size_t kMaxName = 64;
  static constexpr unsigned kCommentWords = 4;  // an own line this long is a comment, not a greeting

  // A new body or mail part starts (the sender addresses stay). `json_escapes`: the text is a JSON
  // document (a webmail API submission) whose strings keep line breaks as the escape "\n": that escape
  // ends a line as a real line break does (and comes out as one), "\r" is dropped. A string's quote
  // (an unescaped '"') ends a line too, so each value starts its own line: the message's first line is
  // not read together with the recipient address before it ({"to": "a@b.example", "message": "Police
  // warn:\n..." would otherwise be one line that ends in ':' and holds an '@', an attribution).
  void begin(Mode mode, bool json_escapes = false);
  // The sender's addresses (From, Reply-To; empty: none) and the From's
  // display name (decoded; empty: none). The views must stay valid while text
  // is fed.
  void setSelf(std::string_view from, std::string_view reply_to, std::string_view from_name = {}) {
    self_[0] = from;
    self_[1] = reply_to;
    self_name_ = from_name;
    text_self_count_ = 0;
  }

  // Calls emit(ByteSpan) with the own text of `in`: once with all of it when
  // it fits kTextBuffer (a line and its line break are two pieces otherwise,
  // and each piece is a Hyperscan call downstream).
  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    uint8_t text[kTextBuffer];
    TextBatch batch(text, sizeof text);
    feedUnbatched(in, [&](ByteSpan piece) { batch.add(piece, emit); });
    batch.flush(emit);
  }
  static constexpr size_t kTextBuffer = 8192;

 private:
  template <typename Emit>
  void feedUnbatched(ByteSpan in, Emit&& emit) {
    if (!json_) {
      feedLines(in, emit);
      return;
    }
    static constexpr uint8_t kNewline[1] = {'\n'};
    while (!in.empty()) {
      if (json_backslash_) {  // a backslash ended the previous piece
        json_backslash_ = false;
        static constexpr uint8_t kBackslash[1] = {'\\'};
        if (in[0] == 'n') feedLines(ByteSpan(kNewline, 1), emit);
        if (in[0] != 'n' && in[0] != 'r') {  // "\\", "\"": the pair stays as it is
          feedLines(ByteSpan(kBackslash, 1), emit);
          feedLines(in.first(1), emit);
        }
        in = in.subspan(1);
        continue;
      }
      const size_t pos = jsonSpecial(in);
      if (pos == in.size()) {
        feedLines(in, emit);
        return;
      }
      if (pos > 0) feedLines(in.first(pos), emit);
      if (in[pos] == '"') {  // a string starts or ends: a line boundary
        feedLines(ByteSpan(kNewline, 1), emit);
        in = in.subspan(pos + 1);
        continue;
      }
      if (pos + 1 == in.size()) {
        json_backslash_ = true;
        return;
      }
      const uint8_t next = in[pos + 1];
      if (next == 'n') feedLines(ByteSpan(kNewline, 1), emit);
      else if (next != 'r') feedLines(in.subspan(pos, 2), emit);  // "\\", "\"": the pair stays as it is
      in = in.subspan(pos + 2);
    }
  }

  // The first backslash or quote of `in` (in.size() when none).
  static size_t jsonSpecial(ByteSpan in) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (in[i] == '\\' || in[i] == '"') return i;
    }
    return in.size();
  }

 public:
  // The body or part ended: a held last line (no '\n') is decided.
  template <typename Emit>
  void finish(Emit&& emit) {
    if (json_backslash_) {
      static constexpr uint8_t kBackslash[1] = {'\\'};
      json_backslash_ = false;
      feedLines(ByteSpan(kBackslash, 1), emit);
    }
    if (state_ == State::Holding && len_ > 0 && !rest_dropped_) {
      const std::string_view kept = decideLine();
      if (kept.data() && !kept.empty()) emit(ByteSpan(reinterpret_cast<const uint8_t*>(kept.data()), kept.size()));
    }
    begin(mode_, json_);
  }

 private:
  template <typename Emit>
  void feedLines(ByteSpan in, Emit&& emit) {
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

  enum class State : uint8_t { Holding, Passing, Dropping };
  // Pasted and forwarded letters below a comment of the sender (see the top).
  enum class Block : uint8_t {
    None,
    Cut,        // between cut marks: quoted
    HeadMaybe,  // a From-like line under a comment: a header block if another header line follows
    Head,       // in a quoted letter's header block
    Forwarded,  // the quoted letter's body
    Pasted,     // a passage in quotation marks under the sender's "...:": quoted to its closing mark
  };

  // The held line is complete: its kept text (markers stripped), or a null view to drop it.
  std::string_view decideLine();
  // The held line is longer than kHold: decided by its depth only.
  std::string_view decideLongLine();
  bool namesSelf(std::string_view s) const;
  bool namesSelfByName(std::string_view header_value) const;
  bool knowsSelf() const { return !self_[0].empty() || !self_[1].empty(); }
  // Decides a line at quote depth 0 against the pasted/forwarded block state:
  // true when the line belongs to a quoted block (dropped).
  bool inQuotedBlock(std::string_view content, bool whole);
  void rememberTextSelf(std::string_view content);
  void countWords(std::string_view content);

  Mode mode_ = Mode::Mail;
  State state_ = State::Holding;
  bool rest_dropped_ = false;    // after a signature separator or a list footer rule (Mail mode)
  uint8_t self_depth_ = 0;       // > 0: quoted lines this deep or deeper are the sender's own earlier letter
  bool json_ = false;            // "\n" escapes end lines (begin's json_escapes)
  bool json_backslash_ = false;  // json_: the last piece ended in a backslash
  Block block_ = Block::None;
  bool marker_above_ = false;  // the previous own line was a titled rule or ended in ':'
  bool colon_above_ = false;   // the last non-blank own line ended in ':' (blank lines between allowed)
  bool rule_above_ = false;    // the last non-blank own line was a titled rule
  bool asked_ = false;         // an own line (of a comment) ended in ':' or asked a question ('?')
  uint16_t len_ = 0;
  uint32_t own_words_ = 0;  // words in the own comment lines so far (lines of kCommentWords or more)
  std::string_view self_[2];
  std::string_view self_name_;
  uint8_t text_self_count_ = 0;
  uint8_t text_self_len_[kTextSelf] = {};
  char text_self_[kTextSelf][kMaxAddress] = {};
  char line_[kHold] = {};
};

}  // namespace tapwatch

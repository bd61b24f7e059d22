#pragma once
// HtmlText: turns a body's UTF-8 bytes into the text a reader sees, for the
// `*_text` inspection fields (smtp.body_text, http.request_body_text,
// http.response_body_text) that the shipped scam packs scan. Spammers hide
// words from filters in ways a mail client or browser undoes on screen:
// HTML entities (`&#1074;&#1099;`, `&#x432;`, `&nbsp;`), words split across
// tags (`<b>bit</b>coin`), zero-width characters and soft hyphens between
// letters. Signatures should see what the victim reads.
//
// Html mode (text/html parts and pages, form and JSON submissions):
// - tags are dropped: inline tags (b, i, span, a, font, ...) by nothing, so a
//   word split across them is whole again; every other tag (p, div, br, td,
//   ...) by a line break; comments and <!...>/<?...> too;
// - <script>, <style> and <template> content is skipped;
// - entities are decoded to UTF-8: numeric (decimal, hex) always, named for
//   the common set (kNamedEntities in html_text.cc); an unknown or malformed
//   one is kept literally, as browsers do;
// - a '<' not followed by a letter, '/', '!' or '?' is text, as in browsers.
// Both modes: zero-width and invisible formatting characters (U+200B-U+200F,
// U+202A-U+202E, U+2060-U+2064, U+FEFF, soft hyphen U+00AD, U+034F,
// U+180E) and combining marks (U+0300-U+036F) are dropped, full-width ASCII
// forms (U+FF01-U+FF5E) become ASCII; runs of whitespace (incl. no-break and other Unicode
// spaces) become one space, or one line break if the run held one.
//
// Streaming-safe: bytes arrive in any pieces; a tag, entity, UTF-8 sequence
// or "</script" split across pieces is carried in a few bytes of state (no
// heap, nothing buffered beyond one entity of <= kMaxEntity bytes). Output
// goes through a stack buffer to `emit`, so a warm flow allocates nothing.
// Worker thread only.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "common/bytes.h"

namespace tapwatch {

class HtmlText {
 public:
  enum class Mode : uint8_t { Plain, Html };
  static constexpr size_t kMaxEntity = 12;  // "&#x10FFFF;" and the longest named entity fit

  // A new body starts (drops any state of the previous one).
  void begin(Mode mode);
  Mode mode() const { return mode_; }

  // Normalises `in`; calls emit(ByteSpan) zero or more times with text.
  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    uint8_t buf[kOutBuffer];
    while (!in.empty()) {
      const size_t n = step(in, buf, sizeof buf);
      if (n > 0) emit(ByteSpan(buf, n));
    }
  }
  // The body ended: what is pending (an unterminated entity, an incomplete
  // UTF-8 sequence) comes out literally; an unterminated tag is dropped.
  template <typename Emit>
  void finish(Emit&& emit) {
    uint8_t buf[kMaxEntity + 8];
    const size_t n = flush(buf);
    if (n > 0) emit(ByteSpan(buf, n));
    begin(mode_);
  }

  // Normalises one whole value (tests, `sig test`); appends to `out`-like
  // containers through emit. Same as feed + finish.
  template <typename Emit>
  void whole(ByteSpan in, Emit&& emit) {
    feed(in, emit);
    finish(emit);
  }

  // Writes normalised bytes for a prefix of `in` into out[0, cap) and
  // advances `in` past what it consumed. cap >= kMinStep.
  size_t step(ByteSpan& in, uint8_t* out, size_t cap);
  size_t flush(uint8_t* out);  // writes <= kMaxEntity + 8 bytes

  static constexpr size_t kOutBuffer = 1024;
  static constexpr size_t kMinStep = 2 * kMaxEntity + 16;

 private:
  enum class State : uint8_t {
    Text,
    TagOpen,  // after '<': decides whether a tag starts
    TagName,  // reading the tag's name (lowercased into name_)
    TagBody,  // attributes up to '>'
    Bang,     // after "<!": a comment if "--" follows
    Comment,  // inside <!-- ... -->
    Entity,   // after '&': collecting into pending_
    RawText,  // inside <script>/<style>/<template>: waiting for "</name"
  };

  void putSpace(bool line_break);
  size_t putCodePoint(uint32_t cp, uint8_t* out);
  size_t putByte(uint8_t b, uint8_t* out);
  size_t endEntity(uint8_t* out, bool terminated);
  size_t literalPending(uint8_t* out);
  void endTagName();
  size_t textByte(uint8_t b, uint8_t* out);
  size_t utf8Byte(uint8_t b, uint8_t* out);
  size_t emitSpaceIfAny(uint8_t* out);
  size_t ordinaryRun(ByteSpan in, size_t room) const;
  size_t skippableRun(ByteSpan in) const;

  Mode mode_ = Mode::Plain;
  State state_ = State::Text;
  uint8_t pending_len_ = 0;  // Entity: bytes of pending_ ("&..." so far)
  uint8_t utf8_len_ = 0;     // bytes of utf8_ held (a sequence that may be invisible)
  uint8_t utf8_need_ = 0;    // its total length
  uint8_t name_len_ = 0;     // TagName: chars of name_ (more are counted, not kept)
  uint8_t space_ = 0;        // 0 none, 1 space, 2 line break pending before the next visible byte
  bool started_ = false;     // something visible was written (no leading whitespace)
  bool closing_tag_ = false;
  uint8_t quote_ = 0;      // TagBody: the quote an attribute value is in
  uint8_t dashes_ = 0;     // Bang/Comment: consecutive '-' seen
  uint8_t raw_kind_ = 0;   // RawText: 1 script, 2 style, 3 template
  uint8_t raw_match_ = 0;  // RawText: bytes of "</name" matched so far
  uint8_t pending_[kMaxEntity] = {};
  uint8_t utf8_[4] = {};
  char name_[10] = {};
};

// How an HTTP body with this Content-Type value (parameters allowed) becomes
// text: Html for HTML, forms, multipart and JSON (webmail composers send HTML
// in them), Plain for other text/* and textual application/* types (XML,
// JavaScript), nothing for media and binary types (images, audio, video,
// fonts, archives, octet-stream) — they hold no text a reader sees, and the
// text patterns only misfire on them. An empty value (no header) is Html.
std::optional<HtmlText::Mode> textModeForMediaType(std::string_view content_type);

}  // namespace tapwatch

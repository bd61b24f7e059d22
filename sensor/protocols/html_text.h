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
// spaces) become one space, or one line break if the run held one; leet and
// symbols inside words are folded last (protocols/leet_fold.h: "b1tc0in" ->
// "bitcoin", numbers, amounts and wallet addresses left alone), after words
// spelled out letter by letter are joined (protocols/letter_joiner.h: "B I T
// C O I N" -> "BITCOIN"). A run of whitespace that looks wider than one
// space (two spaces or a tab in plain text; no-break spaces in HTML, where
// ASCII spaces collapse) reaches the joiner as its wide-gap marker, which
// separates spelled words ("Y O U  W O N" -> "YOU WON").
// Html mode quotes as a plain-text rendering does: every line inside a
// <blockquote> (Gmail's gmail_quote, Apple Mail's type=cite) starts with "> "
// per nesting level (at most kMaxQuotePrefix), so an HTML-only reply's quoted
// letter is quoted text for OwnText as in a text/plain part.
// Html mode shows an <img>'s (or <area>'s) alt text in its place, between
// spaces, as a mail client does while it blocks images: a mail made of
// pictures says in its alt text what the pictures say.
// Html mode also drops what a reader never sees: the content of an element
// styled `display:none`, `visibility:hidden`, `font-size:0` (or 1px/1pt),
// `opacity:0`, with the `hidden` attribute, or a `<font size=1>` in white.
// Spammers hide junk inside their keywords that way ("bitc<span
// style=display:none>xq</span>oin") and hash-busting filler after them. An
// element's hiding ends at its own end tag (nested ones of the same name
// counted), and a hidden inline element (span, font, ...) also at the next
// block tag, a hidden block at the next cell, row, table, list item or body
// end tag: a missing end tag hides no more than a browser would.
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
#include "protocols/leet_fold.h"
#include "protocols/letter_joiner.h"
#include "protocols/text_batch.h"

namespace tapwatch {

class HtmlText {
 public:
  enum class Mode : uint8_t { Plain, Html };
  static constexpr size_t kMaxEntity = 12;       // "&#x10FFFF;" and the longest named entity fit
  static constexpr uint8_t kMaxQuotePrefix = 3;  // "> > > ": deeper quotes are written as three levels

  // A new body starts (drops any state of the previous one).
  void begin(Mode mode);
  Mode mode() const { return mode_; }

  // Normalises `in`; calls emit(ByteSpan) zero or more times with text:
  // once with all of it when it fits kTextBuffer. The stages write in pieces
  // of up to 1 KiB (a word or a tag can end a piece earlier), and every emit
  // is a Hyperscan call on the field (and OwnText's on its own): one call a
  // feed instead of three or more costs less per byte (bench/README.md,
  // "Stop 34").
  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    static_assert(LeetFold::kOutBuffer <= kTextBuffer, "a piece of the last stage fits the text buffer");
    uint8_t buf[kOutBuffer];
    uint8_t text[kTextBuffer];
    TextBatch batch(text, sizeof text);
    const auto collect = [&](ByteSpan piece) { batch.add(piece, emit); };
    while (!in.empty()) {
      const size_t n = step(in, buf, sizeof buf);
      if (n > 0) join_.feed(ByteSpan(buf, n), [&](ByteSpan joined) { fold_.feed(joined, collect); });
    }
    batch.flush(emit);
  }
  // The body ended: what is pending (an unterminated entity, an incomplete
  // UTF-8 sequence) comes out literally; an unterminated tag is dropped.
  template <typename Emit>
  void finish(Emit&& emit) {
    uint8_t buf[kMaxEntity + 8 + 2 * kMaxQuotePrefix];
    const size_t n = flush(buf);
    const auto fold = [&](ByteSpan joined) { fold_.feed(joined, emit); };
    if (n > 0) join_.feed(ByteSpan(buf, n), fold);
    join_.finish(fold);
    fold_.finish(emit);
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
  size_t flush(uint8_t* out);  // writes <= kMaxEntity + 8 + 2 * kMaxQuotePrefix bytes

  static constexpr size_t kOutBuffer = 1024;
  static constexpr size_t kTextBuffer = 8192;  // feed()'s output collected for one emit
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

  void putSpace(bool line_break, uint8_t width = 0);
  size_t putCodePoint(uint32_t cp, uint8_t* out);
  size_t putByte(uint8_t b, uint8_t* out);
  size_t endEntity(uint8_t* out, bool terminated);
  size_t putHeld(const uint8_t* held, uint8_t& len, uint8_t* out);
  size_t literalPending(uint8_t* out);
  void endTagName();
  size_t textByte(uint8_t b, uint8_t* out);
  size_t utf8Byte(uint8_t b, uint8_t* out);
  size_t emitSpaceIfAny(uint8_t* out);
  size_t ordinaryRun(ByteSpan in, size_t room, bool spaces) const;
  size_t skippableRun(ByteSpan in) const;
  size_t tagBodyByte(uint8_t b, uint8_t* out);
  void attributeNameEnds();
  size_t valueByte(uint8_t b, uint8_t* out);
  size_t valueEnds(uint8_t* out);
  size_t altByte(uint8_t b, uint8_t* out);
  size_t flushUtf8(uint8_t* out);
  bool extendsEntity(uint8_t b) const;
  void styleByte(uint8_t b);
  void colorEnds();
  bool hiding() const { return hide_depth_ > 0; }

  Mode mode_ = Mode::Plain;
  State state_ = State::Text;
  uint8_t pending_len_ = 0;   // Entity: bytes of pending_ ("&..." so far)
  uint8_t utf8_len_ = 0;      // bytes of utf8_ held (a sequence that may be invisible)
  uint8_t utf8_need_ = 0;     // its total length
  uint8_t name_len_ = 0;      // TagName: chars of name_ (more are counted, not kept)
  uint8_t space_ = 0;         // 0 none, 1 space, 2 line break pending before the next visible byte
  uint8_t space_width_ = 0;   // how wide the pending space looks (>= 2: a wide gap for LetterJoiner)
  bool ascii_space_ = false;  // Html mode: the pending space holds an ASCII space (a run of them shows as one)
  uint8_t quote_depth_ = 0;   // open <blockquote> elements
  bool started_ = false;      // something visible was written (no leading whitespace)
  bool closing_tag_ = false;
  uint8_t quote_ = 0;      // TagBody: the quote an attribute value is in
  uint8_t dashes_ = 0;     // Bang/Comment: consecutive '-' seen
  uint8_t raw_kind_ = 0;   // RawText: 1 script, 2 style, 3 template
  uint8_t raw_match_ = 0;  // RawText: bytes of "</name" matched so far
  uint8_t pending_[kMaxEntity] = {};
  uint8_t utf8_[4] = {};
  char name_[10] = {};

  // Hidden elements. Attributes of the tag being read:
  uint8_t attr_len_ = 0;  // chars of attr_ (a name longer than attr_ is no name we look for)
  static constexpr uint8_t kAltValue = 4;
  uint8_t value_kind_ = 0;     // the value being read belongs to: 0 nothing we look at, 1 style, 2 color, 3 size, 4 alt
  bool alt_entity_ = false;    // an entity of an alt value is being collected in pending_
  bool self_closing_ = false;  // "/" before ">"
  bool tag_hidden_ = false;    // display:none, visibility:hidden, font-size:0, opacity:0, `hidden`
  bool tag_white_ = false;     // color white
  bool tag_tiny_ = false;      // <font size=1>
  bool zero_pending_ = false;  // style "font-size:0" / "opacity:0" read: hidden unless a digit or '.' follows
  bool color_on_ = false;      // style: collecting a color value after "color:"
  uint8_t color_len_ = 0;
  uint8_t style_len_ = 0;  // bytes in style_ (a window of the last bytes, spaces dropped, lower case)
  char attr_[8] = {};
  char color_[10] = {};
  char style_[20] = {};
  // The hidden element being skipped: its name, how many of the same name are open, whether inline.
  uint16_t hide_depth_ = 0;
  bool hide_inline_ = false;
  uint8_t hide_name_len_ = 0;
  char hide_name_[10] = {};

  LetterJoiner join_;
  LeetFold fold_;
};

// How an HTTP body with this Content-Type value (parameters allowed) becomes
// text: Html for HTML, forms, multipart and JSON (webmail composers send HTML
// in them), Plain for other text/* and textual application/* types (XML,
// JavaScript), nothing for media and binary types (images, audio, video,
// fonts, archives, octet-stream) — they hold no text a reader sees, and the
// text patterns only misfire on them. An empty value (no header) is Html.
std::optional<HtmlText::Mode> textModeForMediaType(std::string_view content_type);

}  // namespace tapwatch

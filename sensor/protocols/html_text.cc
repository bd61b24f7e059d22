#include "protocols/html_text.h"

#include <array>
#include <cstring>
#include <string_view>

namespace tapwatch {
namespace {

struct NamedEntity {
  std::string_view name;
  uint32_t cp;
  bool legacy;  // decoded without the ';' too (HTML's legacy entities)
};

// The named entities spam and ordinary mail actually use; the rest of HTML's
// 2,000 are kept literally (the signatures then see "&name;").
constexpr std::array<NamedEntity, 40> kNamedEntities{{
    {"amp", '&', true},       {"lt", '<', true},         {"gt", '>', true},        {"quot", '"', true},
    {"apos", '\'', false},    {"nbsp", 0xA0, true},      {"shy", 0xAD, true},      {"zwj", 0x200D, false},
    {"zwnj", 0x200C, false},  {"lrm", 0x200E, false},    {"rlm", 0x200F, false},   {"laquo", 0xAB, true},
    {"raquo", 0xBB, true},    {"ndash", 0x2013, false},  {"mdash", 0x2014, false}, {"hellip", 0x2026, false},
    {"copy", 0xA9, true},     {"reg", 0xAE, true},       {"trade", 0x2122, false}, {"euro", 0x20AC, false},
    {"pound", 0xA3, true},    {"yen", 0xA5, true},       {"cent", 0xA2, true},     {"lsquo", 0x2018, false},
    {"rsquo", 0x2019, false}, {"ldquo", 0x201C, false},  {"rdquo", 0x201D, false}, {"bdquo", 0x201E, false},
    {"sbquo", 0x201A, false}, {"bull", 0x2022, false},   {"middot", 0xB7, true},   {"times", 0xD7, true},
    {"deg", 0xB0, true},      {"thinsp", 0x2009, false}, {"ensp", 0x2002, false},  {"emsp", 0x2003, false},
    {"sect", 0xA7, true},     {"para", 0xB6, true},      {"dollar", '$', false},   {"num", '#', false},
}};

// Tags a browser lays out inline: dropping them must not split the word they sit in.
constexpr std::array<std::string_view, 30> kInlineTags{{
    "a",   "abbr", "b",     "bdi",  "bdo",    "big",    "cite",  "code", "data", "del",
    "dfn", "em",   "font",  "i",    "ins",    "kbd",    "label", "mark", "nobr", "q",
    "s",   "samp", "small", "span", "strike", "strong", "sub",   "sup",  "u",    "wbr",
}};

// Pictures whose alt text a mail client shows in their place while images are blocked (its default for
// unknown senders): a mail made of pictures says what their alt text says.
constexpr std::array<std::string_view, 2> kAltTextTags{{"img", "area"}};

constexpr std::array<std::string_view, 4> kRawTextTags{{"", "script", "style", "template"}};

// Elements without content: hiding one hides nothing.
constexpr std::array<std::string_view, 14> kVoidTags{
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}};

// End tags that close any element still open inside them (a browser's
// implied end tags): a hidden block whose own end tag is missing ends there.
constexpr std::array<std::string_view, 10> kContainerEnds{
    {"td", "th", "tr", "table", "tbody", "body", "html", "li", "ul", "ol"}};

template <size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view name) {
  for (const std::string_view x : list)
    if (x == name) return true;
  return false;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isAsciiSpace(uint8_t b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'; }
bool isAlpha(uint8_t b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'); }
bool isDigit(uint8_t b) { return b >= '0' && b <= '9'; }
bool isHex(uint8_t b) { return isDigit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F'); }
uint8_t lower(uint8_t b) { return (b >= 'A' && b <= 'Z') ? static_cast<uint8_t>(b + 32) : b; }

// Characters that render as nothing: dropped so "b\u200Bitcoin" reads "bitcoin".
bool isInvisible(uint32_t cp) {
  return cp == 0xAD || cp == 0x34F || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF;
}

// Combining marks (U+0300-U+036F: accents, strokes, overlays) drawn on a
// letter: spammers stack them on keywords ("b̶i̶t̶c̶o̶i̶n̶") so the letters a reader
// recognises no longer match. Text on the wire is precomposed (NFC), so
// dropping them loses only the disguise.
bool isCombiningMark(uint32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

// Full-width ASCII forms (U+FF01-U+FF5E, "ｂｉｔｃｏｉｎ") read as the ASCII letters they imitate.
bool isFullWidthAscii(uint32_t cp) { return cp >= 0xFF01 && cp <= 0xFF5E; }
constexpr uint32_t kFullWidthOffset = 0xFEE0;

// 0: not a space; 1: a space; 2: a line break.
int spaceKind(uint32_t cp) {
  if (cp == '\n' || cp == 0x2028 || cp == 0x2029) return 2;
  if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x1680 ||
      (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return 1;
  return 0;
}

// Lead bytes of the UTF-8 sequences that may be invisible or a space (held until complete).
// (0xCC/0xCD: combining marks; 0xEF: U+FEFF and the full-width forms.)
bool mayBeSpecial(uint8_t b) {
  return b == 0xC2 || b == 0xCC || b == 0xCD || b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF;
}

size_t encodeUtf8(uint32_t cp, uint8_t* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out[0] = static_cast<uint8_t>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<uint8_t>(0xC0 | (cp >> 6));
    out[1] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<uint8_t>(0xE0 | (cp >> 12));
    out[1] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<uint8_t>(0xF0 | (cp >> 18));
  out[1] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace

void HtmlText::begin(Mode mode) {
  *this = HtmlText{};
  mode_ = mode;
}

void HtmlText::putSpace(bool line_break, uint8_t width) {
  if (!started_ || hiding()) return;  // no leading whitespace
  const uint8_t kind = line_break ? 2 : 1;
  if (kind > space_) space_ = kind;
  space_width_ = static_cast<uint8_t>(space_width_ + width > 255 ? 255 : space_width_ + width);
}

size_t HtmlText::emitSpaceIfAny(uint8_t* out) {
  size_t n = 0;
  if (space_ != 0) out[n++] = space_ == 2 ? '\n' : space_width_ >= 2 ? LetterJoiner::kWideGap : ' ';
  // A line of a <blockquote> starts with "> " per level, as a plain-text rendering quotes it (OwnText
  // then reads it as quoted, like a text/plain reply).
  if (quote_depth_ > 0 && (space_ == 2 || !started_)) {
    for (uint8_t d = 0; d < quote_depth_ && d < kMaxQuotePrefix; ++d) {
      out[n++] = '>';
      out[n++] = ' ';
    }
  }
  space_ = 0;
  space_width_ = 0;
  ascii_space_ = false;
  return n;
}

// A byte the reader sees.
size_t HtmlText::putByte(uint8_t b, uint8_t* out) {
  if (hiding()) return 0;
  const size_t n = emitSpaceIfAny(out);
  out[n] = b;
  started_ = true;
  return n + 1;
}

size_t HtmlText::putCodePoint(uint32_t cp, uint8_t* out) {
  if (hiding()) return 0;
  if (isInvisible(cp) || isCombiningMark(cp)) return 0;
  if (isFullWidthAscii(cp)) return putByte(static_cast<uint8_t>(cp - kFullWidthOffset), out);
  if (const int kind = spaceKind(cp)) {
    putSpace(kind == 2, 1);
    return 0;
  }
  if (cp == LetterJoiner::kWideGap) {  // the joiner's marker is never text: a body's own one is a space
    putSpace(false, 1);
    return 0;
  }
  const size_t n = emitSpaceIfAny(out);
  started_ = true;
  return n + encodeUtf8(cp, out + n);
}

// Writes held bytes (an entity that turned out to be text, an alt text's held UTF-8 sequence) as text and
// forgets them.
size_t HtmlText::putHeld(const uint8_t* held, uint8_t& len, uint8_t* out) {
  size_t n = 0;
  for (size_t i = 0; i < len; ++i) n += putByte(held[i], out + n);
  len = 0;
  return n;
}

size_t HtmlText::literalPending(uint8_t* out) { return putHeld(pending_, pending_len_, out); }

// The entity in pending_ ("&..." without ';') ends; `terminated`: by ';'.
size_t HtmlText::endEntity(uint8_t* out, bool terminated) {
  const std::string_view body(reinterpret_cast<const char*>(pending_) + 1, pending_len_ - 1u);
  if (!body.empty() && body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    uint32_t cp = 0;
    bool ok = !digits.empty();
    for (const char c : digits) {
      const auto b = static_cast<uint8_t>(c);
      if (!(hex ? isHex(b) : isDigit(b))) {
        ok = false;
        break;
      }
      const uint32_t d = isDigit(b) ? b - '0' : (lower(b) - 'a' + 10u);
      cp = cp * (hex ? 16u : 10u) + d;
      if (cp > 0x10FFFF) cp = 0x110000;  // stays out of range: U+FFFD, as browsers do
    }
    if (ok) {
      pending_len_ = 0;
      return putCodePoint(cp, out);
    }
  } else {
    for (const NamedEntity& e : kNamedEntities) {
      if (e.name != body || !(terminated || e.legacy)) continue;
      pending_len_ = 0;
      return putCodePoint(e.cp, out);
    }
  }
  size_t n = literalPending(out);
  if (terminated) n += putByte(';', out + n);
  return n;
}

// Text content: markup starts, or a byte of a character.
size_t HtmlText::textByte(uint8_t b, uint8_t* out) {
  if (mode_ == Mode::Html) {
    if (b == '<') {
      state_ = State::TagOpen;
      return 0;
    }
    if (b == '&') {
      state_ = State::Entity;
      pending_[0] = '&';
      pending_len_ = 1;
      return 0;
    }
  }
  return utf8Byte(b, out);
}

size_t HtmlText::utf8Byte(uint8_t b, uint8_t* out) {
  if (utf8_len_ > 0) {
    if ((b & 0xC0) == 0x80) {
      utf8_[utf8_len_++] = b;
      if (utf8_len_ < utf8_need_) return 0;
      uint32_t cp = 0;
      if (utf8_need_ == 2) {
        cp = ((utf8_[0] & 0x1Fu) << 6) | (utf8_[1] & 0x3Fu);
      } else {
        cp = ((utf8_[0] & 0x0Fu) << 12) | ((utf8_[1] & 0x3Fu) << 6) | (utf8_[2] & 0x3Fu);
      }
      utf8_len_ = 0;
      if (isInvisible(cp) || spaceKind(cp) != 0 || isCombiningMark(cp) || isFullWidthAscii(cp))
        return putCodePoint(cp, out);
      size_t n = 0;
      for (size_t i = 0; i < utf8_need_; ++i) n += putByte(utf8_[i], out + n);
      return n;
    }
    // Not a continuation: the held bytes were no character; pass them on as they came.
    size_t n = 0;
    for (size_t i = 0; i < utf8_len_; ++i) n += putByte(utf8_[i], out + n);
    utf8_len_ = 0;
    return n + textByte(b, out + n);
  }
  if (isAsciiSpace(b)) {
    // A browser shows a run of ASCII spaces as one; a plain-text reader sees each (a tab as a wide one).
    const uint8_t width = mode_ == Mode::Html ? (ascii_space_ ? 0 : 1) : (b == '\t' ? 2 : 1);
    ascii_space_ = true;
    putSpace(b == '\n', width);
    return 0;
  }
  if (b == LetterJoiner::kWideGap) {  // the joiner's marker is never text: a body's own one is a space
    putSpace(false, 1);
    return 0;
  }
  if (mayBeSpecial(b)) {
    utf8_[0] = b;
    utf8_len_ = 1;
    utf8_need_ = b < 0xE0 ? 2 : 3;
    return 0;
  }
  if (b == 0) return 0;
  return putByte(b, out);
}

bool HtmlText::extendsEntity(uint8_t b) const {
  const size_t len = pending_len_;
  const bool fits = len < kMaxEntity;
  const bool hash = len == 1 && b == '#';
  const bool numeric = len >= 2 && pending_[1] == '#';
  const bool x = len == 2 && numeric && (b == 'x' || b == 'X');
  const bool hex = numeric && len >= 3 && (pending_[2] == 'x' || pending_[2] == 'X');
  // "&#98it" is "bit": a numeric entity ends at its first non-digit.
  const bool part = numeric ? (hex ? isHex(b) : isDigit(b)) : (isAlpha(b) || isDigit(b));
  return fits && (part || hash || x);
}

// The tag whose '>' just arrived takes effect.
void HtmlText::endTagName() {
  const std::string_view name(name_, name_len_ <= sizeof name_ ? name_len_ : 0);
  state_ = State::Text;
  const bool inline_tag = listed(kInlineTags, name);
  if (hiding()) {
    if (name == std::string_view(hide_name_, hide_name_len_)) {
      if (closing_tag_) --hide_depth_;
      else if (!self_closing_) ++hide_depth_;
    } else if (!name.empty()) {
      if (hide_inline_ ? !inline_tag : (closing_tag_ && listed(kContainerEnds, name))) hide_depth_ = 0;
    }
  } else if (!closing_tag_ && !self_closing_ && !name.empty() && !listed(kVoidTags, name) &&
             (tag_hidden_ || (tag_white_ && tag_tiny_))) {
    hide_depth_ = 1;
    hide_inline_ = inline_tag;
    hide_name_len_ = static_cast<uint8_t>(name.size());
    std::memcpy(hide_name_, name.data(), name.size());
  }
  self_closing_ = tag_hidden_ = tag_white_ = tag_tiny_ = false;
  attr_len_ = value_kind_ = 0;
  if (!closing_tag_) {
    for (uint8_t k = 1; k < kRawTextTags.size(); ++k) {
      if (name != kRawTextTags[k]) continue;
      state_ = State::RawText;
      raw_kind_ = k;
      raw_match_ = 0;
      return;
    }
  }
  if (!hiding() && name == "blockquote") {
    if (closing_tag_ && quote_depth_ > 0) --quote_depth_;
    else if (!closing_tag_ && !self_closing_ && quote_depth_ < 255) ++quote_depth_;
  }
  if (!inline_tag) putSpace(true);
}

// One byte of a tag after its name: attribute names, values, '>'.
size_t HtmlText::tagBodyByte(uint8_t b, uint8_t* out) {
  if (quote_ == '=') {  // after '=': the value starts
    if (isAsciiSpace(b)) return 0;
    if (b == '"' || b == '\'') {
      quote_ = b;
      return 0;
    }
    quote_ = 'u';  // an unquoted value: it ends at a space or '>'
  }
  if (quote_ == '"' || quote_ == '\'') {
    if (b == quote_) {
      quote_ = 0;
      return valueEnds(out);
    }
    return valueByte(b, out);
  }
  if (quote_ == 'u') {
    if (!isAsciiSpace(b) && b != '>') return valueByte(b, out);
    quote_ = 0;
    const size_t n = valueEnds(out);
    if (b == '>') endTagName();
    return n;
  }
  if (b == '=') {
    attributeNameEnds();
    quote_ = '=';
  } else if (b == '>') {
    attributeNameEnds();
    endTagName();
  } else if (isAsciiSpace(b) || b == '/') {
    attributeNameEnds();
    if (b == '/') self_closing_ = true;
  } else {
    self_closing_ = false;
    if (attr_len_ < sizeof attr_) attr_[attr_len_] = static_cast<char>(lower(b));
    if (attr_len_ <= sizeof attr_) ++attr_len_;  // one past the size: no name we look for
  }
  return 0;
}

void HtmlText::attributeNameEnds() {
  if (attr_len_ == 0) return;
  const std::string_view name(attr_, attr_len_ <= sizeof attr_ ? attr_len_ : 0);
  const std::string_view tag(name_, name_len_ <= sizeof name_ ? name_len_ : 0);
  value_kind_ = name == "style" ? 1 : name == "color" ? 2 : name == "size" ? 3 : 0;
  if (name == "alt" && !closing_tag_ && listed(kAltTextTags, tag)) {
    value_kind_ = kAltValue;
    putSpace(false);  // the picture's words stand apart from the text around it
  }
  if (name == "hidden") tag_hidden_ = true;
  attr_len_ = 0;
}

// A byte of an image's alt text: text the reader sees (entities decoded, whitespace collapsed).
size_t HtmlText::altByte(uint8_t b, uint8_t* out) {
  size_t n = 0;
  if (alt_entity_) {
    if (extendsEntity(b)) {
      pending_[pending_len_++] = b;
      return 0;
    }
    alt_entity_ = false;
    if (b == ';' && pending_len_ > 1) return endEntity(out, true);
    n += endEntity(out, false);
  }
  if (utf8_len_ > 0 && (b & 0xC0) != 0x80) n += flushUtf8(out + n);  // never reaches textByte: no markup here
  if (b == '&') {
    alt_entity_ = true;
    pending_[0] = '&';
    pending_len_ = 1;
    return n;
  }
  if (b == '<' || b == '>') return n + putByte(b, out + n);
  return n + utf8Byte(b, out + n);
}

size_t HtmlText::flushUtf8(uint8_t* out) { return putHeld(utf8_, utf8_len_, out); }

size_t HtmlText::valueByte(uint8_t b, uint8_t* out) {
  if (value_kind_ == kAltValue) return altByte(b, out);
  if (value_kind_ == 1) {
    styleByte(b);
  } else if (value_kind_ != 0 && !isAsciiSpace(b)) {
    if (color_len_ < sizeof color_) color_[color_len_] = static_cast<char>(lower(b));
    if (color_len_ <= sizeof color_) ++color_len_;
  }
  return 0;
}

size_t HtmlText::valueEnds(uint8_t* out) {
  size_t n = 0;
  if (value_kind_ == kAltValue) {
    if (alt_entity_) n += endEntity(out, false);
    alt_entity_ = false;
    n += flushUtf8(out + n);
    putSpace(false);
  } else if (value_kind_ == 1) {
    if (zero_pending_) tag_hidden_ = true;
    if (color_on_) colorEnds();
  } else if (value_kind_ == 2) {
    colorEnds();
  } else if (value_kind_ == 3) {
    if (std::string_view(color_, color_len_ <= sizeof color_ ? color_len_ : 0) == "1") tag_tiny_ = true;
  }
  value_kind_ = 0;
  color_len_ = 0;
  color_on_ = false;
  style_len_ = 0;
  zero_pending_ = false;
  return n;
}

void HtmlText::colorEnds() {
  const std::string_view v(color_, color_len_ <= sizeof color_ ? color_len_ : 0);
  if (v == "#fff" || v == "#ffffff" || v == "white") tag_white_ = true;
  color_len_ = 0;
  color_on_ = false;
}

// A byte of a style attribute: a window of its last bytes (spaces dropped,
// lower case) is compared with the declarations that hide an element.
void HtmlText::styleByte(uint8_t b) {
  if (isAsciiSpace(b)) return;
  const auto c = static_cast<char>(lower(b));
  if (zero_pending_) {  // "font-size:0" hides, "font-size:0.9em" does not
    zero_pending_ = false;
    if (!isDigit(b) && c != '.') tag_hidden_ = true;
  }
  if (color_on_) {
    if (c == ';') {
      colorEnds();
    } else {
      if (color_len_ < sizeof color_) color_[color_len_] = c;
      if (color_len_ <= sizeof color_) ++color_len_;
    }
  }
  if (style_len_ == sizeof style_) {
    std::memmove(style_, style_ + 1, sizeof style_ - 1);
    --style_len_;
  }
  style_[style_len_++] = c;
  const std::string_view w(style_, style_len_);
  if (endsWith(w, "display:none") || endsWith(w, "visibility:hidden") || endsWith(w, "font-size:1px") ||
      endsWith(w, "font-size:1pt"))
    tag_hidden_ = true;
  if (endsWith(w, "font-size:0") || endsWith(w, "opacity:0")) zero_pending_ = true;
  // "color:" but not "background-color:" or "border-color:".
  if (endsWith(w, "color:") && !(w.size() > 6 && w[w.size() - 7] == '-')) {
    color_on_ = true;
    color_len_ = 0;
  }
}

// How many bytes from the start of `in` (at most `room`) are plain text in
// state Text: nothing that starts markup, an entity, whitespace or a
// possibly invisible UTF-8 sequence; with `spaces`, also single ASCII spaces
// between such bytes (the run's first byte is none), which come out as they
// are: the per-byte path would hold each as a pending space of width one and
// write it as ' ' before the next byte (no line break, so no quote prefix).
// Hidden text passes no spaces: there a space also sets ascii_space_.
size_t HtmlText::ordinaryRun(ByteSpan in, size_t room, bool spaces) const {
  const size_t end = in.size() < room ? in.size() : room;
  const bool html = mode_ == Mode::Html;
  const auto ordinary = [&](uint8_t b) { return !(b <= ' ' || mayBeSpecial(b) || (html && (b == '<' || b == '&'))); };
  size_t k = 0;
  while (k < end) {
    if (ordinary(in[k])) {
      ++k;
    } else if (spaces && in[k] == ' ' && k > 0 && k + 1 < end && ordinary(in[k + 1])) {
      k += 2;
    } else {
      break;
    }
  }
  return k;
}

// How many bytes from the start of `in` the markup states can skip without
// looking at them: up to the next byte that can change the state.
size_t HtmlText::skippableRun(ByteSpan in) const {
  size_t k = 0;
  const size_t end = in.size();
  switch (state_) {
    case State::TagBody:
      // Attribute names are read (hidden elements); values only when they may hide.
      if ((quote_ == '"' || quote_ == '\'') && value_kind_ == 0)
        while (k < end && in[k] != quote_) ++k;
      break;
    case State::Comment:
      if (dashes_ == 0)
        while (k < end && in[k] != '-') ++k;
      break;
    case State::RawText:
      if (raw_match_ == 0)
        while (k < end && in[k] != '<') ++k;
      break;
    default: break;
  }
  return k;
}

size_t HtmlText::step(ByteSpan& in, uint8_t* out, size_t cap) {
  size_t n = 0;
  size_t i = 0;
  for (; i < in.size() && n + kMinStep <= cap; ++i) {
    // Fast paths: most bytes are ordinary text, or markup skipped up to one
    // byte that matters; those runs move without the per-byte state machine.
    if (state_ == State::Text && utf8_len_ == 0) {
      const size_t run = ordinaryRun(in.subspan(i), cap - n - kMinStep, !hiding());
      if (run > 0 && hiding()) {
        i += run;  // text of a hidden element
        if (i == in.size()) break;
      } else if (run > 0) {
        n += emitSpaceIfAny(out + n);
        std::memcpy(out + n, in.data() + i, run);
        n += run;
        started_ = true;
        i += run;
        if (i == in.size() || n + kMinStep > cap) break;
      }
    } else if (state_ == State::TagBody || state_ == State::Comment || state_ == State::RawText) {
      i += skippableRun(in.subspan(i));
      if (i == in.size()) break;
    }
    const uint8_t b = in[i];
    switch (state_) {
      case State::Text: n += textByte(b, out + n); break;
      case State::TagOpen:
        if (isAlpha(b) || b == '/') {
          state_ = State::TagName;
          closing_tag_ = b == '/';
          name_len_ = 0;
          self_closing_ = tag_hidden_ = tag_white_ = tag_tiny_ = false;
          attr_len_ = value_kind_ = 0;
          if (isAlpha(b)) name_[name_len_++] = static_cast<char>(lower(b));
        } else if (b == '!') {
          state_ = State::Bang;
          dashes_ = 0;
        } else if (b == '?') {
          state_ = State::TagBody;
          quote_ = 0;
          name_len_ = 0;
          closing_tag_ = true;  // a processing instruction: acts like an unknown tag
        } else {
          state_ = State::Text;  // "a < b": the '<' is text
          n += putByte('<', out + n);
          n += textByte(b, out + n);
        }
        break;
      case State::TagName:
        if (isAlpha(b) || isDigit(b)) {
          if (name_len_ < sizeof name_) name_[name_len_] = static_cast<char>(lower(b));
          if (name_len_ <= sizeof name_) ++name_len_;  // one past the size: too long to be a known tag
          break;
        }
        state_ = State::TagBody;
        quote_ = 0;
        [[fallthrough]];
      case State::TagBody: n += tagBodyByte(b, out + n); break;
      case State::Bang:
        if (b == '-') {
          if (++dashes_ == 2) {
            state_ = State::Comment;
            dashes_ = 0;
          }
        } else if (b == '>') {
          state_ = State::Text;
        } else {
          state_ = State::TagBody;  // <!DOCTYPE ...>, <![CDATA[...]]>: skipped to '>'
          quote_ = 0;
          name_len_ = 0;
          closing_tag_ = true;
        }
        break;
      case State::Comment:
        if (b == '-') {
          if (dashes_ < 2) ++dashes_;
        } else if (b == '>' && dashes_ == 2) {
          state_ = State::Text;  // a comment splits no word: "bit<!-- -->coin" is "bitcoin"
        } else {
          dashes_ = 0;
        }
        break;
      case State::Entity: {
        const size_t len = pending_len_;
        if (extendsEntity(b)) {
          pending_[pending_len_++] = b;
          break;
        }
        state_ = State::Text;
        if (b == ';' && len > 1) {
          n += endEntity(out + n, true);
          break;
        }
        n += endEntity(out + n, false);
        n += textByte(b, out + n);
        break;
      }
      case State::RawText: {
        const std::string_view close = kRawTextTags[raw_kind_];
        // raw_match_ counts "</" (2) and then the name's letters.
        const uint8_t want = raw_match_ == 0   ? '<'
                             : raw_match_ == 1 ? '/'
                                               : static_cast<uint8_t>(close[raw_match_ - 2u]);
        if (lower(b) == want) {
          if (++raw_match_ == close.size() + 2) {
            state_ = State::TagBody;  // the rest of "</script ...>"
            quote_ = 0;
            closing_tag_ = true;
            name_len_ = 0;  // an unknown name: its '>' gives a line break
          }
        } else {
          raw_match_ = b == '<' ? 1 : 0;
        }
        break;
      }
    }
  }
  in = in.subspan(i);
  return n;
}

size_t HtmlText::flush(uint8_t* out) {
  size_t n = 0;
  if (state_ == State::Entity) n += endEntity(out, false);
  if (state_ == State::TagOpen) n += putByte('<', out + n);
  for (size_t i = 0; i < utf8_len_; ++i) n += putByte(utf8_[i], out + n);
  utf8_len_ = 0;
  state_ = State::Text;
  return n;
}

std::optional<HtmlText::Mode> textModeForMediaType(std::string_view value) {
  std::string_view type = value.substr(0, value.find(';'));
  while (!type.empty() && isAsciiSpace(static_cast<uint8_t>(type.front()))) type.remove_prefix(1);
  while (!type.empty() && isAsciiSpace(static_cast<uint8_t>(type.back()))) type.remove_suffix(1);
  if (type.empty()) return HtmlText::Mode::Html;
  std::array<char, 64> buf{};
  if (type.size() > buf.size()) return std::nullopt;
  for (size_t i = 0; i < type.size(); ++i) buf[i] = static_cast<char>(lower(static_cast<uint8_t>(type[i])));
  const std::string_view t(buf.data(), type.size());
  const auto ends = [&t](std::string_view suffix) {
    return t.size() >= suffix.size() && t.substr(t.size() - suffix.size()) == suffix;
  };
  if (t == "text/html" || t == "application/xhtml+xml" || t == "application/x-www-form-urlencoded" ||
      t == "multipart/form-data" || t == "application/json" || ends("+json"))
    return HtmlText::Mode::Html;
  if (t.substr(0, 5) == "text/" || t == "application/xml" || ends("+xml") || t == "application/javascript" ||
      t == "application/x-javascript" || t == "application/ecmascript")
    return HtmlText::Mode::Plain;
  return std::nullopt;
}

}  // namespace tapwatch

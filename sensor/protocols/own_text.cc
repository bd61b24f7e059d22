#include "protocols/own_text.h"

#include <algorithm>
#include <array>

#include "protocols/text_util.h"

namespace tapwatch {
namespace {

// Header names that open a quoted or forwarded message's header block, in the
// languages mail clients write them ("From:", "Von:", "De :", "Kimden:"; the
// escapes are "от", "От", "кому", "Кому").
constexpr std::array<std::string_view, 16> kHeaderNames{"from",
                                                        "von",
                                                        "de",
                                                        "da",
                                                        "van",
                                                        "kimden",
                                                        "kime",
                                                        "to",
                                                        "an",
                                                        "cc",
                                                        "reply-to",
                                                        "sender",
                                                        "\xd0\xbe\xd1\x82",
                                                        "\xd0\x9e\xd1\x82",
                                                        "\xd0\xba\xd0\xbe\xd0\xbc\xd1\x83",
                                                        "\xd0\x9a\xd0\xbe\xd0\xbc\xd1\x83"};

// Quote depth: the '>' markers at the start ("> > x" and ">> x" are 2); `p`
// is left at the first byte of the content.
unsigned quoteDepth(std::string_view line, size_t& p) {
  unsigned depth = 0;
  p = 0;
  while (p < line.size()) {
    if (line[p] == '>') {
      ++depth;
    } else if (!(line[p] == ' ' && depth > 0)) {
      break;
    }
    ++p;
  }
  return depth;
}

// The name before a line's colon (at most `max_colon` bytes in) is one of `names`, any case.
template <size_t N>
bool namedBeforeColon(std::string_view s, size_t max_colon, const std::array<std::string_view, N>& names) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > max_colon) return false;
  return iequalsAny(trim(s.substr(0, colon)), names);
}

bool isHeaderLine(std::string_view s) { return namedBeforeColon(s, 12, kHeaderNames); }

// "Signed-off-by:", "Reported-by:", "Reviewed-and-tested-by:": a git trailer.
bool isTrailer(std::string_view s) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon < 4 || colon > 40) return false;
  const std::string_view name = s.substr(0, colon);
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return false;
  return name.size() > 3 && iequals(name.substr(name.size() - 3), "-by");
}

bool isFooterRule(std::string_view s) {
  if (s.size() < 10) return false;
  for (char c : s)
    if (c != '_') return false;
  return true;
}

// From-like header names: the line that opens a pasted or forwarded letter's header block, as mail
// clients write it in the languages of the lists (EN, DE, FR/ES/PT, IT, NL, PL, TR/TK, UZ, RU, "От кого"
// of Mail.ru, KK, KY).
constexpr std::array<std::string_view, 16> kFromNames{"from",
                                                      "von",
                                                      "de",
                                                      "da",
                                                      "van",
                                                      "od",
                                                      "kimden",
                                                      "kimdan",
                                                      "sender",
                                                      "\xd0\xbe\xd1\x82",
                                                      "\xd0\x9e\xd1\x82",
                                                      "\xd0\x9e\xd1\x82 \xd0\xba\xd0\xbe\xd0\xb3\xd0\xbe",
                                                      "\xd0\xbe\xd1\x82 \xd0\xba\xd0\xbe\xd0\xb3\xd0\xbe",
                                                      "\xd0\x9a\xd0\xb8\xd0\xbc\xd0\xb4\xd0\xb0\xd0\xbd",
                                                      "\xd0\x9a\xd1\x96\xd0\xbc\xd0\xbd\xd0\xb5\xd0\xbd",
                                                      "\xd0\x9a\xd0\xb8\xd0\xbc\xd0\xb4\xd0\xb5\xd0\xbd"};

bool isFromLine(std::string_view s) { return namedBeforeColon(s, 14, kFromNames); }

// "Subject: x", "Date: x", "Betreff: x", "Тема: x", "Objet : x": one or two words before a colon and a
// value after it; what a header block's next lines look like in any language.
bool isHeaderLike(std::string_view s) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 24 || colon + 1 >= s.size()) return false;
  unsigned spaces = 0;
  for (size_t i = 0; i < colon; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      ++spaces;
    } else if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) {
      return false;
    }
  }
  return spaces <= 1 && s[0] != ' ';
}

// `s` without the emoji and symbols a scam puts before a line ("📞🔥 From: ..."): blanks and three- and
// four-byte UTF-8 characters, at most 16 bytes (letters of Cyrillic, Greek or Latin are two bytes at most).
std::string_view afterLeadingSymbols(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && b < 16) {
    const auto c = static_cast<unsigned char>(s[b]);
    if (c == ' ') {
      ++b;
    } else if (c >= 0xE0) {
      b += c >= 0xF0 ? 4 : 3;
    } else if (c >= 0x80 && c < 0xC0) {
      ++b;  // the rest of a sequence
    } else {
      break;
    }
  }
  return s.substr(std::min(b, s.size()));
}

bool isWordByte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isRuleChar(char c) { return c == '-' || c == '=' || c == '~' || c == '*' || c == '#' || c == '_' || c == '+'; }

// A rule of at least three marker characters on each side of a short title ("-------- Original Message
// --------", "--- snip ---", "-----8<-----"): returns the title (empty: a bare rule or none), and whether
// the line is such a rule at all. Emoji or symbols a scam puts before the rule are skipped.
bool titledRule(std::string_view s, std::string_view& title) {
  size_t b = 0;
  // A leading emoji or two (bytes beyond ASCII) and blanks; not words ("Hello -- world --" is no rule).
  while (b < s.size() && b < 12 && (static_cast<unsigned char>(s[b]) >= 0x80 || s[b] == ' ')) ++b;
  if (b == s.size() || b >= 12) return false;
  s.remove_prefix(b);
  size_t lead = 0;
  while (lead < s.size() && (isRuleChar(s[lead]) || s[lead] == ' ')) ++lead;
  size_t trail = 0;
  while (trail < s.size() - lead && (isRuleChar(s[s.size() - 1 - trail]) || s[s.size() - 1 - trail] == ' ')) ++trail;
  unsigned lead_marks = 0, trail_marks = 0;
  for (size_t i = 0; i < lead; ++i) lead_marks += isRuleChar(s[i]);
  for (size_t i = 0; i < trail; ++i) trail_marks += isRuleChar(s[s.size() - 1 - i]);
  title = s.substr(lead, s.size() - lead - trail);
  if (lead_marks < 2) return false;
  if (title.empty()) return lead_marks >= 3;
  // At most 48 characters (UTF-8 counted by lead bytes: "Қайта жіберілген хабарлама" is 26, in 50 bytes).
  size_t chars = 0;
  for (const char c : title) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return trail_marks >= 2 && chars <= 48;
}

// Scissors and the words people write on cut marks. "8<" and ">8" are scissors drawn in ASCII.
constexpr std::array<std::string_view, 22> kCutWords{"8<",
                                                     ">8",
                                                     "\xe2\x9c\x82",
                                                     "\xe2\x9c\x84",
                                                     "cut",
                                                     "snip",
                                                     "snap",
                                                     "schnipp",
                                                     "schnapp",
                                                     "begin",
                                                     "end",
                                                     "start",
                                                     "anfang",
                                                     "ende",
                                                     "inicio",
                                                     "fin",
                                                     "d\xc3\xa9"
                                                     "but",
                                                     "corte",
                                                     "\xd0\xbd\xd0\xb0\xd1\x87\xd0\xb0\xd0\xbb\xd0\xbe",
                                                     "\xd0\xba\xd0\xbe\xd0\xbd\xd0\xb5\xd1\x86",
                                                     "\xd0\xbe\xd1\x82\xd1\x80\xd0\xb5\xd0\xb7",
                                                     "kes"};

// The title of a rule names a cut: scissors anywhere, or a cut word as a whole word (case-insensitive ASCII;
// the Cyrillic words as prefixes).
unsigned wordCount(std::string_view s);

// "Anfang der Mail", "End of message", "fin du message": a cut word, a linking word, a noun.
bool linksThreeWords(std::string_view title) {
  constexpr std::array<std::string_view, 7> kLinks{"of", "der", "des", "du", "de", "del", "the"};
  const size_t a = title.find(' ');
  if (a == std::string_view::npos) return false;
  const size_t b = title.find(' ', a + 1);
  if (b == std::string_view::npos) return false;
  return iequalsAny(title.substr(a + 1, b - a - 1), kLinks);
}

// "begin pasted mail", "end forwarded message": a cut word, a word, then a noun for a mail (ASCII only:
// "Начало пересылаемого сообщения" stays a forward header; "BEGIN PGP SIGNATURE" ends in no such noun).
bool endsInMailNoun(std::string_view title) {
  constexpr std::array<std::string_view, 12> kNouns{"mail",  "email", "e-mail",    "message",  "letter",  "text",
                                                    "paste", "brief", "nachricht", "courriel", "mensaje", "correo"};
  const size_t last = title.rfind(' ');
  if (last == std::string_view::npos) return false;
  return iequalsAny(title.substr(last + 1), kNouns);
}

bool isCutTitle(std::string_view title) {
  // "cut here", "snip", "BEGIN": short; "Anfang der Mail" with a linking word, "begin pasted mail" with a
  // mail noun. "Начало пересылаемого сообщения" and "BEGIN PGP SIGNATURE" are a forward header and an
  // armour line, not cut marks.
  if (title.empty()) return false;
  const unsigned words = wordCount(title);
  if (words > 3 || (words == 3 && !linksThreeWords(title) && !endsInMailNoun(title))) return false;
  for (size_t i = 0; i < title.size(); ++i) {
    for (std::string_view w : kCutWords) {
      if (i + w.size() > title.size() || !iequals(title.substr(i, w.size()), w)) continue;
      const bool symbol = !isWordByte(static_cast<unsigned char>(w[0])) || w[0] == '8' || w[1] == '8';
      if (symbol) return true;
      const bool starts = i == 0 || !isWordByte(static_cast<unsigned char>(title[i - 1]));
      const bool cyrillic = static_cast<unsigned char>(w[0]) >= 0x80;
      const bool ends = i + w.size() == title.size() || !isWordByte(static_cast<unsigned char>(title[i + w.size()]));
      if (starts && (ends || cyrillic)) return true;
    }
  }
  return false;
}

bool isCutMark(std::string_view s) {
  // "8<--------": scissors, then a rule.
  if (s.size() >= 6 && (s.substr(0, 2) == "8<" || s.substr(0, 2) == ">8") && isRuleChar(s[2])) return true;
  // "[snip]" and "[/snip]", "[cut]": a cut word in brackets on a line of its own.
  if (s.size() >= 4 && s.size() <= 16 && s.front() == '[' && s.back() == ']') {
    std::string_view word = s.substr(1, s.size() - 2);
    if (!word.empty() && word.front() == '/') word.remove_prefix(1);
    return word.find(' ') == std::string_view::npos && isCutTitle(word);
  }
  std::string_view title;
  return titledRule(s, title) && isCutTitle(title);
}

// Words: runs of non-blanks holding a letter or digit (a rule's dashes are no word).
unsigned wordCount(std::string_view s) {
  unsigned words = 0;
  bool counted = false;  // the current run of non-blanks is counted
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      counted = false;
      continue;
    }
    if (!counted && isWordByte(static_cast<unsigned char>(c))) {
      ++words;
      counted = true;
    }
  }
  return words;
}

// The significant characters of a display name: ASCII letters and digits (lower case) and the bytes of
// letters beyond ASCII, without punctuation, symbols and emoji (U+2000-U+2BFF, U+1F000 and up), which
// scammers sprinkle into names.
size_t nameKey(std::string_view s, char* out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < cap;) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = s.size() - i;
    const bool symbol = c >= 0xF0 || (c == 0xE2);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        out[n++] = asciiLower(static_cast<char>(c));
    } else if (!symbol) {
      for (size_t k = 0; k < len && n < cap; ++k) out[n++] = s[i + k];
    }
    i += len;
  }
  return n;
}

// A quotation mark opening a pasted passage: '"', '«' (U+00AB), '„' (U+201E), '“' (U+201C).
bool opensQuotation(std::string_view s) {
  return !s.empty() &&
         (s[0] == '"' || s.starts_with("\xc2\xab") || s.starts_with("\xe2\x80\x9e") || s.starts_with("\xe2\x80\x9c"));
}

// A line that closes one: '"', '»' (U+00BB), '“' (U+201C, German), '”' (U+201D), a full stop after it allowed.
bool closesQuotation(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return !s.empty() &&
         (s.back() == '"' || s.ends_with("\xc2\xbb") || s.ends_with("\xe2\x80\x9c") || s.ends_with("\xe2\x80\x9d"));
}

// The text of a one-line quotation (after its opening mark) ends, before the closing mark, in a full
// stop, '!', '?' or an ellipsis: a sentence, not a subject line.
bool endsInSentenceMark(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);  // a full stop after the mark
  for (std::string_view mark : {"\"", "\xc2\xbb", "\xe2\x80\x9c", "\xe2\x80\x9d"})
    if (s.ends_with(mark)) {
      s.remove_suffix(mark.size());
      break;
    }
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.ends_with("\xe2\x80\xa6"));
}

}  // namespace

void OwnText::begin(Mode mode, bool json_escapes) {
  mode_ = mode;
  json_ = json_escapes;
  json_backslash_ = false;
  state_ = State::Holding;
  rest_dropped_ = false;
  self_depth_ = 0;
  len_ = 0;
  block_ = Block::None;
  marker_above_ = false;
  colon_above_ = false;
  rule_above_ = false;
  asked_ = false;
  own_words_ = 0;
  text_self_count_ = 0;
}

bool OwnText::namesSelf(std::string_view s) const {
  const auto has = [s](std::string_view addr) {
    if (addr.size() < 3 || addr.size() > s.size()) return false;
    for (size_t i = 0; i + addr.size() <= s.size(); ++i)
      if (iequals(s.substr(i, addr.size()), addr)) return true;
    return false;
  };
  for (std::string_view addr : self_)
    if (has(addr)) return true;
  for (size_t k = 0; k < text_self_count_; ++k)
    if (has(std::string_view(text_self_[k], text_self_len_[k]))) return true;
  return false;
}

// "From: Global Credit Services <treasury@hotmail.fr>" under a mail whose From's display name is "Global
// Credit Services": the scammer's own letter sent from another of his mailboxes.
bool OwnText::namesSelfByName(std::string_view header_value) const {
  if (self_name_.empty()) return false;
  const size_t lt = header_value.find('<');
  if (lt == std::string_view::npos) return false;
  const size_t colon = header_value.find(':');
  std::string_view name = trim(header_value.substr(colon + 1, lt - colon - 1));
  // "jreeves.diplomat@mail.ru <jreeves.diplomat@mail.ru>" under "jreeves.diplomat via foo-devel": a name
  // that is an address is compared by its local part.
  if (const size_t at = name.find('@'); at != std::string_view::npos) name = name.substr(0, at);
  char a[kMaxName], b[kMaxName];
  const size_t na = nameKey(name, a, sizeof a);
  const size_t nb = nameKey(self_name_, b, sizeof b);
  return na >= 4 && na == nb && std::memcmp(a, b, na) == 0;
}

// An address the sender writes in his own lines ("reply to kofi.desk@outlook.com") is his: a quoted letter
// attributed to it is his own earlier letter.
void OwnText::rememberTextSelf(std::string_view content) {
  for (size_t at = content.find('@'); at != std::string_view::npos && text_self_count_ < kTextSelf;
       at = content.find('@', at + 1)) {
    size_t b = at, e = at + 1;
    const auto addrChar = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
             c == '-' || c == '+';
    };
    while (b > 0 && addrChar(content[b - 1])) --b;
    while (e < content.size() && addrChar(content[e])) ++e;
    while (e > at + 1 && content[e - 1] == '.') --e;  // the sentence's full stop
    const std::string_view addr = content.substr(b, e - b);
    if (b == at || e - at < 4 || addr.size() > kMaxAddress || addr.find('.', at - b) == std::string_view::npos)
      continue;
    if (namesSelf(addr)) continue;
    std::memcpy(text_self_[text_self_count_], addr.data(), addr.size());
    text_self_len_[text_self_count_++] = static_cast<uint8_t>(addr.size());
  }
}

void OwnText::countWords(std::string_view content) {
  const unsigned words = wordCount(content);
  if (words >= kCommentWords) own_words_ += words;
}

// Called for every line at quote depth 0 that is not an attribution. `whole`: the line is complete (not
// cut at kHold).
bool OwnText::inQuotedBlock(std::string_view content, bool whole) {
  const bool marker_above = marker_above_;
  marker_above_ = false;
  const bool colon_above = colon_above_;
  const bool rule_above = rule_above_;
  if (!content.empty()) colon_above_ = rule_above_ = false;
  if (content.empty()) {
    // A blank line ends a header block: the letter's body follows.
    if (block_ == Block::Head) block_ = Block::Forwarded;
    if (block_ == Block::HeadMaybe) block_ = Block::None;
    return block_ != Block::None;
  }
  const bool commented = own_words_ >= kCommentWords;
  std::string_view title;
  const bool rule = whole && titledRule(content, title);
  if (whole && isCutMark(content) && block_ != Block::Forwarded && block_ != Block::Head) {
    // Inside a quoted letter, cut marks are that letter's own (a digest's post pasting a scam).
    if (block_ == Block::Cut) {
      block_ = Block::None;  // the closing mark
      return true;
    }
    block_ = Block::None;
    if (commented) {
      block_ = Block::Cut;
      return true;
    }
    return false;
  }
  switch (block_) {
    case Block::Cut: return true;
    case Block::Pasted:
      if (closesQuotation(content)) block_ = Block::None;
      return true;
    case Block::Forwarded:
      // "----- End forwarded message -----", a PGP armour line; not the letter's own cut marks ("--- snip
      // ---"), but a title that names a mail ends it even where it would be a cut mark elsewhere.
      if (rule && !title.empty() && (!isCutTitle(title) || endsInMailNoun(title))) block_ = Block::None;
      return true;
    case Block::Head:
      if (whole && isHeaderLike(content)) return true;
      block_ = Block::Forwarded;
      return true;
    case Block::HeadMaybe:
      if (whole && isHeaderLike(content)) {
        block_ = Block::Head;
        return true;
      }
      block_ = Block::None;
      break;
    case Block::None: break;
  }
  // An address (the leet fold may have read "@t-online.de" as a letter: '<' counts too).
  const bool has_address = content.find('@') != std::string_view::npos || content.find('<') != std::string_view::npos;
  if (whole && mode_ == Mode::Mail && knowsSelf() && commented && has_address && isFromLine(content) &&
      !namesSelf(content) && !namesSelfByName(content)) {
    block_ = marker_above ? Block::Head : Block::HeadMaybe;
    return true;
  }
  // A pasted letter under the sender's comment that points at it (asked_: a line of his ended in ':' or
  // asked a question: "Got this today, is it real?", "Police warn about messages like this:"), in every
  // mode: its subject quoted on a line of its own ("« Your parcel is held »") and its body below, or a
  // forward without headers under a titled rule. Both quoted to the next cut mark.
  const bool pointed = commented && asked_;
  if (whole && pointed && opensQuotation(content)) {
    const std::string_view after_mark = content.substr(content[0] == '"' ? 1 : 2);
    if (closesQuotation(after_mark)) {
      // A subject ("« Your parcel is held »") has no full stop, '!' or '?' at its end; a quoted sentence
      // is a quotation of its own (a page's testimonial "Arrived in two days, great!"), not a letter.
      if (!endsInSentenceMark(after_mark)) {
        block_ = Block::Cut;  // the subject line: the letter's body follows
        return true;
      }
      if (mode_ == Mode::Page) return true;  // the quoted sentence alone
    }
    // Pages only (Mode::Page): a passage in quotation marks under the page's "...:" (stop 35 measured it
    // in mail and posts, where it caught nothing).
    if (mode_ == Mode::Page && colon_above) {
      block_ = Block::Pasted;
      return true;
    }
  }
  // The titled rule must come under the pointing comment (a banner or greeting above a forwarded chat is
  // the scammer's own mail: "Good morning my dear", then his chat). A From line under the rule is left to
  // the forwarded-mail rules (a scammer's own earlier letter stays his); any other line, even one that
  // looks like a header ("Payment order: your prize awaits"), starts the pasted text.
  if (whole && pointed && rule_above && !isFromLine(afterLeadingSymbols(content))) {
    block_ = Block::Cut;
    return true;
  }
  // A comment of the sender's that points below: it ends in ':' or asks (this line may be the comment).
  if (whole && (content.back() == ':' || content.find('?') != std::string_view::npos) &&
      (commented || wordCount(content) >= kCommentWords))
    asked_ = true;
  rule_above_ = whole && rule && !title.empty();
  marker_above_ = whole && ((rule && !title.empty()) || content.back() == ':');
  colon_above_ = whole && (content.back() == ':' || (rule && !title.empty() && colon_above));
  return false;
}

std::string_view OwnText::decideLine() {
  std::string_view line(line_, len_);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  size_t p = 0;
  const unsigned depth = quoteDepth(line, p);
  const std::string_view content = line.substr(p);
  const bool has_at = content.find('@') != std::string_view::npos;

  if (depth < self_depth_) self_depth_ = 0;  // the sender's quoted letter ended
  if (depth == 0 && inQuotedBlock(content, true)) return {};
  if (!content.empty() && content.back() == ':' && has_at) {
    // An attribution line: whose words follow, one level deeper?
    if (namesSelf(content)) self_depth_ = static_cast<uint8_t>(depth + 1 > 255 ? 255 : depth + 1);
    return {};
  }
  const bool own_level = depth == 0 || (self_depth_ > 0 && depth >= self_depth_);
  if (!own_level) return {};
  if (depth == 0 && mode_ == Mode::Mail && (content == "--" || isFooterRule(content))) {
    rest_dropped_ = true;
    return {};
  }
  if (isTrailer(content) || (has_at && isHeaderLine(content) && !namesSelf(content))) return {};
  if (depth == 0) {
    countWords(content);
    if (has_at) rememberTextSelf(content);
  }
  return content.empty() ? std::string_view(line_, 0) : content;
}

std::string_view OwnText::decideLongLine() {
  const std::string_view line(line_, len_);
  size_t p = 0;
  const unsigned depth = quoteDepth(line, p);
  if (depth < self_depth_) self_depth_ = 0;
  if (depth == 0 && inQuotedBlock(line, false)) return {};
  const bool own_level = depth == 0 || (self_depth_ > 0 && depth >= self_depth_);
  if (depth == 0) countWords(line);
  return own_level ? line.substr(p) : std::string_view{};
}

}  // namespace tapwatch

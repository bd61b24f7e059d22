#include "protocols/rfc2047.h"

#include "common/bytes.h"
#include "protocols/base64_decoder.h"

namespace tapwatch {
namespace {

bool isBlank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

struct EncodedWord {
  std::string_view charset;
  char encoding = 0;  // 'B' or 'Q'
  std::string_view text;
  size_t end = 0;  // index just past "?="
};

// value[at] == '=' and value[at+1] == '?'.
bool parseWord(std::string_view value, size_t at, EncodedWord& word) {
  const size_t cs_begin = at + 2;
  const size_t q1 = value.find('?', cs_begin);
  if (q1 == std::string_view::npos || q1 == cs_begin || q1 - cs_begin > 64) return false;
  for (size_t i = cs_begin; i < q1; ++i)
    if (value[i] == ' ' || value[i] == '\t') return false;
  if (q1 + 2 >= value.size() || value[q1 + 2] != '?') return false;
  const char enc = value[q1 + 1];
  if (enc != 'B' && enc != 'b' && enc != 'Q' && enc != 'q') return false;
  const size_t text_begin = q1 + 3;
  const size_t close = value.find("?=", text_begin);
  if (close == std::string_view::npos) return false;
  word.charset = value.substr(cs_begin, q1 - cs_begin);
  word.encoding = (enc == 'b' || enc == 'B') ? 'B' : 'Q';
  word.text = value.substr(text_begin, close - text_begin);
  word.end = close + 2;
  return true;
}

void decodeQ(std::string_view text, std::string& out) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_') {
      out.push_back(' ');
    } else if (c == '=' && i + 2 < text.size() && hexDigitValue(text[i + 1]) >= 0 && hexDigitValue(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexDigitValue(text[i + 1]) * 16 + hexDigitValue(text[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
}

void decodeB(std::string_view text, std::string& out) {
  Base64Decoder decoder;
  const size_t old = out.size();
  out.resize(old + text.size() + 2);
  size_t n = decoder.decode(asBytes(text), reinterpret_cast<uint8_t*>(out.data() + old));
  n += decoder.finish(reinterpret_cast<uint8_t*>(out.data() + old + n));  // unpadded word: mail clients keep its tail
  out.resize(old + n);
}

}  // namespace

void truncateUtf8(std::string& s, size_t max) {
  if (s.size() <= max) return;
  size_t cut = max;
  // Step back over continuation bytes so the cut lands before a lead byte.
  while (cut > 0 && (static_cast<uint8_t>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
}

void Rfc2047Decoder::flush(std::string& out, Outcome& outcome) {
  if (bytes_.empty()) return;
  const CharsetConverter::Open how = converter_.open(charset_);
  if (how == CharsetConverter::Open::Unknown) outcome.unknown_charset = true;
  auto append = [&out](ByteSpan b) { out.append(reinterpret_cast<const char*>(b.data()), b.size()); };
  converter_.convert(asBytes(bytes_), append);
  converter_.finish(append);
  if (converter_.invalidSequences() > 0) outcome.invalid_sequence = true;
  bytes_.clear();
}

Rfc2047Decoder::Outcome Rfc2047Decoder::decode(std::string_view value, std::string& out, size_t max_bytes) {
  Outcome outcome;
  out.clear();
  bytes_.clear();
  charset_.clear();
  size_t literal_start = 0;
  bool after_word = false;
  for (size_t i = 0; i + 1 < value.size() && out.size() <= max_bytes;) {
    EncodedWord word;
    if (value[i] != '=' || value[i + 1] != '?') {
      ++i;
      continue;
    }
    if (!parseWord(value, i, word)) {
      outcome.malformed = true;
      i += 2;
      continue;
    }
    const std::string_view literal = value.substr(literal_start, i - literal_start);
    if (!(after_word && isBlank(literal))) {
      flush(out, outcome);
      out.append(literal);
    }
    if (word.charset != charset_) {
      flush(out, outcome);
      charset_.assign(word.charset);
    }
    if (word.encoding == 'B') decodeB(word.text, bytes_);
    else decodeQ(word.text, bytes_);
    i = word.end;
    literal_start = i;
    after_word = true;
  }
  flush(out, outcome);
  if (literal_start < value.size()) out.append(value.substr(literal_start));
  truncateUtf8(out, max_bytes);
  return outcome;
}

}  // namespace tapwatch

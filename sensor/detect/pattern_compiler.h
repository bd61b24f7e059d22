#pragma once
// Turns Pattern values into Hyperscan expressions and flags, and validates
// single expressions. Main thread (set build).
#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"
#include "detect/signature.h"

namespace tapwatch {

bool isValidUtf8(std::string_view text);
bool hasNonAscii(std::string_view text);

// A literal as a regex matching exactly its bytes. hs_compile_lit_multi was
// measured and is no faster for 100k literals (3.2 s vs 2.9 s), so literals
// and list entries use the regex compiler. Literal lists on block fields get
// a database of their own, shared by every field naming the same lists
// (DetectionSet); elsewhere they join the field's database.
// Non-ASCII bytes stay raw when `utf8` (the pattern is compiled in UTF-8
// mode), else become \xHH.
std::string escapeLiteral(std::string_view literal, bool utf8);

// `bytes` as regex text: bytes for which keep(byte) holds are copied, every
// other byte becomes \xHH (safe in any regex context). Shared by the
// literal escaping above and the Suricata importer.
template <typename Keep>
std::string hexEscapeExcept(std::string_view bytes, Keep keep) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    if (keep(c)) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

inline bool isAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// HS_FLAG_* for a pattern whose text is `text`. Non-ASCII text turns on
// HS_FLAG_UTF8 automatically: an operator writing a caseless Russian word
// expects it to match in any case, and Hyperscan folds Cyrillic (Kazakh,
// Uzbek...) case only in UTF-8 mode. A regex using Unicode properties
// (\p{...}) gets the same. UCP (Unicode \w \s \d) stays opt-in: Hyperscan
// refuses \b in UCP mode, so turning it on silently would break patterns.
unsigned hyperscanFlags(uint32_t pattern_flags, std::string_view text, bool is_literal);

// Rejects \b / \B written right next to a non-ASCII character: Hyperscan's
// word boundary only knows ASCII word characters, so `\bбиткоин\b` would
// silently never match. The error suggests a Unicode-aware replacement.
Status checkWordBoundaries(std::string_view regex);

// Hyperscan expression text for a regex/literal pattern or one list entry.
std::string hyperscanExpression(const Pattern& pattern, std::string_view text);

// Validates one expression without building a database (disabled signatures).
Status checkExpression(const std::string& expression, unsigned flags);

}  // namespace tapwatch

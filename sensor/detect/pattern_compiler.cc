#include "detect/pattern_compiler.h"

#include <hs.h>

#include <cstdlib>

#include "detect/hs_handles.h"

namespace tapwatch {

bool hasNonAscii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return true;
  return false;
}

bool isValidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t n = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) n = 1, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 2, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 3, cp = c & 0x07;
    else return false;
    if (i + n >= text.size()) return false;  // truncated sequence
    for (size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    i += n + 1;
  }
  return true;
}

std::string escapeLiteral(std::string_view literal, bool utf8) {
  return hexEscapeExcept(literal, [utf8](unsigned char c) { return isAsciiAlnum(c) || (utf8 && c >= 0x80); });
}

unsigned hyperscanFlags(uint32_t pattern_flags, std::string_view text, bool is_literal) {
  unsigned flags = 0;
  if (pattern_flags & pattern_flag::Caseless) flags |= HS_FLAG_CASELESS;
  if (!is_literal) {
    if (pattern_flags & pattern_flag::Dotall) flags |= HS_FLAG_DOTALL;
    if (pattern_flags & pattern_flag::Multiline) flags |= HS_FLAG_MULTILINE;
  }
  if (pattern_flags & pattern_flag::Utf8) flags |= HS_FLAG_UTF8;
  if (pattern_flags & pattern_flag::Ucp) flags |= HS_FLAG_UTF8 | HS_FLAG_UCP;
  // Literals that are not valid UTF-8 are matched byte for byte instead.
  if (hasNonAscii(text) && (!is_literal || isValidUtf8(text))) flags |= HS_FLAG_UTF8;
  // Unicode properties mean nothing in byte mode ("can never match"): the writer meant UTF-8.
  if (!is_literal && (text.find("\\p{") != std::string_view::npos || text.find("\\P{") != std::string_view::npos))
    flags |= HS_FLAG_UTF8;
  if (is_literal && !isValidUtf8(text)) flags &= ~(HS_FLAG_UTF8 | HS_FLAG_UCP);
  return flags;
}

Status checkWordBoundaries(std::string_view regex) {
  for (size_t i = 0; i + 1 < regex.size(); ++i) {
    if (regex[i] != '\\') continue;
    const char next = regex[i + 1];
    if (next == 'b' || next == 'B') {
      const bool before = i > 0 && static_cast<unsigned char>(regex[i - 1]) >= 0x80;
      const bool after = i + 2 < regex.size() && static_cast<unsigned char>(regex[i + 2]) >= 0x80;
      if (before || after)
        return makeError(std::string("\\") + next +
                         " next to a non-ASCII letter never matches: Hyperscan's word boundary only knows ASCII "
                         "letters (and is refused with ucp); write (?:^|[^\\p{L}\\p{N}]) or "
                         "(?:[^\\p{L}\\p{N}]|$) instead");
    }
    ++i;  // skip the escaped character
  }
  return Ok{};
}

std::string hyperscanExpression(const Pattern& pattern, std::string_view text) {
  if (pattern.kind == PatternKind::Regex) return std::string(text);
  const unsigned flags = hyperscanFlags(pattern.flags, text, true);
  return escapeLiteral(text, (flags & HS_FLAG_UTF8) != 0);
}

Status checkExpression(const std::string& expression, unsigned flags) {
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* raw_error = nullptr;
  if (hs_expression_info(expression.c_str(), flags, &info, &raw_error) != HS_SUCCESS) {
    HsCompileErrorPtr error(raw_error);
    return makeError(error ? error->message : "invalid expression");
  }
  free(info);  // allocated with the default misc allocator (malloc)
  return Ok{};
}

}  // namespace tapwatch

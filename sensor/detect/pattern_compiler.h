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

// A literal as a regex matching exactly its bytes. Non-ASCII bytes stay raw
// when `utf8` (the pattern is compiled in UTF-8 mode), else become \xHH.
std::string escapeLiteral(std::string_view literal, bool utf8);

// HS_FLAG_* for a pattern whose text is `text`. Non-ASCII text turns on
// HS_FLAG_UTF8|HS_FLAG_UCP automatically: an operator writing a caseless
// Russian word expects it to match in any case, and `\b`/`\w` to treat
// Cyrillic as letters; both need UTF-8 + UCP mode in Hyperscan.
unsigned hyperscanFlags(uint32_t pattern_flags, std::string_view text, bool is_literal);

// Hyperscan expression text for a regex/literal pattern or one list entry.
std::string hyperscanExpression(const Pattern& pattern, std::string_view text);

// Validates one expression without building a database (disabled signatures).
Status checkExpression(const std::string& expression, unsigned flags);

}  // namespace tapwatch

#pragma once
// Text-level parsing shared by the payload keywords: content strings
// ("a|0d 0a|b\;" with negation), integers, comma-separated arguments and
// Suricata's integer comparisons (bsize). Main thread (rule loading).
// Errors name the keyword: "content: unterminated |hex|".
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "detect/rule_program.h"

namespace tapwatch {

std::string_view trimRuleText(std::string_view text);

// The bytes of a quoted content value; `*negated` tells whether it began with '!'.
Result<std::string> decodeRuleContent(std::string_view keyword, std::string_view value, bool* negated);

// A decimal (optionally signed) or 0x-hex integer within [min, max].
Result<int64_t> parseRuleInteger(std::string_view keyword, std::string_view text, int64_t min, int64_t max);

// Comma-separated arguments, each trimmed.
std::vector<std::string_view> splitRuleArguments(std::string_view value);

// Suricata's unsigned-integer comparison forms: "n", "=n", "!n", "!=n", "<n", "<=n", ">n", ">=n",
// "a-b", "!a-b", "a<>b" (ranges exclusive), "&mask=v", "&mask!=v"; values may be 0x-hex and carry a
// kb/mb/gb (kib/mib/gib) suffix.
Result<RuleBsize> parseRuleUintCompare(std::string_view keyword, std::string_view value);

// A hex key such as "0d0ac8ff" (quotes optional), for xor.
Result<std::string> parseRuleHexKey(std::string_view keyword, std::string_view value);

}  // namespace tapwatch

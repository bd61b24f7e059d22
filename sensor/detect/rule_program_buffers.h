#pragma once
// The Suricata keywords that choose an inspection buffer: sticky buffers
// (`http.uri;`, `file_data;` ...) and the legacy content modifiers
// (`content:"x"; http_uri;`), each resolved to one canonical sticky-buffer
// name, and the transform keywords. Pure lookups; main thread (rule loading).
#include <optional>
#include <string_view>

#include "detect/rule_program.h"

namespace tapwatch {

// The canonical name for a sticky-buffer keyword or its legacy alias ("file_data" -> "file.data"),
// or "" when `keyword` is not one.
std::string_view ruleStickyBuffer(std::string_view keyword);

// The buffer a legacy content modifier moves its content to ("http_uri" -> "http.uri"), or "".
std::string_view ruleLegacyContentBuffer(std::string_view keyword);

// Suricata 7's multi-buffer keywords ("Multiple Buffer Matching"): each time one is named, the
// options after it form a new instance that may match a different value of the buffer.
bool ruleMultiBuffer(std::string_view buffer);

// The transform a keyword names ("to_lowercase" -> ToLowercase), or nullopt.
std::optional<RuleTransform> ruleTransformKeyword(std::string_view keyword);

// Suricata transforms this engine does not implement: the rule is refused rather than widened.
bool ruleUnsupportedTransform(std::string_view keyword);

// Fast-pattern priority of a buffer (lower wins), after Suricata's fast-pattern selection:
// the raw payload and the short HTTP method/status buffers rank below every other buffer.
int ruleBufferFastPatternPriority(std::string_view buffer);

}  // namespace tapwatch

#pragma once
// Suricata rule text: splits a `.rules` file into rules (trailing-backslash
// continuations joined, blank and comment lines skipped, commented-out rules
// kept as disabled) and one rule into its header words and option list.
// Pure text, main thread (loading, `sig import-suricata`). Meaning is given
// elsewhere: rule_header.* (addresses, ports), rule_loader.* (options).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace tapwatch {

// One rule as it stands in a file: continuations joined, its first line.
struct RuleSource {
  std::string text;
  uint32_t line = 0;      // 1-based line of the rule's first character
  uint32_t column = 1;    // column of the action word on that line
  bool disabled = false;  // written as `# alert ...`: Suricata skips it, so do we (reported, not loaded)
};

// One option `keyword:value;`. `value` is the raw text after ':' trimmed,
// escapes and quotes kept (content/pcre decode them themselves);
// `has_value` is false for bare keywords like `nocase;`.
struct RuleOption {
  std::string keyword;
  std::string value;
  bool has_value = false;
  uint32_t column = 0;  // 1-based column of the keyword in the joined rule text
};

struct RuleText {
  std::string action;  // alert, pass, drop, reject, ...
  std::string protocol;
  std::string src_addr, src_port;
  std::string direction;  // "->" or "<>"
  std::string dst_addr, dst_port;
  std::vector<RuleOption> options;
};

// Comment lines count as disabled rules only when what follows '#' reads as
// a rule (an action word, then '('): prose comments are ignored.
std::vector<RuleSource> splitRuleFile(std::string_view content);

// `where` is the rule's first character; errors point at the offending
// column (same line: continuation lines are counted as one long line).
Result<RuleText> parseRuleText(std::string_view rule, const SourceLocation& where);

// The text of a quoted option value (`msg:"a \"b\""`): quotes stripped,
// \" \; \\ and \: undone. Unquoted values come back trimmed.
std::string unquoteRuleValue(std::string_view value);

// The option's `keyword:` values of a comma list (`flow:to_server, established`), trimmed.
std::vector<std::string> splitRuleList(std::string_view value, char separator = ',');

}  // namespace tapwatch

#pragma once
// `tapwatch sig import-suricata`: now that `.rules` files load natively
// (rule_loader.h), importing is checking. Every rule is read with the
// loader's meaning: the ones that load are kept as written (text unchanged,
// continuation lines joined), the others are reported with file:line, sid,
// the keyword and why. A loadable rule's text is its own best conversion: it
// keeps the header ports, variables and flow options Suricata gives it.
// Main thread (CLI).
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "detect/rule_loader.h"

namespace tapwatch {

struct ImportedRule {
  std::string file;
  uint32_t line = 0;
  uint32_t sid = 0;
  std::string text;  // the rule as written (continuations joined)
};

struct SuricataImport {
  std::vector<ImportedRule> loaded;
  std::vector<RuleRefusal> refused;  // disabled rules included (RuleRefusal::disabled)
  size_t rules_seen = 0;

  // The loadable rules as a `.rules` file: a header comment naming the
  // sources and counts, then one rule per line.
  std::string rulesFile(const std::vector<std::string>& sources) const;
  // "keyword -> count" over the refusals (disabled excluded), most frequent first.
  std::vector<std::pair<std::string, size_t>> refusalsByKeyword() const;
};

// Adds one file's (or stdin's) rules; sids must be unique across every call.
void importSuricataRules(std::string_view text, const std::string& file, RuleLoadContext& context, SuricataImport& out);

}  // namespace tapwatch

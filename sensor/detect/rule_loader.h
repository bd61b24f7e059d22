#pragma once
// Loads Suricata `.rules` text into Signatures with Suricata's meaning.
// Like Suricata, a rule that cannot be loaded with its exact meaning is
// skipped with a warning (file:line, sid, the keyword and why), and the rest
// of the set loads: one unsupported keyword in a 40,000-rule ET file must not
// stop the sensor. The refusals are kept for `sig check`, `sig
// import-suricata` and the signatures_refused metric. Main thread.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/result.h"
#include "detect/rule_classification.h"
#include "detect/rule_text.h"
#include "detect/rule_vars.h"
#include "detect/signature.h"

namespace tapwatch {

struct RuleRefusal {
  std::string file;
  uint32_t line = 0;
  uint32_t sid = 0;     // 0 when the rule had none (or it could not be read)
  std::string keyword;  // the option (or header part) that could not be kept
  std::string reason;
  bool disabled = false;  // commented out in the file: not a problem, just not loaded

  std::string describe() const;  // "FILE:LINE: sid N: keyword: reason"
};

// Shared by every file of one set: flowbit names get set-wide indices.
struct RuleLoadContext {
  RuleVarMap vars;  // already over Suricata's defaults (ruleVarsWithDefaults)
  ClassificationTable classes = ClassificationTable::builtin();
  std::map<std::string, uint16_t, std::less<>> flowbits;
  std::map<std::string, uint16_t, std::less<>> flowints;
};

struct RuleLoadResult {
  std::vector<Signature> signatures;
  std::vector<RuleRefusal> refused;  // including disabled rules
  size_t rules_seen = 0;             // enabled and disabled
};

// One rule as split from a file: its Signature, or why it is not loaded.
std::variant<Signature, RuleRefusal> loadRule(const RuleSource& source, const std::string& file,
                                              RuleLoadContext& context);

// One file's text; errors in individual rules become refusals, never an Error.
RuleLoadResult loadRuleText(std::string_view text, const std::string& file, RuleLoadContext& context);

}  // namespace tapwatch

#pragma once
// Which content of a rule Hyperscan looks for, after Suricata's rules
// ("Suricata Fast Pattern Determination Explained"): an explicit
// fast_pattern wins; otherwise, among positive contents, the buffer with the
// best priority (every buffer before pkt_data, http.method, http.stat_code
// and http.stat_msg), then the longest content, then the highest Pattern
// Strength, then the first in rule order. (Suricata's last tie-break, buffer
// registration order, is not reproduced: first in rule order decides.)
// A fast_pattern on a negated content cannot prefilter, so automatic
// selection applies then. No positive content: nullopt. Main thread.
#include <optional>

#include "detect/rule_program.h"

namespace tapwatch {

std::optional<RuleFastPattern> chooseRuleFastPattern(const RuleProgram& program);

}  // namespace tapwatch

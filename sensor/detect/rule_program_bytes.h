#pragma once
// Parsing of the byte-level payload keywords: byte_test, byte_jump,
// byte_extract and isdataat (Suricata's "Payload Keywords"). Main thread.
// `variable` resolves a byte_extract name to its index in the current chain
// (-1: unknown), so numbers may be written as variables where Suricata allows.
#include <functional>
#include <string_view>

#include "common/result.h"
#include "detect/rule_program.h"

namespace tapwatch {

using RuleVariableLookup = std::function<int8_t(std::string_view name)>;

Result<RuleByteTest> parseRuleByteTest(std::string_view value, const RuleVariableLookup& variable);
Result<RuleByteJump> parseRuleByteJump(std::string_view value, const RuleVariableLookup& variable);
// The returned step's `variable` is left 0: the builder assigns the chain's next index.
Result<RuleByteExtract> parseRuleByteExtract(std::string_view value);
// byte_math:bytes <n>, offset <o>, oper <op>, rvalue <v|var>, result <var>[, relative][, endian <e>]
// [, string <base>][, bitmask <m>] (options in any order). `variable` is left 0, as for byte_extract.
Result<RuleByteMath> parseRuleByteMath(std::string_view value, const RuleVariableLookup& variable);
Result<RuleIsDataAt> parseRuleIsDataAt(std::string_view value, const RuleVariableLookup& variable);

}  // namespace tapwatch

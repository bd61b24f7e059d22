#pragma once
// Builds RulePrograms from (keyword, value) options written the way a rule
// gives them, for the rule_* tests.
#include <initializer_list>
#include <string_view>

#include "detect/rule_program_builder.h"

namespace tapwatch::test {

struct RuleOption {
  std::string_view keyword;
  std::string_view value = "";
};

inline Result<RuleProgram> buildRule(std::initializer_list<RuleOption> options) {
  RuleProgramBuilder builder;
  for (const RuleOption& option : options) {
    auto took = builder.add(option.keyword, option.value);
    if (!took) return took.error();
  }
  return builder.finish();
}

}  // namespace tapwatch::test

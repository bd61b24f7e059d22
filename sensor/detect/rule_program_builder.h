#pragma once
// STAND-IN (R2) for R1's RuleProgramBuilder (contract B): content-only, so
// the rule engine compiles and runs before r1-ruleopts lands. Replaced by
// R1's file at merge.
#include <string>
#include <string_view>

#include "common/result.h"
#include "detect/rule_program.h"

namespace tapwatch {

class RuleProgramBuilder {
 public:
  enum class Took : uint8_t { Yes, NotMine };
  Result<Took> add(std::string_view keyword, std::string_view value);
  Result<RuleProgram> finish();

 private:
  RuleChain& chainFor(const std::string& buffer);
  RuleProgram program_;
  size_t current_ = 0;
  bool has_chain_ = false;
  std::string pending_buffer_ = "pkt_data";
};

}  // namespace tapwatch

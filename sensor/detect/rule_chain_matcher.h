#pragma once
// STAND-IN (R2) for R1's matchChain (contract B); replaced at merge.
#include <cstddef>
#include <string>

#include "common/bytes.h"
#include "detect/rule_program.h"

namespace tapwatch {

class RuleScratch {
 public:
  explicit RuleScratch(size_t max_transformed_bytes = 1 << 16) : max_(max_transformed_bytes) {}

 private:
  size_t max_;
};

bool matchChain(const RuleChain& chain, ByteSpan buffer, RuleScratch& scratch);

}  // namespace tapwatch

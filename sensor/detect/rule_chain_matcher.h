#pragma once
// The confirmation stage: after Hyperscan has found a rule's fast pattern,
// matchChain evaluates one chain of the rule's payload options on one buffer
// with Suricata's semantics. Worker thread; allocation-free; bounded.
//
// Backtracking (as Suricata's content inspection does): when a step after a
// content or pcre fails, that content/pcre is retried at its next occurrence
// (one byte after the previous match's start) and the rest re-evaluated. The
// total number of step evaluations per call is capped at
// kRuleInspectionBudget (Suricata's inspection-recursion-limit default is
// 3000); when the budget runs out the chain does not match, and
// RuleScratch::budget_exhausted counts it.
#include <cstddef>
#include <cstdint>

#include <vector>

#include "common/bytes.h"
#include "detect/rule_base64.h"
#include "detect/rule_pcre.h"
#include "detect/rule_program.h"
#include "detect/rule_transforms.h"

namespace tapwatch {

inline constexpr uint32_t kRuleInspectionBudget = 3000;

// One per worker: PCRE2 match data and JIT stack, the transform buffers, base64_decode's output. Made
// once; never grows.
class RuleScratch {
 public:
  explicit RuleScratch(size_t max_transformed_bytes = 1 << 16)
      : transforms(max_transformed_bytes), base64(ruleBase64DecodedCapacity(kMaxBase64DecodeBytes)) {}

  RulePcreScratch pcre;
  RuleTransformScratch transforms;
  std::vector<uint8_t> base64;    // what base64_decode decoded; base64_data steps read it
  uint64_t budget_exhausted = 0;  // chains given up on because kRuleInspectionBudget ran out
};

// True when every step of `chain` holds on `buffer` (after the chain's transforms).
bool matchChain(const RuleChain& chain, ByteSpan buffer, RuleScratch& scratch);

}  // namespace tapwatch

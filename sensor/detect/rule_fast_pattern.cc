#include "detect/rule_fast_pattern.h"

#include <tuple>

#include "detect/rule_program_buffers.h"

namespace tapwatch {
namespace {

RuleFastPattern describe(const RuleProgram& program, size_t chain, size_t step) {
  const auto& c = std::get<RuleContent>(program.chains[chain].steps[step]);
  RuleFastPattern fp{chain, c.bytes, c.nocase, c.fast_pattern_only, step};
  if (c.fast_pattern_chop_offset && c.fast_pattern_chop_length)
    fp.bytes = c.bytes.substr(*c.fast_pattern_chop_offset, *c.fast_pattern_chop_length);
  return fp;
}

}  // namespace

std::optional<RuleFastPattern> chooseRuleFastPattern(const RuleProgram& program) {
  std::optional<std::pair<size_t, size_t>> best;
  // Larger is better: (-priority, length, strength); strict '>' keeps the first on ties.
  std::tuple<int, size_t, uint32_t> best_key{};
  for (size_t ci = 0; ci < program.chains.size(); ++ci) {
    const RuleChain& chain = program.chains[ci];
    for (size_t si = 0; si < chain.steps.size(); ++si) {
      const auto* c = std::get_if<RuleContent>(&chain.steps[si]);
      if (c == nullptr || c->negated) continue;
      if (c->fast_pattern) return describe(program, ci, si);
      std::tuple<int, size_t, uint32_t> key{-ruleBufferFastPatternPriority(chain.buffer), c->bytes.size(),
                                            rulePatternStrength(c->bytes)};
      if (!best || key > best_key) {
        best = {ci, si};
        best_key = key;
      }
    }
  }
  if (!best) return std::nullopt;
  return describe(program, best->first, best->second);
}

}  // namespace tapwatch

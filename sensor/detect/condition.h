#pragma once
// Condition: a signature's boolean expression over its pattern ids
// (`a and (b or c) and not d`) and score terms (`score >= 6`: the summed
// `score:` weights of the patterns matched in the scope, each counted once,
// reach 6), compiled to a postfix program over a PatternMask of matched
// pattern indices. Immutable after parse; evaluated on the
// worker thread for every new pattern match of a signature (no allocation).
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "detect/pattern_mask.h"

namespace tapwatch {

// Kleene three-valued truth: Unknown means later matches in the scope could
// still make the condition true or false.
enum class Truth : uint8_t { False, True, Unknown };

constexpr uint32_t kMaxPatternScore = 1000;  // per pattern; kMaxPatternsPerSignature of them cannot overflow an int
static_assert(kMaxPatternScore <= UINT16_MAX, "Condition keeps weights in 16 bits");

class Condition {
 public:
  // The default condition: true as soon as any pattern matched.
  Condition() = default;

  // Parses `text` naming patterns by `pattern_ids` (index = bit); `weights`
  // (same indices, may be shorter = 0) are the `score:` values a score term
  // sums. Errors carry the 1-based column inside `text` in where.column (file
  // and line unset).
  static Result<Condition> parse(std::string_view text, const std::vector<std::string>& pattern_ids,
                                 const std::vector<uint32_t>& weights = {});

  // Summed weights of the patterns in `matched` (each pattern once).
  int score(PatternMask matched) const;

  // `final` = the scope has ended, so patterns not in `matched` are false.
  // Before that they are unknown (they may still match); because matches
  // only accumulate, True/False before the end can never flip.
  Truth evaluate(PatternMask matched, bool final) const;

  bool isAny() const { return program_.empty(); }
  bool hasNot() const { return has_not_; }
  bool hasScore() const { return has_score_; }
  PatternMask referencedPatterns() const { return referenced_; }

 private:
  enum class OpKind : uint8_t { Pattern, Score, And, Or, Not };
  struct Op {
    OpKind kind;
    uint8_t pattern;     // OpKind::Pattern only
    uint32_t min_score;  // OpKind::Score only: true when score(matched) >= min_score
  };
  friend class ConditionParser;
  static_assert(kMaxPatternsPerSignature - 1 <= std::numeric_limits<decltype(Op::pattern)>::max(),
                "Op::pattern must hold every pattern index");

  std::vector<Op> program_;  // postfix
  bool has_not_ = false;
  bool has_score_ = false;
  PatternMask referenced_;
  PatternMask weighted_;    // patterns with a non-zero weight
  uint32_t max_score_ = 0;  // score(weighted_): the most a scope can reach
  // By pattern index; 16 bits (kMaxPatternScore fits) keep 128 of them in 256 bytes, as 64 took before.
  std::array<uint16_t, kMaxPatternsPerSignature> weights_{};
};

}  // namespace tapwatch

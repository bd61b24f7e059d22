#pragma once
// Condition: a signature's boolean expression over its pattern ids
// (`a and (b or c) and not d`) and score terms (`score >= 6`: the summed
// `score:` weights of the patterns matched in the scope, each counted once,
// reach 6), compiled to a postfix program over a 64-bit mask of matched
// pattern indices. Immutable after parse; evaluated on the
// worker thread for every new pattern match of a signature (no allocation).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace tapwatch {

// Kleene three-valued truth: Unknown means later matches in the scope could
// still make the condition true or false.
enum class Truth : uint8_t { False, True, Unknown };

constexpr size_t kMaxPatternsPerSignature = 64;  // one bit each in the matched mask
constexpr uint32_t kMaxPatternScore = 1000;      // per pattern; 64 of them cannot overflow an int

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
  int score(uint64_t matched) const;

  // `final` = the scope has ended, so patterns not in `matched` are false.
  // Before that they are unknown (they may still match); because matches
  // only accumulate, True/False before the end can never flip.
  Truth evaluate(uint64_t matched, bool final) const;

  bool isAny() const { return program_.empty(); }
  bool hasNot() const { return has_not_; }
  bool hasScore() const { return has_score_; }
  uint64_t referencedPatterns() const { return referenced_; }

 private:
  enum class OpKind : uint8_t { Pattern, Score, And, Or, Not };
  struct Op {
    OpKind kind;
    uint8_t pattern;     // OpKind::Pattern only
    uint32_t min_score;  // OpKind::Score only: true when score(matched) >= min_score
  };
  friend class ConditionParser;

  std::vector<Op> program_;  // postfix
  bool has_not_ = false;
  bool has_score_ = false;
  uint64_t referenced_ = 0;
  uint64_t weighted_ = 0;                                     // patterns with a non-zero weight
  std::array<uint32_t, kMaxPatternsPerSignature> weights_{};  // by pattern index
};

}  // namespace tapwatch

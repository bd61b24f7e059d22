#include "detect/condition.h"

#include <array>

namespace tapwatch {
namespace {

constexpr size_t kMaxProgram = 512;  // ops; bounds evaluation stack and work per match
constexpr int kMaxNesting = 32;      // parentheses / `not` depth; hostile input must not blow the stack

bool isIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

}  // namespace

// Recursive descent: or_expr := and_expr ('or' and_expr)*
//                    and_expr := unary ('and' unary)*
//                    unary := 'not' unary | '(' or_expr ')' | score-term | pattern-id
//                    score-term := 'score' ('>=' | '>') decimal
// (`score` not followed by '>' is an ordinary pattern id.)
class ConditionParser {
 public:
  ConditionParser(std::string_view text, const std::vector<std::string>& ids, const std::vector<uint32_t>& weights)
      : text_(text), ids_(ids) {
    for (size_t i = 0; i < weights.size() && i < kMaxPatternsPerSignature; ++i) {
      out_.weights_[i] = static_cast<uint16_t>(weights[i]);  // parse() refused any above kMaxPatternScore
      out_.max_score_ += weights[i];
      if (weights[i] != 0) out_.weighted_.set(i);
    }
  }

  Result<Condition> run() {
    next();
    if (failed_) return error_;
    if (token_ == Tok::End) return fail(0, "condition is empty");
    parseOr(0);
    if (!failed_ && token_ != Tok::End) fail(token_pos_, "unexpected '" + std::string(token_text_) + "'");
    if (!failed_ && out_.has_score_ && !out_.weighted_.any())
      fail(first_score_pos_, "'score' term but no pattern of this signature has a 'score:' weight");
    if (failed_) return error_;
    return std::move(out_);
  }

 private:
  enum class Tok { End, Ident, Score, And, Or, Not, LParen, RParen };

  static constexpr uint32_t kMaxThreshold = kMaxPatternsPerSignature * kMaxPatternScore;

  // After the word `score` at pos_: `>= N` or `> N`. Returns false (and
  // leaves pos_) when no '>' follows, so `score` stays a pattern id.
  bool scoreTerm() {
    size_t p = pos_;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    if (p >= text_.size() || text_[p] != '>') return false;
    ++p;
    const bool or_equal = p < text_.size() && text_[p] == '=';
    if (or_equal) ++p;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    const size_t digits = p;
    uint64_t value = 0;
    for (; p < text_.size() && text_[p] >= '0' && text_[p] <= '9'; ++p)
      if (value <= kMaxThreshold) value = value * 10 + static_cast<uint64_t>(text_[p] - '0');  // capped: no overflow
    if (p == digits || (p < text_.size() && (isIdentChar(text_[p]) || text_[p] == '.' || text_[p] == '-'))) {
      fail(digits, "'score' needs a whole number after '>=' or '>' (e.g. score >= 5)");
      return true;
    }
    if (!or_equal) ++value;
    if (value > kMaxThreshold) {
      fail(digits, "score threshold above " + std::to_string(kMaxThreshold));
      return true;
    }
    if (value == 0) {
      fail(digits, "'score >= 0' is always true; the threshold must be at least 1");
      return true;
    }
    score_value_ = static_cast<uint32_t>(value);
    token_text_ = text_.substr(token_pos_, p - token_pos_);
    pos_ = p;
    token_ = Tok::Score;
    return true;
  }

  Error fail(size_t pos, std::string message) {
    if (!failed_) {
      failed_ = true;
      error_ = makeError(std::move(message), SourceLocation{"", 0, static_cast<uint32_t>(pos + 1)});
    }
    return error_;
  }

  void next() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
    token_pos_ = pos_;
    if (pos_ >= text_.size()) {
      token_ = Tok::End;
      token_text_ = "end of condition";
      return;
    }
    const char c = text_[pos_];
    if (c == '(' || c == ')') {
      token_ = c == '(' ? Tok::LParen : Tok::RParen;
      token_text_ = text_.substr(pos_++, 1);
      return;
    }
    if (!isIdentChar(c)) {
      fail(pos_, "unexpected character '" + std::string(1, c) + "' (use and, or, not, parentheses and pattern ids)");
      token_ = Tok::End;
      return;
    }
    size_t end = pos_;
    while (end < text_.size() && isIdentChar(text_[end])) ++end;
    token_text_ = text_.substr(pos_, end - pos_);
    pos_ = end;
    if (token_text_ == "score" && scoreTerm()) return;
    if (token_text_ == "and") token_ = Tok::And;
    else if (token_text_ == "or") token_ = Tok::Or;
    else if (token_text_ == "not") token_ = Tok::Not;
    else token_ = Tok::Ident;
  }

  void emit(Condition::OpKind kind, uint8_t pattern = 0, uint32_t min_score = 0) {
    if (out_.program_.size() >= kMaxProgram) {
      fail(token_pos_, "condition is too long (more than " + std::to_string(kMaxProgram) + " terms)");
      return;
    }
    out_.program_.push_back({kind, pattern, min_score});
  }

  void parseOr(int depth) {
    parseAnd(depth);
    while (!failed_ && token_ == Tok::Or) {
      next();
      parseAnd(depth);
      emit(Condition::OpKind::Or);
    }
  }

  void parseAnd(int depth) {
    parseUnary(depth);
    while (!failed_ && token_ == Tok::And) {
      next();
      parseUnary(depth);
      emit(Condition::OpKind::And);
    }
  }

  void parseUnary(int depth) {
    if (failed_) return;
    if (depth > kMaxNesting) {
      fail(token_pos_, "condition nests deeper than " + std::to_string(kMaxNesting) + " levels");
      return;
    }
    switch (token_) {
      case Tok::Not:
        next();
        parseUnary(depth + 1);
        emit(Condition::OpKind::Not);
        out_.has_not_ = true;
        return;
      case Tok::LParen: {
        const size_t open = token_pos_;
        next();
        parseOr(depth + 1);
        if (failed_) return;
        if (token_ != Tok::RParen) {
          fail(token_ == Tok::End ? open : token_pos_,
               token_ == Tok::End ? "unclosed '('" : "expected ')' but found '" + std::string(token_text_) + "'");
          return;
        }
        next();
        return;
      }
      case Tok::Score:
        if (!out_.has_score_) first_score_pos_ = token_pos_;
        out_.has_score_ = true;
        out_.referenced_ |= out_.weighted_;
        emit(Condition::OpKind::Score, 0, score_value_);
        next();
        return;
      case Tok::Ident: {
        size_t index = 0;
        while (index < ids_.size() && ids_[index] != token_text_) ++index;
        if (index == ids_.size()) {
          fail(token_pos_, "unknown pattern id '" + std::string(token_text_) + "'");
          return;
        }
        emit(Condition::OpKind::Pattern, static_cast<uint8_t>(index));
        out_.referenced_.set(index);
        next();
        return;
      }
      default:
        fail(token_pos_, "expected a pattern id, 'not' or '(' but found '" + std::string(token_text_) + "'");
        return;
    }
  }

  std::string_view text_;
  const std::vector<std::string>& ids_;
  size_t pos_ = 0;
  size_t token_pos_ = 0;
  Tok token_ = Tok::End;
  std::string_view token_text_;
  Condition out_;
  uint32_t score_value_ = 0;  // of the current Tok::Score
  size_t first_score_pos_ = 0;
  bool failed_ = false;
  Error error_;
};

Result<Condition> Condition::parse(std::string_view text, const std::vector<std::string>& pattern_ids,
                                   const std::vector<uint32_t>& weights) {
  if (pattern_ids.size() > kMaxPatternsPerSignature || weights.size() > kMaxPatternsPerSignature)
    return makeError("more than " + std::to_string(kMaxPatternsPerSignature) + " patterns");
  for (uint32_t w : weights)
    if (w > kMaxPatternScore) return makeError("pattern score above " + std::to_string(kMaxPatternScore));
  return ConditionParser(text, pattern_ids, weights).run();
}

int Condition::score(PatternMask matched) const {
  int sum = 0;
  (matched & weighted_).forEach([&](size_t i) { sum += static_cast<int>(weights_[i]); });
  return sum;
}

Truth Condition::evaluate(PatternMask matched, bool final) const {
  if (program_.empty()) return matched.any() ? Truth::True : (final ? Truth::False : Truth::Unknown);
  std::array<Truth, kMaxProgram> stack;  // uninitialised on purpose: written before read
  size_t top = 0;
  for (const Op& op : program_) {
    switch (op.kind) {
      case OpKind::Pattern:
        stack[top++] = matched.test(op.pattern) ? Truth::True : (final ? Truth::False : Truth::Unknown);
        break;
      case OpKind::Score: {
        // Matches only accumulate: a score that cannot reach the threshold
        // even if every unmatched weighted pattern still matched is False now.
        const auto have = static_cast<uint32_t>(score(matched));
        stack[top++] = have >= op.min_score                   ? Truth::True
                       : (final || max_score_ < op.min_score) ? Truth::False
                                                              : Truth::Unknown;
        break;
      }
      case OpKind::Not: {
        Truth& v = stack[top - 1];
        v = v == Truth::True ? Truth::False : v == Truth::False ? Truth::True : Truth::Unknown;
        break;
      }
      case OpKind::And: {
        const Truth b = stack[--top];
        Truth& a = stack[top - 1];
        a = (a == Truth::False || b == Truth::False) ? Truth::False
            : (a == Truth::True && b == Truth::True) ? Truth::True
                                                     : Truth::Unknown;
        break;
      }
      case OpKind::Or: {
        const Truth b = stack[--top];
        Truth& a = stack[top - 1];
        a = (a == Truth::True || b == Truth::True)     ? Truth::True
            : (a == Truth::False && b == Truth::False) ? Truth::False
                                                       : Truth::Unknown;
        break;
      }
    }
  }
  return stack[0];
}

}  // namespace tapwatch

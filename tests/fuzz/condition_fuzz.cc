// libFuzzer entry for the condition parser. Byte 0 picks how many pattern ids
// exist (a..h, then p8..p139: past kMaxPatternsPerSignature the parser must
// refuse); the rest is the condition text. A parsed condition is checked
// against a small reference evaluator written straight from the grammar
// (or < and < not, parentheses), and for Kleene soundness: a verdict given
// before the scope ends (True/False, not Unknown) must be the verdict at the
// end for every superset of the matches.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "byte_reader.h"
#include "detect/condition.h"
#include "fuzz_check.h"

using namespace tapwatch;

namespace {

// Reference: evaluates the text directly for `matched` at the end of the
// scope. Only called on text the real parser accepted.
class Reference {
 public:
  Reference(std::string_view text, const std::vector<std::string>& ids, PatternMask matched)
      : text_(text), ids_(ids), matched_(matched) {}

  bool run() {
    const bool v = orExpr();
    skipBlanks();
    FUZZ_CHECK(pos_ == text_.size());
    return v;
  }

 private:
  static bool identChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
  }
  void skipBlanks() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }
  std::string_view peekWord() {
    skipBlanks();
    size_t end = pos_;
    while (end < text_.size() && identChar(text_[end])) ++end;
    return text_.substr(pos_, end - pos_);
  }
  bool orExpr() {
    bool v = andExpr();
    while (peekWord() == "or") {
      pos_ += 2;
      const bool r = andExpr();  // no short-circuit: the whole text must be consumed
      v = v || r;
    }
    return v;
  }
  bool andExpr() {
    bool v = unary();
    while (peekWord() == "and") {
      pos_ += 3;
      const bool r = unary();
      v = v && r;
    }
    return v;
  }
  bool unary() {
    const std::string_view word = peekWord();
    if (word == "not") {
      pos_ += 3;
      return !unary();
    }
    if (word.empty()) {
      FUZZ_CHECK(pos_ < text_.size() && text_[pos_] == '(');
      ++pos_;
      const bool v = orExpr();
      skipBlanks();
      FUZZ_CHECK(pos_ < text_.size() && text_[pos_] == ')');
      ++pos_;
      return v;
    }
    pos_ += word.size();
    for (size_t i = 0; i < ids_.size(); ++i)
      if (ids_[i] == word) return matched_.test(i);
    FUZZ_CHECK(false && "the parser accepted an unknown id");
    return false;
  }

  std::string_view text_;
  const std::vector<std::string>& ids_;
  PatternMask matched_;
  size_t pos_ = 0;
};

// Each of the first `count` patterns with probability 1/2.
PatternMask randomMask(fuzz::SplitMix& rng, size_t count) {
  PatternMask m;
  for (size_t i = 0; i < count; i += 64) {
    const uint64_t bits = rng.next();
    for (size_t b = 0; b < 64 && i + b < count; ++b)
      if ((bits >> b) & 1) m.set(i + b);
  }
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 8192) return 0;
  const size_t count = 1 + data[0] % 140;  // up to 140: more than kMaxPatternsPerSignature must be refused
  std::vector<std::string> ids;
  for (size_t i = 0; i < count; ++i)
    ids.push_back(i < 8 ? std::string(1, static_cast<char>('a' + i)) : std::string("p").append(std::to_string(i)));
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  Result<Condition> parsed = Condition::parse(text, ids);
  if (!parsed) {
    if (count <= kMaxPatternsPerSignature) {
      const uint32_t column = parsed.error().where.column;
      FUZZ_CHECK(column >= 1 && column <= text.size() + 1);
    }
    return 0;
  }
  FUZZ_CHECK(count <= kMaxPatternsPerSignature);
  const Condition& c = parsed.value();
  const PatternMask all = PatternMask::firstN(count);
  FUZZ_CHECK(!(c.referencedPatterns() & ~all).any());

  // Masks to try: none, all, each of the first and last few patterns, and a few pseudo-random ones.
  std::vector<PatternMask> masks = {PatternMask{}, all};
  for (size_t i = 0; i < count && i < 8; ++i) masks.push_back(PatternMask::bit(i));
  for (size_t i = count > 8 ? count - 4 : count; i < count; ++i) masks.push_back(PatternMask::bit(i));
  fuzz::SplitMix rng(size * 31 + data[0]);
  for (int i = 0; i < 6; ++i) masks.push_back(randomMask(rng, count));

  for (const PatternMask& m : masks) {
    const Truth end = c.evaluate(m, true);
    FUZZ_CHECK(end != Truth::Unknown);
    FUZZ_CHECK((end == Truth::True) == Reference(text, ids, m).run());
    const Truth early = c.evaluate(m, false);
    if (early == Truth::Unknown) continue;
    // Matches only accumulate: an early verdict can never flip.
    for (const PatternMask& extra : {PatternMask{}, all, randomMask(rng, count)})
      FUZZ_CHECK(c.evaluate(m | extra, true) == early);
    FUZZ_CHECK(c.evaluate(m | all, false) == early);
  }
  return 0;
}

#include "detect/rule_program.h"

#include <array>
#include <cctype>

namespace tapwatch {

bool RuleBsize::holds(uint64_t size) const {
  // Suricata's integer comparisons are strict and its ranges exclusive (Integer Keywords).
  switch (mode) {
    case Mode::Equal: return size == a;
    case Mode::NotEqual: return size != a;
    case Mode::Less: return size < a;
    case Mode::LessEqual: return size <= a;
    case Mode::Greater: return size > a;
    case Mode::GreaterEqual: return size >= a;
    case Mode::Range: return size > a && size < b;
    case Mode::NotRange: return size <= a || size >= b;
    case Mode::MaskEqual: return (size & a) == b;
    case Mode::MaskNotEqual: return (size & a) != b;
  }
  return false;
}

uint32_t rulePatternStrength(std::string_view bytes) {
  // Suricata's detect-engine-mpm PatternStrength: diverse bytes score higher, repeats score 1.
  std::array<bool, 256> seen{};
  uint32_t score = 0;
  for (char ch : bytes) {
    const auto c = static_cast<uint8_t>(ch);
    if (seen[c]) {
      ++score;
      continue;
    }
    seen[c] = true;
    if (std::isalpha(c)) {
      score += 3;
    } else if (std::isprint(c) || c == 0x00 || c == 0x01 || c == 0xff) {
      score += 4;
    } else {
      score += 6;
    }
  }
  return score;
}

}  // namespace tapwatch

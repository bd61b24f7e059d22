#pragma once
// PatternRef: which signature (index in the DetectionSet) and which of its
// patterns a database match belongs to. Plain value; any thread.
#include <cstdint>
#include <limits>

#include "detect/pattern_mask.h"

namespace tapwatch {

struct PatternRef {
  uint32_t signature = 0;
  uint8_t pattern = 0;
};
static_assert(kMaxPatternsPerSignature - 1 <= std::numeric_limits<decltype(PatternRef::pattern)>::max(),
              "PatternRef::pattern must hold every pattern index");

}  // namespace tapwatch

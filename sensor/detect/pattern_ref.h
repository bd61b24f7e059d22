#pragma once
// PatternRef: which signature (index in the DetectionSet) and which of its
// patterns a database match belongs to. Plain value; any thread.
#include <cstdint>

namespace tapwatch {

struct PatternRef {
  uint32_t signature = 0;
  uint8_t pattern = 0;
};

}  // namespace tapwatch

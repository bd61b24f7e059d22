#pragma once
// A short human summary of a loaded config for `tapwatch config check` and the
// startup log: what will be captured, where alerts go, what is exposed.
// Any thread (pure function).
#include <string>

#include "config/config.h"

namespace tapwatch {

// Several lines, each "topic: facts", ending in a newline.
std::string describeConfig(const Config& config);

}  // namespace tapwatch

#pragma once
// DetectOptions from the config (one place, so scan, run and profile read
// `.rules` variables and classtypes alike), and the warning about `.rules`
// rules that were not loaded.
#include "config/config.h"
#include "detect/detection_set.h"

namespace tapwatch {

DetectOptions detectOptionsFrom(const Config& config);

// One warning per refused rule (file:line, sid, keyword, why) and a summary
// line; disabled (commented-out) rules are only counted. Suricata does the same.
void warnRefusedRules(const DetectionSet& set);

}  // namespace tapwatch

#include "main/detect_setup.h"

#include "common/log.h"

namespace tapwatch {

DetectOptions detectOptionsFrom(const Config& config) {
  DetectOptions options;
  options.excerpt_bytes = config.alerts.excerpt_bytes;
  options.cache_dir = config.signatures.cache_dir;
  options.rule_vars = RuleVarMap(config.vars.begin(), config.vars.end());
  options.classification_file = config.signatures.classification_file;
  options.allow_list_outside = config.signatures.allow_list_outside;
  return options;
}

void warnRefusedRules(const DetectionSet& set) {
  if (set.rulesSeen() == 0) return;
  size_t refused = 0, disabled = 0;
  for (const RuleRefusal& r : set.refusedRules()) {
    if (r.disabled) {
      ++disabled;
      continue;
    }
    ++refused;
    logWarning("rule not loaded: " + r.describe());
  }
  logInfo(".rules: " + std::to_string(set.rulesSeen()) + " rules read, " +
          std::to_string(set.rulesSeen() - refused - disabled) + " loaded, " + std::to_string(refused) +
          " not loaded, " + std::to_string(disabled) + " disabled");
}

}  // namespace tapwatch

#pragma once
// Strict loading of signature packs into Signature values. Main thread
// (startup, `sig check`, reload). YAML is read through config/yaml_document.h,
// so every problem comes back as an Error with FILE:LINE:COL (1-based) of the
// offending node and the key name; no yaml-cpp exception escapes.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "detect/rule_loader.h"
#include "detect/rule_vars.h"
#include "detect/signature.h"

namespace tapwatch {

// Each path is a YAML or .rules file or a directory (every *.yaml and *.rules below it, recursively,
// in sorted order). Signature ids must be unique across all of them; a file
// named twice (directly or through a directory) is loaded once.
Result<std::vector<Signature>> loadSignatureFiles(const std::vector<std::string>& paths);

// How `.rules` files are read: variables (config `vars:`, over Suricata's
// defaults) and an optional classification.config.
struct RulesOptions {
  RuleVarMap vars;
  std::string classification_file;
  // A pattern's `list:` file must resolve (symlinks followed) inside the
  // directory of the signature file naming it, unless this is set: a pack
  // from elsewhere must not make the sensor read arbitrary files.
  bool allow_list_outside = false;
};

// Every signature of `paths` (YAML packs and Suricata `.rules` files; a
// directory contributes both kinds), plus the `.rules` rules that were not
// loaded and why. A broken YAML pack fails the whole load; a bad `.rules`
// rule is refused and the rest loads (Suricata's behaviour).
struct SignatureLoad {
  std::vector<Signature> signatures;
  std::vector<RuleRefusal> refused;
  size_t rules_seen = 0;  // `.rules` rules read, loaded or not
};
Result<SignatureLoad> loadSignatureSet(const std::vector<std::string>& paths, const RulesOptions& options);

// One document given as text; `file` is used in errors and as the base for
// relative list paths. For tests and tools.
Result<std::vector<Signature>> loadSignatureText(std::string_view yaml, const std::string& file);

}  // namespace tapwatch

#pragma once
// Strict loading of signature packs into Signature values. Main thread
// (startup, `sig check`, reload). YAML is read through config/yaml_document.h,
// so every problem comes back as an Error with FILE:LINE:COL (1-based) of the
// offending node and the key name; no yaml-cpp exception escapes.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "detect/signature.h"

namespace tapwatch {

// Each path is a YAML file or a directory (every *.yaml below it, recursively,
// in sorted order). Signature ids must be unique across all of them; a file
// named twice (directly or through a directory) is loaded once.
Result<std::vector<Signature>> loadSignatureFiles(const std::vector<std::string>& paths);

// One document given as text; `file` is used in errors and as the base for
// relative list paths. For tests and tools.
Result<std::vector<Signature>> loadSignatureText(std::string_view yaml, const std::string& file);

}  // namespace tapwatch

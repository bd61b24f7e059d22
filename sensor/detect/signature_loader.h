#pragma once
// Strict loading of signature packs (DESIGN.md §4) into Signature values.
// Main thread (startup, `sig check`, reload). The only place yaml-cpp
// exceptions are caught for signatures: every problem comes back as an
// Error with FILE:LINE:COL (1-based) of the offending node and the key name.
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

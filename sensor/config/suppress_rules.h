#pragma once
// Suppression rules (`signatures.suppress` in the config, and the file named
// by `signatures.suppress_file`): one reader for both, so the inline list and
// the file accept exactly the same entries and give the same errors
// (FILE:LINE:COL: suppress[2].cidr: ...). Main thread only.
#include <string>
#include <vector>

#include "common/result.h"
#include "config/config.h"
#include "config/value_site.h"

namespace tapwatch {

// A YAML list of {signature_id, cidr, track} mappings (may be empty).
// signature_id is required (0 = every signature); track needs a cidr.
Result<std::vector<SuppressRule>> readSuppressRules(const ValueSite& site);

// A YAML file whose only key is `suppress:` holding such a list. An empty
// file (or comments only) is an empty list.
Result<std::vector<SuppressRule>> loadSuppressFile(const std::string& path);

// YAML flow syntax, e.g. [{signature_id: 1, track: by_src, cidr: "10.0.0.0/8"}].
std::string showSuppressRules(const std::vector<SuppressRule>& rules);

}  // namespace tapwatch

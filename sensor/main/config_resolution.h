#pragma once
// Finds the effective config and signature paths for `run` and `scan`:
// -c FILE, else /etc/tapwatch/tapwatch.yaml if
// present, else built-in defaults; -s replaces the configured signature
// paths; with built-in defaults the signatures come from the share directory
// next to the binary, else the source tree.
#include "common/result.h"
#include "config/config.h"
#include "main/commands.h"

namespace tapwatch {

Result<Config> resolveConfig(const ConfigOptions& options);

}  // namespace tapwatch

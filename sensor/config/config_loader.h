#pragma once
// Loads and strictly validates the YAML config into a Config (keys documented in config/tapwatch.yaml).
// Every error names the full key path and FILE:LINE:COL of the offending node
// (or the `--set` override it came from). This is the only place, besides the
// signature loader, that catches yaml-cpp exceptions. Main thread only
// (startup, `config check`, SIGHUP reload — on reload keep the old Config on error).
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "config/config.h"

namespace tapwatch {

// `overrides` are the CLI's `--set KEY.PATH=VALUE` strings, applied in order
// after the file (later wins); checks spanning several keys run after all of
// them. For number, boolean and list keys VALUE is parsed as a YAML scalar or
// flow sequence (capture.workers=4, protocols.http.ports=[80,8000],
// signatures.paths=[a,b]); for string keys it is taken literally
// (outputs.eve.path=-, outputs.prometheus.listen=[::]:9917). Either way it is
// validated exactly like the same key in the file, and errors read
// "--set KEY.PATH: message".
Result<Config> loadConfigFile(const std::string& path, const std::vector<std::string>& overrides = {});

// The same for YAML text already in memory; `name` is the file name used in
// error locations and stored as Config::source_file.
Result<Config> loadConfigText(std::string_view yaml, std::string_view name,
                              const std::vector<std::string>& overrides = {});

// The built-in defaults (no config file), with overrides applied and checked.
Result<Config> defaultConfig(const std::vector<std::string>& overrides = {});

}  // namespace tapwatch

#include "main/config_resolution.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "config/config_loader.h"
#include "tapwatch_build.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;
constexpr const char* kSystemConfig = "/etc/tapwatch/tapwatch.yaml";

fs::path executableDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

// The shipped signatures when no config names them: <prefix>/share/tapwatch/signatures
// for an installed binary, the source tree's signatures/ for a build tree.
std::string defaultSignatureDir() {
  std::error_code ec;
  const fs::path installed = executableDir() / ".." / "share" / "tapwatch" / "signatures";
  if (fs::is_directory(installed, ec)) return fs::weakly_canonical(installed, ec).string();
  return std::string(kTapwatchSourceDir) + "/signatures";
}

}  // namespace

Result<Config> resolveConfig(const ConfigOptions& options) {
  std::error_code ec;
  std::string file = options.config_file;
  if (file.empty() && fs::exists(kSystemConfig, ec)) file = kSystemConfig;
  Result<Config> config = file.empty() ? defaultConfig(options.overrides) : loadConfigFile(file, options.overrides);
  if (!config) return config;
  const bool paths_overridden = std::any_of(options.overrides.begin(), options.overrides.end(),
                                            [](const std::string& o) { return o.starts_with("signatures.paths="); });
  if (!options.signature_paths.empty()) {
    config->signatures.paths = options.signature_paths;
  } else if (file.empty() && !paths_overridden) {
    config->signatures.paths = {defaultSignatureDir()};
  }
  return config;
}

}  // namespace tapwatch

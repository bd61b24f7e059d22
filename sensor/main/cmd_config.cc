// `tapwatch config check FILE`: a full test of a config, like `suricata -T`:
// the schema (and --set overrides), then everything the daemon would trip
// over at start (main/preflight.h). Every problem is printed, then exit 2.
#include <cstdio>

#include "common/log.h"
#include "config/config_describe.h"
#include "config/config_loader.h"
#include "main/commands.h"
#include "main/preflight.h"

namespace tapwatch {

int runConfigCheck(const std::string& file, const std::vector<std::string>& overrides, bool live) {
  Result<Config> config = loadConfigFile(file, overrides);
  if (!config) {
    std::fprintf(stderr, "%s\n", config.error().describe().c_str());
    return kExitUsage;
  }
  std::vector<Error> errors;
  for (auto found :
       {checkSignatures(*config), checkOutputs(*config), checkCapture(*config, live), checkSystem(*config)})
    errors.insert(errors.end(), found.begin(), found.end());
  if (!errors.empty()) {
    for (const Error& e : errors) std::fprintf(stderr, "error: %s\n", e.describe().c_str());
    std::fprintf(stderr, "%s: %zu error%s\n", file.c_str(), errors.size(), errors.size() == 1 ? "" : "s");
    return kExitUsage;
  }
  std::printf("%s: OK\n%s", file.c_str(), describeConfig(*config).c_str());
  return kExitOk;
}

}  // namespace tapwatch

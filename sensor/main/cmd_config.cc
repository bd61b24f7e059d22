// `tapwatch config check FILE`: validate a config file (and --set overrides).
#include <cstdio>

#include "common/log.h"
#include "config/config_describe.h"
#include "config/config_loader.h"
#include "main/commands.h"

namespace tapwatch {

int runConfigCheck(const std::string& file, const std::vector<std::string>& overrides) {
  Result<Config> config = loadConfigFile(file, overrides);
  if (!config) {
    std::fprintf(stderr, "%s\n", config.error().describe().c_str());
    return kExitUsage;
  }
  std::printf("%s: OK\n%s", file.c_str(), describeConfig(*config).c_str());
  return kExitOk;
}

}  // namespace tapwatch

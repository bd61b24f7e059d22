// `tapwatch run`: the daemon. Live capture from an interface, or replay of
// capture files (-r) through the same pipeline; main/daemon.h wires it.
#include "common/log.h"
#include "main/capture_inputs.h"
#include "main/commands.h"
#include "main/config_resolution.h"
#include "main/daemon.h"

namespace tapwatch {

int runDaemon(const RunOptions& options) {
  Result<Config> loaded = resolveConfig(options.config);
  if (!loaded) {
    logError(loaded.error().describe());
    return kExitUsage;
  }
  RunOptions expanded = options;
  if (options.follow) {  // -r DIR --follow: the captures below it now, then the new ones
    auto inputs = expandFollowedInputs(options.pcaps);
    if (!inputs) {
      logError(inputs.error().describe());
      return kExitUsage;
    }
    expanded.pcaps = std::move(inputs->files);
    expanded.follow_directories = std::move(inputs->directories);
    expanded.follow_skipped = std::move(inputs->skipped);
  } else {
    auto inputs = expandCaptureInputs(options.pcaps);  // -r DIR: every capture below it, sorted
    if (!inputs) {
      logError(inputs.error().describe());
      return kExitUsage;
    }
    expanded.pcaps = std::move(inputs.value());
  }
  Daemon daemon(std::move(loaded.value()), expanded);
  if (int rc = daemon.start(); rc != kExitOk) return rc;
  return daemon.serve();
}

}  // namespace tapwatch

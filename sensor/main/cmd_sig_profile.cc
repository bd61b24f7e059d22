// `tapwatch sig profile PCAP... [-s SIGPATH]`: which signatures cost the most
// scan time on a given capture (method: profile/signature_profiler.h).
#include <cstdio>

#include "common/log.h"
#include "detect/signature_loader.h"
#include "main/commands.h"
#include "main/config_resolution.h"
#include "main/detect_setup.h"
#include "profile/signature_profiler.h"

namespace tapwatch {

int runSigProfile(const SigProfileOptions& options) {
  Result<Config> config = resolveConfig(options.config);
  if (!config) {
    logError(config.error().describe());
    return kExitUsage;
  }
  auto sigs = loadSignatureFiles(config->signatures.paths);
  if (!sigs) {
    logError(sigs.error().describe());
    return kExitUsage;
  }
  CapturedPackets packets;
  for (const std::string& path : options.pcaps) {
    if (auto st = packets.load(path, options.max_mb << 20); !st) {
      logError(st.error().describe());
      return kExitRuntime;
    }
  }
  ProfileOptions profile;
  profile.repeat = options.repeat;
  profile.detect = detectOptionsFrom(*config);
  std::fprintf(stderr, "profiling %zu signatures over %zu packets (%u runs each)...\n", sigs->size(), packets.count(),
               options.repeat);
  auto report = profileSignatures(*config, *sigs, packets, profile);
  if (!report) {
    logError(report.error().describe());
    return kExitUsage;
  }
  const std::string table = formatProfile(*report, options.top);
  std::fwrite(table.data(), 1, table.size(), stdout);
  return kExitOk;
}

}  // namespace tapwatch

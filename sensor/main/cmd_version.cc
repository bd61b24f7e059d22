// `tapwatch version`: version, git revision and the libraries it runs on.
#include <hs/hs.h>
#include <pcap/pcap.h>

#include <cstdio>

#include "main/commands.h"
#include "tapwatch_build.h"

namespace tapwatch {

int runVersion() {
  std::printf("tapwatch %s (%s)\n%s\nhyperscan %s\n", kTapwatchVersion, kTapwatchGitRevision, pcap_lib_version(),
              hs_version());
  return kExitOk;
}

}  // namespace tapwatch

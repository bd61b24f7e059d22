#pragma once
// Preflight: what `tapwatch config check` verifies beyond the schema, like
// `suricata -T` — everything that would otherwise fail only when the daemon
// runs. Each check returns every problem it finds, not just the first, so an
// operator fixes a config in one round. `run` uses checkOutputs() to refuse
// to start without its outputs.
#include <vector>

#include "common/result.h"
#include "config/config.h"

namespace tapwatch {

// Every enabled output can be opened for writing, without truncating: EVE
// files (created if missing, as the daemon does), the syslog spool directory,
// TLS files for syslog. A file this check had to create is removed again.
std::vector<Error> checkOutputs(const Config& config);
// The capture interface exists (when `live`), capture.bpf compiles.
std::vector<Error> checkCapture(const Config& config, bool live);
// Every signature path exists, and the set loads and compiles (suppressions too).
std::vector<Error> checkSignatures(const Config& config);
// privileges.user/group exist.
std::vector<Error> checkSystem(const Config& config);

}  // namespace tapwatch

#pragma once
// The capture files `scan` and `run -r` read: each argument is a file, "-"
// (stdin), or a directory, which stands for every regular file below it
// (recursive, hidden names skipped) in sorted path order — a day of rotated
// captures reads in time order when named by time, as capture tools do.
#include <string>
#include <vector>

#include "common/result.h"

namespace tapwatch {

Result<std::vector<std::string>> expandCaptureInputs(const std::vector<std::string>& arguments);

// Why a capture file that yielded no packet is an error (not exit 0): a
// pcapng holding only section/interface blocks, or packets in blocks libpcap
// skips, would otherwise "pass" a scan that analysed nothing. With a BPF
// filter no packet may simply have matched, so callers only use it without one.
std::string emptyCaptureMessage(const std::string& path);

}  // namespace tapwatch

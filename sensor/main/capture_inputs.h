#pragma once
// The capture files `scan` and `run -r` read: each argument is a file, "-"
// (stdin), or a directory, which stands for every regular file below it
// (recursive, hidden names skipped) in sorted path order — a day of rotated
// captures reads in time order when named by time, as capture tools do.
#include <string>
#include <vector>

#include "capture/pcap_source.h"
#include "common/result.h"

namespace tapwatch {

Result<std::vector<std::string>> expandCaptureInputs(const std::vector<std::string>& arguments);

// --follow (capture/capture_follower.h): the same files in the same order,
// except that below a directory a file under a temporary name is left for
// the follower (it is read once renamed), a file that is not a capture by
// its first bytes is skipped with one log line, and an empty directory is
// fine (captures will come). At least one argument must be a directory, and
// stdin cannot be followed.
struct FollowedInputs {
  std::vector<std::string> files;        // read first, in this order
  std::vector<std::string> skipped;      // not captures: the follower looks again only if they change
  std::vector<std::string> directories;  // followed once the files are read
};
Result<FollowedInputs> expandFollowedInputs(const std::vector<std::string>& arguments);

// A capture file that yielded no packet although it held more than its
// header (pcapng blocks libpcap skips, an interface id out of range, a read
// error) is an error, not a successful scan of nothing. A bare header is a
// valid empty capture, and with a BPF filter no packet may simply have
// matched, so neither is reported.
class EmptyCaptureCheck {
 public:
  explicit EmptyCaptureCheck(const PcapSource& source);  // right after opening: remembers where the header ended
  // The message to log, or "" when the file is fine.
  std::string verdict(const PcapSource& source, uint64_t packets, bool read_error, bool filtered) const;

 private:
  long header_end_;  // -1 when the position is unknown (stdin)
};

}  // namespace tapwatch

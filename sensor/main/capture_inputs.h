#pragma once
// The capture files `scan` and `run -r` read: each argument is a file, "-"
// (stdin), or a directory, which stands for every regular file below it
// (recursive, hidden names skipped) in sorted path order — a day of rotated
// captures reads in time order when named by time, as capture tools do.
#include <cstdint>
#include <string>
#include <vector>

#include "capture/pcap_source.h"
#include "common/result.h"

namespace tapwatch {

Result<std::vector<std::string>> expandCaptureInputs(const std::vector<std::string>& arguments);

// A capture that yields no packet is an error (exit 1, "FILE: no packets in
// capture"), not a successful scan of nothing: a bare pcap or pcapng header
// is most often a capture that never saw traffic (wrong interface, a filter
// at capture time) and a green exit would hide it. Two kinds:
//   unreadable  more than the header, yet no packet (pcapng blocks libpcap
//               skips, an interface id out of range, a read error): always
//               an error;
//   empty       nothing after the header: an error, unless several files are
//               given and another one yields packets (a warning per empty
//               file then), or the caller allows empty captures (`scan
//               --allow-empty`, e.g. to time start-up alone).
// With a BPF filter a file with packets may match none: that is not reported.
class EmptyCaptureCheck {
 public:
  enum class Kind { Fine, Empty, Unreadable };
  struct Verdict {
    Kind kind = Kind::Fine;
    std::string message;  // "" when Fine
  };

  explicit EmptyCaptureCheck(const PcapSource& source);  // right after opening: remembers where the header ended
  Verdict verdict(const PcapSource& source, uint64_t packets, bool read_error, bool filtered) const;

 private:
  long header_end_;  // -1 when the position is unknown (stdin)
};

// The empty files of one `scan` or `run -r`, judged once every file is read.
class EmptyCaptureTally {
 public:
  EmptyCaptureTally(size_t files, bool allow_empty) : files_(files), allow_empty_(allow_empty) {}
  // After each file. Logs an unreadable file at once; true when it fails the run.
  bool note(const EmptyCaptureCheck::Verdict& verdict, uint64_t packets);
  // After the last file: logs the empty files (errors, or warnings when
  // another file yielded packets); true when they fail the run.
  bool finish() const;

 private:
  size_t files_;
  bool allow_empty_;
  uint64_t packets_ = 0;
  std::vector<std::string> empty_;
};

}  // namespace tapwatch

#pragma once
// CaptureFollower: the continuous mode of `scan --follow` and
// `run -r --follow` (as Suricata's pcap-file continuous mode): after the
// given inputs, every new capture file that appears below the followed
// directories (recursively) is handed out once it is complete, in path
// order, each once. The directory watch (capture/directory_watch.h: inotify,
// or polling) says what changed; the queue (capture/follow_queue.h) decides
// what is complete and what was read.
//
// Files under a temporary name (capture_file_kind.h) wait until renamed;
// files that are not pcap/pcapng by their first bytes are skipped with one
// log line each; a file that changes after it was read is logged once as a
// warning and not read again.
//
// One thread uses it (the capture thread, or scan's main thread).
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "capture/directory_watch.h"
#include "capture/follow_queue.h"
#include "common/result.h"

namespace tapwatch {

struct FollowOptions {
  std::chrono::milliseconds settle{2000};         // --follow-settle: unchanged this long = complete
  std::chrono::milliseconds poll_interval{1000};  // listing interval when polling (no inotify)
  DirectoryWatch::Mode mode = DirectoryWatch::Mode::Auto;
};

class CaptureFollower {
 public:
  static Result<std::unique_ptr<CaptureFollower>> open(const std::vector<std::string>& directories,
                                                       const FollowOptions& options);

  // A file read before following began (the initial inputs): not handed out again.
  void alreadyRead(const std::string& path);
  // A file found not to be a capture before following began: looked at again only if it changes.
  void alreadySkipped(const std::string& path);
  // Waits up to `timeout` for changes; returns the captures complete now, in path order, each once.
  std::vector<std::string> next(std::chrono::milliseconds timeout);

  bool usesInotify() const { return watch_->usesInotify(); }
  uint64_t skippedFiles() const { return skipped_; }  // not captures
  size_t waiting() const { return queue_.waiting(); }

 private:
  CaptureFollower(std::unique_ptr<DirectoryWatch> watch, const FollowOptions& options)
      : watch_(std::move(watch)), queue_(options.settle) {}
  void see(const std::string& path, FollowQueue::Clock::time_point now, bool complete);
  bool take(const std::string& path);  // false: skipped or gone

  std::unique_ptr<DirectoryWatch> watch_;
  FollowQueue queue_;
  uint64_t skipped_ = 0;
  bool warned_too_many_ = false;
};

}  // namespace tapwatch

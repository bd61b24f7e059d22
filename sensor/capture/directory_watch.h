#pragma once
// DirectoryWatch: what changes below a set of directories (recursively,
// hidden directories skipped, as capture_inputs lists them): inotify when the
// kernel gives it, else — or once inotify fails (no instance, watch limit,
// queue overflow is recovered by a rescan) — a full listing at most once per
// poll interval. The caller (capture/capture_follower.h) stats what it is
// told about and decides; this class only reports.
//
// One thread uses it.
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"

namespace tapwatch {

struct WatchEvent {
  enum class Kind {
    Changed,        // created, written or touched: stat it again
    Complete,       // the writer closed it (IN_CLOSE_WRITE) or renamed it into place (IN_MOVED_TO)
    Gone,           // deleted or moved away
    DirectoryGone,  // a directory went away: everything below it
    Listing,        // a full listing: `files` is every file below the roots now
  };
  Kind kind = Kind::Changed;
  std::string path;
  std::vector<std::string> files;  // Listing only
};

class DirectoryWatch {
 public:
  enum class Mode { Auto, Polling };
  // Lists nothing yet: the first wait() returns a Listing. A root that is not
  // a directory is an error.
  static Result<std::unique_ptr<DirectoryWatch>> open(const std::vector<std::string>& roots, Mode mode,
                                                      std::chrono::milliseconds poll_interval);
  ~DirectoryWatch();
  DirectoryWatch(const DirectoryWatch&) = delete;
  DirectoryWatch& operator=(const DirectoryWatch&) = delete;

  // Waits up to `timeout` for changes and returns them in the order they happened.
  std::vector<WatchEvent> wait(std::chrono::milliseconds timeout);
  bool usesInotify() const { return fd_ >= 0; }
  // Why inotify is not used ("" when it is, or when polling was asked for).
  const std::string& fallbackReason() const { return fallback_reason_; }

  // Every regular file below `roots` (hidden directories skipped), sorted.
  static std::vector<std::string> listFiles(const std::vector<std::string>& roots);

 private:
  DirectoryWatch(std::vector<std::string> roots, std::chrono::milliseconds poll_interval);
  bool addTree(const std::string& directory);  // false: inotify failed (fell back to polling)
  void unwatchTree(const std::string& directory);
  void fallBack(const std::string& reason);
  void readEvents(std::vector<WatchEvent>& out);
  WatchEvent listing() const;

  std::vector<std::string> roots_;
  std::chrono::milliseconds poll_interval_;
  int fd_ = -1;
  std::map<int, std::string> directories_;  // watch descriptor -> directory
  bool rescan_ = true;                      // the next wait() starts with a listing
  std::chrono::steady_clock::time_point next_listing_{};
  std::string fallback_reason_;
};

}  // namespace tapwatch

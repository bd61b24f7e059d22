#pragma once
// FollowQueue: which files of a followed capture directory are ready to be
// read, and which were read already — the bookkeeping of `scan --follow` and
// `run -r --follow`, without any I/O (capture/capture_follower.h feeds it
// from the directory watch), so it is tested with a made-up clock.
//
// A file is ready once it is complete: its writer closed it or renamed it
// into place (`complete`), or it has not changed for `settle`. An empty file
// is never ready (its writer has not started). Ready files are handed out in
// path order, each once. A file is known by path, device, inode and size
// (plus mtime): a file that changes after it was read is reported once
// (GrewAfterRead) and not handed out again; a new file under a read file's
// name (another inode) is a new file; a read file moved to another name is
// recognised (AlreadyRead) and not read twice.
//
// Bounded: at most kMaxTracked paths (more are refused, TooMany) and the
// identities of the last kMaxRetired read files that went away.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

namespace tapwatch {

struct FileIdentity {
  uint64_t device = 0;
  uint64_t inode = 0;
  uint64_t size = 0;
  int64_t mtime_ns = 0;

  bool sameFile(const FileIdentity& other) const { return device == other.device && inode == other.inode; }
  bool operator==(const FileIdentity&) const = default;
};

class FollowQueue {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr size_t kMaxTracked = size_t{1} << 20;
  static constexpr size_t kMaxRetired = 4096;

  explicit FollowQueue(Clock::duration settle) : settle_(settle) {}

  enum class Seen {
    Waiting,        // new or changed: waits to be complete
    Unchanged,      // nothing new about it
    GrewAfterRead,  // changed after it was read (reported once per file): not read again
    AlreadyRead,    // a read file under a new name (moved): not read again
    TooMany,        // kMaxTracked reached: not tracked
  };
  // What the directory shows for `path` at `now`. `complete`: the writer is
  // done with it (inotify IN_CLOSE_WRITE or IN_MOVED_TO).
  Seen observe(const std::string& path, const FileIdentity& id, Clock::time_point now, bool complete = false);

  // The files ready at `now`, sorted by path; each leaves the waiting set.
  // The caller reads each (or skips it) and then calls markRead or markSkipped.
  std::vector<std::string> takeReady(Clock::time_point now);
  // Read (or tried: a file that fails to parse is not retried either).
  void markRead(const std::string& path, const FileIdentity& id);
  // Not a capture: looked at again if it changes (it may still be being written).
  void markSkipped(const std::string& path, const FileIdentity& id);

  // Deleted or moved away. A read file's identity is kept (bounded) so that
  // the same file reappearing under another name is not read again.
  void forget(const std::string& path);
  // A directory went away: every path below it.
  void forgetUnder(const std::string& directory);
  // A full listing of the directories: every tracked path not in `present` went away.
  void retainOnly(const std::vector<std::string>& present);

  size_t waiting() const;
  size_t tracked() const { return files_.size(); }
  bool isRead(const std::string& path) const;

 private:
  enum class State { Waiting, Taken, Read, Skipped };
  struct Entry {
    State state = State::Waiting;
    FileIdentity id;
    Clock::time_point changed{};  // last time the identity changed (Waiting)
    bool complete = false;        // the writer said it is done (Waiting)
    bool warned = false;          // GrewAfterRead reported (Read)
  };
  void retire(const Entry& entry);
  bool wasRetired(const FileIdentity& id) const;

  Clock::duration settle_;
  std::map<std::string, Entry> files_;  // sorted: takeReady walks it in path order
  std::deque<FileIdentity> retired_;
};

}  // namespace tapwatch

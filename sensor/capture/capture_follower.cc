#include "capture/capture_follower.h"

#include <sys/stat.h>

#include <filesystem>

#include "capture/capture_file_kind.h"
#include "common/log.h"

namespace tapwatch {
namespace {

// Follows symlinks: a link dropped into the directory stands for its capture.
bool identityOf(const std::string& path, FileIdentity& id) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  id.device = static_cast<uint64_t>(st.st_dev);
  id.inode = static_cast<uint64_t>(st.st_ino);
  id.size = static_cast<uint64_t>(st.st_size);
  id.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  return true;
}

bool temporaryName(const std::string& path) {
  return isTemporaryCaptureName(std::filesystem::path(path).filename().string());
}

}  // namespace

Result<std::unique_ptr<CaptureFollower>> CaptureFollower::open(const std::vector<std::string>& directories,
                                                               const FollowOptions& options) {
  auto watch = DirectoryWatch::open(directories, options.mode, options.poll_interval);
  if (!watch) return watch.error();
  return std::unique_ptr<CaptureFollower>(new CaptureFollower(std::move(watch.value()), options));
}

void CaptureFollower::alreadyRead(const std::string& path) {
  FileIdentity id;
  if (identityOf(path, id)) queue_.markRead(path, id);
}

void CaptureFollower::alreadySkipped(const std::string& path) {
  FileIdentity id;
  if (identityOf(path, id)) queue_.markSkipped(path, id);
}

void CaptureFollower::see(const std::string& path, FollowQueue::Clock::time_point now, bool complete) {
  if (temporaryName(path)) return;  // taken once renamed to its final name
  FileIdentity id;
  if (!identityOf(path, id)) {
    queue_.forget(path);  // gone again, or not a regular file
    return;
  }
  switch (queue_.observe(path, id, now, complete)) {
    case FollowQueue::Seen::GrewAfterRead:
      logWarning(path + ": changed after it was read (now " + std::to_string(id.size) +
                 " bytes); not read again — write captures under a temporary name and rename them when complete");
      break;
    case FollowQueue::Seen::AlreadyRead: logInfo(path + ": already read under another name; not read again"); break;
    case FollowQueue::Seen::TooMany:
      if (!warned_too_many_)
        logWarning("following " + std::to_string(FollowQueue::kMaxTracked) +
                   " files already; further new files are not read");
      warned_too_many_ = true;
      break;
    case FollowQueue::Seen::Waiting:
    case FollowQueue::Seen::Unchanged: break;
  }
}

bool CaptureFollower::take(const std::string& path) {
  FileIdentity id;
  if (!identityOf(path, id)) {
    queue_.forget(path);
    return false;
  }
  std::string detail;
  const CaptureFileKind kind = sniffCaptureFile(path, &detail);
  if (kind == CaptureFileKind::Pcap || kind == CaptureFileKind::Pcapng) {
    queue_.markRead(path, id);  // the identity read, taken just before the caller opens it
    return true;
  }
  ++skipped_;
  logInfo(path + ": skipped, not a pcap or pcapng capture (" + detail + ")");
  queue_.markSkipped(path, id);
  return false;
}

std::vector<std::string> CaptureFollower::next(std::chrono::milliseconds timeout) {
  for (WatchEvent& event : watch_->wait(timeout)) {
    const auto now = FollowQueue::Clock::now();
    switch (event.kind) {
      case WatchEvent::Kind::Listing:
        queue_.retainOnly(event.files);  // first: a read file moved to a new name is then recognised
        for (const std::string& file : event.files) see(file, now, false);
        break;
      case WatchEvent::Kind::Changed: see(event.path, now, false); break;
      case WatchEvent::Kind::Complete: see(event.path, now, true); break;
      case WatchEvent::Kind::Gone: queue_.forget(event.path); break;
      case WatchEvent::Kind::DirectoryGone: queue_.forgetUnder(event.path); break;
    }
  }
  std::vector<std::string> ready;
  for (std::string& path : queue_.takeReady(FollowQueue::Clock::now()))
    if (take(path)) ready.push_back(std::move(path));
  return ready;
}

}  // namespace tapwatch

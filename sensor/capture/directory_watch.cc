#include "capture/directory_watch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

#include "common/log.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;

constexpr uint32_t kDirectoryMask = IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_MODIFY |
                                    IN_ATTRIB | IN_MOVE_SELF | IN_ONLYDIR;

bool hiddenName(const fs::path& path) { return path.filename().string().starts_with("."); }

std::vector<std::string> subdirectories(const std::string& directory) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = fs::directory_iterator(directory, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (!hiddenName(it->path()) && it->is_directory(type_ec) && !it->is_symlink(type_ec))
      out.push_back(it->path().string());
  }
  return out;
}

}  // namespace

DirectoryWatch::DirectoryWatch(std::vector<std::string> roots, std::chrono::milliseconds poll_interval)
    : roots_(std::move(roots)), poll_interval_(poll_interval) {}

DirectoryWatch::~DirectoryWatch() {
  if (fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<DirectoryWatch>> DirectoryWatch::open(const std::vector<std::string>& roots, Mode mode,
                                                             std::chrono::milliseconds poll_interval) {
  for (const std::string& root : roots) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return makeError(root + ": not a directory, cannot be followed");
  }
  // "dir/" and "dir" alike: events and listings must name a file the same way,
  // or one file would look like two.
  std::vector<std::string> normalized;
  for (std::string root : roots) {
    while (root.size() > 1 && root.ends_with('/')) root.pop_back();
    normalized.push_back(std::move(root));
  }
  std::unique_ptr<DirectoryWatch> watch(new DirectoryWatch(normalized, poll_interval));
  if (mode == Mode::Polling) return watch;
  watch->fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (watch->fd_ < 0) {
    watch->fallBack(std::string("inotify_init1: ") + std::strerror(errno));
    return watch;
  }
  for (const std::string& root : watch->roots_)
    if (!watch->addTree(root)) break;
  return watch;
}

bool DirectoryWatch::addTree(const std::string& directory) {
  if (fd_ < 0) return false;
  const int wd = ::inotify_add_watch(fd_, directory.c_str(), kDirectoryMask);
  if (wd < 0) {
    fallBack("inotify_add_watch " + directory + ": " + std::strerror(errno));
    return false;
  }
  directories_[wd] = directory;
  for (const std::string& sub : subdirectories(directory))
    if (!addTree(sub)) return false;
  return true;
}

void DirectoryWatch::unwatchTree(const std::string& directory) {
  const std::string below = directory + "/";
  for (auto it = directories_.begin(); it != directories_.end();) {
    if (it->second == directory || it->second.starts_with(below)) {
      ::inotify_rm_watch(fd_, it->first);
      it = directories_.erase(it);
    } else {
      ++it;
    }
  }
}

void DirectoryWatch::fallBack(const std::string& reason) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  directories_.clear();
  fallback_reason_ = reason;
  rescan_ = true;
  logWarning("following capture directories by polling every " + std::to_string(poll_interval_.count()) +
             " ms: " + reason);
}

std::vector<std::string> DirectoryWatch::listFiles(const std::vector<std::string>& roots) {
  std::vector<std::string> files;
  for (const std::string& root : roots) {
    std::error_code ec;
    auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (hiddenName(it->path()) && it->is_directory(type_ec)) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(type_ec)) files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

WatchEvent DirectoryWatch::listing() const {
  WatchEvent event;
  event.kind = WatchEvent::Kind::Listing;
  event.files = listFiles(roots_);
  return event;
}

std::vector<WatchEvent> DirectoryWatch::wait(std::chrono::milliseconds timeout) {
  std::vector<WatchEvent> events;
  auto now = std::chrono::steady_clock::now();
  if (fd_ < 0) {
    // Polling: a listing every poll interval; in between, just wait.
    if (!rescan_ && now < next_listing_) {
      std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(timeout, next_listing_ - now));
      now = std::chrono::steady_clock::now();
      if (now < next_listing_) return events;
    }
    rescan_ = false;
    next_listing_ = now + poll_interval_;
    events.push_back(listing());
    return events;
  }
  if (!rescan_) {
    pollfd pfd{fd_, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, static_cast<int>(timeout.count()));
    if (ready > 0) readEvents(events);
  }
  if (rescan_) {  // the first call, or the kernel's event queue overflowed: events may be missing
    rescan_ = false;
    events.clear();
    events.push_back(listing());
  }
  return events;
}

void DirectoryWatch::readEvents(std::vector<WatchEvent>& out) {
  alignas(inotify_event) char buffer[64 * 1024];
  const auto push = [&out](WatchEvent::Kind kind, std::string path) {
    // A writer's many small writes come as many IN_MODIFY: one is enough.
    if (!out.empty() && out.back().kind == kind && out.back().path == path) return;
    out.push_back(WatchEvent{kind, std::move(path), {}});
  };
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // EAGAIN: drained
    for (ssize_t at = 0; at < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if (event->mask & IN_Q_OVERFLOW) {
        rescan_ = true;
        continue;
      }
      auto dir = directories_.find(event->wd);
      if (dir == directories_.end()) continue;
      if (event->mask & IN_IGNORED) {
        directories_.erase(dir);
        continue;
      }
      if (event->len == 0) {
        // A root moved away is no longer followed (a subdirectory's move is
        // reported by its parent, below).
        if ((event->mask & IN_MOVE_SELF) && std::find(roots_.begin(), roots_.end(), dir->second) != roots_.end()) {
          ::inotify_rm_watch(fd_, event->wd);
          push(WatchEvent::Kind::DirectoryGone, dir->second);
          directories_.erase(dir);
        }
        continue;
      }
      const std::string name(event->name);
      const std::string path = dir->second + "/" + name;
      if (event->mask & IN_ISDIR) {
        if (name.starts_with(".")) continue;
        if (event->mask & (IN_CREATE | IN_MOVED_TO)) {
          // Files may have landed before the watch was in place: report what is there.
          if (!addTree(path)) return;  // fell back to polling: the listing covers it
          const auto kind = (event->mask & IN_MOVED_TO) ? WatchEvent::Kind::Complete : WatchEvent::Kind::Changed;
          for (std::string& file : listFiles({path})) push(kind, std::move(file));
        } else if (event->mask & (IN_MOVED_FROM | IN_DELETE)) {
          if (event->mask & IN_MOVED_FROM) unwatchTree(path);  // its watches would report under a stale path
          push(WatchEvent::Kind::DirectoryGone, path);
        }
        continue;
      }
      if (event->mask & (IN_MOVED_FROM | IN_DELETE)) push(WatchEvent::Kind::Gone, path);
      else if (event->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) push(WatchEvent::Kind::Complete, path);
      else push(WatchEvent::Kind::Changed, path);
    }
  }
}

}  // namespace tapwatch

#include "capture/follow_queue.h"

#include <algorithm>
#include <unordered_set>

namespace tapwatch {

FollowQueue::Seen FollowQueue::observe(const std::string& path, const FileIdentity& id, Clock::time_point now,
                                       bool complete) {
  auto it = files_.find(path);
  if (it == files_.end()) {
    if (files_.size() >= kMaxTracked) return Seen::TooMany;
    Entry entry;
    entry.id = id;
    entry.changed = now;
    entry.complete = complete;
    if (wasRetired(id)) {
      entry.state = State::Read;
      files_.emplace(path, entry);
      return Seen::AlreadyRead;
    }
    files_.emplace(path, entry);
    return Seen::Waiting;
  }
  Entry& entry = it->second;
  switch (entry.state) {
    case State::Waiting:
      if (entry.id != id) {
        entry.id = id;
        entry.changed = now;
        entry.complete = false;  // written again since it was last said to be done
      }
      if (complete) entry.complete = true;
      return Seen::Waiting;
    case State::Taken: return Seen::Unchanged;  // being read now; markRead records what was read
    case State::Read:
      if (entry.id == id) return Seen::Unchanged;
      if (!entry.id.sameFile(id)) break;  // a new file under the read file's name
      if (entry.warned) return Seen::Unchanged;
      entry.warned = true;
      return Seen::GrewAfterRead;
    case State::Skipped:
      if (entry.id == id) return Seen::Unchanged;
      break;  // changed: perhaps it is becoming a capture; judge it again
  }
  entry = Entry{};
  entry.id = id;
  entry.changed = now;
  entry.complete = complete;
  return Seen::Waiting;
}

std::vector<std::string> FollowQueue::takeReady(Clock::time_point now) {
  std::vector<std::string> ready;
  for (auto& [path, entry] : files_) {
    if (entry.state != State::Waiting || entry.id.size == 0) continue;
    if (!entry.complete && now - entry.changed < settle_) continue;
    entry.state = State::Taken;
    ready.push_back(path);
  }
  return ready;
}

void FollowQueue::markRead(const std::string& path, const FileIdentity& id) {
  auto [it, added] = files_.try_emplace(path);
  if (added && files_.size() > kMaxTracked) {
    files_.erase(it);
    return;
  }
  it->second = Entry{};
  it->second.state = State::Read;
  it->second.id = id;
}

void FollowQueue::markSkipped(const std::string& path, const FileIdentity& id) {
  auto [it, added] = files_.try_emplace(path);
  if (added && files_.size() > kMaxTracked) {
    files_.erase(it);
    return;
  }
  it->second = Entry{};
  it->second.state = State::Skipped;
  it->second.id = id;
}

void FollowQueue::retire(const Entry& entry) {
  if (entry.state != State::Read) return;
  if (retired_.size() >= kMaxRetired) retired_.pop_front();
  retired_.push_back(entry.id);
}

bool FollowQueue::wasRetired(const FileIdentity& id) const {
  // Device, inode, size and mtime alike: the same file, renamed (a reused
  // inode of a deleted file would not carry the old mtime and size).
  return std::find(retired_.begin(), retired_.end(), id) != retired_.end();
}

void FollowQueue::forget(const std::string& path) {
  auto it = files_.find(path);
  if (it == files_.end()) return;
  retire(it->second);
  files_.erase(it);
}

void FollowQueue::forgetUnder(const std::string& directory) {
  const std::string prefix = directory.ends_with('/') ? directory : directory + "/";
  auto it = files_.lower_bound(prefix);
  while (it != files_.end() && it->first.starts_with(prefix)) {
    retire(it->second);
    it = files_.erase(it);
  }
}

void FollowQueue::retainOnly(const std::vector<std::string>& present) {
  const std::unordered_set<std::string> keep(present.begin(), present.end());
  for (auto it = files_.begin(); it != files_.end();) {
    if (keep.contains(it->first) || it->second.state == State::Taken) {
      ++it;
      continue;
    }
    retire(it->second);
    it = files_.erase(it);
  }
}

size_t FollowQueue::waiting() const {
  return static_cast<size_t>(std::count_if(files_.begin(), files_.end(),
                                           [](const auto& f) { return f.second.state == State::Waiting; }));
}

bool FollowQueue::isRead(const std::string& path) const {
  auto it = files_.find(path);
  return it != files_.end() && it->second.state == State::Read;
}

}  // namespace tapwatch

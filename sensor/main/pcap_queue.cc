#include "main/pcap_queue.h"

#include "common/log.h"

namespace tapwatch {

Result<size_t> PcapQueue::push(std::string path) {
  std::lock_guard lock(mutex_);
  if (stopped_) return makeError("the daemon is stopping");
  if (files_.size() >= kMaxQueued)
    return makeError("the capture queue is full (" + std::to_string(kMaxQueued) + " files waiting)");
  files_.push_back(std::move(path));
  changed_.notify_all();
  return files_.size();
}

PcapSource* PcapQueue::next(bool wait) {
  std::unique_lock lock(mutex_);
  for (;;) {
    while (!stopped_ && files_.empty()) {
      if (!wait) return nullptr;
      idle_.store(true);
      changed_.wait(lock);
    }
    idle_.store(false);
    if (stopped_) return nullptr;
    std::string path = std::move(files_.front());
    files_.pop_front();
    // Opening a file is quick; holding the lock keeps stop() and counts() exact.
    auto source = PcapSource::openFile(path, bpf_);
    if (!source) {
      ++counts_.failed;
      logError("queued capture skipped: " + source.error().describe());
      continue;
    }
    counts_.current = path;
    reading_.emplace(std::move(source.value()));
    logInfo("reading queued capture " + path);
    return &*reading_;
  }
}

void PcapQueue::finished() {
  std::lock_guard lock(mutex_);
  if (!reading_) return;
  logInfo("queued capture done: " + counts_.current);
  reading_.reset();
  counts_.current.clear();
  ++counts_.done;
}

void PcapQueue::stop() {
  std::lock_guard lock(mutex_);
  stopped_ = true;
  if (reading_) reading_->breakLoop();
  changed_.notify_all();
}

PcapQueue::Counts PcapQueue::counts() const {
  std::lock_guard lock(mutex_);
  Counts out = counts_;
  out.waiting = files_.size();
  return out;
}

}  // namespace tapwatch

#include "engine/reload_coalescer.h"

#include <utility>

namespace tapwatch {

ReloadCoalescer::~ReloadCoalescer() {
  stop();
  // Abandoned: the owner ends the process instead of destroying us (see the
  // header); detach only so that a std::thread destructor cannot terminate.
  if (left_running_ && thread_.joinable()) thread_.detach();
}

void ReloadCoalescer::start(Compile compile) {
  compile_ = std::move(compile);
  thread_ = std::thread([this] { loop(); });
}

uint64_t ReloadCoalescer::enqueue(std::unique_lock<std::mutex>& lock) {
  (void)lock;
  const uint64_t ticket = ++requested_;
  // A compile is already pending (not started yet): this request rides on it.
  if (ticket > started_upto_ + 1) ++coalesced_;
  wake_.notify_one();
  return ticket;
}

void ReloadCoalescer::request() {
  std::unique_lock lock(mutex_);
  if (!stopping_) enqueue(lock);
}

ReloadCoalescer::Outcome ReloadCoalescer::requestAndWait() {
  std::unique_lock lock(mutex_);
  if (stopping_) return Outcome{.ok = false, .stopping = true, .error = "the daemon is stopping"};
  const uint64_t ticket = enqueue(lock);
  done_.wait(lock, [&] { return stopping_ || finished_upto_ >= ticket; });
  // Any compile that covers the ticket started after the request.
  if (finished_upto_ >= ticket) return last_;
  return Outcome{.ok = false, .stopping = true, .error = "the daemon is stopping"};
}

void ReloadCoalescer::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    if (left_running_) return;  // abandoned earlier: never join it
  }
  wake_.notify_all();
  done_.notify_all();
  if (thread_.joinable()) thread_.join();
}

ReloadCoalescer::StopResult ReloadCoalescer::stopWithin(std::chrono::milliseconds grace) {
  // Raised first, so a step that polls it (the sets-cap wait) ends soon;
  // then the gate waits for a step that touches what the shutdown is about
  // to tear down. No step starts after it (they check the token under it).
  cancel_->store(true);
  { std::lock_guard gate(gate_mutex_); }
  std::unique_lock lock(mutex_);
  if (left_running_) return StopResult::Abandoned;
  stopping_ = true;
  wake_.notify_all();
  done_.notify_all();
  const bool was_running = running_;
  if (was_running) {
    ++abandoned_;
    done_.wait_for(lock, grace, [&] { return !running_; });
    if (running_) {
      left_running_ = true;
      return StopResult::Abandoned;
    }
  }
  lock.unlock();
  if (thread_.joinable()) thread_.join();
  return was_running ? StopResult::Cancelled : StopResult::Idle;
}

bool ReloadCoalescer::unlessStopping(const std::function<void()>& step) {
  std::lock_guard gate(gate_mutex_);
  if (cancel_->load()) return false;
  step();
  return true;
}

uint64_t ReloadCoalescer::coalesced() const {
  std::lock_guard lock(mutex_);
  return coalesced_;
}

uint64_t ReloadCoalescer::compiles() const {
  std::lock_guard lock(mutex_);
  return compiles_;
}

uint64_t ReloadCoalescer::abandoned() const {
  std::lock_guard lock(mutex_);
  return abandoned_;
}

void ReloadCoalescer::loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return stopping_ || requested_ > started_upto_; });
    if (stopping_) return;
    const uint64_t covers = requested_;  // every request so far: none of them saw a compile start yet
    started_upto_ = covers;
    ++compiles_;
    running_ = true;
    lock.unlock();
    Outcome outcome = compile_();
    lock.lock();
    running_ = false;
    last_ = std::move(outcome);
    finished_upto_ = covers;
    done_.notify_all();
  }
}

}  // namespace tapwatch

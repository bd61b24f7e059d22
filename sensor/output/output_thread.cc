#include "output/output_thread.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <future>

#include "common/log.h"
#include "config/config.h"
#include "output/eve_writer.h"
#include "output/syslog_forwarder.h"

namespace tapwatch {
namespace {
constexpr auto kEveFlushEvery = std::chrono::milliseconds(250);
constexpr size_t kDrainBatch = 1024;  // records per drain() before yielding to the io_context
}  // namespace

OutputThread::OutputThread(const OutputsConfig& config, const std::string& sensor_name, OutputStats& stats,
                           OutputThreadOptions options)
    : config_(config),
      sensor_name_(sensor_name),
      stats_(stats),
      options_(options),
      flush_timer_(io_),
      queue_(kHandOffCapacity) {}

OutputThread::~OutputThread() {
  if (running_) stop(std::chrono::milliseconds(0));
}

Status OutputThread::start() {
  if (running_) return Ok{};
  if (config_.syslog.enabled) {
    auto fwd = SyslogForwarder::create(io_, config_.syslog, sensor_name_, stats_);
    if (!fwd) return fwd.error();
    syslog_ = std::move(fwd.value());
  }
  if (config_.eve.enabled) {
    eve_ = std::make_unique<EveWriter>(config_.eve.path, stats_, options_.eve_open);
    // A scan's output file is its whole result: not being able to open it is
    // fatal. The daemon keeps running and retries on every flush.
    if (options_.eve_open == EveOpenMode::Truncate && !eve_->isOpen())
      return makeError("cannot open output: " + eve_->lastError(), {config_.eve.path});
  }
  running_ = true;
  thread_ = std::thread([this] {
    auto guard = boost::asio::make_work_guard(io_);
    if (syslog_) syslog_->start();
    flushTick();
    io_.run();
  });
  return Ok{};
}

bool OutputThread::submit(AlertRecord&& record, SubmitMode mode) {
  while (!queue_.tryPush(record)) {
    if (mode == SubmitMode::NoWait) {
      stats_.alerts_dropped.add();
      return false;
    }
    wake();
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  wake();
  return true;
}

void OutputThread::wake() {
  // Only the first producer after the consumer went idle posts; a burst of
  // alerts costs one post, not one per alert.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  if (idle_.exchange(false)) boost::asio::post(io_, [this] { drain(); });
}

void OutputThread::drain() {
  AlertRecord record;
  for (size_t n = 0; n < kDrainBatch; ++n) {
    if (!queue_.tryPop(record)) {
      idle_.store(true);
      // Pairs with the fence in wake(): either we see the producer's record
      // now, or the producer sees idle_ and posts another drain().
      std::atomic_thread_fence(std::memory_order_seq_cst);
      if (!queue_.tryPop(record)) return;
      idle_.store(false);
    }
    stats_.alerts_received.add();
    if (eve_) eve_->write(record.eve_json);
    if (syslog_) syslog_->submit(record);
  }
  boost::asio::post(io_, [this] { drain(); });  // more may be waiting; let timers and sockets run first
}

void OutputThread::flushTick() {
  if (eve_) eve_->flush();
  if (stopping_) return;
  flush_timer_.expires_after(kEveFlushEvery);
  flush_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) flushTick();
  });
}

void OutputThread::reopenEveFile() {
  if (!running_) return;
  boost::asio::post(io_, [this] {
    if (eve_) eve_->reopen();
  });
}

void OutputThread::stop(std::chrono::milliseconds drain_deadline) {
  if (!running_) return;
  std::promise<void> stopped;
  boost::asio::post(io_, [this, drain_deadline, &stopped] {
    stopping_ = true;
    // Take everything the workers handed off before stopping.
    AlertRecord record;
    while (queue_.tryPop(record)) {
      stats_.alerts_received.add();
      if (eve_) eve_->write(record.eve_json);
      if (syslog_) syslog_->submit(record);
    }
    flush_timer_.cancel();
    if (eve_) eve_->flush();
    auto finish = [this, &stopped] {
      if (eve_) eve_->flush();
      io_.stop();
      stopped.set_value();
    };
    if (syslog_) {
      syslog_->stop(drain_deadline, finish);
    } else {
      finish();
    }
  });
  stopped.get_future().wait();
  thread_.join();
  running_ = false;
  syslog_.reset();
  eve_.reset();
}

}  // namespace tapwatch

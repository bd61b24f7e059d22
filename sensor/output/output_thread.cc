#include "output/output_thread.h"

#include "common/host_name.h"

#include <unistd.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <climits>
#include <future>

#include "common/log.h"
#include "config/config.h"
#include "output/eve_writer.h"
#include "output/redis_sink.h"
#include "output/syslog_forwarder.h"

namespace tapwatch {
namespace {
constexpr auto kEveFlushEvery = std::chrono::milliseconds(250);
constexpr size_t kDrainBatch = 1024;  // events per drain() before yielding to the io_context

const std::string& fileOf(const EveFilesConfig& files, EveType type) {
  switch (type) {
    case EveType::Alert: return files.alert;
    case EveType::Anomaly: return files.anomaly;
    case EveType::Flow: return files.flow;
    case EveType::Http: return files.http;
    case EveType::Dns: return files.dns;
    case EveType::Tls: return files.tls;
    case EveType::Quic: return files.quic;
    case EveType::Smtp: return files.smtp;
    case EveType::Fileinfo: return files.fileinfo;
    case EveType::Stats: break;
  }
  return files.stats;
}

Timestamp wallClock() {
  const auto ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return Timestamp{ns / 1000000000, static_cast<uint32_t>(ns % 1000000000)};
}

}  // namespace

OutputThread::OutputThread(const OutputsConfig& config, const std::string& sensor_name, OutputStats& stats,
                           OutputThreadOptions options)
    : config_(config),
      stats_(stats),
      options_(options),
      eve_types_(EveTypeSet::of(config.eve.types)),
      syslog_types_(EveTypeSet::of(config.syslog.types)),
      redis_types_(EveTypeSet::of(config.redis.types)),
      flush_timer_(io_),
      stats_timer_(io_),
      queue_(kHandOffCapacity) {
  format_.host = sensorHostName(sensor_name);
  format_.excerpt_bytes = options.excerpt_bytes;
  format_.redact = options.redact;
  format_.alert_context = config.eve.alert_context;
  format_.community_id_seed = static_cast<uint16_t>(config.eve.community_id_seed);
  if (!config.syslog.enabled) syslog_types_ = EveTypeSet{};
  if (!config.eve.enabled) eve_types_ = EveTypeSet{};
  if (!config.redis.enabled) redis_types_ = EveTypeSet{};
  render_types_ = eve_types_.unite(syslog_types_).unite(redis_types_);
}

OutputThread::~OutputThread() {
  if (running_) stop(std::chrono::milliseconds(0));
}

Status OutputThread::start() {
  if (running_) return Ok{};
  if (config_.syslog.enabled) {
    auto fwd = SyslogForwarder::create(io_, config_.syslog, format_.host, stats_);
    if (!fwd) return fwd.error();
    syslog_ = std::move(fwd.value());
  }
  if (config_.redis.enabled) {
    auto sink = RedisSink::create(config_.redis, stats_);
    if (!sink) return sink.error();
    redis_ = std::move(sink.value());
  }
  if (config_.eve.enabled) {
    std::map<std::string, EveWriter*> by_path;
    for (size_t i = 0; i < kEveTypeCount; ++i) {
      const auto type = static_cast<EveType>(i);
      if (!eve_types_.has(type)) continue;
      const std::string& own = fileOf(config_.eve.files, type);
      const std::string& path = own.empty() ? config_.eve.path : own;
      auto it = by_path.find(path);
      if (it == by_path.end()) {
        writers_.push_back(std::make_unique<EveWriter>(path, stats_, options_.eve_open));
        // A scan's output file is its whole result: not being able to open it is
        // fatal. The daemon keeps running and retries on every flush.
        if (options_.eve_open == EveOpenMode::Truncate && !writers_.back()->isOpen())
          return makeError("cannot open output: " + writers_.back()->lastError(), {path});
        it = by_path.emplace(path, writers_.back().get()).first;
      }
      writer_of_[i] = it->second;
    }
  }
  running_ = true;
  started_ = std::chrono::steady_clock::now();
  thread_ = std::thread([this] {
    auto guard = boost::asio::make_work_guard(io_);
    if (syslog_) syslog_->start();
    if (redis_) redis_->start();
    flushTick();
    if (config_.eve.stats_interval != 0) {
      stats_timer_.expires_after(std::chrono::seconds(config_.eve.stats_interval));
      stats_timer_.async_wait([this](const boost::system::error_code& ec) {
        if (!ec) statsTick();
      });
    }
    io_.run();
  });
  return Ok{};
}

void OutputThread::setStatsSource(StatsSource source) {
  if (!running_) {
    stats_source_ = std::move(source);
    return;
  }
  std::promise<void> done;
  boost::asio::post(io_, [this, &source, &done] {
    stats_source_ = std::move(source);
    done.set_value();
  });
  done.get_future().wait();
}

bool OutputThread::submit(EveEvent&& event, SubmitMode mode) {
  while (!queue_.tryPush(event)) {
    if (mode == SubmitMode::NoWait) {
      stats_.events_dropped.add();
      if (event.type() == EveType::Alert) stats_.alerts_dropped.add();
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
  // events costs one post, not one per event.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  if (idle_.exchange(false)) boost::asio::post(io_, [this] { drain(); });
}

void OutputThread::deliver(EveEvent& event) {
  stats_.events_received.add();
  if (event.type() == EveType::Alert) stats_.alerts_received.add();
  lines_.clear();
  // Render every type some output wants; each output then takes its own.
  formatEveEvent(event, format_, render_types_, lines_);
  for (const AlertRecord& line : lines_) writeLine(line);
  event = EveEvent{};  // free the payload now, not when the next event is popped
}

void OutputThread::writeLine(const AlertRecord& line) {
  const auto i = static_cast<size_t>(line.type);
  if (writer_of_[i] != nullptr) writer_of_[i]->write(line.eve_json);
  if (syslog_ && syslog_types_.has(line.type)) syslog_->submit(line);
  if (redis_ && redis_types_.has(line.type)) redis_->submit(line.eve_json);
}

void OutputThread::writeStats() {
  if (!stats_source_) return;
  if (writer_of_[static_cast<size_t>(EveType::Stats)] == nullptr && !syslog_types_.has(EveType::Stats) &&
      !redis_types_.has(EveType::Stats))
    return;
  const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_);
  AlertRecord line;
  line.type = EveType::Stats;
  line.ts = wallClock();
  line.severity = 4;
  line.eve_json = formatEveStats(line.ts, static_cast<uint64_t>(uptime.count()), stats_source_, format_);
  writeLine(line);
}

void OutputThread::drain() {
  EveEvent event;
  for (size_t n = 0; n < kDrainBatch; ++n) {
    if (!queue_.tryPop(event)) {
      idle_.store(true);
      // Pairs with the fence in wake(): either we see the producer's event
      // now, or the producer sees idle_ and posts another drain().
      std::atomic_thread_fence(std::memory_order_seq_cst);
      if (!queue_.tryPop(event)) return;
      idle_.store(false);
    }
    deliver(event);
  }
  boost::asio::post(io_, [this] { drain(); });  // more may be waiting; let timers and sockets run first
}

void OutputThread::flushAll() {
  for (auto& w : writers_) w->flush();
}

void OutputThread::flushTick() {
  flushAll();
  if (stopping_) return;
  flush_timer_.expires_after(kEveFlushEvery);
  flush_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) flushTick();
  });
}

void OutputThread::statsTick() {
  writeStats();
  if (stopping_) return;
  stats_timer_.expires_after(std::chrono::seconds(config_.eve.stats_interval));
  stats_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) statsTick();
  });
}

void OutputThread::reopenEveFile() {
  if (!running_) return;
  boost::asio::post(io_, [this] {
    for (auto& w : writers_) w->reopen();
  });
}

void OutputThread::stop(std::chrono::milliseconds drain_deadline) {
  if (!running_) return;
  std::promise<void> stopped;
  boost::asio::post(io_, [this, drain_deadline, &stopped] {
    stopping_ = true;
    // Take everything the workers handed off before stopping.
    EveEvent event;
    while (queue_.tryPop(event)) deliver(event);
    writeStats();
    flush_timer_.cancel();
    stats_timer_.cancel();
    flushAll();
    // The Redis sink drains on its own thread; this waits for it (the workers are done).
    if (redis_) redis_->stop(drain_deadline);
    auto finish = [this, &stopped] {
      flushAll();
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
  redis_.reset();
  writers_.clear();
  writer_of_ = {};
}

}  // namespace tapwatch

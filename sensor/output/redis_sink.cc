#include "output/redis_sink.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>

#include "common/log.h"
#include "config/config.h"
#include "output/backoff.h"

namespace tapwatch {
namespace {

constexpr size_t kBatchBytes = 1 << 20;  // about this much per pipelined round trip
constexpr auto kIdleWait = std::chrono::milliseconds(100);
constexpr auto kSpoolSyncEvery = std::chrono::seconds(1);

}  // namespace

Result<std::unique_ptr<RedisSink>> RedisSink::create(const RedisOutputConfig& config, OutputStats& stats) {
  RedisSinkOptions options;
  const auto mode = parseRedisMode(config.mode);
  if (!mode)
    return makeError("outputs.redis.mode: unknown value '" + config.mode + "' (list | rpush | channel | stream)");
  options.server = config.server;
  options.port = static_cast<uint16_t>(config.port);
  options.mode = *mode;
  options.key = config.key;
  options.batch = std::max<size_t>(1, config.batch);
  options.queue_max = std::max<size_t>(1, config.queue_max);
  options.session = RedisSession{config.username, config.password, config.db};
  options.stream_maxlen = config.stream_maxlen;
  std::unique_ptr<SyslogSpool> spool;
  if (!config.spool_dir.empty()) {
    SpoolOptions opts;
    opts.dir = config.spool_dir;
    opts.max_bytes = uint64_t{config.spool_max_mb} << 20;
    opts.segment_bytes = std::clamp<uint64_t>(opts.max_bytes / 16, 64 * 1024, 8ull << 20);
    opts.label = "redis";
    auto opened = SyslogSpool::open(opts);
    if (!opened) return makeError("outputs.redis.spool_dir: " + opened.error().message);
    spool = std::move(opened.value());
    if (spool->pendingRecords() > 0) {
      logInfo("redis: " + std::to_string(spool->pendingRecords()) +
              " spooled record(s) from a previous run will be sent first");
    }
  }
  return std::make_unique<RedisSink>(std::move(options), std::move(spool), stats);
}

RedisSink::RedisSink(RedisSinkOptions options, std::unique_ptr<SyslogSpool> spool, OutputStats& stats)
    : options_(std::move(options)),
      stream_maxlen_(options_.mode == RedisMode::Stream && options_.stream_maxlen > 0
                         ? std::to_string(options_.stream_maxlen)
                         : std::string()),
      stats_(stats),
      spool_(std::move(spool)) {
  std::lock_guard lock(mu_);
  updateGauges();
}

RedisSink::~RedisSink() { stop(std::chrono::milliseconds(0)); }

void RedisSink::start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { run(); });
}

void RedisSink::submit(std::string json) {
  std::lock_guard lock(mu_);
  const bool must_spool = finalized_ || !connected_ || mem_.size() >= options_.queue_max ||
                          (spool_ && spool_->unreadRecords() > 0);
  if (spool_ && must_spool) {
    spoolMemory();
    spoolAppend(json);
  } else if (!spool_ && finalized_) {
    drop(1, DropReason::Stopped, "the Redis output has stopped and has no spool_dir");
  } else if (!spool_ && mem_.size() >= options_.queue_max) {
    drop(1, DropReason::QueueFull, "memory queue full (queue_max) and no spool_dir configured");
  } else {
    mem_.push_back(std::move(json));
  }
  updateGauges();
  wake_.notify_one();
}

void RedisSink::drop(uint64_t n, DropReason reason, const std::string& why) {
  if (n == 0) return;
  stats_.redis_dropped.add(n);
  switch (reason) {
    case DropReason::QueueFull: stats_.redis_dropped_queue_full.add(n); break;
    case DropReason::SpoolFull: stats_.redis_dropped_spool_full.add(n); break;
    case DropReason::SpoolError: stats_.redis_dropped_spool_error.add(n); break;
    case DropReason::SpoolDamaged: stats_.redis_dropped_spool_damaged.add(n); break;
    case DropReason::Rejected: stats_.redis_dropped_rejected.add(n); break;
    case DropReason::Stopped: stats_.redis_dropped_stopped.add(n); break;
  }
  if (!drop_logged_) {
    logError("redis: dropping record(s): " + why + " (counted in tapwatch_redis_dropped_total)");
    drop_logged_ = true;
  }
}

void RedisSink::spoolAppend(std::string_view json) {
  switch (spool_->append(json)) {
    case SyslogSpool::WriteStatus::Ok:
      stats_.redis_spooled.add();
      drop_logged_ = false;
      return;
    case SyslogSpool::WriteStatus::Full: return drop(1, DropReason::SpoolFull, "spool full (spool_max_mb)");
    case SyslogSpool::WriteStatus::TooLarge:
      return drop(1, DropReason::SpoolError, "record larger than a spool record");
    case SyslogSpool::WriteStatus::IoError:
      return drop(1, DropReason::SpoolError, "spool write failed: " + spool_->lastError());
  }
}

void RedisSink::spoolMemory() {
  if (!spool_) return;
  while (!mem_.empty()) {
    spoolAppend(mem_.front());
    mem_.pop_front();
  }
}

void RedisSink::updateGauges() {
  if (spool_) {
    // Damage the spool found (at open or while reading) is a loss: count it once.
    const uint64_t lost = spool_->lostRecords();
    if (lost > counted_spool_lost_) {
      drop(lost - counted_spool_lost_, DropReason::SpoolDamaged, "damaged spool records");
      counted_spool_lost_ = lost;
    }
  }
  stats_.redis_connected.set(connected_ ? 1 : 0);
  const size_t spooled = spool_ ? spool_->pendingRecords() : 0;
  stats_.redis_queue_depth.set(mem_.size() + spooled + (in_flight_from_mem_ ? in_flight_ : 0));
  stats_.redis_spool_bytes.set(spool_ ? spool_->liveBytes() : 0);
}

bool RedisSink::connectOnce(bool& tried_before) {
  const RedisConnectResult connected =
      conn_.connect(options_.server, options_.port, options_.io_timeout, options_.session);
  const std::string& error = connected.error;
  std::lock_guard lock(mu_);
  if (!error.empty()) {
    if (connected.auth_refused) stats_.redis_auth_failures.add();
    auth_refused_ = connected.auth_refused;
    // The first failure of an outage is a warning (an error when the
    // credentials are wrong: only the operator can fix that); the retries
    // are debug noise.
    if (!outage_logged_ && connected.auth_refused) logError("redis: " + error + "; spooling and retrying with backoff");
    else if (!outage_logged_) logWarning("redis: " + error + "; spooling and retrying with backoff");
    else logDebug("redis: " + error);
    outage_logged_ = true;
    tried_before = true;
    return false;
  }
  if (tried_before) stats_.redis_reconnects.add();  // any success after the very first attempt
  // After a refused batch the connection is not news: the next accepted batch is.
  if (!auth_refused_) {
    if (outage_logged_) logInfo("redis: connected again to " + options_.server + "; sending spooled records first");
    outage_logged_ = false;
  }
  tried_before = true;
  connected_ = true;
  updateGauges();
  return true;
}

bool RedisSink::takeBatch(std::vector<std::string>& batch, bool& from_spool) {
  batch.clear();
  from_spool = false;
  if (spool_ && spool_->unreadRecords() > 0) {
    spool_->read(batch, options_.batch, kBatchBytes);
    from_spool = true;
  } else {
    size_t bytes = 0;
    while (!mem_.empty() && batch.size() < options_.batch && bytes < kBatchBytes) {
      bytes += mem_.front().size();
      batch.push_back(std::move(mem_.front()));
      mem_.pop_front();
    }
  }
  in_flight_ = batch.size();
  in_flight_from_mem_ = !from_spool;
  return !batch.empty();
}

void RedisSink::settle(std::vector<std::string>& batch, bool from_spool, size_t settled, bool broken) {
  in_flight_ = 0;
  in_flight_from_mem_ = false;
  if (from_spool) {
    spool_->commit(settled);
    if (broken) spool_->rewind();  // the unanswered rest is read again after the reconnect
  } else if (broken && settled < batch.size()) {
    // The unanswered rest is older than everything queued since: back to the front.
    const auto rest_begin = batch.begin() + static_cast<std::ptrdiff_t>(settled);
    if (spool_) {
      std::vector<std::string> rest(std::make_move_iterator(rest_begin), std::make_move_iterator(batch.end()));
      if (spool_->prepend(rest) == SyslogSpool::WriteStatus::Ok) {
        stats_.redis_spooled.add(rest.size());
      } else {
        drop(rest.size(), DropReason::SpoolError, "spool write failed: " + spool_->lastError());
      }
    } else {
      mem_.insert(mem_.begin(), std::make_move_iterator(rest_begin), std::make_move_iterator(batch.end()));
    }
  }
  if (broken) {
    connected_ = false;
    spoolMemory();  // while disconnected everything waits on disk, in order
  }
  updateGauges();
}

void RedisSink::run() {
  // hiredis writes with write(2): a server that died would raise SIGPIPE and
  // end the process. Blocked in this thread only, the write fails with EPIPE
  // instead (the signal stays pending here and goes with the thread).
  sigset_t pipe;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
  Backoff backoff(options_.backoff_initial, options_.backoff_max);
  bool tried_before = false;
  std::vector<std::string> batch;
  auto last_sync = std::chrono::steady_clock::now();
  for (;;) {
    if (!conn_.connected()) {
      {
        std::unique_lock lock(mu_);
        if (stopping_ && std::chrono::steady_clock::now() >= stop_deadline_) break;
      }
      if (!connectOnce(tried_before)) {
        std::unique_lock lock(mu_);
        if (stopping_) break;  // at stop, a Redis that is down is not waited for: the spool keeps the rest
        wake_.wait_for(lock, backoff.next(), [this] { return stopping_; });
        continue;
      }
      if (!auth_refused_) backoff.reset();
    }
    bool from_spool = false;
    {
      std::unique_lock lock(mu_);
      const auto now = std::chrono::steady_clock::now();
      if (spool_ && now - last_sync >= kSpoolSyncEvery) {
        spool_->sync();
        last_sync = now;
      }
      if (stopping_ && now >= stop_deadline_) break;
      if (!takeBatch(batch, from_spool)) {
        if (stopping_) break;  // drained
        // (A spool that has records but could not read one now is retried after the wait, not spun on.)
        wake_.wait_for(lock, kIdleWait, [this, from_spool] {
          return stopping_ || (!from_spool && (!mem_.empty() || (spool_ && spool_->unreadRecords() > 0)));
        });
        continue;
      }
    }
    const RedisBatchResult result = conn_.send(options_.mode, options_.key, batch, stream_maxlen_);
    const bool broken = !result.error.empty();
    if (broken) conn_.close();
    std::unique_lock lock(mu_);
    stats_.redis_sent.add(result.settled - result.rejected);
    if (result.rejected > 0) drop(result.rejected, DropReason::Rejected, "Redis refused: " + result.rejection);
    if (result.auth_refused) stats_.redis_auth_failures.add();
    if (!broken && auth_refused_) {
      logInfo("redis: " + options_.server + " accepts the credentials again; sending spooled records first");
      outage_logged_ = false;
      backoff.reset();
    }
    auth_refused_ = result.auth_refused || (auth_refused_ && broken);
    if (broken && !outage_logged_ && result.auth_refused)
      logError("redis: " + result.error +
               " (check outputs.redis.username, password and the user's ACL rights); spooling and reconnecting");
    else if (broken && !outage_logged_) logWarning("redis: " + result.error + "; spooling and reconnecting");
    if (broken) outage_logged_ = true;
    settle(batch, from_spool, result.settled, broken);
    // Refused credentials or rights: reconnecting would work at once and be refused again.
    if (broken && auth_refused_ && !stopping_) wake_.wait_for(lock, backoff.next(), [this] { return stopping_; });
  }
  conn_.close();
  std::lock_guard lock(mu_);
  finalize();
}

void RedisSink::finalize() {
  if (finalized_) return;
  finalized_ = true;
  connected_ = false;
  if (spool_) {
    spool_->rewind();
    spoolMemory();
    spool_->sync();
    if (spool_->pendingRecords() > 0) {
      logInfo("redis: " + std::to_string(spool_->pendingRecords()) + " undelivered record(s) kept in the spool");
    }
  } else if (!mem_.empty()) {
    drop(mem_.size(), DropReason::Stopped, "stopping with no spool_dir configured");
    mem_.clear();
  }
  updateGauges();
}

void RedisSink::stop(std::chrono::milliseconds deadline) {
  {
    std::lock_guard lock(mu_);
    if (!stopping_) {
      stopping_ = true;
      stop_deadline_ = std::chrono::steady_clock::now() + deadline;
    }
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard lock(mu_);
  finalize();  // never started: keep (or count) what was submitted
}

}  // namespace tapwatch

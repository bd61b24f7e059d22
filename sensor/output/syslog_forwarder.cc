#include "output/syslog_forwarder.h"

#include "common/host_name.h"

#include <unistd.h>

#include "common/log.h"
#include "config/config.h"

#ifndef TAPWATCH_VERSION
#define TAPWATCH_VERSION "0.0.0"
#endif

namespace tapwatch {
namespace {

constexpr size_t kBatchMessages = 256;
constexpr size_t kBatchBytes = 256 * 1024;
constexpr size_t kMaxWindow = 20000;  // unconfirmed messages in flight before we wait
constexpr auto kTick = std::chrono::milliseconds(50);
constexpr auto kSpoolSyncEvery = std::chrono::seconds(1);
constexpr auto kSettleAfter = std::chrono::seconds(1);  // idle time before an unconfirmed window is settled

}  // namespace

Result<std::unique_ptr<SyslogForwarder>> SyslogForwarder::create(boost::asio::io_context& io,
                                                                 const SyslogOutputConfig& config,
                                                                 const std::string& sensor_name, OutputStats& stats) {
  SyslogFormatOptions fmt;
  const auto format = parseSyslogFormat(config.format);
  if (!format) return makeError("outputs.syslog.format: unknown value '" + config.format + "' (rfc5424 | rfc3164)");
  const auto body = parseSyslogBody(config.body);
  if (!body) return makeError("outputs.syslog.body: unknown value '" + config.body + "' (json | cef)");
  const auto facility = parseSyslogFacility(config.facility);
  if (!facility) return makeError("outputs.syslog.facility: unknown facility '" + config.facility + "'");
  fmt.format = *format;
  fmt.body = *body;
  fmt.facility = *facility;
  fmt.hostname = sensorHostName(sensor_name);
  fmt.pid = static_cast<int>(::getpid());
  fmt.version = TAPWATCH_VERSION;

  auto transport = makeSyslogTransport(io, config);
  if (!transport) return transport.error();
  std::unique_ptr<SyslogSpool> spool;
  if (!config.spool_dir.empty()) {
    SpoolOptions opts;
    opts.dir = config.spool_dir;
    opts.max_bytes = uint64_t{config.spool_max_mb} << 20;
    opts.segment_bytes = std::clamp<uint64_t>(opts.max_bytes / 16, 64 * 1024, 8ull << 20);
    auto opened = SyslogSpool::open(opts);
    if (!opened) return makeError("outputs.syslog.spool_dir: " + opened.error().message);
    spool = std::move(opened.value());
    if (spool->pendingRecords() > 0) {
      logInfo("syslog: " + std::to_string(spool->pendingRecords()) +
              " spooled message(s) from a previous run will be sent first");
    }
  }
  return std::make_unique<SyslogForwarder>(io, std::move(transport.value()), std::move(spool), std::move(fmt),
                                           config.queue_max == 0 ? 1 : config.queue_max, stats);
}

SyslogForwarder::SyslogForwarder(boost::asio::io_context& io, SyslogTransportPtr transport,
                                 std::unique_ptr<SyslogSpool> spool, SyslogFormatOptions format, size_t queue_max,
                                 OutputStats& stats)
    : io_(io),
      transport_(std::move(transport)),
      spool_(std::move(spool)),
      format_(std::move(format)),
      queue_max_(queue_max),
      stats_(stats),
      reconnect_timer_(io),
      tick_timer_(io) {
  updateGauges();
}

SyslogForwarder::~SyslogForwarder() {
  if (transport_) transport_->close();
}

void SyslogForwarder::start() {
  if (started_) return;
  started_ = true;
  last_sync_ = std::chrono::steady_clock::now();
  connect();
  tick();
}

void SyslogForwarder::enqueue(std::string message) {
  if (finalized_) return drop(1, "forwarder stopped");
  const bool must_spool = !connected_ || mem_.size() >= queue_max_ || (spool_ && spool_->unreadRecords() > 0);
  if (spool_ && must_spool) {
    spoolMemory();
    spoolAppend(std::move(message));
  } else if (!spool_ && mem_.size() >= queue_max_) {
    drop(1, "memory queue full (queue_max) and no spool configured");
  } else {
    mem_.push_back(std::move(message));
    drop_logged_ = false;
  }
  updateGauges();
  pump();
}

void SyslogForwarder::drop(uint64_t n, const std::string& why) {
  stats_.syslog_dropped.add(n);
  if (!drop_logged_) {
    logError("syslog: dropping message(s): " + why +
             " (counted in tapwatch_syslog_messages_total{result=\"dropped\"})");
    drop_logged_ = true;
  }
}

void SyslogForwarder::spoolAppend(std::string message) {
  switch (spool_->append(message)) {
    case SyslogSpool::WriteStatus::Ok:
      stats_.syslog_spooled.add();
      drop_logged_ = false;
      return;
    case SyslogSpool::WriteStatus::Full: return drop(1, "spool full (spool_max_mb)");
    case SyslogSpool::WriteStatus::TooLarge: return drop(1, "message larger than a spool record");
    case SyslogSpool::WriteStatus::IoError: return drop(1, "spool write failed: " + spool_->lastError());
  }
}

void SyslogForwarder::spoolMemory() {
  if (!spool_) return;
  while (!mem_.empty()) {
    spoolAppend(std::move(mem_.front()));
    mem_.pop_front();
  }
}

void SyslogForwarder::connect() {
  if (connecting_ || connected_ || finalized_) return;
  connecting_ = true;
  transport_->connect([this](const std::string& err) { onConnected(err); },
                      [this](const std::string& err) { onBroken(err); });
}

void SyslogForwarder::scheduleReconnect() {
  if (finalized_) return;
  reconnect_timer_.expires_after(backoff_.next());
  reconnect_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) connect();
  });
}

void SyslogForwarder::onConnected(const std::string& error) {
  connecting_ = false;
  if (finalized_) return;
  if (!error.empty()) {
    // First failure of an outage is a warning; the retries are debug noise.
    if (!outage_logged_) logWarning("syslog: " + error + "; spooling and retrying with backoff");
    else logDebug("syslog: " + error);
    outage_logged_ = true;
    if (stopping_) return finalize();
    return scheduleReconnect();
  }
  connected_ = true;
  backoff_.reset();
  if (outage_logged_) logInfo("syslog: connected again; sending spooled messages first");
  outage_logged_ = false;
  if (!transport_->redeliversUnconfirmed() || window_.empty()) confirmed_seen_ = transport_->confirmed();
  updateGauges();
  pump();
}

void SyslogForwarder::onBroken(const std::string& error) {
  if (!connected_) return;
  connected_ = false;
  sending_ = false;
  if (!outage_logged_) logWarning("syslog: " + error + "; spooling and reconnecting");
  outage_logged_ = true;
  pollConfirmed();
  const bool keep_window = transport_->redeliversUnconfirmed();
  transport_->close();
  if (!keep_window) requeueWindow();
  spoolMemory();
  updateGauges();
  if (stopping_) return finalize();
  scheduleReconnect();
}

void SyslogForwarder::pollConfirmed() {
  const uint64_t c = transport_->confirmed();
  if (c <= confirmed_seen_) return;
  uint64_t n = c - confirmed_seen_;
  confirmed_seen_ = c;
  size_t from_spool = 0;
  while (n > 0 && !window_.empty()) {
    if (window_.front().from_spool) ++from_spool;
    window_.pop_front();
    --n;
  }
  window_spool_ -= from_spool;
  if (from_spool > 0 && spool_) spool_->commit(from_spool);
}

void SyslogForwarder::requeueWindow() {
  if (window_.empty()) return;
  // The window is in send order, which is age order, and its spool entries
  // are exactly the spool's read-but-uncommitted records, oldest first.
  if (window_mem() == 0) {
    spool_->rewind();  // all still on disk: read them again
  } else if (spool_) {
    // Take the spool's copies out and put the whole window, in order, before
    // everything still unread on disk.
    spool_->commit(window_spool_);
    std::vector<std::string> msgs;
    msgs.reserve(window_.size());
    for (auto& e : window_) msgs.push_back(std::move(e.message));
    if (spool_->prepend(msgs) == SyslogSpool::WriteStatus::Ok) {
      stats_.syslog_spooled.add(window_mem());
    } else {
      drop(msgs.size(), "spool write failed: " + spool_->lastError());
    }
  } else {
    for (auto it = window_.rbegin(); it != window_.rend(); ++it) mem_.push_front(std::move(it->message));
  }
  window_.clear();
  window_spool_ = 0;
}

void SyslogForwarder::pump() {
  if (!connected_ || sending_ || finalized_ || settling_ || window_.size() >= kMaxWindow) return;
  std::vector<std::string> batch;
  bool from_spool = false;
  if (spool_ && spool_->unreadRecords() > 0) {
    spool_->read(batch, kBatchMessages, kBatchBytes);
    from_spool = true;
  } else if (!mem_.empty()) {
    size_t bytes = 0;
    while (!mem_.empty() && batch.size() < kBatchMessages && bytes < kBatchBytes) {
      bytes += mem_.front().size();
      batch.push_back(std::move(mem_.front()));
      mem_.pop_front();
    }
  }
  if (batch.empty()) return;
  for (const auto& m : batch) window_.push_back(Entry{m, from_spool});
  if (from_spool) window_spool_ += batch.size();
  sending_ = true;
  last_send_ = std::chrono::steady_clock::now();
  const size_t n = batch.size();
  transport_->send(std::move(batch), [this, n, from_spool](const std::string& err) {
    if (!sending_) return;  // the connection was given up meanwhile
    sending_ = false;
    if (!err.empty()) return onBroken(err);
    (from_spool ? stats_.syslog_resent : stats_.syslog_sent).add(n);
    pollConfirmed();
    updateGauges();
    if (stopping_ && !finishing_) tick();
    pump();
  });
}

void SyslogForwarder::updateGauges() {
  countSpoolLosses();
  stats_.syslog_connected.set(connected_ ? 1 : 0);
  const size_t spooled = spool_ ? spool_->pendingRecords() : 0;
  stats_.syslog_queue_depth.set(mem_.size() + spooled + window_mem());
  stats_.syslog_spool_bytes.set(spool_ ? spool_->liveBytes() : 0);
}

// Damage the spool found (at open or while reading) is counted as dropped, by reason.
void SyslogForwarder::countSpoolLosses() {
  if (!spool_) return;
  const uint64_t torn = spool_->lostTorn() - counted_torn_;
  const uint64_t corrupt = spool_->lostCorrupt() - counted_corrupt_;
  if (torn + corrupt == 0) return;
  stats_.syslog_spool_lost_torn.add(torn);
  stats_.syslog_spool_lost_corrupt.add(corrupt);
  stats_.syslog_dropped.add(torn + corrupt);
  counted_torn_ += torn;
  counted_corrupt_ += corrupt;
}

void SyslogForwarder::tick() {
  if (finalized_) return;
  pollConfirmed();
  const auto now = std::chrono::steady_clock::now();
  if (spool_ && now - last_sync_ >= kSpoolSyncEvery) {
    spool_->sync();
    last_sync_ = now;
  }
  updateGauges();
  if (stopping_) {
    const bool drained = mem_.empty() && (!spool_ || spool_->unreadRecords() == 0) && !sending_;
    if (now >= stop_deadline_ || !connected_ || (drained && window_.empty())) return finalize();
    if (drained && !finishing_ && !settling_) {
      finishing_ = true;
      transport_->finish([this](const std::string& err) {
        if (!err.empty()) logWarning("syslog: " + err);
        pollConfirmed();
        tick();
      });
    }
  }
  if (!stopping_) settleIdleSession(now);
  pump();
  tick_timer_.expires_after(kTick);
  tick_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) tick();
  });
}

// RELP confirms in windows: librelp reads the receiver's responses only while
// it sends, so after a burst the last window (up to kRelpWindow messages)
// stayed unconfirmed until the next alert, and the queue-depth and spool
// gauges (and the spool cursor) never came back to zero. After kSettleAfter
// with nothing to send, the session is closed cleanly (RELP's close waits for
// every response) and a fresh one is opened. Transports without redelivery
// (TCP, TLS: SIOCOUTQ confirms as the peer acknowledges) need none of this.
void SyslogForwarder::settleIdleSession(std::chrono::steady_clock::time_point now) {
  if (!connected_ || sending_ || settling_ || finishing_ || window_.empty()) return;
  if (!transport_->redeliversUnconfirmed() || !mem_.empty() || (spool_ && spool_->unreadRecords() > 0)) return;
  if (now - last_send_ < kSettleAfter) return;
  settling_ = true;
  transport_->finish([this](const std::string& err) {
    settling_ = false;
    if (finalized_) return;
    if (!err.empty()) return onBroken(err);
    pollConfirmed();
    connected_ = false;  // finish() ended the session
    updateGauges();
    connect();
  });
}

void SyslogForwarder::stop(std::chrono::milliseconds deadline, std::function<void()> done) {
  stop_done_ = std::move(done);
  stopping_ = true;
  stop_deadline_ = std::chrono::steady_clock::now() + deadline;
  if (!started_) return finalize();
  tick();
}

void SyslogForwarder::finalize() {
  if (finalized_) return;
  pollConfirmed();
  finalized_ = true;
  connected_ = false;
  reconnect_timer_.cancel();
  tick_timer_.cancel();
  transport_->close();
  requeueWindow();  // whatever the transport would have re-sent itself, too
  const size_t left = mem_.size();
  if (spool_) {
    spoolMemory();
    spool_->sync();
    if (spool_->pendingRecords() > 0) {
      logInfo("syslog: " + std::to_string(spool_->pendingRecords()) + " undelivered message(s) kept in the spool");
    }
  } else if (left > 0) {
    drop(left, "stopping with no spool configured");
    mem_.clear();
  }
  updateGauges();
  if (stop_done_) {
    auto done = std::move(stop_done_);
    stop_done_ = nullptr;
    done();
  }
}

}  // namespace tapwatch

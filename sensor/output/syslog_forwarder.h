#pragma once
// SyslogForwarder: delivers alerts to a syslog receiver without
// losing them silently. Runs entirely on the output thread's io_context.
//
// Delivery order is one FIFO: [in flight] [spool] [memory queue].
//  - Connected and nothing spooled: messages wait in a bounded memory queue
//    (outputs.syslog.queue_max) and are sent in batches.
//  - Not connected, memory queue full, or spool not empty: the memory queue
//    is moved to the on-disk spool and new messages are appended there, so the
//    spool is always older than the memory queue.
//  - Once connected, the spool is sent (oldest first) before memory.
//  - Messages sent but not confirmed by the transport (see
//    tcp_transport.h / relp_transport.h) stay in an in-flight window (in
//    send order); when the connection breaks they go back to the front of the
//    spool (relp re-sends them itself, so only at stop for relp).
//  - Reconnect with exponential backoff 100 ms .. 30 s with jitter.
//  - Caps: spool full (spool_max_mb) or, without a spool, memory full: the
//    NEWEST message is dropped and counted (the oldest, already in order, are
//    kept). A damaged spool record is counted as dropped too.
//  - stop(): sends what it can until the deadline, then spools everything not
//    confirmed, so a restart delivers it.
// Delivery is at-least-once: after a broken connection or a crash a message
// may arrive twice, never silently not at all (udp excepted: lossy by nature).
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "common/result.h"
#include "output/alert.h"
#include "output/backoff.h"
#include "output/output_stats.h"
#include "output/syslog_format.h"
#include "output/syslog_spool.h"
#include "output/syslog_transport.h"

namespace tapwatch {

struct SyslogOutputConfig;

class SyslogForwarder {
 public:
  static Result<std::unique_ptr<SyslogForwarder>> create(boost::asio::io_context& io, const SyslogOutputConfig& config,
                                                         const std::string& sensor_name, OutputStats& stats);
  // For tests: a forwarder over a given transport.
  SyslogForwarder(boost::asio::io_context& io, SyslogTransportPtr transport, std::unique_ptr<SyslogSpool> spool,
                  SyslogFormatOptions format, size_t queue_max, OutputStats& stats);
  ~SyslogForwarder();

  void start();
  void submit(const AlertRecord& record) { enqueue(formatSyslogMessage(record, format_)); }
  void enqueue(std::string message);
  // Drains until `deadline`, persists the rest, then calls done (on the output thread).
  void stop(std::chrono::milliseconds deadline, std::function<void()> done);

  bool connected() const { return connected_; }
  size_t memoryQueued() const { return mem_.size(); }
  size_t inFlight() const { return window_.size(); }

 private:
  struct Entry {
    std::string message;
    bool from_spool;
  };

  void connect();
  void scheduleReconnect();
  void onConnected(const std::string& error);
  void onBroken(const std::string& error);
  void pump();
  void pollConfirmed();
  void requeueWindow();
  void spoolMemory();
  void spoolAppend(std::string message);
  void drop(uint64_t n, const std::string& why);
  void tick();
  void settleIdleSession(std::chrono::steady_clock::time_point now);
  void finalize();
  void updateGauges();
  void countSpoolLosses();
  size_t window_mem() const { return window_.size() - window_spool_; }

  boost::asio::io_context& io_;
  SyslogTransportPtr transport_;
  std::unique_ptr<SyslogSpool> spool_;
  SyslogFormatOptions format_;
  size_t queue_max_;
  OutputStats& stats_;
  Backoff backoff_;
  boost::asio::steady_timer reconnect_timer_;
  boost::asio::steady_timer tick_timer_;

  std::deque<std::string> mem_;
  std::deque<Entry> window_;
  size_t window_spool_ = 0;
  uint64_t confirmed_seen_ = 0;

  bool started_ = false;
  bool connected_ = false;
  bool connecting_ = false;
  bool sending_ = false;
  bool stopping_ = false;
  bool finishing_ = false;
  bool settling_ = false;  // settleIdleSession(): closing an idle session to collect its last acknowledgements
  bool finalized_ = false;
  bool outage_logged_ = false;
  bool drop_logged_ = false;
  uint64_t counted_torn_ = 0;  // spool losses already added to the counters
  uint64_t counted_corrupt_ = 0;
  std::chrono::steady_clock::time_point stop_deadline_;
  std::chrono::steady_clock::time_point last_sync_;
  std::chrono::steady_clock::time_point last_send_;
  std::function<void()> stop_done_;
};

}  // namespace tapwatch

#pragma once
// OutputThread: the alert outputs (EVE file/stdout, syslog forwarder) on one
// thread running a Boost.Asio io_context. Both `run` and `scan` write through
// it, so there is one EVE writer; it is the AlertSink workers hand alerts to.
//
// Threads:
//  - emit()/submit(): worker threads, concurrently. A lock-free bounded
//    hand-off; never waits for the network or the disk.
//  - start(), reopenEveFile(), stop(): the main thread (reopenEveFile is safe
//    from any thread, e.g. after SIGHUP is seen).
//  - everything else runs on the output thread.
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "common/result.h"
#include "output/alert.h"
#include "output/alert_queue.h"
#include "output/alert_sink.h"
#include "output/eve_writer.h"
#include "output/output_stats.h"

namespace tapwatch {

struct OutputsConfig;
class SyslogForwarder;

enum class SubmitMode {
  Wait,    // offline replay: wait for room, never drop
  NoWait,  // live capture: if the hand-off queue is full, count a drop and return false
};

struct OutputThreadOptions {
  SubmitMode submit = SubmitMode::Wait;        // what emit() does when the hand-off is full
  EveOpenMode eve_open = EveOpenMode::Append;  // Truncate: the EVE file must open at start()
};

class OutputThread final : public AlertSink {
 public:
  static constexpr size_t kHandOffCapacity = 65536;

  OutputThread(const OutputsConfig& config, const std::string& sensor_name, OutputStats& stats,
               OutputThreadOptions options = {});
  ~OutputThread() override;
  OutputThread(const OutputThread&) = delete;
  OutputThread& operator=(const OutputThread&) = delete;

  // Opens the outputs and starts the thread. Errors (bad syslog settings,
  // unusable spool directory) name the config key.
  Status start();
  bool submit(AlertRecord&& record, SubmitMode mode);
  void emit(AlertRecord&& record) override { submit(std::move(record), options_.submit); }
  void reopenEveFile();
  // Hands off what is queued, drains the syslog forwarder until the deadline
  // (the rest stays in the spool), flushes EVE, and joins the thread.
  void stop(std::chrono::milliseconds drain_deadline);

 private:
  void wake();
  void drain();      // output thread
  void flushTick();  // output thread

  const OutputsConfig& config_;
  std::string sensor_name_;
  OutputStats& stats_;
  OutputThreadOptions options_;
  boost::asio::io_context io_;
  boost::asio::steady_timer flush_timer_;
  AlertQueue queue_;
  std::atomic<bool> idle_{true};  // consumer is waiting for a wake-up post
  std::unique_ptr<EveWriter> eve_;
  std::unique_ptr<SyslogForwarder> syslog_;
  std::thread thread_;
  bool running_ = false;
  bool stopping_ = false;  // output thread
};

}  // namespace tapwatch

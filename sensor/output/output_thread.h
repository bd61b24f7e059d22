#pragma once
// OutputThread: the event outputs (EVE files/stdout, syslog forwarder, and the
// hand-off to the Redis sink, which has a thread of its own) on one
// thread running a Boost.Asio io_context. Both `run` and `scan` write through
// it; it is the AlertSink workers hand their events to, and the only place
// events become JSON.
//
// Threads:
//  - emit()/submit(): worker threads, concurrently. A lock-free bounded
//    hand-off; never waits for the network or the disk.
//  - start(), setStatsSource(), reopenEveFile(), stop(): the main thread
//    (reopenEveFile is safe from any thread, e.g. after SIGHUP is seen).
//  - everything else runs on the output thread.
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "common/result.h"
#include "output/alert.h"
#include "output/alert_queue.h"
#include "output/alert_sink.h"
#include "output/eve_format.h"
#include "output/eve_stats.h"
#include "output/eve_writer.h"
#include "output/output_stats.h"

namespace tapwatch {

struct OutputsConfig;
class SyslogForwarder;
class RedisSink;

enum class SubmitMode {
  Wait,    // offline replay: wait for room, never drop
  NoWait,  // live capture: if the hand-off queue is full, count a drop and return false
};

struct OutputThreadOptions {
  SubmitMode submit = SubmitMode::Wait;        // what emit() does when the hand-off is full
  EveOpenMode eve_open = EveOpenMode::Append;  // Truncate: the EVE files must open at start()
  uint32_t excerpt_bytes = 96;                 // alerts.excerpt_bytes
  bool redact = false;                         // alerts.redact
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
  bool submit(EveEvent&& event, SubmitMode mode);
  void emit(EveEvent&& event) override { submit(std::move(event), options_.submit); }
  // Where stats records read the counters; without one no stats record is
  // written. The pipeline is built after the outputs, hence a setter.
  void setStatsSource(StatsSource source);
  void reopenEveFile();
  // Hands off what is queued, writes a last stats record, drains the syslog
  // forwarder until the deadline (the rest stays in the spool), flushes EVE,
  // and joins the thread.
  void stop(std::chrono::milliseconds drain_deadline);

 private:
  void wake();
  void drain();  // output thread
  void deliver(EveEvent& event);
  void writeLine(const AlertRecord& line);
  void writeStats();
  void flushTick();  // output thread
  void statsTick();  // output thread
  void flushAll();

  const OutputsConfig& config_;
  OutputStats& stats_;
  OutputThreadOptions options_;
  EveFormatOptions format_;
  EveTypeSet eve_types_;
  EveTypeSet syslog_types_;
  EveTypeSet redis_types_;
  EveTypeSet render_types_;  // eve_types_, syslog_types_ and redis_types_
  boost::asio::io_context io_;
  boost::asio::steady_timer flush_timer_;
  boost::asio::steady_timer stats_timer_;
  EventQueue queue_;
  std::atomic<bool> idle_{true};  // consumer is waiting for a wake-up post
  // One writer per distinct path; writer_of_ maps each event type to its writer (null: not written).
  std::vector<std::unique_ptr<EveWriter>> writers_;
  std::array<EveWriter*, kEveTypeCount> writer_of_{};
  std::unique_ptr<SyslogForwarder> syslog_;
  std::unique_ptr<RedisSink> redis_;  // its own thread (redis_sink.h)
  StatsSource stats_source_;
  std::chrono::steady_clock::time_point started_;
  std::vector<AlertRecord> lines_;  // reused per event
  std::thread thread_;
  bool running_ = false;
  bool stopping_ = false;  // output thread
};

}  // namespace tapwatch

#pragma once
// Daemon: the composition root of `tapwatch run`. It builds the daemon's
// parts in the order privileges demand — signatures, capture handles (the
// only privileged step), privilege drop, outputs, pipeline, metrics, capture
// threads — and tears them down in reverse: capture stops, workers drain
// their rings and flows, the output thread drains to its sinks.
//
// Main thread only. SIGHUP (or `tapwatch ctl reload`) reloads signatures and
// reopens the EVE file, on the reloader's thread (SignatureReloader::requests(),
// which collapses requests made during a compile); the signature files are
// also watched when signatures.watch is set; SIGTERM or SIGINT (or `ctl shutdown`, or the end
// of a replay without --linger, --pcap-queue or --follow) stops. The control socket's
// thread answers read-only commands itself and hands the others to the main
// thread through a ControlMailbox. systemd hears READY, RELOADING, STOPPING
// and watchdog pings (main/systemd_notify.h).
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "capture/afpacket_socket.h"
#include "capture/capture_follower.h"
#include "capture/pcap_source.h"
#include "config/config.h"
#include "engine/capture_loop.h"
#include "engine/pipeline.h"
#include "engine/pipeline_metrics.h"
#include "engine/signature_reloader.h"
#include "engine/xbits_table.h"
#include "main/commands.h"
#include "main/control_mailbox.h"
#include "main/control_server.h"
#include "main/pcap_queue.h"
#include "main/stdin_pump.h"
#include "output/output_thread.h"
#include "policy/alert_counters.h"
#include "policy/alert_filter.h"
#include "stats/metrics_server.h"

namespace tapwatch {

// What the daemon's /metrics serves besides the signature reloader (which
// reports its own): build info, the pipeline, the output thread and the alert
// policy, the xbits table. `interface_name` labels the capture totals.
std::vector<std::unique_ptr<MetricsSource>> daemonMetricSources(const Pipeline& pipeline, const AlertCounters& alerts,
                                                                const AlertFilter& filter, const XbitsTable& xbits,
                                                                const OutputStats& outputs,
                                                                const std::string& interface_name);

class Daemon {
 public:
  Daemon(Config config, const RunOptions& options);
  ~Daemon();
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;

  // Builds and starts everything. Returns kExitOk, or the exit code of the
  // error it logged (kExitUsage: signatures; kExitRuntime: capture, outputs, metrics).
  int start();
  // Serves signals and the signature watch until told to stop, then drains. Exit code.
  int serve();

 private:
  int startMetrics();
  void startCapture();
  void startAfPacketWorkers();
  void readReplay(CaptureLoop& loop, const std::vector<PcapSource*>& files);
  void readFollowed(CaptureLoop& loop, const std::string& path);  // --follow: one new capture
  bool readQueued(CaptureLoop& loop, bool wait);                  // ctl pcap: false once none is left
  void countFile(uint64_t errors_before, bool failed);            // tapwatch_capture_files_total
  Status reload();                                                // the reload thread
  void declareAlertSeries();
  nlohmann::json answerControl(const nlohmann::json& request);  // control thread
  nlohmann::json answerOnMain(const nlohmann::json& request);   // main thread
  void stop();

  Config config_;
  const RunOptions options_;
  const bool live_;
  bool fanout_ = false;
  bool afpacket_ = false;  // live with capture.mode afpacket: workers read their own sockets
  std::string iface_;      // EVE in_iface; empty for replays

  AlertCounters alert_counters_;
  AlertFilter alert_filter_{alert_counters_};
  XbitsTable xbits_{config_.detect.xbits.max_entries};  // Suricata xbits, shared by the workers; kept across reloads
  std::unique_ptr<SignatureReloader> reloader_;
  std::unique_ptr<StdinPump> stdin_pump_;  // `run -r -` only
  std::vector<PcapSource> sources_;
  std::vector<std::unique_ptr<AfPacketSocket>> afpacket_sockets_;  // one per worker; outlive the pipeline
  OutputStats output_stats_;
  std::unique_ptr<OutputThread> outputs_;
  std::unique_ptr<Pipeline> pipeline_;

  std::unique_ptr<CaptureFollower> follower_;  // --follow; the capture thread uses it
  PcapQueue pcap_queue_;
  ControlMailbox mailbox_;
  bool shutdown_requested_ = false;   // `ctl shutdown`; main thread
  bool reload_stopped_ = false;       // stop() stopped the reload thread (main thread)
  bool reload_left_running_ = false;  // ...and left a compile running: serve() ends the process

  std::atomic<bool> stop_capture_{false};
  std::atomic<bool> replay_failed_{false};  // a -r file yielded no packet: exit 1
  std::atomic<uint32_t> capture_running_{0};
  std::vector<std::thread> capture_threads_;

  // Read by the metrics server's threads: declared after what they read, so
  // the server (last) is destroyed first.
  std::vector<std::unique_ptr<MetricsSource>> metric_sources_;
  std::unique_ptr<MetricsServer> metrics_;
  // Last: its thread reads everything above, so it stops first.
  std::unique_ptr<ControlServer> control_;
};

}  // namespace tapwatch

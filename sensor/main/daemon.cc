#include "main/daemon.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "common/log.h"
#include "engine/afpacket_reader.h"
#include "engine/eve_stats_source.h"
#include "engine/xbits_metrics.h"
#include "main/build_info_metrics.h"
#include "main/capture_inputs.h"
#include "main/control_replies.h"
#include "main/detect_setup.h"
#include "main/hardening_seccomp.h"
#include "main/preflight.h"
#include "main/privileges.h"
#include "main/process_metrics.h"
#include "main/signals.h"
#include "main/startup_signal_watch.h"
#include "main/systemd_notify.h"
#include "tapwatch_build.h"

namespace tapwatch {
namespace {

// Also how long a control command waits for the main thread, at most.
constexpr auto kSignalPoll = std::chrono::milliseconds(100);
constexpr auto kWatchInterval = std::chrono::seconds(2);
constexpr auto kDrainDeadline = std::chrono::milliseconds(5000);
constexpr auto kFollowWait = std::chrono::milliseconds(100);  // how soon the capture thread sees a stop
// How long a stop waits for a running reload compile to notice the cancel
// token (it does between databases); a Hyperscan compile is not waited for.
constexpr auto kReloadCancelGrace = std::chrono::milliseconds(150);

// What the daemon captures from: the interface (once, or `fanout` times in
// one AF_PACKET fanout group) or the replay files (none yet with --pcap-queue).
Result<std::vector<PcapSource>> openSources(const Config& config, const std::vector<std::string>& pcaps, bool live) {
  std::vector<PcapSource> sources;
  if (!live) {
    for (const std::string& path : pcaps) {
      auto source = PcapSource::openFile(path, config.capture.bpf);
      if (!source) return source.error();
      sources.push_back(std::move(source.value()));
    }
    return sources;
  }
  if (config.capture.fanout == 0) {
    auto source = PcapSource::openLive(config.capture);
    if (!source) return source.error();
    sources.push_back(std::move(source.value()));
    return sources;
  }
  const auto group = static_cast<uint16_t>(getpid() & 0xffff);
  for (uint32_t i = 0; i < config.capture.fanout; ++i) {
    auto source = PcapSource::openLiveFanout(config.capture, group);
    if (!source) return source.error();
    sources.push_back(std::move(source.value()));
  }
  return sources;
}

// capture.mode afpacket: one TPACKET_V3 socket per worker, all in one
// fanout group (the process id keeps two sensors on a host apart).
Result<std::vector<std::unique_ptr<AfPacketSocket>>> openAfPacketSockets(const Config& config) {
  AfPacketOptions options;
  options.interface = config.capture.interface;
  options.bpf = config.capture.bpf;
  options.snaplen = config.capture.snaplen;
  options.promiscuous = config.capture.promiscuous;
  options.block_size = config.capture.afpacket.block_size;
  options.block_count = config.capture.afpacket.block_count;
  options.fanout_group = static_cast<uint16_t>(getpid() & 0xffff);
  options.fanout_by_cpu = config.capture.afpacket.fanout == "cpu";
  std::vector<std::unique_ptr<AfPacketSocket>> sockets;
  for (uint32_t i = 0; i < config.capture.workers; ++i) {
    auto socket = AfPacketSocket::open(options);
    if (!socket) return socket.error();
    sockets.push_back(std::move(socket.value()));
  }
  return sockets;
}

}  // namespace

std::vector<std::unique_ptr<MetricsSource>> daemonMetricSources(const Pipeline& pipeline, const AlertCounters& alerts,
                                                                const AlertFilter& filter, const XbitsTable& xbits,
                                                                const OutputStats& outputs,
                                                                const std::string& interface_name) {
  std::vector<std::unique_ptr<MetricsSource>> sources;
  sources.push_back(std::make_unique<BuildInfoMetrics>());
  sources.push_back(std::make_unique<ProcessMetrics>());
  sources.push_back(std::make_unique<PipelineMetrics>(pipeline, alerts, interface_name));
  sources.push_back(std::make_unique<OutputMetrics>(outputs));
  sources.push_back(std::make_unique<AlertFilterMetrics>(filter));
  sources.push_back(std::make_unique<XbitsTableMetrics>(xbits));
  return sources;
}

Daemon::Daemon(Config config, const RunOptions& options)
    : config_(std::move(config)),
      options_(options),
      live_(options.pcaps.empty() && !options.pcap_queue && !options.follow) {
  if (!options_.interface.empty()) config_.capture.interface = options_.interface;
  if (options_.workers != 0) config_.capture.workers = options_.workers;
  iface_ = live_ ? config_.capture.interface : std::string();
  pcap_queue_.setFilter(config_.capture.bpf);
}

Daemon::~Daemon() { stop(); }

int Daemon::start() {
  LogLevel level = LogLevel::Info;
  if (parseLogLevel(config_.logging.level, level)) setLogLevel(level);
  // Before any thread exists, so every thread inherits the mask.
  blockDaemonSignals();
  // Also before any thread (inherited); the seccomp filter follows at the end of start-up.
  if (config_.hardening.no_new_privs) {
    if (Status nnp = applyNoNewPrivs(); !nnp) {
      logError(nnp.error().describe());
      return kExitRuntime;
    }
  }
  // The compile below and an idle stdin's capture header cannot be
  // interrupted: until the control socket is bound a stop signal ends the
  // process at once.
  StartupSignalWatch startup_watch;

  const DetectOptions detect_options = detectOptionsFrom(config_);
  reloader_ = std::make_unique<SignatureReloader>(config_.signatures.paths, detect_options);
  reloader_->attachAlertFilter(alert_filter_, config_.signatures);
  reloader_->setMaxLiveSets(config_.signatures.max_live_sets);
  auto set = reloader_->loadInitial();
  if (!set) {
    logError(set.error().describe());
    return kExitUsage;
  }
  warnRefusedRules(**set);

  if (Status bpf = checkBpfFilter(config_.capture.bpf); !bpf) {  // a bad filter is a config error: exit 2
    logError(bpf.error().describe());
    return kExitUsage;
  }
  if (!live_ && std::find(options_.pcaps.begin(), options_.pcaps.end(), "-") != options_.pcaps.end()) {
    stdin_pump_ = std::make_unique<StdinPump>();
    if (!stdin_pump_->start()) {
      logError(std::string("cannot read the capture from stdin: ") + std::strerror(errno));
      return kExitRuntime;
    }
  }
  // Capture handles first: they are what needs privileges.
  afpacket_ = live_ && config_.capture.mode == "afpacket";
  if (afpacket_) {
    auto sockets = openAfPacketSockets(config_);
    if (!sockets) {
      logError(sockets.error().describe());
      return kExitRuntime;
    }
    afpacket_sockets_ = std::move(sockets.value());
  } else {
    auto opened = openSources(config_, options_.pcaps, live_);
    if (!opened) {
      logError(opened.error().describe());
      return kExitRuntime;
    }
    sources_ = std::move(opened.value());
  }
  startup_watch.stop();  // from here on a stop signal is served by serve(), which drains
  // Bound while still privileged, so the socket can be handed to the service
  // user and group; served only once everything is up. No socket is not fatal:
  // the sensor's job is capture, and SIGHUP/SIGTERM still work.
  if (!config_.control.socket.empty()) {
    auto control = ControlServer::bind(config_.control.socket, config_.privileges.user, config_.privileges.group);
    if (control) {
      control_ = std::move(control.value());
    } else {
      logWarning("no control socket: " + control.error().describe());
    }
  }
  // Now, before any other thread exists: capabilities are per thread, and
  // nothing from here on (outputs, metrics, workers) needs them.
  if (Status dropped = dropPrivileges(config_.privileges); !dropped) {
    logError(dropped.error().describe());
    return kExitRuntime;
  }
  // --follow: watching starts before the first file is read, so nothing written meanwhile is missed.
  if (options_.follow) {
    auto follower = CaptureFollower::open(
        options_.follow_directories,
        {.settle = std::chrono::milliseconds(static_cast<int64_t>(options_.follow_settle * 1000))});
    if (!follower) {
      logError(follower.error().describe());
      return kExitUsage;
    }
    follower_ = std::move(follower.value());
    for (const std::string& path : options_.pcaps) follower_->alreadyRead(path);
    for (const std::string& path : options_.follow_skipped) follower_->alreadySkipped(path);
  }
  // With fanout each capture thread feeds its own worker.
  fanout_ = live_ && !afpacket_ && config_.capture.fanout > 0;
  if (fanout_) config_.capture.workers = config_.capture.fanout;

  // As the user that will write them: an output that cannot be opened now
  // would silently lose every event (the writer only retries), so refuse.
  if (const std::vector<Error> unusable = checkOutputs(config_); !unusable.empty()) {
    for (const Error& e : unusable) logError(e.describe());
    logError("not starting: an enabled output cannot be opened (tapwatch config check lists every problem)");
    return kExitUsage;
  }

  // Replays wait for room in the hand-off (lossless); live capture never
  // blocks a worker: a full hand-off counts a drop.
  outputs_ = std::make_unique<OutputThread>(config_.outputs, config_.sensor.name, output_stats_,
                                            OutputThreadOptions{.submit = live_ ? SubmitMode::NoWait : SubmitMode::Wait,
                                                                .excerpt_bytes = config_.alerts.excerpt_bytes,
                                                                .redact = config_.alerts.redact});
  if (Status started = outputs_->start(); !started) {
    logError(started.error().describe());
    return kExitRuntime;
  }
  const WorkerContext context{config_, *outputs_, alert_counters_, iface_, &alert_filter_, &xbits_};
  pipeline_ = std::make_unique<Pipeline>(config_, context, *set, config_.capture.workers, live_,
                                         fanout_ ? config_.capture.fanout : (afpacket_ ? config_.capture.workers : 1));
  outputs_->setStatsSource(makeEveStatsSource(*pipeline_, alert_counters_));
  declareAlertSeries();
  metric_sources_ =
      daemonMetricSources(*pipeline_, alert_counters_, alert_filter_, xbits_, output_stats_, live_ ? iface_ : "replay");
  if (int rc = startMetrics(); rc != kExitOk) return rc;

  if (afpacket_) {
    startAfPacketWorkers();
  } else {
    pipeline_->start();
    startCapture();
  }
  // Reloads compile on their own thread: requests during a compile (SIGHUP,
  // ctl reload, file watch) collapse into one follow-up compile.
  reloader_->requests().start([this] {
    Status result = reload();
    return ReloadCoalescer::Outcome{.ok = result.ok(),
                                    .stopping = false,
                                    .error = result ? std::string() : result.error().describe()};
  });
  logInfo(std::string("tapwatch ") + kTapwatchVersion + " running: " + (live_ ? "interface " + iface_ : "replay") +
          (fanout_ ? " (AF_PACKET fanout)" : "") + (afpacket_ ? " (AF_PACKET TPACKET_V3, workers mode)" : "") + ", " +
          std::to_string(config_.capture.workers) + " workers, " + std::to_string((*set)->size()) + " signatures");
  if (control_) {
    control_->start([this](const nlohmann::json& request) { return answerControl(request); });
    logInfo("control socket " + control_->path());
  }
  // Last: every thread runs and start-up needs nothing more (main/hardening_seccomp.h).
  if (config_.hardening.seccomp) {
    if (Status filtered = applySeccompFilter(); !filtered) {
      logError(filtered.error().describe());
      return kExitRuntime;
    }
    logInfo(std::string("seccomp filter active: ") + std::to_string(seccompDeniedSyscalls().size()) +
            " system calls refused with EPERM" +
            (seccompAllowsPtraceForSanitizers() ? " (ptrace allowed: sanitizer build)" : ""));
  }
  SystemdNotifier().ready();
  return kExitOk;
}

int Daemon::startMetrics() {
  if (!config_.outputs.prometheus.enabled) return kExitOk;
  const auto& prometheus = config_.outputs.prometheus;
  auto server = MetricsServer::start({prometheus.listen, prometheus.basic_auth_user, prometheus.basic_auth_password,
                                      prometheus.tls.cert_file, prometheus.tls.key_file, prometheus.max_connections,
                                      std::chrono::seconds(prometheus.header_timeout)});
  if (!server) {
    logError(server.error().describe());
    return kExitRuntime;
  }
  metrics_ = std::move(server.value());
  for (const auto& source : metric_sources_) metrics_->addSource(source.get());
  metrics_->addSource(reloader_.get());  // the reloader reports its own reload metrics
  logInfo(std::string("metrics on ") + (prometheus.tls.cert_file.empty() ? "http://" : "https://") + prometheus.listen +
          "/metrics (port " + std::to_string(metrics_->port()) + ")");
  return kExitOk;
}

void Daemon::startCapture() {
  const auto launch = [this](std::vector<PcapSource*> mine, int worker) {
    capture_running_.fetch_add(1);
    capture_threads_.emplace_back([this, mine, worker] {
      CaptureLoop loop(*pipeline_, worker, stop_capture_);
      if (live_) {
        for (PcapSource* source : mine) loop.run(*source);
      } else {
        readReplay(loop, mine);
      }
      capture_running_.fetch_sub(1);
    });
  };
  if (fanout_) {
    for (size_t i = 0; i < sources_.size(); ++i) launch({&sources_[i]}, static_cast<int>(i));
    return;
  }
  std::vector<PcapSource*> all;
  for (PcapSource& s : sources_) all.push_back(&s);
  launch(all, CaptureLoop::kHashDispatch);
}

// Workers mode: no capture thread; each worker reads its own socket. The
// capture counts as running until stop() (a live link has no end).
void Daemon::startAfPacketWorkers() {
  capture_running_.fetch_add(1);
  pipeline_->startWith([this](size_t i, Worker& worker, const std::atomic<bool>& stop) {
    AfPacketReader reader(*afpacket_sockets_[i], worker, pipeline_->captureStats(i));
    reader.run(stop);
  });
}

// The -r files, then (with --linger or --pcap-queue) the files queued over
// the control socket, in order, until the daemon stops; with --follow, the
// new captures below the -r directories and the queued files as they come.
void Daemon::readReplay(CaptureLoop& loop, const std::vector<PcapSource*>& files) {
  EmptyCaptureTally empty_captures(files.size(), /*allow_empty=*/false);
  for (PcapSource* source : files) {
    if (stop_capture_.load()) return;
    const EmptyCaptureCheck empty_check(*source);
    const uint64_t errors_before = pipeline_->captureStats().file_errors.value();
    const uint64_t packets = loop.run(*source);
    const bool read_error = pipeline_->captureStats().file_errors.value() != errors_before;
    if (stop_capture_.load()) return;  // cut short by a stop: says nothing about the file
    const auto verdict = empty_check.verdict(*source, packets, read_error, !config_.capture.bpf.empty());
    if (empty_captures.note(verdict, packets)) replay_failed_.store(true);
    countFile(errors_before, verdict.kind == EmptyCaptureCheck::Kind::Unreadable);
  }
  if (!stop_capture_.load() && empty_captures.finish()) replay_failed_.store(true);
  if (follower_) {
    logInfo(std::string("following the -r directories for new captures (") +
            (follower_->usesInotify() ? "inotify" : "polling") + ") until SIGTERM");
    while (!stop_capture_.load()) {
      for (const std::string& path : follower_->next(kFollowWait)) {
        if (stop_capture_.load()) return;
        readFollowed(loop, path);
      }
      while (!stop_capture_.load() && readQueued(loop, /*wait=*/false)) {
      }
    }
    return;
  }
  const bool keep_waiting = options_.linger || options_.pcap_queue;
  while (readQueued(loop, keep_waiting)) {
  }
}

void Daemon::readFollowed(CaptureLoop& loop, const std::string& path) {
  logInfo("reading new capture " + path);
  const uint64_t errors_before = pipeline_->captureStats().file_errors.value();
  auto source = PcapSource::openFile(path, config_.capture.bpf);
  if (!source) {
    logError(source.error().describe());
    countFile(errors_before, true);
    return;
  }
  const EmptyCaptureCheck empty_check(*source);
  const uint64_t packets = loop.run(*source);
  if (stop_capture_.load()) return;
  const bool read_error = pipeline_->captureStats().file_errors.value() != errors_before;
  const auto verdict = empty_check.verdict(*source, packets, read_error, !config_.capture.bpf.empty());
  // Logged and counted; the run goes on. A bare header was read fine, with nothing in it.
  if (verdict.kind == EmptyCaptureCheck::Kind::Unreadable) logError(verdict.message);
  if (verdict.kind == EmptyCaptureCheck::Kind::Empty) logWarning(verdict.message);
  countFile(errors_before, verdict.kind == EmptyCaptureCheck::Kind::Unreadable);
}

bool Daemon::readQueued(CaptureLoop& loop, bool wait) {
  const uint64_t failed_before = pcap_queue_.counts().failed;
  PcapSource* queued = pcap_queue_.next(wait);
  CaptureStats& stats = pipeline_->captureStats();
  for (uint64_t i = failed_before; i < pcap_queue_.counts().failed; ++i) stats.files_failed.add();
  if (queued == nullptr) return false;
  const uint64_t errors_before = stats.file_errors.value();
  loop.run(*queued);
  pcap_queue_.finished();
  if (!stop_capture_.load()) countFile(errors_before, false);
  return true;
}

// Capture thread: the one writer of producer 0's counters.
void Daemon::countFile(uint64_t errors_before, bool failed) {
  CaptureStats& stats = pipeline_->captureStats();
  if (failed || stats.file_errors.value() != errors_before) stats.files_failed.add();
  else stats.files_done.add();
}

Status Daemon::reload() {
  SystemdNotifier notifier;
  notifier.reloading();
  Status result = reloader_->reload(*pipeline_);
  // Not once a stop has begun: the outputs may be stopping (reload_coalescer.h),
  // and systemd has heard STOPPING already.
  reloader_->requests().unlessStopping([&] {
    if (result) declareAlertSeries();
    outputs_->reopenEveFile();
    // A renewed /metrics certificate is taken on SIGHUP too; a bad one keeps the old.
    if (metrics_) {
      if (auto tls = metrics_->reloadTls(); !tls)
        logError("metrics: TLS certificate not reloaded, the previous one stays: " + tls.error().describe());
    }
    notifier.ready();
  });
  return result;
}

// Every signature's alert series at 0 from its load (DESIGN.md §6).
void Daemon::declareAlertSeries() {
  const auto set = reloader_->current();
  if (!set) return;
  for (size_t i = 0; i < set->size(); ++i) {
    const Signature& sig = set->signature(i);
    if (sig.enabled) alert_counters_.declareSignature(sig.id, sig.category, sig.severity);
  }
}

nlohmann::json Daemon::answerControl(const nlohmann::json& request) {
  nlohmann::json error;
  const std::string command = controlCommandOf(request, error);
  if (command == "version") return versionReply();
  if (command == "ruleset") return rulesetReply(reloader_->summary());
  if (command == "stats") {
    std::vector<const MetricsSource*> sources;
    for (const auto& source : metric_sources_) sources.push_back(source.get());
    sources.push_back(reloader_.get());
    return statsReply(sources);
  }
  if (command == "iface") {
    const PcapQueue::Counts queue = pcap_queue_.counts();
    return ifaceReply(live_ ? iface_ : "replay", pipeline_->captureTotals(), live_ ? nullptr : &queue);
  }
  if (command == "reload") {
    // Waits on this (control) thread for a compile that started after the request.
    const ReloadCoalescer::Outcome outcome = reloader_->requests().requestAndWait();
    if (outcome.stopping) return controlError(outcome.error);
    if (!outcome.ok) return {{"error", "signature reload failed; the running set stays"}, {"errors", {outcome.error}}};
    const auto summary = reloader_->summary();
    return {{"ok", true}, {"loaded", summary.loaded}, {"compile_seconds", summary.compile_seconds}};
  }
  if (command == "shutdown" || command == "pcap") return mailbox_.call(request);
  return controlError("unknown command '" + command + "' (reload, stats, ruleset, iface, pcap, shutdown, version)");
}

nlohmann::json Daemon::answerOnMain(const nlohmann::json& request) {
  const std::string command = request.at("command").get<std::string>();
  if (command == "shutdown") {
    shutdown_requested_ = true;
    return {{"ok", true}, {"message", "shutting down"}};
  }
  // pcap: a file for the replay capture thread.
  if (live_)
    return controlError("pcap needs a replay daemon (tapwatch run --pcap-queue, or -r ... with --linger or --follow)");
  const nlohmann::json args = request.value("arguments", nlohmann::json::object());
  const auto file = args.find("filename");
  if (file == args.end() || !file->is_string() || file->get<std::string>().empty())
    return controlError("pcap: arguments.filename (a capture file path) is missing");
  const std::string path = file->get<std::string>();
  std::error_code ec;
  if (!std::filesystem::path(path).is_absolute()) return controlError("pcap: " + path + ": the path must be absolute");
  if (!std::filesystem::is_regular_file(path, ec)) return controlError("pcap: " + path + ": no such file");
  if (capture_running_.load() == 0)
    return controlError("pcap: the replay has ended (run with --pcap-queue, --linger or --follow)");
  auto position = pcap_queue_.push(path);
  if (!position) return controlError("pcap: " + position.error().message);
  return {{"ok", true}, {"queued", path}, {"position", *position}};
}

int Daemon::serve() {
  auto next_watch = std::chrono::steady_clock::now() + kWatchInterval;
  bool replay_reported = false;
  SystemdNotifier notifier;
  for (;;) {
    notifier.tick();
    const DaemonSignal sig = waitForSignal(kSignalPoll);
    if (sig == DaemonSignal::Stop) break;
    if (sig == DaemonSignal::Reload) reloader_->requests().request();  // the reloader logs a failure
    mailbox_.drain([this](const nlohmann::json& request) { return answerOnMain(request); });
    if (shutdown_requested_) {
      logInfo("shutdown requested on the control socket");
      break;
    }
    if (config_.signatures.watch && std::chrono::steady_clock::now() >= next_watch) {
      next_watch = std::chrono::steady_clock::now() + kWatchInterval;
      if (reloader_->filesChanged()) {
        logInfo("signature files changed; reloading");
        reloader_->requests().request();
      }
    }
    const bool capture_over = capture_running_.load() == 0;
    if (capture_over && !options_.linger && !options_.pcap_queue && !options_.follow) break;
    // A lingering replay's thread waits for queued files: idle counts as finished.
    if (options_.linger && !replay_reported && (capture_over || (!live_ && pcap_queue_.idle()))) {
      replay_reported = true;
      logInfo("replay finished; still serving metrics (--linger) until SIGTERM");
    }
  }
  mailbox_.close();
  notifier.stopping();
  logInfo("stopping: draining queued packets and flows");
  stop();
  const CaptureTotals totals = pipeline_->captureTotals();
  logInfo("stopped: " + std::to_string(totals.packets) + " packets, " + std::to_string(alert_counters_.totalAlerts()) +
          " alerts" +
          (live_ ? std::string()
                 : ", " + std::to_string(totals.files_done) + " capture files read, " +
                       std::to_string(totals.files_failed) + " failed"));
  // --follow runs until stopped: a bad file is logged and counted, not the run's result.
  const int rc = replay_failed_.load() && !options_.follow ? kExitRuntime : kExitOk;
  if (reload_left_running_) {
    // The abandoned compile thread still runs inside Hyperscan and uses the
    // reloader (and this daemon through its compile function): end the
    // process here, without destructors or atexit handlers, which would free
    // or tear down what it uses. stop() has drained the pipeline, flushed and
    // closed every output and written the final stats.
    std::fflush(nullptr);
    ::_exit(rc);
  }
  return rc;
}

// Idempotent: serve() calls it, and the destructor after a failed start().
void Daemon::stop() {
  // A compile in progress is cancelled (or, inside Hyperscan, abandoned:
  // serve() then ends the process without waiting for it); `ctl reload`
  // callers still waiting are answered.
  if (reloader_ && !reload_stopped_) {
    reload_stopped_ = true;
    const ReloadCoalescer::StopResult stopped = reloader_->requests().stopWithin(kReloadCancelGrace);
    if (stopped == ReloadCoalescer::StopResult::Cancelled)
      logInfo("reload abandoned: shutting down (the signature compile stopped at its next step)");
    if (stopped == ReloadCoalescer::StopResult::Abandoned) {
      reload_left_running_ = true;
      logInfo("reload abandoned: shutting down (a Hyperscan compile cannot be interrupted; the process exits "
              "without waiting for it)");
    }
  }
  control_.reset();  // its thread reads the pipeline and the reloader
  stop_capture_.store(true);
  pcap_queue_.stop();
  for (PcapSource& s : sources_) s.breakLoop();
  if (stdin_pump_) stdin_pump_->stop();  // a capture blocked on an idle stdin reads end of file
  for (std::thread& t : capture_threads_) t.join();
  capture_threads_.clear();
  if (pipeline_) pipeline_->finish();
  if (outputs_) outputs_->stop(kDrainDeadline);
}

}  // namespace tapwatch

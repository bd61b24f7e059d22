#include "main/daemon.h"

#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <chrono>

#include "common/log.h"
#include "engine/capture_loop.h"
#include "engine/eve_stats_source.h"
#include "main/build_info_metrics.h"
#include "main/privileges.h"
#include "main/signals.h"
#include "tapwatch_build.h"

namespace tapwatch {
namespace {

constexpr auto kSignalPoll = std::chrono::milliseconds(250);
constexpr auto kWatchInterval = std::chrono::seconds(2);
constexpr auto kDrainDeadline = std::chrono::milliseconds(5000);

// What the daemon captures from: the interface (once, or `fanout` times in
// one AF_PACKET fanout group) or the replay files.
Result<std::vector<PcapSource>> openSources(const Config& config, const std::vector<std::string>& pcaps) {
  std::vector<PcapSource> sources;
  if (!pcaps.empty()) {
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

void notifySystemd(const char* state) { sd_notify(0, state); }

}  // namespace

std::vector<std::unique_ptr<MetricsSource>> daemonMetricSources(const Pipeline& pipeline, const AlertCounters& alerts,
                                                                const AlertFilter& filter, const OutputStats& outputs,
                                                                const std::string& interface_name) {
  std::vector<std::unique_ptr<MetricsSource>> sources;
  sources.push_back(std::make_unique<BuildInfoMetrics>());
  sources.push_back(std::make_unique<PipelineMetrics>(pipeline, alerts, interface_name));
  sources.push_back(std::make_unique<OutputMetrics>(outputs));
  sources.push_back(std::make_unique<AlertFilterMetrics>(filter));
  return sources;
}

Daemon::Daemon(Config config, const RunOptions& options)
    : config_(std::move(config)), options_(options), live_(options.pcaps.empty()) {
  if (!options_.interface.empty()) config_.capture.interface = options_.interface;
  if (options_.workers != 0) config_.capture.workers = options_.workers;
  iface_ = live_ ? config_.capture.interface : std::string();
}

Daemon::~Daemon() { stop(); }

int Daemon::start() {
  LogLevel level = LogLevel::Info;
  if (parseLogLevel(config_.logging.level, level)) setLogLevel(level);
  // Before any thread exists, so every thread inherits the mask.
  blockDaemonSignals();

  DetectOptions detect_options;
  detect_options.excerpt_bytes = config_.alerts.excerpt_bytes;
  detect_options.cache_dir = config_.signatures.cache_dir;
  reloader_ = std::make_unique<SignatureReloader>(config_.signatures.paths, detect_options);
  reloader_->attachAlertFilter(alert_filter_, config_.signatures);
  auto set = reloader_->loadInitial();
  if (!set) {
    logError(set.error().describe());
    return kExitUsage;
  }

  if (Status bpf = checkBpfFilter(config_.capture.bpf); !bpf) {  // a bad filter is a config error: exit 2
    logError(bpf.error().describe());
    return kExitUsage;
  }
  // Capture handles first: they are what needs privileges.
  auto opened = openSources(config_, options_.pcaps);
  if (!opened) {
    logError(opened.error().describe());
    return kExitRuntime;
  }
  sources_ = std::move(opened.value());
  // Now, before any other thread exists: capabilities are per thread, and
  // nothing from here on (outputs, metrics, workers) needs them.
  if (Status dropped = dropPrivileges(config_.privileges); !dropped) {
    logError(dropped.error().describe());
    return kExitRuntime;
  }
  // With fanout each capture thread feeds its own worker.
  fanout_ = live_ && config_.capture.fanout > 0;
  if (fanout_) config_.capture.workers = config_.capture.fanout;

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
  const WorkerContext context{config_, *outputs_, alert_counters_, iface_, &alert_filter_};
  pipeline_ = std::make_unique<Pipeline>(config_, context, *set, config_.capture.workers, live_,
                                         fanout_ ? config_.capture.fanout : 1);
  outputs_->setStatsSource(makeEveStatsSource(*pipeline_, alert_counters_));
  if (int rc = startMetrics(); rc != kExitOk) return rc;

  pipeline_->start();
  startCapture();
  logInfo(std::string("tapwatch ") + kTapwatchVersion + " running: " + (live_ ? "interface " + iface_ : "replay") +
          (fanout_ ? " (AF_PACKET fanout)" : "") + ", " + std::to_string(config_.capture.workers) + " workers, " +
          std::to_string((*set)->size()) + " signatures");
  notifySystemd("READY=1");
  return kExitOk;
}

int Daemon::startMetrics() {
  if (!config_.outputs.prometheus.enabled) return kExitOk;
  metric_sources_ =
      daemonMetricSources(*pipeline_, alert_counters_, alert_filter_, output_stats_, live_ ? iface_ : "replay");
  const auto& prometheus = config_.outputs.prometheus;
  auto server = MetricsServer::start({prometheus.listen, prometheus.basic_auth_user, prometheus.basic_auth_password});
  if (!server) {
    logError(server.error().describe());
    return kExitRuntime;
  }
  metrics_ = std::move(server.value());
  for (const auto& source : metric_sources_) metrics_->addSource(source.get());
  metrics_->addSource(reloader_.get());  // the reloader reports its own reload metrics
  logInfo("metrics on http://" + prometheus.listen + "/metrics (port " + std::to_string(metrics_->port()) + ")");
  return kExitOk;
}

void Daemon::startCapture() {
  const auto launch = [this](std::vector<PcapSource*> mine, int worker) {
    capture_running_.fetch_add(1);
    capture_threads_.emplace_back([this, mine, worker] {
      CaptureLoop loop(*pipeline_, worker, stop_capture_);
      for (PcapSource* source : mine) {
        if (stop_capture_.load()) break;
        loop.run(*source);
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

void Daemon::reload() {
  notifySystemd("RELOADING=1");
  reloader_->reload(*pipeline_);
  outputs_->reopenEveFile();
  notifySystemd("READY=1");
}

int Daemon::serve() {
  auto next_watch = std::chrono::steady_clock::now() + kWatchInterval;
  bool replay_reported = false;
  for (;;) {
    const DaemonSignal sig = waitForSignal(kSignalPoll);
    if (sig == DaemonSignal::Stop) break;
    if (sig == DaemonSignal::Reload) reload();
    if (config_.signatures.watch && std::chrono::steady_clock::now() >= next_watch) {
      next_watch = std::chrono::steady_clock::now() + kWatchInterval;
      if (reloader_->filesChanged()) {
        logInfo("signature files changed; reloading");
        reloader_->reload(*pipeline_);
      }
    }
    if (capture_running_.load() == 0) {
      if (!options_.linger) break;
      if (!replay_reported) {
        replay_reported = true;
        logInfo("replay finished; still serving metrics (--linger) until SIGTERM");
      }
    }
  }
  notifySystemd("STOPPING=1");
  logInfo("stopping: draining queued packets and flows");
  stop();
  logInfo("stopped: " + std::to_string(pipeline_->captureTotals().packets) + " packets, " +
          std::to_string(alert_counters_.totalAlerts()) + " alerts");
  return kExitOk;
}

// Idempotent: serve() calls it, and the destructor after a failed start().
void Daemon::stop() {
  stop_capture_.store(true);
  for (PcapSource& s : sources_) s.breakLoop();
  for (std::thread& t : capture_threads_) t.join();
  capture_threads_.clear();
  if (pipeline_) pipeline_->finish();
  if (outputs_) outputs_->stop(kDrainDeadline);
}

}  // namespace tapwatch

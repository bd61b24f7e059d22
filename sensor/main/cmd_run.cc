// `tapwatch run`: the daemon. Live capture from an interface, or replay of
// capture files (-r) through the same pipeline; Prometheus metrics; SIGHUP
// reloads signatures and reopens the EVE file; SIGTERM/SIGINT drain and exit 0.
#include <systemd/sd-daemon.h>

#include <unistd.h>

#include <atomic>
#include <thread>

#include "alert/output_thread.h"
#include "common/log.h"
#include "engine/pipeline.h"
#include "engine/pipeline_metrics.h"
#include "engine/signature_reloader.h"
#include "main/commands.h"
#include "main/config_resolution.h"
#include "main/privileges.h"
#include "main/signals.h"
#include "stats/metrics_server.h"
#include "tapwatch_build.h"

namespace tapwatch {
namespace {

constexpr auto kSignalPoll = std::chrono::milliseconds(250);
constexpr auto kWatchInterval = std::chrono::seconds(2);
constexpr auto kDrainDeadline = std::chrono::milliseconds(5000);

// Workers hand rendered alerts to the output thread. Replays wait for room
// (lossless); live capture never blocks a worker: a full hand-off counts a drop.
class OutputAlertSink final : public AlertSink {
 public:
  OutputAlertSink(OutputThread& outputs, bool live) : outputs_(outputs), live_(live) {}
  void emit(AlertRecord&& record) override {
    outputs_.submit(std::move(record), live_ ? SubmitMode::NoWait : SubmitMode::Wait);
  }

 private:
  OutputThread& outputs_;
  bool live_;
};

class BuildInfoMetrics final : public MetricsSource {
 public:
  void collect(MetricsBuilder& out) const override {
    selectFamily(out, "tapwatch_build_info");
    out.set({{"version", kTapwatchVersion}, {"revision", kTapwatchGitRevision}}, 1);
  }
};

class OutputMetrics final : public MetricsSource {
 public:
  explicit OutputMetrics(const OutputStats& stats) : stats_(stats) {}
  void collect(MetricsBuilder& out) const override {
    visitOutputStats(stats_, [&out](std::string_view m, std::string_view l, uint64_t v) { addVisited(out, m, l, v); });
  }

 private:
  const OutputStats& stats_;
};

// A capture thread: reads packets and dispatches them until its sources end
// or `stop` is set. `worker` < 0 spreads packets by flow hash (the single
// capture thread); otherwise this is fanout thread `worker`, which feeds only
// that worker. Live handles also publish the kernel's drop counters.
void captureLoop(std::vector<PcapSource*> sources, Pipeline& pipeline, int worker, const std::atomic<bool>& stop) {
  CaptureStats& stats = pipeline.captureStats(worker < 0 ? 0 : static_cast<size_t>(worker));
  RawPacket packet;
  auto next_stats = std::chrono::steady_clock::now();
  for (PcapSource* source : sources) {
    uint64_t packets = 0;
    while (!stop.load(std::memory_order_relaxed)) {
      const ReadStatus status = source->next(packet);
      if (status == ReadStatus::Packet) {
        ++packets;
        if (worker < 0) pipeline.dispatch(source->datalink(), packet);
        else pipeline.dispatchTo(static_cast<size_t>(worker), source->datalink(), packet);
      } else if (status == ReadStatus::Error) {
        logWarning(source->name() + ": capture stopped after " + std::to_string(packets) +
                   " packets: " + source->lastError());
        stats.file_errors.add();
        break;
      } else if (status == ReadStatus::End) {
        break;
      }
      if (source->isLive() && std::chrono::steady_clock::now() >= next_stats) {
        next_stats = std::chrono::steady_clock::now() + std::chrono::seconds(1);
        PcapKernelStats ks;
        if (source->kernelStats(ks)) {
          stats.kernel_drops.set(ks.kernel_drops);
          stats.interface_drops.set(ks.interface_drops);
        }
      }
    }
  }
}

// Opens what the daemon captures from: the interface (once, or `fanout`
// times in one AF_PACKET fanout group) or the replay files.
Result<std::vector<PcapSource>> openSources(const Config& config, const std::vector<std::string>& pcaps) {
  std::vector<PcapSource> sources;
  if (!pcaps.empty()) {
    for (const std::string& path : pcaps) {
      auto source = PcapSource::openFile(path);
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

int runDaemon(const RunOptions& options) {
  Result<Config> loaded = resolveConfig(options.config);
  if (!loaded) {
    logError(loaded.error().describe());
    return kExitUsage;
  }
  Config config = std::move(loaded.value());
  if (!options.interface.empty()) config.capture.interface = options.interface;
  if (options.workers != 0) config.capture.workers = options.workers;
  LogLevel level = LogLevel::Info;
  if (parseLogLevel(config.logging.level, level)) setLogLevel(level);
  const bool live = options.pcaps.empty();

  // Before any thread exists, so every thread inherits the mask.
  blockDaemonSignals();

  DetectOptions detect_options;
  detect_options.excerpt_bytes = config.alerts.excerpt_bytes;
  detect_options.cache_dir = config.signatures.cache_dir;
  AlertCounters alert_counters;
  AlertFilter alert_filter(alert_counters);
  SignatureReloader reloader(config.signatures.paths, detect_options);
  reloader.attachAlertFilter(alert_filter, config.signatures);
  auto set = reloader.loadInitial();
  if (!set) {
    logError(set.error().describe());
    return kExitUsage;
  }

  // Capture handles first: they are what needs privileges.
  auto opened = openSources(config, options.pcaps);
  if (!opened) {
    logError(opened.error().describe());
    return kExitRuntime;
  }
  std::vector<PcapSource>& sources = opened.value();
  // Now, before any other thread exists: capabilities are per thread, and
  // nothing from here on (outputs, metrics, workers) needs them.
  if (Status dropped = dropPrivileges(config.privileges); !dropped) {
    logError(dropped.error().describe());
    return kExitRuntime;
  }
  // With fanout each capture thread feeds its own worker.
  const bool fanout = live && config.capture.fanout > 0;
  if (fanout) config.capture.workers = config.capture.fanout;

  OutputStats output_stats;
  OutputThread outputs(config.outputs, config.sensor.name, output_stats);
  if (Status started = outputs.start(); !started) {
    logError(started.error().describe());
    return kExitRuntime;
  }
  OutputAlertSink sink(outputs, live);
  const std::string iface = live ? config.capture.interface : std::string();
  const WorkerContext context{config, sink, alert_counters, iface, &alert_filter};
  Pipeline pipeline(config, context, *set, config.capture.workers, live,
                    fanout ? config.capture.fanout : 1);

  PipelineMetrics pipeline_metrics(pipeline, alert_counters, live ? iface : std::string("replay"));
  BuildInfoMetrics build_info;
  OutputMetrics output_metrics(output_stats);
  std::unique_ptr<MetricsServer> metrics;
  if (config.outputs.prometheus.enabled) {
    auto server = MetricsServer::start({config.outputs.prometheus.listen, config.outputs.prometheus.basic_auth_user,
                                        config.outputs.prometheus.basic_auth_password});
    if (!server) {
      logError(server.error().describe());
      outputs.stop(kDrainDeadline);
      return kExitRuntime;
    }
    metrics = std::move(server.value());
    for (const MetricsSource* s : std::initializer_list<const MetricsSource*>{
             &build_info, &pipeline_metrics, &reloader, &output_metrics, &alert_filter})
      metrics->addSource(s);
    logInfo("metrics on http://" + config.outputs.prometheus.listen + "/metrics (port " +
            std::to_string(metrics->port()) + ")");
  }


  pipeline.start();
  std::atomic<bool> stop_capture{false};
  std::atomic<uint32_t> capture_running{0};
  std::vector<std::thread> capture_threads;
  const auto startCapture = [&](std::vector<PcapSource*> mine, int worker) {
    capture_running.fetch_add(1);
    capture_threads.emplace_back([&, mine, worker] {
      captureLoop(mine, pipeline, worker, stop_capture);
      capture_running.fetch_sub(1);
    });
  };
  if (fanout) {
    for (size_t i = 0; i < sources.size(); ++i) startCapture({&sources[i]}, static_cast<int>(i));
  } else {
    std::vector<PcapSource*> all;
    for (PcapSource& s : sources) all.push_back(&s);
    startCapture(all, -1);
  }
  logInfo(std::string("tapwatch ") + kTapwatchVersion + " running: " + (live ? "interface " + iface : "replay") +
          (fanout ? " (AF_PACKET fanout)" : "") + ", " + std::to_string(config.capture.workers) + " workers, " + std::to_string((*set)->size()) +
          " signatures");
  notifySystemd("READY=1");

  auto next_watch = std::chrono::steady_clock::now() + kWatchInterval;
  bool replay_reported = false;
  for (;;) {
    const DaemonSignal sig = waitForSignal(kSignalPoll);
    if (sig == DaemonSignal::Stop) break;
    if (sig == DaemonSignal::Reload) {
      notifySystemd("RELOADING=1");
      reloader.reload(pipeline);
      outputs.reopenEveFile();
      notifySystemd("READY=1");
    }
    if (config.signatures.watch && std::chrono::steady_clock::now() >= next_watch) {
      next_watch = std::chrono::steady_clock::now() + kWatchInterval;
      if (reloader.filesChanged()) {
        logInfo("signature files changed; reloading");
        reloader.reload(pipeline);
      }
    }
    if (capture_running.load() == 0) {
      if (!options.linger) break;
      if (!replay_reported) {
        replay_reported = true;
        logInfo("replay finished; still serving metrics (--linger) until SIGTERM");
      }
    }
  }

  notifySystemd("STOPPING=1");
  logInfo("stopping: draining queued packets and flows");
  stop_capture.store(true);
  for (PcapSource& s : sources) s.breakLoop();
  for (std::thread& t : capture_threads) t.join();
  pipeline.finish();
  outputs.stop(kDrainDeadline);
  logInfo("stopped: " + std::to_string(pipeline.captureTotals().packets) + " packets, " +
          std::to_string(alert_counters.totalAlerts()) + " alerts");
  return kExitOk;
}

}  // namespace tapwatch

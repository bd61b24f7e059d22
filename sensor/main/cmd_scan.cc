// `tapwatch scan`: offline analysis through the same pipeline the daemon uses.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

#include "capture/capture_follower.h"
#include "common/log.h"
#include "config/config.h"
#include "detect/detection_set.h"
#include "engine/capture_loop.h"
#include "engine/eve_stats_source.h"
#include "engine/file_fanout.h"
#include "engine/pipeline.h"
#include "main/capture_inputs.h"
#include "main/commands.h"
#include "main/config_resolution.h"
#include "main/detect_setup.h"
#include "main/progress_line.h"
#include "main/scan_summary.h"
#include "main/signals.h"
#include "main/startup_signal_watch.h"
#include "output/output_thread.h"

namespace tapwatch {
namespace {

uint64_t fileSize(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

// --follow: SIGTERM/SIGINT end the scan cleanly (the files read so far are
// flushed and summarised) instead of killing it. Signals are blocked before
// any thread starts; this thread collects them.
class StopSignalThread {
 public:
  explicit StopSignalThread(std::atomic<bool>& stop)
      : thread_([this, &stop] {
          while (!done_.load()) {
            if (waitForSignal(std::chrono::milliseconds(50)) == DaemonSignal::Stop) stop.store(true);
          }
        }) {}
  ~StopSignalThread() {
    done_.store(true);
    thread_.join();
  }
  StopSignalThread(const StopSignalThread&) = delete;
  StopSignalThread& operator=(const StopSignalThread&) = delete;

 private:
  std::atomic<bool> done_{false};
  std::thread thread_;
};

constexpr auto kFollowWait = std::chrono::milliseconds(100);  // how soon a stop is seen between files

}  // namespace

int runScan(const ScanOptions& options) {
  std::vector<std::string> pcaps;
  FollowedInputs followed;
  std::optional<StartupSignalWatch> startup_watch;
  if (options.follow) {
    auto inputs = expandFollowedInputs(options.pcaps);
    if (!inputs) {
      logError(inputs.error().describe());
      return kExitUsage;
    }
    followed = std::move(inputs.value());
    pcaps = followed.files;
    blockDaemonSignals();     // before any thread exists, so every thread inherits the mask
    startup_watch.emplace();  // until the outputs open, a stop signal just ends the process
  } else {
    auto inputs = expandCaptureInputs(options.pcaps);
    if (!inputs) {
      logError(inputs.error().describe());
      return kExitUsage;
    }
    pcaps = std::move(inputs.value());
  }
  Result<Config> config = resolveConfig(options.config);
  if (!config) {
    logError(config.error().describe());
    return kExitUsage;
  }
  if (Status bpf = checkBpfFilter(config->capture.bpf); !bpf) {  // a bad filter is a usage error, before any work
    logError(bpf.error().describe());
    return kExitUsage;
  }
  const DetectOptions detect_options = detectOptionsFrom(*config);
  auto set = DetectionSet::load(config->signatures.paths, detect_options);
  if (!set) {
    logError(set.error().describe());
    return kExitUsage;
  }
  warnRefusedRules(**set);
  AlertCounters alert_counters;
  AlertFilter alert_filter(alert_counters);
  if (auto st = alert_filter.loadSuppressions(config->signatures); !st) {
    logError(st.error().describe());
    return kExitUsage;
  }
  std::unique_ptr<CaptureFollower> follower;
  if (options.follow) {
    // Watching starts before the first file is read, so nothing written meanwhile is missed.
    auto opened = CaptureFollower::open(
        followed.directories,
        {.settle = std::chrono::milliseconds(static_cast<int64_t>(options.follow_settle * 1000))});
    if (!opened) {
      logError(opened.error().describe());
      return kExitUsage;
    }
    follower = std::move(opened.value());
    for (const std::string& path : followed.skipped) follower->alreadySkipped(path);
  }
  if (startup_watch) startup_watch->stop();
  std::atomic<bool> stop{false};
  std::optional<StopSignalThread> stop_signals;
  if (options.follow) stop_signals.emplace(stop);

  // A scan writes EVE to -o and nowhere else: no syslog and no per-type
  // files, whatever the config says; --types narrows the configured types.
  if (!options.types.empty()) config->outputs.eve.types = options.types;
  config->outputs.eve.enabled = true;
  config->outputs.eve.path = options.output;
  config->outputs.eve.files = EveFilesConfig{};
  config->outputs.syslog.enabled = false;
  config->outputs.redis.enabled = false;
  const OutputsConfig& outputs_config = config->outputs;
  OutputStats output_stats;
  OutputThread outputs(outputs_config, config->sensor.name, output_stats,
                       {.submit = SubmitMode::Wait,
                        .eve_open = EveOpenMode::Truncate,
                        .excerpt_bytes = config->alerts.excerpt_bytes,
                        .redact = config->alerts.redact});
  if (Status started = outputs.start(); !started) {
    logError(started.error().describe());
    return kExitRuntime;
  }

  XbitsTable xbits(config->detect.xbits.max_entries);  // shared by the workers, as in `run`
  const WorkerContext context{*config, outputs, alert_counters, "", &alert_filter, &xbits};
  const uint32_t workers = options.workers ? options.workers : config->capture.workers;
  // Several workers on classic pcap files: each reads the files itself (engine/file_fanout.h).
  const bool fanout = workers > 1 && !options.follow && config->capture.offline_mode == "fanout" &&
                      FileFanout::suits(pcaps, config->capture.bpf);
  Pipeline pipeline(*config, context, *set, workers, /*live=*/false, fanout ? workers : 1);
  outputs.setStatsSource(makeEveStatsSource(pipeline, alert_counters));
  if (fanout) pipeline.startFileFanout();
  else pipeline.start();

  const auto started = std::chrono::steady_clock::now();
  uint64_t total_bytes = 0;
  for (const std::string& path : pcaps) total_bytes += path == "-" ? 0 : fileSize(path);
  ProgressLine progress(options.progress, total_bytes);
  uint64_t bytes_before = 0;  // of the files already read
  CaptureLoop capture(pipeline, CaptureLoop::kHashDispatch, stop);
  FileFanout file_fanout(pipeline, stop);
  CaptureStats& capture_stats = pipeline.captureStats();
  int rc = kExitOk;
  EmptyCaptureTally empty_captures(pcaps.size(), options.allow_empty);
  // Reads one capture through the pipeline. Flows carry over from file to
  // file (one pipeline for the whole scan), as for one long capture.
  const auto read = [&](const std::string& path, bool followed) {
    if (follower) follower->alreadyRead(path);  // as read now: a later change is reported, not re-read
    auto source = PcapSource::openFile(path, config->capture.bpf, FileRead::Mapped);
    if (!source) {
      progress.clear();
      logError(source.error().describe());
      capture_stats.files_failed.add();
      rc = kExitRuntime;
      return;
    }
    const EmptyCaptureCheck empty_check(*source);
    const uint64_t errors_before = capture_stats.file_errors.value();
    // With fanout, worker 0's thread reports progress while this thread waits.
    const auto report = [&](const PcapSource&, uint64_t) {
      if (path != "-")
        progress.update(path, bytes_before + source->filePosition(), pipeline.captureTotals().packets,
                        alert_counters.totalAlerts());
    };
    const uint64_t packets = fanout ? file_fanout.run(*source, report) : capture.run(*source, report);
    bytes_before += path == "-" ? 0 : fileSize(path);
    if (stop.load()) return;  // interrupted: neither done nor failed
    // A truncated or corrupt file: what was read is kept, the warning says where it stopped.
    const bool read_error = capture_stats.file_errors.value() != errors_before;
    const auto verdict = empty_check.verdict(*source, packets, read_error, !config->capture.bpf.empty());
    if (read_error || verdict.kind != EmptyCaptureCheck::Kind::Fine) progress.clear();
    if (followed && verdict.kind == EmptyCaptureCheck::Kind::Empty) {
      logWarning(verdict.message);  // a bare header: read fine, nothing in it
    } else if (empty_captures.note(verdict, packets)) {
      rc = kExitRuntime;
    }
    const bool failed = read_error || verdict.kind == EmptyCaptureCheck::Kind::Unreadable;
    (failed ? capture_stats.files_failed : capture_stats.files_done).add();
  };
  for (const std::string& path : pcaps) {
    if (stop.load()) break;
    read(path, /*followed=*/false);
  }
  if (!stop.load() && empty_captures.finish()) rc = kExitRuntime;
  if (follower) {
    progress.clear();
    std::string roots;
    for (const std::string& dir : followed.directories) roots += (roots.empty() ? "" : ", ") + dir;
    logInfo("following " + roots + " for new captures (" + (follower->usesInotify() ? "inotify" : "polling") +
            "); SIGTERM or SIGINT ends the scan");
    while (!stop.load()) {
      for (const std::string& path : follower->next(kFollowWait)) {
        if (stop.load()) break;
        progress.clear();
        logInfo("reading new capture " + path);
        progress.addTotal(fileSize(path));
        read(path, /*followed=*/true);
      }
    }
    progress.clear();
    logInfo("stop signal: finishing the scan");
    rc = kExitOk;  // in follow mode a bad file is logged and counted, not the scan's result
  }
  pipeline.finish();
  progress.clear();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  outputs.stop(std::chrono::milliseconds(0));
  if (output_stats.eve_errors.value() != 0) {
    logError("writing events to " + options.output + " failed: " + std::to_string(output_stats.eve_errors.value()) +
             " records lost");
    rc = kExitRuntime;
  }
  ScanSummary summary = summarize(pipeline, alert_counters, elapsed);
  summary.eve_written = output_stats.eve_written.value();
  summary.eve_errors = output_stats.eve_errors.value();
  printSummary(summary, stderr);
  if (!options.stats_json.empty() && !writeSummaryJson(summary, options.stats_json)) {
    logError("cannot write " + options.stats_json);
    rc = kExitRuntime;
  }
  return rc;
}

}  // namespace tapwatch

// `tapwatch scan`: offline analysis through the same pipeline the daemon uses.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "common/log.h"
#include "config/config.h"
#include "detect/detection_set.h"
#include "engine/capture_loop.h"
#include "engine/eve_stats_source.h"
#include "engine/pipeline.h"
#include "main/commands.h"
#include "main/config_resolution.h"
#include "main/scan_summary.h"
#include "output/output_thread.h"

namespace tapwatch {
namespace {

// A one-line progress bar on stderr, redrawn at most 4 times a second.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  void update(const std::string& name, uint64_t done, uint64_t total, uint64_t packets) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double pct = total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0.0;
    std::fprintf(stderr, "\r%s: %5.1f%%  %llu packets", name.c_str(), pct, static_cast<unsigned long long>(packets));
    drawn_ = true;
  }
  void clear() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

uint64_t fileSize(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

}  // namespace

int runScan(const ScanOptions& options) {
  Result<Config> config = resolveConfig(options.config);
  if (!config) {
    logError(config.error().describe());
    return kExitUsage;
  }
  if (Status bpf = checkBpfFilter(config->capture.bpf); !bpf) {  // a bad filter is a usage error, before any work
    logError(bpf.error().describe());
    return kExitUsage;
  }
  DetectOptions detect_options;
  detect_options.excerpt_bytes = config->alerts.excerpt_bytes;
  detect_options.cache_dir = config->signatures.cache_dir;
  auto set = DetectionSet::load(config->signatures.paths, detect_options);
  if (!set) {
    logError(set.error().describe());
    return kExitUsage;
  }
  AlertCounters alert_counters;
  AlertFilter alert_filter(alert_counters);
  if (auto st = alert_filter.loadSuppressions(config->signatures); !st) {
    logError(st.error().describe());
    return kExitUsage;
  }

  // A scan writes EVE to -o and nowhere else: no syslog and no per-type
  // files, whatever the config says; --types narrows the configured types.
  if (!options.types.empty()) config->outputs.eve.types = options.types;
  config->outputs.eve.enabled = true;
  config->outputs.eve.path = options.output;
  config->outputs.eve.files = EveFilesConfig{};
  config->outputs.syslog.enabled = false;
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

  const WorkerContext context{*config, outputs, alert_counters, "", &alert_filter};
  const uint32_t workers = options.workers ? options.workers : config->capture.workers;
  Pipeline pipeline(*config, context, *set, workers, /*live=*/false);
  outputs.setStatsSource(makeEveStatsSource(pipeline, alert_counters));
  pipeline.start();

  const auto started = std::chrono::steady_clock::now();
  ProgressBar progress(options.progress);
  const std::atomic<bool> never_stop{false};
  CaptureLoop capture(pipeline, CaptureLoop::kHashDispatch, never_stop);
  int rc = kExitOk;
  for (const std::string& path : options.pcaps) {
    auto source = PcapSource::openFile(path, config->capture.bpf);
    if (!source) {
      progress.clear();
      logError(source.error().describe());
      rc = kExitRuntime;
      continue;
    }
    const uint64_t total = path == "-" ? 0 : fileSize(path);
    std::FILE* file = pcap_file(source->handle());
    const uint64_t errors_before = pipeline.captureStats().file_errors.value();
    capture.run(*source, [&](const PcapSource&, uint64_t packets) {
      if (file != nullptr) progress.update(path, static_cast<uint64_t>(std::ftell(file)), total, packets);
    });
    // A truncated or corrupt file: what was read is kept, the warning says where it stopped.
    if (pipeline.captureStats().file_errors.value() != errors_before) progress.clear();
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

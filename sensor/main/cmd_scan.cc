// `tapwatch scan`: offline analysis through the same pipeline the daemon uses.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "common/log.h"
#include "detect/detection_set.h"
#include "engine/file_alert_sink.h"
#include "engine/pipeline.h"
#include "main/commands.h"
#include "main/config_resolution.h"
#include "main/scan_summary.h"

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
  auto sink = FileAlertSink::open(options.output);
  if (!sink) {
    logError(sink.error().describe());
    return kExitRuntime;
  }

  const WorkerContext context{*config, **sink, alert_counters, "", &alert_filter};
  const uint32_t workers = options.workers ? options.workers : config->capture.workers;
  Pipeline pipeline(*config, context, *set, workers, /*live=*/false);
  pipeline.start();

  const auto started = std::chrono::steady_clock::now();
  ProgressBar progress(options.progress);
  int rc = kExitOk;
  for (const std::string& path : options.pcaps) {
    auto source = PcapSource::openFile(path);
    if (!source) {
      progress.clear();
      logError(source.error().describe());
      rc = kExitRuntime;
      continue;
    }
    const uint64_t total = path == "-" ? 0 : fileSize(path);
    std::FILE* file = pcap_file(source->handle());
    RawPacket packet;
    uint64_t packets_in_file = 0;
    for (;;) {
      const ReadStatus status = source->next(packet);
      if (status == ReadStatus::Packet) {
        pipeline.dispatch(source->datalink(), packet);
        if ((++packets_in_file & 0x3fff) == 0 && file != nullptr)
          progress.update(path, static_cast<uint64_t>(std::ftell(file)), total, packets_in_file);
        continue;
      }
      if (status == ReadStatus::Error) {
        // A truncated or corrupt file: keep what was read, say where it stopped.
        progress.clear();
        logWarning(path + ": stopped after " + std::to_string(packets_in_file) + " packets: " + source->lastError());
        pipeline.captureStats().file_errors.add();
      }
      break;
    }
  }
  pipeline.finish();
  progress.clear();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  if (!(*sink)->flush()) {
    logError("writing alerts to " + options.output + " failed");
    rc = kExitRuntime;
  }
  const ScanSummary summary = summarize(pipeline, alert_counters, elapsed);
  printSummary(summary, stderr);
  if (!options.stats_json.empty() && !writeSummaryJson(summary, options.stats_json)) {
    logError("cannot write " + options.stats_json);
    rc = kExitRuntime;
  }
  return rc;
}

}  // namespace tapwatch

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
#include "main/capture_inputs.h"
#include "main/commands.h"
#include "main/config_resolution.h"
#include "main/detect_setup.h"
#include "main/progress_line.h"
#include "main/scan_summary.h"
#include "output/output_thread.h"

namespace tapwatch {
namespace {

uint64_t fileSize(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

}  // namespace

int runScan(const ScanOptions& options) {
  auto inputs = expandCaptureInputs(options.pcaps);
  if (!inputs) {
    logError(inputs.error().describe());
    return kExitUsage;
  }
  const std::vector<std::string>& pcaps = *inputs;
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

  const WorkerContext context{*config, outputs, alert_counters, "", &alert_filter};
  const uint32_t workers = options.workers ? options.workers : config->capture.workers;
  Pipeline pipeline(*config, context, *set, workers, /*live=*/false);
  outputs.setStatsSource(makeEveStatsSource(pipeline, alert_counters));
  pipeline.start();

  const auto started = std::chrono::steady_clock::now();
  uint64_t total_bytes = 0;
  for (const std::string& path : pcaps) total_bytes += path == "-" ? 0 : fileSize(path);
  ProgressLine progress(options.progress, total_bytes);
  uint64_t bytes_before = 0;  // of the files already read
  const std::atomic<bool> never_stop{false};
  CaptureLoop capture(pipeline, CaptureLoop::kHashDispatch, never_stop);
  int rc = kExitOk;
  EmptyCaptureTally empty_captures(pcaps.size(), options.allow_empty);
  for (const std::string& path : pcaps) {
    auto source = PcapSource::openFile(path, config->capture.bpf, FileRead::Mapped);
    if (!source) {
      progress.clear();
      logError(source.error().describe());
      rc = kExitRuntime;
      continue;
    }
    const EmptyCaptureCheck empty_check(*source);
    const uint64_t errors_before = pipeline.captureStats().file_errors.value();
    const uint64_t packets = capture.run(*source, [&](const PcapSource&, uint64_t) {
      if (path != "-")
        progress.update(path, bytes_before + source->filePosition(), pipeline.captureTotals().packets,
                        alert_counters.totalAlerts());
    });
    bytes_before += path == "-" ? 0 : fileSize(path);
    // A truncated or corrupt file: what was read is kept, the warning says where it stopped.
    if (pipeline.captureStats().file_errors.value() != errors_before) progress.clear();
    const bool read_error = pipeline.captureStats().file_errors.value() != errors_before;
    const auto verdict = empty_check.verdict(*source, packets, read_error, !config->capture.bpf.empty());
    if (verdict.kind != EmptyCaptureCheck::Kind::Fine) progress.clear();
    if (empty_captures.note(verdict, packets)) rc = kExitRuntime;
  }
  if (empty_captures.finish()) rc = kExitRuntime;
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

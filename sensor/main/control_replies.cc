#include "main/control_replies.h"

#include <hs/hs.h>
#include <pcap/pcap.h>

#include "tapwatch_build.h"

namespace tapwatch {
namespace {

double sampleValue(const prometheus::MetricFamily& family, const prometheus::ClientMetric& metric) {
  switch (family.type) {
    case prometheus::MetricType::Counter: return metric.counter.value;
    case prometheus::MetricType::Gauge: return metric.gauge.value;
    default: return metric.untyped.value;
  }
}

}  // namespace

nlohmann::json statsReply(const std::vector<const MetricsSource*>& sources) {
  MetricsBuilder builder;
  for (const MetricsSource* source : sources) source->collect(builder);
  nlohmann::json metrics = nlohmann::json::object();
  for (const prometheus::MetricFamily& family : builder.take()) {
    const bool labelled = family.metric.size() != 1 || !family.metric.front().label.empty();
    if (!labelled) {
      metrics[family.name] = sampleValue(family, family.metric.front());
      continue;
    }
    nlohmann::json samples = nlohmann::json::array();
    for (const prometheus::ClientMetric& metric : family.metric) {
      nlohmann::json labels = nlohmann::json::object();
      for (const auto& label : metric.label) labels[label.name] = label.value;
      samples.push_back({{"labels", labels}, {"value", sampleValue(family, metric)}});
    }
    metrics[family.name] = samples;
  }
  return {{"metrics", metrics}};
}

nlohmann::json rulesetReply(const SignatureReloader::Summary& s) {
  nlohmann::json out = {{"loaded", s.loaded},
                        {"total", s.total},
                        {"reloads", {{"success", s.successes}, {"failure", s.failures}}},
                        {"last_success_unix", s.last_success_unix},
                        {"last_failure_unix", s.last_failure_unix},
                        {"last_compile_seconds", s.compile_seconds},
                        {"last_reload_ok", s.last_error.empty()}};
  if (!s.last_error.empty()) out["last_error"] = s.last_error;
  return out;
}

nlohmann::json ifaceReply(const std::string& interface_name, const CaptureTotals& t, const PcapQueue::Counts* queue) {
  nlohmann::json iface = {{"name", interface_name},
                          {"packets", t.packets},
                          {"bytes", t.bytes},
                          {"drops",
                           {{"kernel", t.kernel_drops},
                            {"interface", t.interface_drops},
                            {"ring_full", t.ring_full_drops},
                            {"oversize", t.oversize_drops}}},
                          {"file_errors", t.file_errors}};
  nlohmann::json out = {{"interfaces", nlohmann::json::array({iface})}};
  if (queue != nullptr)
    out["pcap_queue"] = {{"waiting", queue->waiting},
                         {"done", queue->done},
                         {"failed", queue->failed},
                         {"current", queue->current}};
  return out;
}

nlohmann::json versionReply() {
  return {{"version", kTapwatchVersion},
          {"revision", kTapwatchGitRevision},
          {"libpcap", pcap_lib_version()},
          {"hyperscan", hs_version()}};
}

}  // namespace tapwatch

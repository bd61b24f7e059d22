#pragma once
// The control socket's read-only answers (stats, ruleset, iface, version),
// built from what the daemon already exposes to Prometheus, so `tapwatch ctl`
// and /metrics never disagree.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/capture_stats.h"
#include "engine/signature_reloader.h"
#include "main/pcap_queue.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

// {"metrics": {NAME: value, or NAME: [{"labels": {...}, "value": v}, ...]}}: every series of every source.
nlohmann::json statsReply(const std::vector<const MetricsSource*>& sources);
nlohmann::json rulesetReply(const SignatureReloader::Summary& summary);
// One entry per capture interface ("replay" for files), with the capture queue in replay mode.
nlohmann::json ifaceReply(const std::string& interface_name, const CaptureTotals& totals,
                          const PcapQueue::Counts* queue);
nlohmann::json versionReply();

}  // namespace tapwatch

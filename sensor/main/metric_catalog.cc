#include "main/metric_catalog.h"

#include <algorithm>
#include <span>

#include "decode/decode_stats.h"
#include "detect/detect_stats.h"
#include "engine/capture_stats.h"
#include "engine/signature_reloader.h"
#include "engine/worker_stats.h"
#include "engine/xbits_table.h"
#include "flow/flow_stats.h"
#include "main/build_info_metrics.h"
#include "main/process_metrics.h"
#include "output/output_stats.h"
#include "policy/alert_counters.h"
#include "policy/alert_filter.h"
#include "protocols/protocol_stats.h"

namespace tapwatch {

const std::vector<MetricInfo>& allMetrics() {
  static const std::vector<MetricInfo> all = [] {
    const std::span<const MetricInfo> lists[] = {
        DecodeStats::kMetrics,        DefragStats::kMetrics,   FlowStats::kMetrics,      ProtocolStats::kMetrics,
        DetectStats::kMetrics,        OutputStats::kMetrics,   CaptureMetrics::kMetrics, WorkerMetrics::kMetrics,
        AlertMetrics::kMetrics,       PolicyMetrics::kMetrics, ReloadMetrics::kMetrics,  BuildMetrics::kMetrics,
        ProcessMetricsInfo::kMetrics, XbitsMetrics::kMetrics,
    };
    std::vector<MetricInfo> metrics;
    for (std::span<const MetricInfo> list : lists) metrics.insert(metrics.end(), list.begin(), list.end());
    std::sort(metrics.begin(), metrics.end());
    metrics.erase(std::unique(metrics.begin(), metrics.end()), metrics.end());
    return metrics;
  }();
  return all;
}

}  // namespace tapwatch

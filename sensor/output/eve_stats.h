#pragma once
// The EVE `stats` record: the sensor's Prometheus counters, summed over
// workers, laid out as Suricata lays out its stats where a counter has a
// Suricata equivalent (decoder.pkts, flow.total, app_layer.tx.http,
// detect.alert, ...). Suricata's schema allows no other keys under `stats`,
// so counters without an equivalent stay in Prometheus only. Output thread.
#include <cstdint>
#include <functional>
#include <string>

#include "common/stats_macros.h"
#include "output/eve_format.h"

namespace tapwatch {

// Reports every series once per worker (values are summed), like a
// Prometheus scrape: the same visitors feed both.
using StatsSource = std::function<void(const StatsVisitor& visit)>;

// One stats line. `ts` is the wall clock (stats are about the sensor, not a packet).
std::string formatEveStats(Timestamp ts, uint64_t uptime_seconds, const StatsSource& source,
                           const EveFormatOptions& options);

}  // namespace tapwatch

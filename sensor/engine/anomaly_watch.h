#pragma once
// AnomalyWatch: turns the anomaly counters a worker already keeps into
// per-occurrence events, without touching the places that count them
// (CONTRACTS D: anomalies are counted only as DecodeError reasons, ProtocolStats
// `anomaly_<reason>` rows and stream rows of FlowStats). It keeps the last seen
// value of every such counter; poll() reports each increase since the last
// poll as that many occurrences. The rows are found by expanding the modules'
// X-macro lists, so a row another module adds is watched without an edit here.
// Worker thread only; poll() allocates nothing.
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/counter.h"
#include "engine/worker_stats.h"
#include "output/eve_event.h"

namespace tapwatch {

class AnomalyWatch {
 public:
  // Most occurrences of one reason reported per poll; more are only counted
  // (bounds the events one hostile packet can raise).
  static constexpr uint64_t kMaxPerPoll = 16;

  explicit AnomalyWatch(const WorkerStats& stats);

  struct Occurrence {
    AnomalyLayer type;
    std::string_view event;  // the counter's reason
    std::string_view layer;
  };

  // Calls raise(occurrence) for each new occurrence. `app` includes the
  // application-layer rows (only worth reading after a parser ran).
  template <typename Raise>
  void poll(bool app, Raise&& raise) {
    for (Watched& w : watched_) {
      if (!app && w.type == AnomalyLayer::AppLayer) continue;
      const uint64_t now = w.counter->value();
      if (now == w.last) continue;
      const uint64_t n = now - w.last;
      w.last = now;
      for (uint64_t i = 0; i < n && i < kMaxPerPoll; ++i) raise(Occurrence{w.type, w.event, w.layer});
    }
  }

  size_t watchedCount() const { return watched_.size(); }

 private:
  struct Watched {
    const Counter* counter;
    uint64_t last;
    AnomalyLayer type;
    std::string_view event;
    std::string_view layer;
  };
  void watch(const Counter& counter, AnomalyLayer type, std::string_view event, std::string_view layer);

  std::vector<Watched> watched_;
};

}  // namespace tapwatch

#pragma once
// The Prometheus view of the shared xbits table (XbitsMetrics), read at
// scrape time on the exporter's thread. Holds a reference; the table must
// outlive it.
#include "engine/xbits_table.h"
#include "stats/metrics_builder.h"

namespace tapwatch {

class XbitsTableMetrics final : public MetricsSource {
 public:
  explicit XbitsTableMetrics(const XbitsTable& table) : table_(table) {}
  void collect(MetricsBuilder& out) const override;

 private:
  const XbitsTable& table_;
};

}  // namespace tapwatch

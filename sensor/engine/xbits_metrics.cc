#include "engine/xbits_metrics.h"

namespace tapwatch {

void XbitsTableMetrics::collect(MetricsBuilder& out) const {
  out.family(XbitsMetrics::entries);
  out.set({}, static_cast<double>(table_.entries()));
  out.family(XbitsMetrics::evicted);
  out.add(static_cast<double>(table_.evictions()));
}

}  // namespace tapwatch

// Prints the metric catalogue for the end-to-end metric tests, one metric a
// line: name, kind, label names (comma-separated), help, separated by tabs.
#include <cstdio>

#include "main/metric_catalog.h"

int main() {
  for (const tapwatch::MetricInfo& m : tapwatch::allMetrics()) {
    const std::string_view kind = tapwatch::metricKindName(m.kind);
    std::printf("%.*s\t%.*s\t%.*s\t%.*s\n", static_cast<int>(m.name.size()), m.name.data(),
                static_cast<int>(kind.size()), kind.data(), static_cast<int>(m.labels.size()), m.labels.data(),
                static_cast<int>(m.help.size()), m.help.data());
  }
  return 0;
}

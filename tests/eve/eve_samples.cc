// Prints one EVE record of every type Tapwatch writes (alert, anomaly, flow,
// http, dns request and response, tls, smtp, fileinfo, stats), every field
// filled, for tests/eve/eve_schema.py. Argument "context" adds alert.context.
#include <cstdio>
#include <cstring>

#include "eve_samples.h"
#include "output/eve_format.h"
#include "output/eve_stats.h"

int main(int argc, char** argv) {
  using namespace tapwatch;
  EveFormatOptions options;
  options.host = "tap-01";
  options.alert_context = argc > 1 && std::strcmp(argv[1], "context") == 0;
  std::vector<AlertRecord> lines;
  for (const EveEvent& e : test::allSampleEvents()) formatEveEvent(e, options, EveTypeSet::all(), lines);
  StatsSource source = [](const StatsVisitor& visit) {
    visit(MetricInfo{"tapwatch_worker_packets_total", MetricKind::Counter, "worker", ""}, "", 10);
    visit(MetricInfo{"tapwatch_protocol_transactions_total", MetricKind::Counter, "proto", ""}, "http", 3);
  };
  AlertRecord stats;
  stats.eve_json = formatEveStats(Timestamp{1590487300, 0}, 100, source, options);
  lines.push_back(stats);
  for (const AlertRecord& line : lines) std::printf("%s\n", line.eve_json.c_str());
  return 0;
}

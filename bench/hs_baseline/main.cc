// tapwatch-hs-baseline: the raw Hyperscan ceiling for `tapwatch scan`.
//   tapwatch-hs-baseline CAPTURE -s signatures/ [--repeat 3] [--json FILE]
// Preloads every TCP/UDP payload of the capture, then times plain hs_scan
// (block mode) and hs_scan_stream (one stream per flow direction) over exactly
// those bytes with the signatures' `stream` patterns.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "baseline_databases.h"
#include "payload_loader.h"
#include "scan_timer.h"

namespace {

using tapwatch::ScanTiming;

double gbps(const ScanTiming& t) {
  return t.wall_seconds > 0 ? static_cast<double>(t.bytes) * 8 / t.wall_seconds / 1e9 : 0;
}

// Best of the runs by wall time: the least disturbed by other processes.
ScanTiming best(const std::vector<ScanTiming>& runs) {
  return *std::min_element(runs.begin(), runs.end(),
                           [](const ScanTiming& a, const ScanTiming& b) { return a.wall_seconds < b.wall_seconds; });
}

nlohmann::json toJson(const std::vector<ScanTiming>& runs) {
  const ScanTiming b = best(runs);
  nlohmann::json walls = nlohmann::json::array();
  for (const auto& r : runs) walls.push_back(r.wall_seconds);
  return {{"bytes", b.bytes},
          {"calls", b.calls},
          {"matches", b.matches},
          {"wall_seconds", b.wall_seconds},
          {"cpu_seconds", b.cpu_seconds},
          {"gbit_per_s", gbps(b)},
          {"all_wall_seconds", walls}};
}

void print(const char* mode, const std::vector<ScanTiming>& runs) {
  const ScanTiming b = best(runs);
  std::printf("  %-7s %12llu bytes  %8.3f s wall  %8.3f s cpu  %7.2f Gbit/s  %10llu matches  (best of %zu)\n", mode,
              static_cast<unsigned long long>(b.bytes), b.wall_seconds, b.cpu_seconds, gbps(b),
              static_cast<unsigned long long>(b.matches), runs.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::string capture;
  std::vector<std::string> sig_paths;
  std::string field_name = "stream";
  std::string json_path;
  std::string ngrep_out;
  std::string ngrep_all_out;
  unsigned repeat = 3;
  bool ngrep_only = false;

  CLI::App app{"tapwatch-hs-baseline: raw Hyperscan throughput over a capture's payloads (the sensor's ceiling)"};
  app.add_option("capture", capture, "pcap or pcapng file");
  app.add_option("-s,--signatures", sig_paths, "signature YAML file or directory (repeatable)")->required();
  app.add_option("--field", field_name, "signature field whose patterns are scanned (default stream)");
  app.add_option("--repeat", repeat, "timed runs per mode; the best is reported (default 3)")
      ->check(CLI::Range(1u, 100u));
  app.add_option("--json", json_path, "write the results as JSON to this file");
  app.add_option("--ngrep-regex", ngrep_out, "write the equivalent ngrep (PCRE2) regex to this file");
  app.add_option("--ngrep-regex-all", ngrep_all_out,
                 "write the ngrep regex for the patterns of every field (domain lists left out) to this file");
  app.add_flag("--ngrep-regex-only", ngrep_only, "only build the databases and write the ngrep regex files");
  CLI11_PARSE(app, argc, argv);

  const auto field = tapwatch::fieldFromName(field_name);
  if (!field) {
    std::fprintf(stderr, "tapwatch-hs-baseline: unknown field '%s'\n", field_name.c_str());
    return 2;
  }
  auto dbs = tapwatch::buildBaselineDatabases(sig_paths, *field);
  if (!dbs) {
    std::fprintf(stderr, "tapwatch-hs-baseline: %s\n", dbs.error().describe().c_str());
    return 2;
  }
  if (!ngrep_out.empty()) {
    std::ofstream out(ngrep_out, std::ios::trunc);
    out << tapwatch::ngrepRegex(*dbs) << '\n';
    if (!out) {
      std::fprintf(stderr, "tapwatch-hs-baseline: cannot write %s\n", ngrep_out.c_str());
      return 1;
    }
  }
  if (!ngrep_all_out.empty()) {
    auto regex = tapwatch::ngrepRegexAllFields(sig_paths);
    if (!regex) {
      std::fprintf(stderr, "tapwatch-hs-baseline: %s\n", regex.error().describe().c_str());
      return 2;
    }
    std::ofstream out(ngrep_all_out, std::ios::trunc);
    out << *regex << '\n';
    if (!out) {
      std::fprintf(stderr, "tapwatch-hs-baseline: cannot write %s\n", ngrep_all_out.c_str());
      return 1;
    }
  }
  if (ngrep_only) return 0;
  if (capture.empty()) {
    std::fprintf(stderr, "tapwatch-hs-baseline: a capture file is required\n");
    return 2;
  }

  auto payloads = tapwatch::loadPayloads(capture);
  if (!payloads) {
    std::fprintf(stderr, "tapwatch-hs-baseline: %s\n", payloads.error().message.c_str());
    return 1;
  }
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(dbs->block.get(), &scratch) != HS_SUCCESS ||
      hs_alloc_scratch(dbs->stream, &scratch) != HS_SUCCESS) {
    std::fprintf(stderr, "tapwatch-hs-baseline: cannot allocate Hyperscan scratch\n");
    return 1;
  }
  tapwatch::HsScratchPtr scratch_owner(scratch);
  size_t stream_state = 0;
  hs_stream_size(dbs->stream, &stream_state);

  std::printf("tapwatch-hs-baseline: %s\n", capture.c_str());
  std::printf("  capture: %llu packets, %llu captured bytes; payloads: %zu (TCP %llu, UDP %llu), %llu bytes, %zu flow "
              "directions; skipped %llu fragments, %llu other\n",
              static_cast<unsigned long long>(payloads->packets),
              static_cast<unsigned long long>(payloads->captured_bytes), payloads->items.size(),
              static_cast<unsigned long long>(payloads->tcp_packets),
              static_cast<unsigned long long>(payloads->udp_packets),
              static_cast<unsigned long long>(payloads->bytes.size()), payloads->streams(),
              static_cast<unsigned long long>(payloads->fragments), static_cast<unsigned long long>(payloads->other));
  std::printf("  signatures: %zu on field %s, %zu Hyperscan expressions, %zu domain-list entries (not in Hyperscan); "
              "stream state %zu bytes\n",
              dbs->signatures, field_name.c_str(), dbs->expressions.size(), dbs->domain_entries.size(), stream_state);

  std::vector<ScanTiming> block_runs;
  std::vector<ScanTiming> stream_runs;
  for (unsigned i = 0; i < repeat; ++i) {
    auto b = tapwatch::timeBlockScan(dbs->block.get(), scratch, *payloads);
    auto s = tapwatch::timeStreamScan(dbs->stream, scratch, *payloads);
    if (!b || !s) {
      std::fprintf(stderr, "tapwatch-hs-baseline: %s\n", (!b ? b.error() : s.error()).message.c_str());
      return 1;
    }
    block_runs.push_back(*b);
    stream_runs.push_back(*s);
  }
  print("block", block_runs);
  print("stream", stream_runs);

  if (!json_path.empty()) {
    const nlohmann::json doc = {{"capture", capture},
                                {"packets", payloads->packets},
                                {"captured_bytes", payloads->captured_bytes},
                                {"payloads", payloads->items.size()},
                                {"payload_bytes", payloads->bytes.size()},
                                {"flow_directions", payloads->streams()},
                                {"field", field_name},
                                {"signatures", dbs->signatures},
                                {"expressions", dbs->expressions.size()},
                                {"domain_entries", dbs->domain_entries.size()},
                                {"stream_state_bytes", stream_state},
                                {"block", toJson(block_runs)},
                                {"stream", toJson(stream_runs)}};
    std::ofstream out(json_path, std::ios::trunc);
    out << doc.dump(1) << '\n';
    if (!out) {
      std::fprintf(stderr, "tapwatch-hs-baseline: cannot write %s\n", json_path.c_str());
      return 1;
    }
  }
  return 0;
}

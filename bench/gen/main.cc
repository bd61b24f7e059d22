// tapwatch-gen: writes a deterministic, realistic benchmark capture.
//   tapwatch-gen --out bench/data/x.pcap --bytes 1G --flows 1000 --seed 1
#include <CLI/CLI.hpp>

#include <cstdio>

#include "generator.h"

int main(int argc, char** argv) {
  using namespace tapwatch::gen;
  GeneratorOptions options;
  std::string bytes_text;
  std::string mix_text;
  std::string summary_json;
  std::string truth_json;
  bool nano = false;
  bool quiet = false;

  CLI::App app{"tapwatch-gen: deterministic benchmark capture generator (classic pcap, Ethernet)"};
  app.add_option("-o,--out", options.out, "output pcap file ('-' = stdout)")->required();
  auto* bytes_opt = app.add_option("--bytes", bytes_text, "target file size, e.g. 1G, 200M (default 100M)");
  auto* packets_opt = app.add_option("--packets", options.target_packets, "target packet count instead of --bytes");
  bytes_opt->excludes(packets_opt);
  app.add_option("--flows", options.flows, "concurrent flows (default 1000)")->check(CLI::Range(1u, 10000000u));
  app.add_option("--seed", options.seed, "PRNG seed (default 1)");
  app.add_option("--scam-share", options.scam_share, "fraction of flows with scam content (default 0.01)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--mix", mix_text, "flow weights, e.g. http=35,smtp=8,dns=25,tls=25,bulk=7 (the default)");
  app.add_option("--ipv6-share", options.ipv6_share, "fraction of IPv6 flows (default 0.1)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_flag("--vlan", options.vlan, "tag every flow with an 802.1Q VLAN (10% QinQ)");
  app.add_flag("--nano", nano, "nanosecond timestamps (default microsecond)");
  app.add_option("--rate", options.gbit_per_s, "line rate in Gbit/s the timestamps are spaced at (default 1)")
      ->check(CLI::PositiveNumber);
  app.add_option("--summary-json", summary_json, "write the summary as JSON to this file");
  app.add_option("--truth", truth_json, "write the ground truth (scam flows) as JSON to this file");
  app.add_flag("-q,--quiet", quiet, "no summary on stderr");
  CLI11_PARSE(app, argc, argv);

  if (!mix_text.empty()) {
    if (auto st = parseMix(mix_text, options); !st) {
      std::fprintf(stderr, "tapwatch-gen: %s\n", st.error().message.c_str());
      return 2;
    }
  }
  if (options.target_packets == 0) {
    auto size = parseSize(bytes_text.empty() ? "100M" : bytes_text);
    if (!size) {
      std::fprintf(stderr, "tapwatch-gen: --bytes: %s\n", size.error().message.c_str());
      return 2;
    }
    options.target_bytes = *size;
  }
  options.precision = nano ? TimestampPrecision::Nano : TimestampPrecision::Micro;

  auto report = generate(options);
  if (!report) {
    std::fprintf(stderr, "tapwatch-gen: %s\n", report.error().message.c_str());
    return 1;
  }
  if (!quiet) printReport(options, *report, stderr);
  if (!summary_json.empty()) {
    if (auto st = writeSummaryJson(options, *report, summary_json); !st) {
      std::fprintf(stderr, "tapwatch-gen: %s\n", st.error().message.c_str());
      return 1;
    }
  }
  if (!truth_json.empty()) {
    if (auto st = writeTruthJson(options, *report, truth_json); !st) {
      std::fprintf(stderr, "tapwatch-gen: %s\n", st.error().message.c_str());
      return 1;
    }
  }
  return 0;
}

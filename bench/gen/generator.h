#pragma once
// Generator: keeps `flows` conversations open at once, picks one at random
// for every packet (so flows interleave the way they do on a tap), starts a
// new flow whenever one ends, and stops starting flows once the bytes or
// packets already written plus what the open flows still owe reach the
// target; then it lets the open flows finish. Every flow is complete, so the
// ground truth is exact. Deterministic: the same options give the same file.
// Single thread.
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "common/result.h"
#include "flow_script.h"
#include "pcap_writer.h"

namespace tapwatch::gen {

struct GeneratorOptions {
  std::string out;
  uint64_t target_bytes = 0;  // pcap file size to aim for (0 = use target_packets)
  uint64_t target_packets = 0;
  uint32_t flows = 1000;  // concurrent flows
  uint64_t seed = 1;
  double scam_share = 0.01;  // fraction of flows carrying scam content
  std::array<double, static_cast<size_t>(FlowKind::Count)> mix{35, 8, 25, 25, 7};  // http smtp dns tls bulk
  double ipv6_share = 0.1;
  bool vlan = false;  // 802.1Q tag per flow, 10% of them QinQ
  TimestampPrecision precision = TimestampPrecision::Micro;
  double gbit_per_s = 1.0;  // capture clock: the line rate the packets are spaced at
};

// What a scam flow is, for the ground-truth file.
struct TruthEntry {
  uint64_t flow = 0;  // 0-based order in which flows were started
  FlowKind kind = FlowKind::Bulk;
  ScamKind scam = ScamKind::None;
  std::string client;
  uint16_t client_port = 0;
  std::string server;
  uint16_t server_port = 0;
  bool udp = false;
  uint16_t vlan = 0;
  uint16_t outer_vlan = 0;
  std::string encoding;
  std::string domain;
  std::string btc;
  uint64_t first_packet = 0;  // 1-based packet numbers in the file
  uint64_t last_packet = 0;
};

struct GeneratorReport {
  uint64_t packets = 0;
  uint64_t file_bytes = 0;
  uint64_t wire_bytes = 0;     // frame bytes (file minus pcap headers)
  uint64_t payload_bytes = 0;  // TCP/UDP payload bytes
  uint64_t small_packets = 0;  // frames of at most 128 bytes
  uint64_t flows = 0;
  uint64_t ipv6_flows = 0;
  std::array<uint64_t, static_cast<size_t>(FlowKind::Count)> flows_by_kind{};
  std::array<uint64_t, static_cast<size_t>(ScamKind::Count)> flows_by_scam{};
  uint64_t first_ts_ns = 0;
  uint64_t last_ts_ns = 0;
  double elapsed_seconds = 0;
  std::vector<TruthEntry> truth;
};

Result<GeneratorReport> generate(const GeneratorOptions& options);

// Parses "http=35,smtp=8,dns=25,tls=25,bulk=7" (any subset; others become 0).
Status parseMix(const std::string& text, GeneratorOptions& options);
// "1G", "512M", "100k", "12345" (binary units).
Result<uint64_t> parseSize(const std::string& text);

void printReport(const GeneratorOptions& options, const GeneratorReport& report, std::FILE* out);
Status writeSummaryJson(const GeneratorOptions& options, const GeneratorReport& report, const std::string& path);
Status writeTruthJson(const GeneratorOptions& options, const GeneratorReport& report, const std::string& path);

}  // namespace tapwatch::gen

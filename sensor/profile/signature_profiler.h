#pragma once
// SignatureProfiler: which signatures cost the most scan time on a given
// capture (`tapwatch sig profile`). Packets are read into memory once, then
// replayed through a single in-process Worker (decode, flows, reassembly,
// parsers, Hyperscan — the daemon's own path), timed with the thread's CPU
// clock, several times each, keeping the fastest run:
//
//   full       every enabled signature together: the real cost and the hit counts;
//   isolated   each enabled signature alone;
//   baseline   for each distinct `fields` list, one signature on those fields
//              whose only pattern can never match.
//
// A signature's cost = isolated - baseline for its fields: the scan and match
// work its patterns add over scanning the same buffers with a trivial
// pattern. Parsing and the trivial scan are in the baseline, not in the cost.
// The costs do not add up to the full run exactly: Hyperscan scans all of a
// field's patterns in one pass, so patterns share work in the full set.
//
// Main thread only (CLI).
#include <cstdint>
#include <string>
#include <vector>

#include "common/ip_address.h"
#include "common/result.h"
#include "config/config.h"
#include "detect/detection_set.h"
#include "detect/signature.h"

namespace tapwatch {

// Packets held in memory so every run replays identical input without I/O.
class CapturedPackets {
 public:
  // Appends every packet of `path` (pcap or pcapng); stops with an error
  // when the total would exceed `max_bytes`.
  Status load(const std::string& path, uint64_t max_bytes);
  size_t count() const { return packets_.size(); }
  uint64_t bytes() const { return bytes_; }

  struct Packet {
    int datalink;
    Timestamp ts;
    uint32_t wire_length;
    size_t offset;  // into data_
    uint32_t caplen;
  };
  const std::vector<Packet>& packets() const { return packets_; }
  const uint8_t* data(const Packet& p) const { return data_.data() + p.offset; }

 private:
  std::vector<Packet> packets_;
  std::vector<uint8_t> data_;
  uint64_t bytes_ = 0;
};

struct ProfileOptions {
  uint32_t repeat = 3;  // runs per measurement; the fastest counts
  DetectOptions detect;
};

struct SignatureCost {
  uint32_t id = 0;
  std::string name;
  std::string fields;  // "http.uri, http.host"
  uint64_t hits = 0;   // in the full run (before thresholds/suppression)
  double isolated_seconds = 0;
  double baseline_seconds = 0;
  double cost_seconds = 0;  // isolated - baseline, never below 0
};

struct ProfileReport {
  uint64_t packets = 0;
  uint64_t bytes = 0;
  uint32_t repeat = 0;
  double full_seconds = 0;
  std::vector<std::pair<std::string, uint64_t>> scanned_bytes;  // by field, full run, non-zero only
  std::vector<SignatureCost> signatures;                        // most expensive first
};

Result<ProfileReport> profileSignatures(const Config& config, const std::vector<Signature>& signatures,
                                        const CapturedPackets& packets, const ProfileOptions& options);

// The report as an aligned text table (what `sig profile` prints); `top` = 0 prints all rows.
std::string formatProfile(const ProfileReport& report, size_t top);

}  // namespace tapwatch

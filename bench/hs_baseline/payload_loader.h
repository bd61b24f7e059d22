#pragma once
// PayloadLoader: reads a capture with libpcap and keeps every TCP/UDP payload
// in one contiguous arena, tagged with its flow direction, so the baseline can
// time Hyperscan alone with no I/O or decoding inside the timed loop. Its own
// small Ethernet/VLAN/IPv4/IPv6/TCP/UDP walk, independent of sensor/decode on
// purpose: the ceiling must not share the sensor's decoder costs or bugs.
// Payloads are taken in capture order, not reassembled: for tapwatch-gen
// captures (no loss, no reordering, no retransmission) that is the same byte
// stream the sensor reassembles. IP fragments are skipped and counted.
// Main thread, control plane.
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"

namespace tapwatch {

struct PayloadItem {
  uint64_t offset = 0;  // into PayloadSet::bytes
  uint32_t size = 0;
  uint32_t stream = 0;  // flow direction: (vlan, proto, src, sport, dst, dport) in this order
};

struct PayloadSet {
  std::vector<uint8_t> bytes;
  std::vector<PayloadItem> items;
  std::vector<uint32_t> last_item;  // per stream: index of its last item (where the stream is closed)
  uint64_t packets = 0;             // records read
  uint64_t captured_bytes = 0;      // sum of caplen
  uint64_t tcp_packets = 0;
  uint64_t udp_packets = 0;
  uint64_t fragments = 0;  // skipped: IP fragments
  uint64_t other = 0;      // skipped: not IP, not TCP/UDP, truncated or malformed

  size_t streams() const { return last_item.size(); }
};

Result<PayloadSet> loadPayloads(const std::string& path);

}  // namespace tapwatch

#pragma once
// AfPacketSocket: one Linux AF_PACKET socket with a memory-mapped TPACKET_V3
// receive ring, joined to a fanout group so that several sockets (one per
// worker) share an interface and the kernel spreads flows over them. Packets
// are read in place from the ring: a block is handed out, its packets are
// visited, then the block goes back to the kernel. Nothing is copied except a
// packet whose VLAN tag the kernel moved out of the frame (the tag is put back
// in a per-socket buffer, as libpcap does).
//
// Why TPACKET_V3: the kernel fills whole blocks and retires a partly filled
// one after a timeout, so a busy link costs one poll() per block instead of
// per packet, and a quiet one still delivers within the timeout.
//
// Thread use: opened on the main thread (needs CAP_NET_RAW), then used by
// exactly one thread.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/ip_address.h"
#include "common/result.h"

namespace tapwatch {

struct AfPacketOptions {
  std::string interface;
  std::string bpf;  // capture.bpf; "" accepts everything
  uint32_t snaplen = 65535;
  bool promiscuous = true;
  uint32_t block_size = 262144;
  uint32_t block_count = 128;
  uint32_t block_timeout_ms = 10;  // a partly filled block is handed over after this
  uint16_t fanout_group = 0;       // sockets with the same group share the interface
  bool fanout = true;              // join the group (PACKET_FANOUT_HASH, defragmenting)
  bool fanout_by_cpu = false;      // PACKET_FANOUT_CPU instead of the flow hash
};

// One packet, pointing into the ring (valid until the block is released).
struct AfPacketFrame {
  Timestamp ts;
  uint32_t caplen = 0;
  uint32_t wire_length = 0;
  const uint8_t* data = nullptr;
};

// The kernel's counters since the socket opened (PACKET_STATISTICS resets on
// every read; this object keeps the running totals).
struct AfPacketKernelStats {
  uint64_t packets = 0;  // tp_packets: accepted by the filter (including the dropped ones)
  uint64_t drops = 0;    // tp_drops: no free block in the ring
  uint64_t freezes = 0;  // tp_freeze_q_cnt: times the ring was full and froze
};

class AfPacketSocket {
 public:
  static Result<std::unique_ptr<AfPacketSocket>> open(const AfPacketOptions& options);
  ~AfPacketSocket();
  AfPacketSocket(const AfPacketSocket&) = delete;
  AfPacketSocket& operator=(const AfPacketSocket&) = delete;

  // Waits up to `timeout_ms` for a filled block and visits each of its
  // packets with `visit(const AfPacketFrame&)`, then gives the block back.
  // Returns the packets visited (0 on timeout or error).
  template <typename Visit>
  uint32_t readBlock(int timeout_ms, Visit&& visit) {
    const uint8_t* block = waitForBlock(timeout_ms);
    if (block == nullptr) return 0;
    const uint32_t count = packetCount(block);
    const uint8_t* packet = firstPacket(block);
    AfPacketFrame frame;
    for (uint32_t i = 0; i < count && packet != nullptr; ++i) {
      packet = frameOf(block, packet, frame);
      if (frame.data != nullptr) visit(frame);
    }
    releaseBlock();
    return count;
  }

  // Reads PACKET_STATISTICS and adds it to the totals.
  bool kernelStats(AfPacketKernelStats& out);
  int datalink() const { return datalink_; }
  const std::string& interface() const { return interface_; }
  size_t ringBytes() const { return ring_bytes_; }

 private:
  AfPacketSocket(int fd, std::string interface, uint32_t block_size, uint32_t block_count, uint32_t snaplen);

  const uint8_t* waitForBlock(int timeout_ms);
  void releaseBlock();
  static uint32_t packetCount(const uint8_t* block);
  static const uint8_t* firstPacket(const uint8_t* block);
  // Fills `frame` from the packet at `packet`; returns the next packet's
  // header (or nullptr after the last one / a malformed offset).
  const uint8_t* frameOf(const uint8_t* block, const uint8_t* packet, AfPacketFrame& frame);

  int fd_ = -1;
  std::string interface_;
  uint8_t* ring_ = nullptr;
  size_t ring_bytes_ = 0;
  uint32_t block_size_ = 0;
  uint32_t block_count_ = 0;
  uint32_t current_ = 0;             // the next block to read
  int datalink_ = 1;                 // DLT_EN10MB
  std::vector<uint8_t> vlan_frame_;  // snaplen + 4: a frame with its VLAN tag put back
  AfPacketKernelStats totals_;
};

}  // namespace tapwatch

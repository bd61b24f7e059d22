#pragma once
// FrameBuilder: lays out one Ethernet frame (optional 802.1Q / QinQ tags,
// IPv4 or IPv6, TCP with the timestamp option or UDP) around a payload, with
// correct IPv4 header and TCP/UDP checksums so tools that verify them (IDS
// engines in checksum-validation mode) accept every packet. Writes into its
// own fixed buffer: no allocation per packet. Single thread.
#include <array>
#include <cstdint>
#include <span>

namespace tapwatch::gen {

struct IpAddr {
  bool v6 = false;
  std::array<uint8_t, 16> bytes{};  // IPv4 uses the first 4
};

// One direction's addressing: who sends, who receives.
struct Path {
  IpAddr src;
  IpAddr dst;
  uint16_t sport = 0;
  uint16_t dport = 0;
  std::array<uint8_t, 6> src_mac{};
  std::array<uint8_t, 6> dst_mac{};
  uint16_t vlan = 0;        // 0 = untagged
  uint16_t outer_vlan = 0;  // 802.1ad service tag (QinQ) when non-zero
};

namespace tcp_flag {
constexpr uint8_t Fin = 0x01;
constexpr uint8_t Syn = 0x02;
constexpr uint8_t Rst = 0x04;
constexpr uint8_t Psh = 0x08;
constexpr uint8_t Ack = 0x10;
}  // namespace tcp_flag

struct TcpFields {
  uint32_t seq = 0;
  uint32_t ack = 0;
  uint8_t flags = 0;
  uint16_t window = 0;
  uint32_t tsval = 0;
  uint32_t tsecr = 0;
  uint16_t mss = 0;  // SYN only: adds MSS, SACK-permitted and window-scale options
};

class FrameBuilder {
 public:
  static constexpr size_t kMaxFrame = 65535 + 64;

  // The returned span stays valid until the next build call.
  std::span<const uint8_t> tcp(const Path& path, const TcpFields& tcp, std::span<const uint8_t> payload);
  std::span<const uint8_t> udp(const Path& path, std::span<const uint8_t> payload);

  // Where the payload goes inside the next frame, so callers can generate
  // payload bytes in place instead of copying them (bulk data). The layout
  // only depends on the path, the protocol and whether it is a SYN.
  uint8_t* payloadSlot(const Path& path, bool is_tcp, bool syn);
  std::span<const uint8_t> tcpInPlace(const Path& path, const TcpFields& tcp, size_t payload_size);

 private:
  size_t linkAndIp(const Path& path, uint8_t proto, size_t l4_size);
  size_t tcpHeaderSize(bool syn) const { return syn ? 40 : 32; }

  alignas(8) std::array<uint8_t, kMaxFrame> frame_{};
  uint16_t ip_id_ = 1;
};

}  // namespace tapwatch::gen

#pragma once
// DecodedPacket: what the decoder knows about one captured packet. Plain value,
// no heap; payload points into the capture buffer (or the defragmenter's
// buffer for a reassembled datagram) and is valid until the next decode call.
#include <array>
#include <cstdint>

#include "common/ip_address.h"

namespace tapwatch {

namespace tcp_flags {
constexpr uint8_t Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10, Urg = 0x20;
}

constexpr uint8_t kIpProtoTcp = 6;
constexpr uint8_t kIpProtoUdp = 17;
constexpr size_t kMaxVlanTags = 2;

struct DecodedPacket {
  Timestamp ts;
  uint32_t wire_length = 0;  // original length on the wire (pcap len)

  std::array<uint16_t, kMaxVlanTags> vlan{};  // outermost first, 12-bit ids
  uint8_t vlan_count = 0;

  uint8_t ip_version = 0;   // 4 or 6; 0 = not IP
  uint8_t ip_protocol = 0;  // final upper-layer protocol (after IPv6 extension headers)
  IpAddress src;
  IpAddress dst;
  bool from_fragments = false;  // payload is a reassembled IP datagram (this one or an outer one)
  uint8_t tunnel_layers = 0;    // encapsulations opened to reach this (inner) packet

  uint16_t src_port = 0;
  uint16_t dst_port = 0;

  // TCP only.
  uint32_t tcp_seq = 0;
  uint32_t tcp_ack = 0;
  uint16_t tcp_window = 0;
  uint8_t tcp_flags = 0;
  int8_t tcp_window_scale = -1;  // SYN's window scale option (RFC 7323), capped at 14; -1 = none

  // The innermost IP header and the L4 header (TCP with options, UDP, or the
  // start of an ICMP/other message), for rules' packet keywords (ttl, ipopts,
  // tcp.mss, itype, ...). Valid as long as `payload`.
  const uint8_t* ip_header = nullptr;
  uint16_t ip_header_length = 0;
  const uint8_t* l4_header = nullptr;
  uint16_t l4_header_length = 0;  // what was captured of it (ICMP: the whole message)

  const uint8_t* payload = nullptr;  // L4 payload (TCP/UDP data)
  uint32_t payload_length = 0;
  // Payload length the headers announce. Larger than payload_length when the
  // snaplen cut the packet: the missing bytes are a capture gap, not absent data.
  uint32_t payload_wire_length = 0;

  bool isTcp() const { return ip_protocol == kIpProtoTcp; }
  bool isUdp() const { return ip_protocol == kIpProtoUdp; }
};

}  // namespace tapwatch

#pragma once
// Worker tests: TCP connections whose sequence numbers follow on, and an
// alert sink that only counts.
#include <array>
#include <cstdint>

#include "../decode/packet_builder.h"
#include "output/alert_sink.h"

namespace tapwatch::test {

class CountingSink final : public AlertSink {
 public:
  void emit(EveEvent&& event) override {
    if (event.type() == EveType::Alert) ++alerts;
  }
  int alerts = 0;
};

// One TCP connection between 10.0.0.<n> and 10.0.1.<n>, client and server
// sequence numbers tracked so every segment is the next in order.
struct Connection {
  uint8_t n;
  uint16_t server_port;
  uint32_t client_seq = 1000, server_seq = 5000;

  Bytes frame(bool from_client, uint8_t flags, const Bytes& payload) {
    Ipv4Spec ip;
    ip.src = from_client ? std::array<uint8_t, 4>{10, 0, 0, n} : std::array<uint8_t, 4>{10, 0, 1, n};
    ip.dst = from_client ? std::array<uint8_t, 4>{10, 0, 1, n} : std::array<uint8_t, 4>{10, 0, 0, n};
    TcpSpec t;
    t.src_port = from_client ? static_cast<uint16_t>(40000 + n) : server_port;
    t.dst_port = from_client ? server_port : static_cast<uint16_t>(40000 + n);
    t.seq = from_client ? client_seq : server_seq;
    t.ack = from_client ? server_seq : client_seq;
    t.flags = flags;
    uint32_t advance = static_cast<uint32_t>(payload.size()) + ((flags & 0x03) ? 1 : 0);
    (from_client ? client_seq : server_seq) += advance;
    return ethernet(0x0800, ipv4(ip, tcp(t, payload)));
  }
};

}  // namespace tapwatch::test

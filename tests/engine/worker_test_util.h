#pragma once
// Worker tests: TCP connections whose sequence numbers follow on, an
// alert sink that only counts, and a whole HTTP exchange.
#include <pcap/dlt.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "../decode/packet_builder.h"
#include "engine/worker.h"
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

// One whole HTTP exchange on its own connection (10.0.0.<n>, port 80): a GET
// answered with `body` as `content_type`, closed with FINs; at capture time 1000 s.
inline void sendHttpExchange(Worker& worker, uint8_t n, std::string_view content_type, std::string_view body) {
  Connection c{n, 80};
  auto send = [&](bool from_client, uint8_t flags, const std::string& payload) {
    const Bytes frame = c.frame(from_client, flags, text(payload));
    worker.handlePacket(DLT_EN10MB, Timestamp{1000, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                        static_cast<uint32_t>(frame.size()));
  };
  send(true, 0x02, "");   // SYN
  send(false, 0x12, "");  // SYN+ACK
  send(true, 0x10, "");   // ACK
  send(true, 0x18, "GET /item HTTP/1.1\r\nHost: shop.example\r\n\r\n");
  send(false, 0x18,
       "HTTP/1.1 200 OK\r\nContent-Type: " + std::string(content_type) +
           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body));
  send(true, 0x11, "");  // FIN+ACK
  send(false, 0x11, "");
  send(true, 0x10, "");
}

}  // namespace tapwatch::test

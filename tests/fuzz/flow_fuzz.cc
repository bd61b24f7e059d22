// libFuzzer entry for the flow table and TCP reassembly. The input is a
// program of packet operations on 8 flows (4 IPv4, 4 IPv6): segments at
// chosen offsets and lengths (reordered, overlapping, retransmitted, far
// ahead, across the 2^32 wrap), SYN, SYN+ACK, FIN, RST, pure ACKs and clock
// jumps with expire(). Payload bytes are a function of the sequence number,
// so every delivered byte can be checked: the stream a consumer sees (data
// plus gaps) must be an exact window of the sender's bytes, as long as no
// conflicting retransmission was sent in that direction. Also checked: event
// order (open, data, close once), table and memory caps, depth.
//
// Byte 0 picks the limits; then each operation is
//   op (bits 0-2 flow, bit 3 direction, bits 4-6 kind, bit 7 long length)
//   offset u16 (from the direction's base sequence number), length u8, ack u16.
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "byte_reader.h"
#include "flow/flow_events.h"
#include "flow/flow_stats.h"
#include "flow/flow_table.h"
#include "fuzz_check.h"

using namespace tapwatch;

namespace {

constexpr unsigned kFlows = 8;

// Base sequence numbers: some directions start just before the 2^32 wrap.
constexpr uint32_t kBase[kFlows][2] = {
    {1000, 5000}, {0xffffff00u, 0x7fffff00u}, {0x80000000u, 0},           {0xfffff000u, 0xffffffffu},
    {1, 2},       {0x12345678u, 0x9abcdef0u}, {0xffff0000u, 0x00010000u}, {42, 0xfffffff0u}};

uint8_t senderByte(uint32_t seq) {
  uint32_t x = seq * 0x9e3779b1u;
  return static_cast<uint8_t>((x >> 24) ^ (x >> 11) ^ seq);
}

struct Variant {
  FlowConfig flow;
  StreamConfig stream;
};

Variant variantFor(uint8_t control) {
  Variant v;
  static constexpr uint32_t kMaxFlows[] = {2, 3, 5, 64};
  static constexpr uint32_t kOoo[] = {4096, 65536, 262144, 1 << 20};
  static constexpr uint64_t kDepth[] = {0, 3000, 1 << 20, 65536};
  v.flow.max_flows = kMaxFlows[control & 3];
  v.flow.timeouts = {.tcp_established = 60, .tcp_closed = 5, .tcp_syn = 10, .udp = 30};
  v.stream.max_out_of_order_bytes = kOoo[(control >> 2) & 3];
  v.stream.depth_bytes = kDepth[(control >> 4) & 3];
  v.stream.memcap_mb = 1;  // 8 flows x 2 directions x 1 MiB windows can exceed it
  v.stream.midstream = (control & 0x40) == 0;
  return v;
}

// Checks every event against the sender's bytes and the flow lifecycle.
class CheckingEvents final : public FlowEvents {
 public:
  CheckingEvents(const Variant& v, const bool (&tainted)[kFlows][2]) : variant_(v), tainted_(tainted) {}

  void onFlowOpen(Flow& flow) override {
    FUZZ_CHECK(open_.find(flow.id) == open_.end());
    open_[flow.id] = State{};
  }

  void onStreamData(Flow& flow, Direction dir, ByteSpan data, const DecodedPacket& packet) override {
    State& s = stateOf(flow);
    FUZZ_CHECK(!data.empty());
    FUZZ_CHECK(packet.ip_protocol == flow.key.protocol);
    Cursor& c = s.dir[index(dir)];
    if (!c.known) c = Cursor{true, flow.stream(dir).nextSeq(), 0};
    if (flow.isTcp() && !tainted_[flowIndex(flow)][senderSide(flow, dir)]) {
      for (size_t i = 0; i < data.size(); ++i) FUZZ_CHECK(data[i] == senderByte(c.seq + static_cast<uint32_t>(i)));
    }
    c.seq += static_cast<uint32_t>(data.size());
    c.offset += data.size();
    if (variant_.stream.depth_bytes != 0 && flow.isTcp()) FUZZ_CHECK(c.offset <= variant_.stream.depth_bytes);
  }

  void onStreamGap(Flow& flow, Direction dir, uint64_t missing_bytes) override {
    State& s = stateOf(flow);
    FUZZ_CHECK(flow.isTcp());
    FUZZ_CHECK(missing_bytes > 0 && missing_bytes <= (uint64_t{1} << 31));
    Cursor& c = s.dir[index(dir)];
    if (!c.known) c = Cursor{true, flow.stream(dir).nextSeq(), 0};
    c.seq += static_cast<uint32_t>(missing_bytes);
    c.offset += missing_bytes;
    if (variant_.stream.depth_bytes != 0) FUZZ_CHECK(c.offset <= variant_.stream.depth_bytes);
  }

  void onFlowClose(Flow& flow, FlowEndReason) override { FUZZ_CHECK(open_.erase(flow.id) == 1); }

  size_t openFlows() const { return open_.size(); }

 private:
  struct Cursor {
    bool known = false;
    uint32_t seq = 0;     // sequence number of the next byte the consumer will see
    uint64_t offset = 0;  // bytes seen + gap bytes
  };
  struct State {
    Cursor dir[2];
  };

  State& stateOf(const Flow& flow) {
    auto it = open_.find(flow.id);
    FUZZ_CHECK(it != open_.end());
    return it->second;
  }
  // Flows are told apart by the client port 1000 + index.
  static unsigned flowIndex(const Flow& flow) {
    const uint16_t port = flow.client_port >= 1000 && flow.client_port < 1000 + kFlows ? flow.client_port
                                                                                       : flow.server_port;
    return (port - 1000u) % kFlows;
  }
  // 0 = the host with port 1000+k sent these bytes, 1 = the port-80 host.
  static unsigned senderSide(const Flow& flow, Direction dir) {
    const bool client_is_k = flow.client_port != 80;
    return (dir == Direction::ToServer) == client_is_k ? 0 : 1;
  }

  const Variant& variant_;
  const bool (&tainted_)[kFlows][2];
  std::map<uint64_t, State> open_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 65536) return 0;
  fuzz::ByteReader in(data, size);
  const Variant variant = variantFor(in.u8());
  FlowStats stats;
  bool tainted[kFlows][2] = {};
  CheckingEvents events(variant, tainted);
  FlowTable table(variant.flow, variant.stream, stats, 1);

  std::vector<uint8_t> payload;
  payload.reserve(1 << 16);
  Timestamp now{1590000000, 0};
  while (!in.empty()) {
    const uint8_t op = in.u8();
    const unsigned k = op & 7;
    const unsigned side = (op >> 3) & 1;  // 0: from port 1000+k, 1: from port 80
    const unsigned kind = (op >> 4) & 7;
    const uint32_t offset = in.u16();
    const uint8_t len8 = in.u8();
    const uint32_t ack_offset = in.u16();
    const uint32_t length = (op & 0x80) ? uint32_t{len8} * 256 : len8;

    if (kind == 7) {  // the clock jumps; idle flows time out
      now.sec += offset % 128;
      table.expire(now, events);
      continue;
    }
    now.nsec = (now.nsec + 1000) % 1000000000;
    if (now.nsec == 0) ++now.sec;

    DecodedPacket p;
    p.ts = now;
    p.ip_version = k < 4 ? 4 : 6;
    p.ip_protocol = (kind == 6 && k % 2 == 1) ? kIpProtoUdp : kIpProtoTcp;
    uint8_t a[16] = {10, 0, 0, static_cast<uint8_t>(1 + side)};
    uint8_t b[16] = {10, 0, 0, static_cast<uint8_t>(2 - side)};
    if (p.ip_version == 4) {
      p.src = IpAddress::v4(a);
      p.dst = IpAddress::v4(b);
    } else {
      a[0] = b[0] = 0xfd;
      a[15] = static_cast<uint8_t>(1 + side);
      b[15] = static_cast<uint8_t>(2 - side);
      p.src = IpAddress::v6(a);
      p.dst = IpAddress::v6(b);
    }
    const uint16_t port_k = static_cast<uint16_t>(1000 + k);
    p.src_port = side == 0 ? port_k : 80;
    p.dst_port = side == 0 ? 80 : port_k;
    const uint32_t seq = kBase[k][side] + offset;
    p.tcp_seq = seq;
    p.tcp_ack = kBase[k][side ^ 1] + ack_offset;
    p.tcp_window = 65535;

    bool carries_data = true;
    switch (kind) {
      case 0: p.tcp_flags = tcp_flags::Ack | tcp_flags::Psh; break;
      case 1:
        p.tcp_flags = tcp_flags::Syn;
        p.tcp_seq = seq - 1;
        carries_data = (len8 & 1) != 0;
        break;  // TFO sometimes
      case 2:
        p.tcp_flags = tcp_flags::Syn | tcp_flags::Ack;
        p.tcp_seq = seq - 1;
        carries_data = false;
        break;
      case 3: p.tcp_flags = tcp_flags::Fin | tcp_flags::Ack; break;
      case 4: p.tcp_flags = tcp_flags::Rst | (len8 & 1 ? tcp_flags::Ack : 0); break;
      case 5:
        p.tcp_flags = (len8 & 1) ? tcp_flags::Ack : 0;
        carries_data = (len8 & 2) != 0;
        break;
      case 6: p.tcp_flags = tcp_flags::Ack; break;  // UDP on odd flows; else conflicting data
    }
    payload.clear();
    if (carries_data) {
      for (uint32_t i = 0; i < length; ++i) payload.push_back(senderByte(seq + i));
      if (kind == 6 && p.ip_protocol == kIpProtoTcp && length > 0) {
        payload[length / 2] ^= 0x5a;  // a retransmission that disagrees: the overlap policy decides, oracle off
        tainted[k][side] = true;
      }
    }
    // The table only keeps what it copies: hand it exact-size storage.
    std::vector<uint8_t> wire(payload);
    p.payload = wire.empty() ? nullptr : wire.data();
    p.payload_length = p.payload_wire_length = static_cast<uint32_t>(wire.size());
    p.wire_length = p.payload_length + (p.ip_version == 4 ? 40 : 60);
    table.process(p, events);

    FUZZ_CHECK(table.activeFlows() <= variant.flow.max_flows);
    FUZZ_CHECK(table.activeFlows() == events.openFlows());
    FUZZ_CHECK(stats.ooo_bytes_buffered.value() <= (uint64_t{variant.stream.memcap_mb} << 20));
  }
  table.closeAll(events);
  FUZZ_CHECK(table.activeFlows() == 0);
  FUZZ_CHECK(events.openFlows() == 0);
  FUZZ_CHECK(stats.ooo_bytes_buffered.value() == 0);
  return 0;
}

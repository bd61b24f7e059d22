#pragma once
// FlowEmitter: plays one FlowScript onto the wire one packet at a time, so the
// generator can interleave thousands of flows. TCP gets a full three-way
// handshake, MSS-sized segments (1448 bytes over IPv4, 1428 over IPv6, both
// with the timestamp option), a pure ACK every second segment and at the end
// of a burst (delayed ACK; replies piggyback the ACK instead), and a
// FIN / FIN-ACK / ACK close. UDP sends one datagram per message. No loss,
// reordering or retransmission: the capture is exactly what the endpoints
// said, so ground truth stays exact. Single thread.
#include <cstdint>
#include <span>

#include "common/result.h"
#include "flow_script.h"
#include "frame_builder.h"
#include "pcap_writer.h"
#include "prng.h"

namespace tapwatch::gen {

struct Endpoints {
  Path to_server;
  Path to_client;
};

// Shared output side: the frame buffer, the pcap file and the capture clock.
class Wire {
 public:
  Wire(PcapWriter& writer, uint64_t start_ns, double gbit_per_s)
      : writer_(writer), clock_ns_(start_ns), ns_per_byte_(8.0 / gbit_per_s) {}

  FrameBuilder& builder() { return builder_; }
  Status emit(std::span<const uint8_t> frame, uint64_t payload);
  uint64_t clockNs() const { return clock_ns_; }

  uint64_t packets() const { return writer_.packets(); }
  uint64_t fileBytes() const { return writer_.fileBytes(); }
  uint64_t wireBytes() const { return wire_bytes_; }
  uint64_t payloadBytes() const { return payload_bytes_; }
  uint64_t smallPackets() const { return small_packets_; }

 private:
  PcapWriter& writer_;
  FrameBuilder builder_;
  uint64_t clock_ns_;
  double ns_per_byte_;
  double carry_ns_ = 0;
  uint64_t wire_bytes_ = 0;
  uint64_t payload_bytes_ = 0;
  uint64_t small_packets_ = 0;
};

class FlowEmitter {
 public:
  FlowEmitter(FlowScript script, Endpoints endpoints, uint64_t seed);

  // Emits the next packet of this flow; sets `done` after the last one.
  Status step(Wire& wire, bool& done);

  const FlowScript& script() const { return script_; }
  const Endpoints& endpoints() const { return endpoints_; }
  uint64_t remainingPayload() const { return remaining_; }
  uint64_t firstPacket() const { return first_packet_; }

 private:
  enum class Phase : uint8_t { Syn, SynAck, HandshakeAck, Data, FinClient, FinServer, LastAck, Done };

  Status sendTcp(Wire& wire, bool to_server, uint8_t flags, size_t payload_size, const Message* msg);
  Status stepData(Wire& wire);
  void nextMessage();
  const Path& path(bool to_server) const { return to_server ? endpoints_.to_server : endpoints_.to_client; }

  FlowScript script_;
  Endpoints endpoints_;
  Prng rng_;
  Phase phase_ = Phase::Syn;
  size_t message_ = 0;
  uint64_t offset_ = 0;            // bytes of the current message already sent
  uint32_t next_seq_[2] = {0, 0};  // [0] client, [1] server
  uint32_t ts_base_ = 0;
  uint16_t mss_ = 1448;
  uint8_t unacked_segments_ = 0;
  bool ack_owed_ = false;       // the receiver of the last burst still owes a pure ACK
  bool ack_to_server_ = false;  // direction of that ACK
  uint64_t remaining_ = 0;
  uint64_t first_packet_ = 0;  // 1-based packet number of the flow's first packet
};

}  // namespace tapwatch::gen

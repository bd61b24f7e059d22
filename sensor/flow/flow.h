#pragma once
// Flow: one bidirectional TCP or UDP conversation as a worker sees it. Owned
// by that worker's FlowTable (pooled: addresses are stable while the flow
// lives, and the object is reused afterwards). Worker thread only; a Flow&
// handed to FlowEvents is valid until onFlowClose() returns.
//
// Who is the client (see flow_direction.h): the sender of the first SYN; the
// receiver of a first-seen SYN+ACK; otherwise (mid-stream TCP, UDP) the
// sender of the first packet, unless that packet goes from a port < 1024 to
// a port >= 1024 (it then looks like a server's answer).
#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

#include "common/direction.h"
#include "common/ip_address.h"
#include "flow/flow_key.h"
#include "flow/tcp_reassembler.h"

namespace tapwatch {

// The engine's per-flow state. The flow module owns it (destroyed with the
// flow, after onFlowClose) but never looks inside.
class FlowContext {
 public:
  virtual ~FlowContext() = default;
};

enum class TcpState : uint8_t {
  None,         // UDP
  SynSent,      // client SYN seen
  SynReceived,  // server SYN+ACK seen, handshake not complete
  Established,  // handshake done, or picked up mid-stream
  Closed,       // FIN both ways, or RST: waiting out flow.timeouts.tcp_closed
};
std::string_view tcpStateName(TcpState state);  // "none", "syn_sent", ...

enum class FlowEndReason : uint8_t {
  TcpClosed,  // FIN both ways or RST, then the tcp_closed timeout (or port reuse)
  Timeout,    // idle longer than the state's timeout
  Evicted,    // table full (flow.max_flows): least recently used flow made room
  Shutdown,   // closeAll(): end of input or daemon stop
};
std::string_view flowEndReasonName(FlowEndReason reason);  // "tcp_closed", "timeout", "evicted", "shutdown"

// Which idle timeout applies; also which LRU list the flow is on. UDP flows
// that have seen one direction only have their own list (same timeout) so a
// full table can evict them before conversations (flow_table.h).
enum class TimeoutClass : uint8_t { TcpSyn, TcpEstablished, TcpClosed, Udp, UdpOneWay };
constexpr size_t kTimeoutClassCount = 5;

// One per open flow, in the table's pool (87k on bench/small's capture):
// one-byte members fill the hole after the 44-byte key (320 bytes: 304 before
// the reassemblers kept their ISN and highest sequence for stream_size).
struct Flow {
  FlowKey key;
  TcpState tcp_state = TcpState::None;
  uint8_t fin_seen = 0;    // bit (1 << index(Direction)) per direction that sent a FIN
  uint8_t ack_seen = 0;    // bit per direction that has sent an ACK (see last_ack)
  bool midstream = false;  // TCP picked up without a handshake
  uint64_t id = 0;         // EVE flow_id: unique across workers and runs (common/flow_id.h)

  IpAddress client_ip;
  uint16_t client_port = 0;
  IpAddress server_ip;
  uint16_t server_port = 0;

  Timestamp first_seen;
  Timestamp last_seen;                // highest capture time seen (packet times may go backwards a little)
  std::array<uint64_t, 2> packets{};  // indexed by index(Direction)
  std::array<uint64_t, 2> bytes{};    // wire bytes, indexed by index(Direction)

  // What each direction's sender last told the other (indexed by index(Direction)),
  // to judge whether an RST falls in the receiver's window.
  std::array<uint32_t, 2> last_ack{};          // its latest acknowledgement number: the receiver's next expected byte
  std::array<uint16_t, 2> window{};            // its latest advertised window (raw)
  std::array<bool, 2> window_on_syn{};         // that window came on a SYN (never scaled)
  std::array<int8_t, 2> window_scale{-1, -1};  // its SYN's window scale option; -1 none

  std::array<TcpReassembler, 2> streams;  // indexed by index(Direction); unused for UDP
  std::unique_ptr<FlowContext> context;

  bool isTcp() const { return key.protocol == kIpProtoTcp; }
  TcpReassembler& stream(Direction dir) { return streams[index(dir)]; }
  const TcpReassembler& stream(Direction dir) const { return streams[index(dir)]; }

  // FlowTable bookkeeping, not for other modules.
  static constexpr uint32_t kNoLink = UINT32_MAX;
  uint32_t lru_prev = kNoLink;
  uint32_t lru_next = kNoLink;
  uint32_t number = kNoLink;  // slot in the table's pool
  uint32_t hash = 0;          // low 32 bits of hashFlowKey(key)
  TimeoutClass timeout_class = TimeoutClass::Udp;
  bool client_is_low = true;  // the client is key's low endpoint
  bool in_use = false;
};

}  // namespace tapwatch

#pragma once
// EveEvent: what a worker hands the output thread. A compact, unformatted
// record (alert, transaction, flow end or anomaly); the output thread turns
// it into EVE JSON, so no worker ever formats JSON. Built only when an event
// is raised (a signature fires, a transaction or flow ends, an anomaly is
// counted), never per packet; the payload is boxed so a queue cell stays small.
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "common/direction.h"
#include "common/ip_address.h"
#include "output/alert.h"
#include "output/eve_types.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

// The flow-bound part every record starts with (Suricata's common keys).
// src is the client for transaction and flow records; for alerts and
// anomalies it is the sender of the packet.
struct EveHeader {
  Timestamp ts;
  uint64_t flow_id = 0;  // 0 = not bound to a flow (no flow_id / community_id)
  std::string in_iface;
  std::vector<uint16_t> vlan;
  bool has_tuple = false;  // false: a packet that did not decode to IP
  IpAddress src_ip;
  uint16_t src_port = 0;
  IpAddress dest_ip;
  uint16_t dest_port = 0;
  uint8_t ip_protocol = 0;
  std::string app_proto;  // "" = unknown
};

// One finished application transaction: http, dns, tls, smtp (+ email and
// one fileinfo record per attachment), later quic.
struct TransactionEvent {
  EveHeader header;
  EveType type = EveType::Http;
  uint64_t tx_id = 0;
  TransactionContext context;
};

enum class FlowEndCause : uint8_t { Timeout, Forced, Shutdown };

struct FlowEndEvent {
  EveHeader header;
  uint64_t pkts_toserver = 0, pkts_toclient = 0;
  uint64_t bytes_toserver = 0, bytes_toclient = 0;
  Timestamp start, end;
  std::string state;  // "new" | "established" | "closed" (Suricata's flow states)
  FlowEndCause reason = FlowEndCause::Timeout;
  bool alerted = false;
  bool is_tcp = false;
};

enum class AnomalyLayer : uint8_t { Decode, Stream, AppLayer };

struct AnomalyEvent {
  EveHeader header;
  AnomalyLayer type = AnomalyLayer::Decode;
  std::string event;  // our counter's reason, e.g. "truncated_ipv4", "http_bare_lf_line_end"
  std::string layer;  // where it was seen, e.g. "ipv4", "tcp", "proto_parser"
};

struct EveEvent {
  std::variant<std::monostate, std::unique_ptr<Alert>, std::unique_ptr<TransactionEvent>, std::unique_ptr<FlowEndEvent>,
               std::unique_ptr<AnomalyEvent>>
      payload;

  EveEvent() = default;
  explicit EveEvent(std::unique_ptr<Alert> a) : payload(std::move(a)) {}
  explicit EveEvent(std::unique_ptr<TransactionEvent> t) : payload(std::move(t)) {}
  explicit EveEvent(std::unique_ptr<FlowEndEvent> f) : payload(std::move(f)) {}
  explicit EveEvent(std::unique_ptr<AnomalyEvent> a) : payload(std::move(a)) {}

  bool empty() const { return payload.index() == 0; }
  EveType type() const {
    switch (payload.index()) {
      case 2: return std::get<2>(payload)->type;
      case 3: return EveType::Flow;
      case 4: return EveType::Anomaly;
      default: return EveType::Alert;
    }
  }
};

}  // namespace tapwatch

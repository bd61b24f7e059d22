#pragma once
// What a Suricata rule means beyond its payload program: header, `flow:`,
// `flowbits`, and where each chain of the program looks. Attached to the
// Signature a `.rules` rule becomes (Signature::rule); built by rule_loader,
// read by ScopeScan (confirmation) and the worker (header, flow, flowbits).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/field.h"
#include "detect/rule_buffers.h"
#include "detect/rule_header.h"
#include "detect/rule_packet.h"
#include "detect/rule_program.h"

namespace tapwatch {

// `flow:` options. Suricata: to_server == from_client, to_client == from_server.
struct RuleFlowOptions {
  RuleSide side = RuleSide::Unset;
  bool established = false;
  bool not_established = false;
  bool stateless = false;
  bool only_stream = false;  // payload chains run on stream data (in-order delivery); kept as read
  bool no_stream = false;    // payload chains must match the bytes of one packet (not merged stream data)
};

enum class FlowbitOp : uint8_t { Set, IsSet, IsNotSet, Unset, Toggle, NoAlert };

// One `flowbits:` option. Bits are indices into the set's flowbit names
// (at most kMaxFlowbits distinct names per set, so per-flow storage is fixed).
struct RuleFlowbit {
  FlowbitOp op = FlowbitOp::Set;
  std::vector<uint16_t> bits;  // `a|b` (any of) or `a&b` (all of); one bit otherwise
  bool any_of = false;
};
constexpr size_t kMaxFlowbits = 256;

// `app-layer-protocol:[!]name`: the flow's detected protocol is (not) `name`.
// A flow whose protocol is not known (yet) matches neither form, as in Suricata.
struct RuleAppProtocol {
  std::string
      name;  // "" = no condition; else a name appProtoName() gives (http, tls, dns, smtp, quic) or, negated, any
  bool negated = false;
  bool holds(std::string_view app_proto) const {
    if (name.empty()) return true;
    if (app_proto.empty()) return false;
    return (app_proto == name) != negated;
  }
};

struct SuricataRule {
  RuleHeader header;
  RuleFlowOptions flow;
  RuleAppProtocol app_protocol;
  std::vector<RuleFlowbit> flowbits;
  bool noalert = false;  // `noalert;` or `flowbits:noalert;`: sets bits, never alerts
  RuleProgram program;
  std::vector<RulePacketTest> packet;  // packet keywords (dsize, flags, ttl, ...): all must hold on the packet
  std::vector<std::vector<Field>> chain_fields;  // per program chain: the field(s) it inspects
  Scope scope = Scope::Flow;                     // every chain's fields share it (checked at load)
  // No buffer at all: evaluated on every packet its header admits (engine/packet_rules).
  bool headerOnly() const { return program.chains.empty(); }
  // Evaluated per packet by engine/packet_rules rather than on a flow's
  // buffers: header-only rules, and ICMP rules (their pkt_data chains run on
  // the packet's ICMP data; ICMP has no flow here).
  bool perPacket() const { return headerOnly() || header.protocol.icmp_any; }
  // Needs the packet that carried the matched bytes (packet keywords, flow:no_stream).
  bool needsPacket() const { return !packet.empty() || flow.no_stream; }
  // Needs the flow's protocol detected (an app-layer header protocol or app-layer-protocol).
  bool needsAppProtocol() const { return !header.protocol.app.empty() || !app_protocol.name.empty(); }
  bool setsFlowbits() const;
  bool checksFlowbits() const;
};

}  // namespace tapwatch

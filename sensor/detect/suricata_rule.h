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
#include "detect/rule_ssl_version.h"
#include "detect/rule_stream_size.h"
#include "detect/rule_xbits.h"

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

// One `flowint:` option (Suricata "Flow Keywords", flowint): an action that
// changes the flow's integer or a condition on it. A rule's flowint options
// run in rule order once the rest of the rule matched; an action stays done
// even when a later condition of the same rule fails (which is how
// `flowint:n,+,1; flowint:n,>,5;` counts every hit and alerts from the sixth).
// Values are unsigned 32-bit; an unset integer counts as 0 for + and -.
enum class FlowintOp : uint8_t {
  Set,
  Add,
  Sub,
  Less,
  Greater,
  LessEqual,
  GreaterEqual,
  Equal,
  NotEqual,
  IsSet,
  NotSet
};
struct RuleFlowint {
  FlowintOp op = FlowintOp::IsSet;
  uint16_t var = 0;        // index into the set's flowint names
  uint32_t value = 0;      // the literal operand
  int32_t value_var = -1;  // >= 0: the operand is that flowint instead (unset: 0, as in Suricata)
  bool isCondition() const { return op != FlowintOp::Set && op != FlowintOp::Add && op != FlowintOp::Sub; }
};
constexpr size_t kMaxFlowints = 64;  // distinct flowint names per set

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

// `tls.cert_expired` / `tls.cert_valid`: decided by the worker (engine/rule_cert_validity) on the
// leaf certificate's notAfter and the flow's capture time.
enum class RuleCertValidity : uint8_t { Any, Expired, Valid };

struct SuricataRule {
  RuleHeader header;
  RuleFlowOptions flow;
  RuleAppProtocol app_protocol;
  std::vector<RuleFlowbit> flowbits;
  std::vector<RuleFlowint> flowints;
  // `xbits` (cross-flow bits per host or host pair, engine/xbits_table): conditions checked with the
  // flowbit conditions, actions applied with the flowbit actions, once the rest of the rule matched.
  std::vector<RuleXbit> xbits;
  // `stream_size`: all must hold on the flow's TCP sequence progress when the rule's packet is inspected.
  std::vector<RuleStreamSize> stream_sizes;
  bool noalert = false;  // `noalert;` or `flowbits:noalert;`: sets bits, never alerts
  RuleProgram program;
  RuleSslVersion ssl_version;  // `ssl_version:` on the server's negotiated version (tls.version), if active
  RuleCertValidity cert_validity = RuleCertValidity::Any;
  std::vector<RulePacketTest> packet;  // packet keywords (dsize, flags, ttl, ...): all must hold on the packet
  std::vector<std::vector<Field>> chain_fields;  // per program chain: the field(s) it inspects
  // Per program chain: also confirmed on a TCP direction's look-back bytes + segment (rule_stream_lookback.h).
  std::vector<bool> chain_looks_back;
  bool looksBack() const {
    for (const bool b : chain_looks_back)
      if (b) return true;
    return false;
  }
  Scope scope = Scope::Flow;  // every chain's fields share it (checked at load)
  // No buffer and no app-layer condition: evaluated on every packet its header admits (engine/packet_rules).
  bool headerOnly() const {
    return program.chains.empty() && !ssl_version.active && cert_validity == RuleCertValidity::Any;
  }
  // Evaluated per packet by engine/packet_rules rather than on a flow's
  // buffers: header-only rules, and ICMP rules (their pkt_data chains run on
  // the packet's ICMP data; ICMP has no flow here).
  bool perPacket() const { return headerOnly() || header.protocol.icmp_any; }
  // Needs the packet that carried the matched bytes (packet keywords, flow:no_stream).
  bool needsPacket() const { return !packet.empty() || flow.no_stream; }
  // Needs the flow's protocol detected (an app-layer header protocol or app-layer-protocol).
  bool needsAppProtocol() const { return !header.protocol.app.empty() || !app_protocol.name.empty(); }
  // Flowbits, flowints and xbits alike: Suricata evaluates rules that set flow variables before rules that read them.
  bool setsFlowbits() const;
  bool checksFlowbits() const;
};

}  // namespace tapwatch

#include "engine/rule_admission.h"

#include "engine/rule_cert_validity.h"
#include "engine/rule_packet_match.h"

namespace tapwatch {
namespace {

bool protocolHolds(const RuleProtocol& p, const Flow& flow, std::string_view app_proto) {
  if (p.icmp_any && flow.key.protocol != 1 && flow.key.protocol != 58) return false;
  if (p.ip_proto != 0 && flow.key.protocol != p.ip_proto) return false;
  return p.app.empty() || p.app == app_proto;
}

// Suricata: a TCP flow is established once the handshake completed (and
// stays so while it closes); a stream picked up without a handshake never is
// (Suricata's stream.midstream defaults to false). A UDP flow is established
// once both sides have sent.
bool established(const Flow& flow) {
  if (!flow.isTcp()) return flow.packets[0] != 0 && flow.packets[1] != 0;
  if (flow.midstream) return false;
  if (flow.tcp_state == TcpState::Established) return true;
  return flow.tcp_state == TcpState::Closed && flow.packets[0] != 0 && flow.packets[1] != 0;
}

bool flowHolds(const RuleFlowOptions& f, const Flow& flow, Direction dir) {
  if (f.side == RuleSide::ToServer && dir != Direction::ToServer) return false;
  if (f.side == RuleSide::ToClient && dir != Direction::ToClient) return false;
  if (f.established && !established(flow)) return false;
  if (f.not_established && established(flow)) return false;
  return true;
}

bool flowbitHolds(const RuleFlowbit& fb, const FlowbitSet& bits) {
  const bool want_set = fb.op == FlowbitOp::IsSet;
  size_t hits = 0;
  for (uint16_t b : fb.bits) hits += bits.test(b) == want_set ? 1 : 0;
  return fb.any_of ? hits > 0 : hits == fb.bits.size();
}

void applyFlowbit(const RuleFlowbit& fb, FlowbitSet& bits) {
  for (uint16_t b : fb.bits) {
    if (fb.op == FlowbitOp::Set) bits.set(b);
    else if (fb.op == FlowbitOp::Unset) bits.reset(b);
    else if (fb.op == FlowbitOp::Toggle) bits.flip(b);
  }
}

bool compareFlowint(FlowintOp op, uint32_t value, uint32_t operand) {
  switch (op) {
    case FlowintOp::Less: return value < operand;
    case FlowintOp::Greater: return value > operand;
    case FlowintOp::LessEqual: return value <= operand;
    case FlowintOp::GreaterEqual: return value >= operand;
    case FlowintOp::Equal: return value == operand;
    case FlowintOp::NotEqual: return value != operand;
    default: return false;
  }
}

// The operand of a flowint option: its number, or the value of its operand
// variable, where a variable that is not set counts as 0 (as in Suricata).
uint32_t flowintOperand(const RuleFlowint& op, const FlowintTable* table) {
  if (op.value_var < 0) return op.value;
  const uint32_t* other = table != nullptr ? table->find(static_cast<uint16_t>(op.value_var)) : nullptr;
  return other != nullptr ? *other : 0;
}

// A flowint comparison, isset or notset: false when it does not hold. A
// comparison of a flowint that is not set fails.
bool flowintHolds(const RuleFlowint& op, const FlowbitSet& vars) {
  const FlowintTable* table = vars.ints();
  const uint32_t* current = table != nullptr ? table->find(op.var) : nullptr;
  if (op.op == FlowintOp::IsSet) return current != nullptr;
  if (op.op == FlowintOp::NotSet) return current == nullptr;
  return current != nullptr && compareFlowint(op.op, *current, flowintOperand(op, table));
}

// A flowint write (=, +, -) of a rule that matched. + on an unset flowint starts
// it at the operand; - on an unset one does nothing (Suricata's flowint). False
// only when the flowint is new and the flow's table is full (see FlowintTable).
bool writeFlowint(const RuleFlowint& op, FlowbitSet& vars) {
  const FlowintTable* table = vars.ints();
  const uint32_t* current = table != nullptr ? table->find(op.var) : nullptr;
  const uint32_t operand = flowintOperand(op, table);
  if (op.op == FlowintOp::Sub && current == nullptr) return true;
  const uint32_t base = current != nullptr ? *current : 0;
  const uint32_t next = op.op == FlowintOp::Set ? operand : op.op == FlowintOp::Add ? base + operand : base - operand;
  return vars.intsForWrite().set(op.var, next);
}

// Suricata's stream_size operands: each side's next_seq - isn (flow/tcp_reassembler.h,
// sequenceProgress). A side that has not started (no SYN or data yet) is 0, as
// Suricata's zeroed stream is; a stream picked up without its handshake has no
// session for Suricata (stream.midstream false), so no size holds.
bool streamSizesHold(const SuricataRule& rule, const Flow* flow) {
  if (rule.stream_sizes.empty()) return true;
  if (flow == nullptr || !flow->isTcp() || flow->midstream) return false;
  const TcpReassembler& client = flow->stream(Direction::ToServer);
  const TcpReassembler& server = flow->stream(Direction::ToClient);
  const uint32_t client_size = client.initialised() ? client.sequenceProgress() : 0;
  const uint32_t server_size = server.initialised() ? server.sequenceProgress() : 0;
  for (const RuleStreamSize& size : rule.stream_sizes)
    if (!size.holds(client_size, server_size)) return false;
  return true;
}

// The last step of every admission: flowint, flowbit and xbit conditions, then
// (the rule has matched) flowint writes and flowbit and xbit actions. Writes come
// after every condition, as in Suricata, which runs flowint =, + and - in its
// post-match list: a rule that increments and compares one flowint compares the
// value from before its own increment, so `flowint:n,+,1; flowint:n,>,2;` never
// matches (n is never set). Checked against Suricata 7 (tests/rules/suricata_oracle).
// `bits` is null when the rule has no flow variables to reach (then rules using
// them do not match). `src`/`dst`: the packet's addresses, which xbits track.
RuleVerdict applyVariables(const SuricataRule& rule, FlowbitSet* bits, const CrossFlowVars& cross, const IpAddress& src,
                           const IpAddress& dst) {
  if (bits == nullptr && (!rule.flowbits.empty() || !rule.flowints.empty())) return RuleVerdict::NoMatch;
  if (!rule.xbits.empty() && cross.xbits == nullptr) return RuleVerdict::NoMatch;
  for (const RuleFlowint& op : rule.flowints)
    if (op.isCondition() && !flowintHolds(op, *bits)) return RuleVerdict::NoMatch;
  for (const RuleFlowbit& fb : rule.flowbits)
    if ((fb.op == FlowbitOp::IsSet || fb.op == FlowbitOp::IsNotSet) && !flowbitHolds(fb, *bits))
      return RuleVerdict::NoMatch;
  for (const RuleXbit& xb : rule.xbits)
    if (xb.isCondition() && !cross.xbits->holds(xb, src, dst, cross.now)) return RuleVerdict::NoMatch;
  // A write that finds the flow's table full fails the rule before any action runs.
  for (const RuleFlowint& op : rule.flowints)
    if (!op.isCondition() && !writeFlowint(op, *bits)) return RuleVerdict::NoMatch;
  for (const RuleFlowbit& fb : rule.flowbits) applyFlowbit(fb, *bits);
  for (const RuleXbit& xb : rule.xbits)
    if (!xb.isCondition()) cross.xbits->apply(xb, src, dst, cross.now);
  return rule.noalert ? RuleVerdict::Silent : RuleVerdict::Alert;
}

}  // namespace

RuleVerdict admitPacketRule(const SuricataRule& rule, const DecodedPacket& packet, const Flow* flow, Direction dir,
                            std::string_view app_proto, FlowbitSet* bits, RuleScratch& scratch,
                            const CrossFlowVars& cross) {
  const RuleProtocol& p = rule.header.protocol;
  if (p.icmp_any ? (packet.ip_protocol != 1 && packet.ip_protocol != 58)
                 : (p.ip_proto != 0 && packet.ip_protocol != p.ip_proto))
    return RuleVerdict::NoMatch;
  if (!p.app.empty() && (flow == nullptr || p.app != app_proto)) return RuleVerdict::NoMatch;
  if (!rule.app_protocol.holds(app_proto)) return RuleVerdict::NoMatch;
  if (!rule.header.matches(packet.src, packet.src_port, packet.dst, packet.dst_port)) return RuleVerdict::NoMatch;
  if (!packetTestsHold(rule.packet, packet)) return RuleVerdict::NoMatch;
  if (!rule.program.chains.empty()) {
    // Only ICMP rules carry chains here (all pkt_data): Suricata's ICMP payload follows the 8-byte header.
    if (packet.payload == nullptr || packet.payload_length < 8) return RuleVerdict::NoMatch;
    const ByteSpan data{packet.payload + 8, packet.payload_length - 8};
    for (const RuleChain& chain : rule.program.chains)
      if (!matchChain(chain, data, scratch)) return RuleVerdict::NoMatch;
  }
  if (flow == nullptr) {
    const RuleFlowOptions& f = rule.flow;
    if (f.side != RuleSide::Unset || f.established) return RuleVerdict::NoMatch;
  } else if (!flowHolds(rule.flow, *flow, dir)) {
    return RuleVerdict::NoMatch;
  }
  if (!streamSizesHold(rule, flow)) return RuleVerdict::NoMatch;
  return applyVariables(rule, bits, cross, packet.src, packet.dst);
}

RuleVerdict admitRule(const SuricataRule& rule, const Flow& flow, Direction dir, std::string_view app_proto,
                      FlowbitSet& bits, const DecodedPacket* packet, const TransactionContext* context,
                      const CrossFlowVars& cross) {
  if (!protocolHolds(rule.header.protocol, flow, app_proto)) return RuleVerdict::NoMatch;
  if (rule.cert_validity != RuleCertValidity::Any &&
      !certValidityHolds(rule.cert_validity, context ? std::string_view(context->tls_not_after) : "", flow.last_seen))
    return RuleVerdict::NoMatch;
  if (!rule.app_protocol.holds(app_proto)) return RuleVerdict::NoMatch;
  if (rule.needsPacket() && (packet == nullptr || !packetTestsHold(rule.packet, *packet))) return RuleVerdict::NoMatch;
  const bool to_server = dir == Direction::ToServer;
  if (!rule.header.matches(to_server ? flow.client_ip : flow.server_ip, to_server ? flow.client_port : flow.server_port,
                           to_server ? flow.server_ip : flow.client_ip,
                           to_server ? flow.server_port : flow.client_port))
    return RuleVerdict::NoMatch;
  if (!flowHolds(rule.flow, flow, dir)) return RuleVerdict::NoMatch;
  if (!streamSizesHold(rule, &flow)) return RuleVerdict::NoMatch;
  return applyVariables(rule, &bits, cross, to_server ? flow.client_ip : flow.server_ip,
                        to_server ? flow.server_ip : flow.client_ip);
}

}  // namespace tapwatch

#pragma once
// The flow side of a Suricata rule, decided by the worker when a rule's
// payload chains have matched: protocol binding, header addresses and ports
// against the flow's endpoints in the matched data's direction, `flow:`
// options, `stream_size`, `flowint` (in rule order), and `flowbits` and
// `xbits` (conditions checked, then actions applied to the flow's bits and
// the cross-flow table). Worker thread; no allocation (but a flow's first
// flowint write makes its flowint table, and a new xbit a table entry).
#include <string_view>

#include "common/direction.h"
#include "decode/decoded_packet.h"
#include "detect/rule_chain_matcher.h"
#include "detect/suricata_rule.h"
#include "engine/rule_flow_vars.h"
#include "engine/xbits_table.h"
#include "flow/flow.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

enum class RuleVerdict : uint8_t { NoMatch, Silent, Alert };  // Silent: matched (bits applied) but noalert

// What admissions share beyond the flow: the xbits table (shared by the
// workers; null: rules with xbits never match) and the packet time xbits
// expiries are measured in.
struct CrossFlowVars {
  XbitsTable* xbits = nullptr;
  Timestamp now;
};

// `dir`: which way the matched data went (ToServer: the client sent it).
// `app_proto`: the flow's parsed protocol name ("" when none).
// `packet`: the packet whose own payload the matched bytes are, or null (data
// merged by reassembly, app-layer buffers); rules with packet keywords or
// flow:no_stream need it. `context`: the transaction the matched buffers belong
// to, or null (stream data); tls.cert_expired/valid read its certificate dates.
RuleVerdict admitRule(const SuricataRule& rule, const Flow& flow, Direction dir, std::string_view app_proto,
                      FlowbitSet& bits, const DecodedPacket* packet, const TransactionContext* context = nullptr,
                      const CrossFlowVars& cross = {});

// A header-only rule on one packet. `flow` is null for packets without one
// (ICMP, other IP protocols, TCP packets no flow took): then rules needing
// flow state (`flow:` side or established, an app protocol) do not match.
// `dir` is the packet's direction in `flow`; `bits` is null without a flow
// (or when the flow's bits belong to another set): flowbits rules do not match
// (xbits rules may: their bits belong to the packet's addresses).
// An ICMP rule's pkt_data chains run here, on the ICMP data (after the 8-byte
// header), with `scratch`.
RuleVerdict admitPacketRule(const SuricataRule& rule, const DecodedPacket& packet, const Flow* flow, Direction dir,
                            std::string_view app_proto, FlowbitSet* bits, RuleScratch& scratch,
                            const CrossFlowVars& cross = {});

}  // namespace tapwatch

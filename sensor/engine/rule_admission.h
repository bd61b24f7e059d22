#pragma once
// The flow side of a Suricata rule, decided by the worker when a rule's
// payload chains have matched: protocol binding, header addresses and ports
// against the flow's endpoints in the matched data's direction, `flow:`
// options, and `flowbits` (conditions checked, then actions applied to the
// flow's bits). Worker thread; no allocation.
#include <bitset>
#include <string_view>

#include "common/direction.h"
#include "detect/suricata_rule.h"
#include "flow/flow.h"

namespace tapwatch {

using FlowbitSet = std::bitset<kMaxFlowbits>;

enum class RuleVerdict : uint8_t { NoMatch, Silent, Alert };  // Silent: matched (bits applied) but noalert

// `dir`: which way the matched data went (ToServer: the client sent it).
// `app_proto`: the flow's parsed protocol name ("" when none).
RuleVerdict admitRule(const SuricataRule& rule, const Flow& flow, Direction dir, std::string_view app_proto,
                      FlowbitSet& bits);

}  // namespace tapwatch

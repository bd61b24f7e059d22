#include "detect/suricata_rule.h"

namespace tapwatch {

bool SuricataRule::setsFlowbits() const {
  for (const RuleFlowbit& bit : flowbits)
    if (bit.op == FlowbitOp::Set || bit.op == FlowbitOp::Unset || bit.op == FlowbitOp::Toggle) return true;
  for (const RuleFlowint& i : flowints)
    if (!i.isCondition()) return true;
  for (const RuleXbit& x : xbits)
    if (!x.isCondition()) return true;
  return false;
}

bool SuricataRule::checksFlowbits() const {
  for (const RuleFlowbit& bit : flowbits)
    if (bit.op == FlowbitOp::IsSet || bit.op == FlowbitOp::IsNotSet) return true;
  for (const RuleFlowint& i : flowints)
    if (i.isCondition()) return true;
  for (const RuleXbit& x : xbits)
    if (x.isCondition()) return true;
  return false;
}

}  // namespace tapwatch

#include "engine/rule_flow_vars.h"

namespace tapwatch {

const uint32_t* FlowintTable::find(uint16_t var) const {
  for (uint8_t i = 0; i < used_; ++i)
    if (slots_[i].var == var) return &slots_[i].value;
  return nullptr;
}

bool FlowintTable::set(uint16_t var, uint32_t value) {
  for (uint8_t i = 0; i < used_; ++i)
    if (slots_[i].var == var) {
      slots_[i].value = value;
      return true;
    }
  if (used_ == kFlowintsPerFlow) return false;
  slots_[used_++] = Slot{var, value};
  return true;
}

}  // namespace tapwatch

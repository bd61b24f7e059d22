#pragma once
// A flow's Suricata rule variables: its flowbits and flowints, both indexed by
// the names of the set the flow started with (a set migration resets them).
// Worker thread. Flowints live in a small fixed table made on a flow's first
// flowint write (one allocation per flow that uses them, none after): at most
// kFlowintsPerFlow distinct integers per flow; a write beyond that fails the
// rule (a bound no real rule set reaches: ET Open uses a handful per protocol).
#include <array>
#include <bitset>
#include <cstdint>
#include <memory>

#include "detect/suricata_rule.h"

namespace tapwatch {

class FlowintTable {
 public:
  static constexpr size_t kFlowintsPerFlow = 16;

  // The value of flowint `var`, or null when it is not set.
  const uint32_t* find(uint16_t var) const;
  // Sets `var`; false when it is new and the table is full.
  bool set(uint16_t var, uint32_t value);
  bool empty() const { return used_ == 0; }

 private:
  struct Slot {
    uint16_t var = 0;
    uint32_t value = 0;
  };
  std::array<Slot, kFlowintsPerFlow> slots_{};
  uint8_t used_ = 0;
};

// The name is the one the worker and its migration code hold the state by.
class FlowbitSet {
 public:
  bool test(size_t bit) const { return bits_.test(bit); }
  void set(size_t bit) { bits_.set(bit); }
  void reset(size_t bit) { bits_.reset(bit); }
  void flip(size_t bit) { bits_.flip(bit); }

  // Anything set (a flow holding variables waits for a forced set migration).
  bool any() const { return bits_.any() || (ints_ && !ints_->empty()); }
  void reset() {
    bits_.reset();
    ints_.reset();
  }

  const FlowintTable* ints() const { return ints_.get(); }
  FlowintTable& intsForWrite() {
    if (!ints_) ints_ = std::make_unique<FlowintTable>();
    return *ints_;
  }

 private:
  std::bitset<kMaxFlowbits> bits_;
  std::unique_ptr<FlowintTable> ints_;
};

}  // namespace tapwatch

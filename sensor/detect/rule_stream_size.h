#pragma once
// Suricata's `stream_size:<client|server|both|either>,<op>,<number>` (op one
// of <, >, =, !=, <=, >=). Suricata (detect-stream_size.c) compares, for the
// TCP session of the packet being inspected, each named side's sequence
// progress `next_seq - isn`: the bytes that side has sent plus one for its
// SYN, so a side that completed the handshake and sent nothing has size 1.
// "client" is the side that sent the first SYN, "server" the other; "both"
// needs the comparison to hold for the two sides, "either" for one of them.
// A packet without a TCP session (UDP, ICMP, no flow, a stream picked up
// without its handshake) never matches. The sizes are taken when the rule's
// packet is inspected, after that packet's own bytes were counted.
#include <cstdint>
#include <string_view>

#include "common/result.h"

namespace tapwatch {

struct RuleStreamSize {
  enum class Side : uint8_t { Client, Server, Both, Either };
  enum class Op : uint8_t { Less, Greater, Equal, NotEqual, LessEqual, GreaterEqual };
  Side side = Side::Client;
  Op op = Op::Equal;
  uint32_t value = 0;

  bool compare(uint32_t size) const;
  // `client` / `server`: each side's next_seq - isn.
  bool holds(uint32_t client, uint32_t server) const;
};

// The keyword's value; the error says what is wrong (without the keyword's name).
Result<RuleStreamSize> parseRuleStreamSize(std::string_view value);

}  // namespace tapwatch

#include "detect/rule_stream_size.h"

#include <charconv>
#include <string>

#include "detect/rule_text.h"

namespace tapwatch {

bool RuleStreamSize::compare(uint32_t size) const {
  switch (op) {
    case Op::Less: return size < value;
    case Op::Greater: return size > value;
    case Op::Equal: return size == value;
    case Op::NotEqual: return size != value;
    case Op::LessEqual: return size <= value;
    case Op::GreaterEqual: return size >= value;
  }
  return false;
}

bool RuleStreamSize::holds(uint32_t client, uint32_t server) const {
  switch (side) {
    case Side::Client: return compare(client);
    case Side::Server: return compare(server);
    case Side::Both: return compare(client) && compare(server);
    case Side::Either: return compare(client) || compare(server);
  }
  return false;
}

Result<RuleStreamSize> parseRuleStreamSize(std::string_view value) {
  const auto parts = splitRuleList(value);
  if (parts.size() != 3) return makeError("takes <client|server|both|either>,<operator>,<number>");
  RuleStreamSize out;
  const std::string& side = parts[0];
  if (side == "client") out.side = RuleStreamSize::Side::Client;
  else if (side == "server") out.side = RuleStreamSize::Side::Server;
  else if (side == "both") out.side = RuleStreamSize::Side::Both;
  else if (side == "either") out.side = RuleStreamSize::Side::Either;
  else return makeError("unknown side '" + side + "' (client, server, both or either)");
  const std::string& op = parts[1];
  if (op == "<") out.op = RuleStreamSize::Op::Less;
  else if (op == ">") out.op = RuleStreamSize::Op::Greater;
  else if (op == "=") out.op = RuleStreamSize::Op::Equal;
  else if (op == "!=") out.op = RuleStreamSize::Op::NotEqual;
  else if (op == "<=") out.op = RuleStreamSize::Op::LessEqual;
  else if (op == ">=") out.op = RuleStreamSize::Op::GreaterEqual;
  else return makeError("unknown operator '" + op + "' (<, >, =, !=, <=, >=)");
  const std::string& number = parts[2];
  const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), out.value);
  if (number.empty() || ec != std::errc{} || ptr != number.data() + number.size())
    return makeError("'" + number + "' is not an unsigned 32-bit number");
  return out;
}

}  // namespace tapwatch

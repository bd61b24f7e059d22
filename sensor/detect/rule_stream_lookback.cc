#include "detect/rule_stream_lookback.h"

#include <string_view>
#include <type_traits>
#include <variant>

namespace tapwatch {
namespace {

// A pcre (not /R) whose match may depend on where the buffer starts: `^`
// outside a character class (buffer start, or with /m a line start), \A or
// \G, or the /A flag.
bool pcreAnchoredAtStart(const RulePcre& pcre) {
  const std::string_view src = pcre.source;
  const size_t open = src.find('/');
  const size_t close = src.rfind('/');
  if (open == std::string_view::npos || close == open) return true;  // unknown form: assume anchored
  const std::string_view regex = src.substr(open + 1, close - open - 1);
  if (src.substr(close + 1).find('A') != std::string_view::npos) return true;
  bool in_class = false;
  for (size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\') {
      if (i + 1 < regex.size() && (regex[i + 1] == 'A' || regex[i + 1] == 'G')) return true;
      ++i;  // the escaped character is literal
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < regex.size() && regex[i + 1] == '^') ++i;  // negated class
      if (i + 1 < regex.size() && regex[i + 1] == ']') ++i;  // `]` first in a class is literal
    } else if (c == '^') {
      return true;
    }
  }
  return false;
}

// True when `step` reads no position counted from the buffer's start and
// holds on the same bytes wherever the buffer begins. `seen` = a positive
// content or pcre came before (relative steps then count from its match).
bool stepPositionFree(const RuleStep& step, bool seen) {
  return std::visit(
      [seen](const auto& s) {
        using T = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<T, RuleContent>) {
          if (s.offset || s.depth || s.offset_var >= 0 || s.depth_var >= 0 || s.startswith) return false;
          return !s.relative() || seen;
        } else if constexpr (std::is_same_v<T, RulePcre>) {
          return s.relative ? seen : !pcreAnchoredAtStart(s);
        } else if constexpr (std::is_same_v<T, RuleByteJump>) {
          return s.relative && seen && !s.from_beginning;
        } else if constexpr (std::is_same_v<T, RuleByteTest> || std::is_same_v<T, RuleByteExtract> ||
                             std::is_same_v<T, RuleByteMath> || std::is_same_v<T, RuleIsDataAt>) {
          return s.relative && seen;
        } else {
          return false;  // bsize (the buffer's size), base64_decode
        }
      },
      step);
}

bool positiveMatch(const RuleStep& step) {
  if (const auto* c = std::get_if<RuleContent>(&step)) return !c->negated;
  if (const auto* p = std::get_if<RulePcre>(&step)) return !p->negated;
  return false;
}

}  // namespace

bool ruleInspectsStream(const SuricataRule& rule) {
  const RuleProtocol& proto = rule.header.protocol;
  if (proto.packet_only || rule.needsPacket() || rule.perPacket()) return false;
  return proto.ip_proto == 6;  // tcp, tcp-stream, and http / smtp / tls (TCP only here)
}

bool chainLooksBack(const SuricataRule& rule, size_t index) {
  if (index >= rule.program.chains.size()) return false;
  const RuleChain& chain = rule.program.chains[index];
  if (chain.buffer != "pkt_data" || !chain.transforms.empty() || !chain.base64_steps.empty()) return false;
  bool seen = false;
  for (const RuleStep& step : chain.steps) {
    if (!stepPositionFree(step, seen)) return false;
    seen = seen || positiveMatch(step);
  }
  return seen;
}

}  // namespace tapwatch

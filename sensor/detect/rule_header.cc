#include "detect/rule_header.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace tapwatch {
namespace {

constexpr int kMaxVarDepth = 16;  // $A -> $B -> ... : bounds a cycle

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Items of `[a, [b, c], !d]` split at top-level commas; nullopt on unbalanced brackets.
std::optional<std::vector<std::string_view>> listItems(std::string_view list) {
  std::vector<std::string_view> items;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i] == '[') ++depth;
    if (list[i] == ']' && --depth < 0) return std::nullopt;
    if (list[i] == ',' && depth == 0) {
      items.push_back(trimmed(list.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (depth != 0) return std::nullopt;
  items.push_back(trimmed(list.substr(start)));
  return items;
}

// Generic expression walker: negation, lists and variables are the same for
// addresses and ports; `leaf` parses one address or port word.
template <typename Expr, typename Leaf>
Result<Expr> parseExpr(std::string_view text, const RuleVarMap& vars, int depth, Leaf leaf) {
  text = trimmed(text);
  if (depth > kMaxVarDepth) return makeError(std::string("variables nest too deep (a cycle?) at '").append(text) + "'");
  if (text.empty()) return makeError("empty address or port");
  if (text.front() == '!') {
    auto inner = parseExpr<Expr>(text.substr(1), vars, depth, leaf);
    if (!inner) return inner;
    inner->negated = !inner->negated;
    return inner;
  }
  if (text.front() == '$') {
    const auto it = vars.find(std::string(text.substr(1)));
    if (it == vars.end()) return makeError(std::string("unknown variable ").append(text) + " (set it under vars:)");
    return parseExpr<Expr>(it->second, vars, depth + 1, leaf);
  }
  if (text == "any") return Expr{};
  if (text.front() == '[') {
    if (text.back() != ']') return makeError(std::string("unbalanced brackets in '").append(text) + "'");
    auto items = listItems(text.substr(1, text.size() - 2));
    if (!items) return makeError(std::string("unbalanced brackets in '").append(text) + "'");
    Expr list;
    list.kind = Expr::Kind::List;
    for (std::string_view item : *items) {
      auto parsed = parseExpr<Expr>(item, vars, depth, leaf);
      if (!parsed) return parsed;
      list.items.push_back(std::move(*parsed));
    }
    return list;
  }
  return leaf(text);
}

Result<AddressExpr> parseCidr(std::string_view text) {
  const size_t slash = text.find('/');
  const auto address = IpAddress::parse(text.substr(0, slash));
  if (!address) return makeError(std::string("not an address: '").append(text) + "'");
  const int bits = address->family == 4 ? 32 : 128;
  int prefix = bits;
  if (slash != std::string_view::npos) {
    const std::string_view p = text.substr(slash + 1);
    const auto [ptr, ec] = std::from_chars(p.data(), p.data() + p.size(), prefix);
    if (ec != std::errc{} || ptr != p.data() + p.size() || prefix < 0 || prefix > bits)
      return makeError(std::string("bad prefix length in '").append(text) + "'");
  }
  AddressExpr e;
  e.kind = AddressExpr::Kind::Cidr;
  e.network = *address;
  e.prefix = static_cast<uint8_t>(prefix);
  for (int i = 0; i < 16; ++i) {
    const int keep = std::clamp(prefix - i * 8, 0, 8);
    e.network.bytes[i] &= static_cast<uint8_t>(0xFF00u >> keep);
  }
  return e;
}

std::optional<uint16_t> portNumber(std::string_view text) {
  unsigned value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size() || value > 65535) return std::nullopt;
  return static_cast<uint16_t>(value);
}

Result<PortExpr> parsePortWord(std::string_view text) {
  PortExpr e;
  e.kind = PortExpr::Kind::Range;
  const size_t colon = text.find(':');
  const std::string_view lo = colon == std::string_view::npos ? text : text.substr(0, colon);
  const std::string_view hi = colon == std::string_view::npos ? text : text.substr(colon + 1);
  const auto low = lo.empty() ? std::optional<uint16_t>(0) : portNumber(lo);
  const auto high = hi.empty() ? std::optional<uint16_t>(65535) : portNumber(hi);
  if (!low || !high || *low > *high) return makeError(std::string("not a port or port range: '").append(text) + "'");
  e.low = *low;
  e.high = *high;
  return e;
}

bool inCidr(const AddressExpr& e, const IpAddress& a) {
  if (a.family != e.network.family) return false;
  for (int i = 0; i < 16; ++i) {
    const int keep = std::clamp(e.prefix - i * 8, 0, 8);
    if ((a.bytes[i] & static_cast<uint8_t>(0xFF00u >> keep)) != e.network.bytes[i]) return false;
  }
  return true;
}

// The expression ignoring its own `!`: a list is "some positive item (or no
// positive item at all) and no negated item".
template <typename Expr, typename Value, typename Leaf>
bool rawMatch(const Expr& e, const Value& v, Leaf leaf) {
  if (e.kind == Expr::Kind::Any) return true;
  if (e.kind != Expr::Kind::List) return leaf(e, v);
  bool has_positive = false, positive_hit = false;
  for (const Expr& item : e.items) {
    const bool hit = rawMatch(item, v, leaf);
    if (item.negated && hit) return false;
    if (!item.negated) {
      has_positive = true;
      positive_hit = positive_hit || hit;
    }
  }
  return positive_hit || !has_positive;
}

}  // namespace

bool AddressExpr::matches(const IpAddress& address) const { return rawMatch(*this, address, inCidr) != negated; }

bool PortExpr::matches(uint16_t port) const {
  auto inRange = [](const PortExpr& e, uint16_t p) { return p >= e.low && p <= e.high; };
  return rawMatch(*this, port, inRange) != negated;
}

bool RuleHeader::matches(const IpAddress& src, uint16_t sport, const IpAddress& dst, uint16_t dport) const {
  auto oneWay = [&](const IpAddress& s, uint16_t sp, const IpAddress& d, uint16_t dp) {
    return src_addr.matches(s) && src_port.matches(sp) && dst_addr.matches(d) && dst_port.matches(dp);
  };
  return oneWay(src, sport, dst, dport) || (bidirectional && oneWay(dst, dport, src, sport));
}

Result<AddressExpr> parseAddressExpr(std::string_view text, const RuleVarMap& vars) {
  return parseExpr<AddressExpr>(text, vars, 0, parseCidr);
}

Result<PortExpr> parsePortExpr(std::string_view text, const RuleVarMap& vars) {
  return parseExpr<PortExpr>(text, vars, 0, parsePortWord);
}

Result<RuleProtocol> parseRuleProtocol(std::string_view text) {
  RuleProtocol p;
  if (text == "tcp" || text == "tcp-pkt" || text == "tcp-stream") p.ip_proto = 6;
  else if (text == "udp") p.ip_proto = 17;
  else if (text == "icmp") p.icmp_any = true;
  else if (text == "ip" || text == "pkthdr") p.ip_proto = 0;
  else if (text == "http" || text == "http1") p = RuleProtocol{6, false, "http", false};
  else if (text == "smtp") p = RuleProtocol{6, false, "smtp", false};
  else if (text == "tls") p = RuleProtocol{6, false, "tls", false};
  else if (text == "dns") p = RuleProtocol{0, false, "dns", true};
  else if (text == "quic") p = RuleProtocol{17, false, "quic", false};
  else return makeError(std::string("protocol '").append(text) + "' is not parsed by this sensor");
  p.packet_only = text == "tcp-pkt";
  return p;
}

}  // namespace tapwatch

#pragma once
// The header of a Suricata rule with its meaning: which protocol, which
// addresses and ports on which side. Parsed on the main thread (variables
// resolved then), matched on the worker thread against a flow's endpoints
// without allocation.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/ip_address.h"
#include "common/result.h"
#include "detect/rule_vars.h"

namespace tapwatch {

// An address expression: `any`, one address or CIDR, or a list of them
// (nested, each item optionally negated). A list matches when some positive
// item matches (or it has none) and no negated item does — Suricata's
// reading of `[10.0.0.0/8,!10.1.0.0/16]`.
struct AddressExpr {
  enum class Kind : uint8_t { Any, Cidr, List };
  Kind kind = Kind::Any;
  bool negated = false;
  IpAddress network;  // Cidr: masked to prefix
  uint8_t prefix = 0;
  std::vector<AddressExpr> items;  // List

  bool matches(const IpAddress& address) const;
};

// A port expression: `any`, a port, a range a:b (open ends allowed), or a list.
struct PortExpr {
  enum class Kind : uint8_t { Any, Range, List };
  Kind kind = Kind::Any;
  bool negated = false;
  uint16_t low = 0, high = 65535;
  std::vector<PortExpr> items;

  bool matches(uint16_t port) const;
};

// The transport or application protocol word of the header.
struct RuleProtocol {
  uint8_t ip_proto = 0;       // 6 tcp, 17 udp, 1 icmp; 0 = any IP (`ip`, `pkthdr`)
  bool icmp_any = false;      // `icmp` covers ICMPv4 and ICMPv6
  std::string app;            // "" or the parsed protocol the rule is bound to: http, smtp, dns, tls, quic
  bool app_over_udp = false;  // dns: either transport
  bool packet_only = false;   // `tcp-pkt`: payload matched on single packets, never on the reassembled stream
};

struct RuleHeader {
  RuleProtocol protocol;
  AddressExpr src_addr, dst_addr;
  PortExpr src_port, dst_port;
  bool bidirectional = false;  // `<>`

  // The packet/transaction went from (src, sport) to (dst, dport). With `->`
  // the rule's source is that sender; with `<>` either side may be.
  bool matches(const IpAddress& src, uint16_t sport, const IpAddress& dst, uint16_t dport) const;
};

// Errors name the offending word and, with `vars`, an unknown `$NAME`.
Result<AddressExpr> parseAddressExpr(std::string_view text, const RuleVarMap& vars);
Result<PortExpr> parsePortExpr(std::string_view text, const RuleVarMap& vars);
// Refuses protocols the sensor does not parse (e.g. ftp, smb): their rules
// would otherwise widen into raw-payload rules.
Result<RuleProtocol> parseRuleProtocol(std::string_view text);

}  // namespace tapwatch

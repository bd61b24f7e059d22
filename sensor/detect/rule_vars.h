#pragma once
// Address and port variables of Suricata rules ($HOME_NET, $HTTP_PORTS, ...):
// the config's `vars:` over Suricata's default values (suricata.yaml's
// address-groups and port-groups), so an ET rule that names a variable the
// operator did not set still means what it means in a stock Suricata.
// One flat namespace: Suricata keeps address and port groups apart, but the
// names never collide, and the header position says which one is meant.
#include <map>
#include <string>

namespace tapwatch {

using RuleVarMap = std::map<std::string, std::string>;  // name (no '$') -> Suricata expression text

// Suricata's defaults, overlaid with `overrides` (config `vars:`).
RuleVarMap ruleVarsWithDefaults(const RuleVarMap& overrides);

}  // namespace tapwatch

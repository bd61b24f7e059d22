#include "config/host_os_policy.h"

#include <algorithm>
#include <utility>

namespace tapwatch {

HostOsPolicyTable HostOsPolicyTable::fromConfig(const HostOsPolicyConfig& config) {
  HostOsPolicyTable table(parseOverlapPolicy(config.default_policy).value_or(OverlapPolicy::Bsd));
  const std::pair<const std::vector<std::string>*, OverlapPolicy> lists[] = {
      {&config.first_nets, OverlapPolicy::First},     {&config.last_nets, OverlapPolicy::Last},
      {&config.bsd_nets, OverlapPolicy::Bsd},         {&config.linux_nets, OverlapPolicy::Linux},
      {&config.windows_nets, OverlapPolicy::Windows},
  };
  for (const auto& [nets, policy] : lists) {
    for (const std::string& text : *nets) {
      auto network = Cidr::parse(text);
      if (network.ok()) table.add(network.value(), policy);
    }
  }
  return table;
}

void HostOsPolicyTable::add(const Cidr& network, OverlapPolicy policy) {
  // Keep longest-prefix-first order; equal prefixes keep insertion order.
  auto at =
      std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.network.prefix < network.prefix; });
  entries_.insert(at, Entry{network, policy});
}

}  // namespace tapwatch

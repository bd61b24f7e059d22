#pragma once
// HostOsPolicyTable: which overlap policy (common/overlap_policy.h) a
// destination address gets, from config host_os_policy. Built once per
// worker from the validated config; lookups are read-only, allocation-free
// and cheap: a short array of networks sorted longest prefix first, scanned
// until the first match (a handful of entries in practice; an empty table
// answers the default at once). The TCP reassembler asks once per flow
// direction, the defragmenter once per datagram.
#include <cstdint>
#include <vector>

#include "common/ip_address.h"
#include "common/overlap_policy.h"
#include "config/cidr.h"
#include "config/config.h"

namespace tapwatch {

class HostOsPolicyTable {
 public:
  HostOsPolicyTable() = default;
  explicit HostOsPolicyTable(OverlapPolicy default_policy) : default_(default_policy) {}
  // Entries that do not parse are skipped (the config loader has refused them already).
  static HostOsPolicyTable fromConfig(const HostOsPolicyConfig& config);

  // Adds one network; the longest matching prefix wins, ties go to the earlier add.
  void add(const Cidr& network, OverlapPolicy policy);

  OverlapPolicy lookup(const IpAddress& address) const {
    for (const Entry& e : entries_)
      if (e.network.contains(address)) return e.policy;
    return default_;
  }
  OverlapPolicy defaultPolicy() const { return default_; }
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    Cidr network;
    OverlapPolicy policy;
  };
  OverlapPolicy default_ = OverlapPolicy::Bsd;
  std::vector<Entry> entries_;  // longest prefix first
};

}  // namespace tapwatch

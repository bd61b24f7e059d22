#pragma once
// PacketRules: the per-packet Suricata rules of a set: header-only (no buffer, e.g.
// `alert tcp any any -> $HOME_NET 4444 (flags:S; ...)` or the IP-reputation
// form `alert ip [192.0.2.1,...] any -> $HOME_NET any (...)`) and ICMP rules
// (content on the ICMP data), evaluated on every packet without Hyperscan. Indexed so that thousands stay cheap: rules
// whose source (else destination) is a list of plain networks are found by
// one hash lookup per prefix length in use; rules with one destination port
// by a port lookup; only the rest are tried on every packet of their
// protocol. Built when a worker takes a set (allocates); per packet no
// allocation. One per worker (it keeps per-packet marks).
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "decode/decoded_packet.h"
#include "detect/detection_set.h"
#include "engine/rule_admission.h"

namespace tapwatch {

class PacketRules {
 public:
  explicit PacketRules(const DetectionSet& set);

  bool empty() const { return rule_count_ == 0; }
  size_t size() const { return rule_count_; }
  const DetectionSet& set() const { return *set_; }

  // Calls `alert(signature)` for every rule that matches `packet` and is not
  // noalert. `flow`/`bits`/`cross` as in admitPacketRule (null without a flow, `bits`
  // null when the flow's flowbits belong to another set).
  template <typename Alert>
  void evaluate(const DecodedPacket& packet, const Flow* flow, Direction dir, std::string_view app_proto,
                FlowbitSet* bits, RuleScratch& scratch, const CrossFlowVars& cross, Alert&& alert) {
    ++generation_;
    auto visit = [&](uint32_t index) {
      if (stamp_[index] == generation_) return;
      stamp_[index] = generation_;
      const Signature& sig = set_->signature(index);
      if (admitPacketRule(*sig.rule, packet, flow, dir, app_proto, bits, scratch, cross) == RuleVerdict::Alert)
        alert(sig);
    };
    // Setters first, as Suricata orders flowbit rules within a packet.
    forEachCandidate(packet, [&](uint32_t index) {
      if (!checks_flowbits_[index]) visit(index);
    });
    forEachCandidate(packet, [&](uint32_t index) {
      if (checks_flowbits_[index]) visit(index);
    });
  }
  template <typename Alert>
  void evaluate(const DecodedPacket& packet, const Flow* flow, Direction dir, std::string_view app_proto,
                FlowbitSet* bits, RuleScratch& scratch, Alert&& alert) {
    evaluate(packet, flow, dir, app_proto, bits, scratch, CrossFlowVars{}, std::forward<Alert>(alert));
  }

 private:
  enum ProtoClass : uint8_t { kTcp, kUdp, kIcmp, kOther, kProtoClasses };
  struct NetKey {
    IpAddress network;
    uint8_t prefix = 0;
    bool operator==(const NetKey&) const = default;
  };
  struct NetKeyHash {
    size_t operator()(const NetKey& k) const;
  };
  struct ProtoBuckets {
    std::vector<uint32_t> any_port;
    std::unordered_map<uint16_t, std::vector<uint32_t>> by_dst_port;
  };

  void add(uint32_t index, const SuricataRule& rule);
  bool indexByAddress(uint32_t index, const AddressExpr& expr, bool source);
  static ProtoClass classOf(uint8_t ip_protocol);

  template <typename Visit>
  void forEachCandidate(const DecodedPacket& packet, Visit&& visit) const {
    const ProtoBuckets& b = buckets_[classOf(packet.ip_protocol)];
    for (uint32_t i : b.any_port) visit(i);
    if (!b.by_dst_port.empty())
      if (auto it = b.by_dst_port.find(packet.dst_port); it != b.by_dst_port.end())
        for (uint32_t i : it->second) visit(i);
    for (int side = 0; side < 2; ++side) {
      const auto& map = by_net_[side];
      if (map.empty()) continue;
      const IpAddress& address = side == 0 ? packet.src : packet.dst;
      for (uint8_t prefix : prefixes_[side]) {
        NetKey key{maskAddress(address, prefix), prefix};
        if (auto it = map.find(key); it != map.end())
          for (uint32_t i : it->second) visit(i);
      }
    }
  }
  static IpAddress maskAddress(const IpAddress& address, uint8_t prefix);

  const DetectionSet* set_;
  size_t rule_count_ = 0;
  ProtoBuckets buckets_[kProtoClasses];
  // [0] by source network, [1] by destination network; prefix lengths in use, per side.
  std::unordered_map<NetKey, std::vector<uint32_t>, NetKeyHash> by_net_[2];
  std::vector<uint8_t> prefixes_[2];
  std::vector<uint64_t> stamp_;  // per signature: the generation that last visited it
  std::vector<bool> checks_flowbits_;
  uint64_t generation_ = 0;
};

}  // namespace tapwatch

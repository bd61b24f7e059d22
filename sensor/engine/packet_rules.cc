#include "engine/packet_rules.h"

#include <algorithm>

namespace tapwatch {

size_t PacketRules::NetKeyHash::operator()(const NetKey& k) const {
  // FNV-1a over the address bytes, family and prefix.
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint8_t b) { h = (h ^ b) * 1099511628211ull; };
  for (uint8_t b : k.network.bytes) mix(b);
  mix(k.network.family);
  mix(k.prefix);
  return static_cast<size_t>(h);
}

IpAddress PacketRules::maskAddress(const IpAddress& address, uint8_t prefix) {
  IpAddress out = address;
  const size_t width = address.family == 4 ? 4 : 16;
  for (size_t i = 0; i < width; ++i) {
    const int keep = std::clamp(static_cast<int>(prefix) - static_cast<int>(i * 8), 0, 8);
    out.bytes[i] = static_cast<uint8_t>(out.bytes[i] & static_cast<uint8_t>(0xff00u >> keep));
  }
  return out;
}

PacketRules::ProtoClass PacketRules::classOf(uint8_t ip_protocol) {
  switch (ip_protocol) {
    case kIpProtoTcp: return kTcp;
    case kIpProtoUdp: return kUdp;
    case 1:
    case 58: return kIcmp;
    default: return kOther;
  }
}

PacketRules::PacketRules(const DetectionSet& set) : set_(&set) {
  stamp_.assign(set.size(), 0);
  checks_flowbits_.assign(set.size(), false);
  for (uint32_t i = 0; i < set.size(); ++i) {
    const Signature& sig = set.signature(i);
    if (!sig.enabled || !sig.rule || !sig.rule->perPacket()) continue;
    checks_flowbits_[i] = sig.rule->checksFlowbits();
    add(i, *sig.rule);
    ++rule_count_;
  }
}

// A positive list of networks (or one network): each becomes a key. Lists
// with a negated item, `any` or nothing indexable stay out.
bool PacketRules::indexByAddress(uint32_t index, const AddressExpr& expr, bool source) {
  std::vector<const AddressExpr*> networks;
  std::vector<const AddressExpr*> todo{&expr};
  while (!todo.empty()) {
    const AddressExpr* e = todo.back();
    todo.pop_back();
    if (e->negated) return false;
    if (e->kind == AddressExpr::Kind::Any) return false;
    if (e->kind == AddressExpr::Kind::Cidr) networks.push_back(e);
    else
      for (const AddressExpr& item : e->items) todo.push_back(&item);
  }
  if (networks.empty()) return false;
  const int side = source ? 0 : 1;
  for (const AddressExpr* n : networks) {
    by_net_[side][NetKey{maskAddress(n->network, n->prefix), n->prefix}].push_back(index);
    if (std::find(prefixes_[side].begin(), prefixes_[side].end(), n->prefix) == prefixes_[side].end())
      prefixes_[side].push_back(n->prefix);
  }
  return true;
}

void PacketRules::add(uint32_t index, const SuricataRule& rule) {
  const RuleHeader& h = rule.header;
  // `<>` lets either side be the rule's source: only the protocol buckets are safe.
  if (!h.bidirectional) {
    if (indexByAddress(index, h.src_addr, true)) return;
    if (indexByAddress(index, h.dst_addr, false)) return;
  }
  const bool one_port = !h.bidirectional && h.dst_port.kind == PortExpr::Kind::Range && !h.dst_port.negated &&
                        h.dst_port.low == h.dst_port.high;
  const RuleProtocol& p = h.protocol;
  for (int c = 0; c < kProtoClasses; ++c) {
    const bool takes = p.icmp_any ? c == kIcmp : p.ip_proto == 0 || classOf(p.ip_proto) == static_cast<ProtoClass>(c);
    if (!takes) continue;
    if (one_port && (c == kTcp || c == kUdp)) buckets_[c].by_dst_port[h.dst_port.low].push_back(index);
    else buckets_[c].any_port.push_back(index);
  }
}

}  // namespace tapwatch

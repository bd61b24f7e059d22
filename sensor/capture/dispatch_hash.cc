#include "capture/dispatch_hash.h"

#include "common/bytes.h"
#include "common/link_types.h"

namespace tapwatch {
namespace {

// Symmetric: a XOR of per-address mixes is the same for (a,b) and (b,a).
uint32_t mix(const uint8_t* p, uint32_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (uint32_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
  h ^= h >> 29;
  return static_cast<uint32_t>(h ^ (h >> 32));
}

uint32_t hashIp(const uint8_t* p, uint32_t len, uint32_t vlan_mix) {
  if (len < 1) return 0;
  const uint8_t version = p[0] >> 4;
  if (version == 4 && len >= 20) return mix(p + 12, 4) ^ mix(p + 16, 4) ^ vlan_mix;
  if (version == 6 && len >= 40) return mix(p + 8, 16) ^ mix(p + 24, 16) ^ vlan_mix;
  return 0;
}

uint32_t hashEthertype(uint16_t type, const uint8_t* p, uint32_t len, uint32_t vlan_mix) {
  // 802.1Q, 802.1ad and the old 0x9100 QinQ tag: skip tags, fold ids into the hash.
  for (int depth = 0; depth < 8 && (type == 0x8100 || type == 0x88a8 || type == 0x9100); ++depth) {
    if (len < 4) return 0;
    vlan_mix = vlan_mix * 31 + (loadBe16(p) & 0x0fff);
    type = loadBe16(p + 2);
    p += 4;
    len -= 4;
  }
  if (type == 0x0800 || type == 0x86dd) return hashIp(p, len, vlan_mix);
  return 0;
}

}  // namespace

uint32_t dispatchHash(int datalink, const uint8_t* data, uint32_t caplen) {
  switch (datalink) {
    case link::kEthernet: return caplen < 14 ? 0 : hashEthertype(loadBe16(data + 12), data + 14, caplen - 14, 0);
    case link::kLinuxSll: return caplen < 16 ? 0 : hashEthertype(loadBe16(data + 14), data + 16, caplen - 16, 0);
    case link::kLinuxSll2: return caplen < 20 ? 0 : hashEthertype(loadBe16(data), data + 20, caplen - 20, 0);
    case link::kNull:
    case link::kLoop: return caplen < 4 ? 0 : hashIp(data + 4, caplen - 4, 0);
    case link::kRaw:
    case link::kRawBsdOs:
    case link::kLinktypeRaw:
    case link::kIpv4:
    case link::kIpv6: return hashIp(data, caplen, 0);
    default: return 0;
  }
}

}  // namespace tapwatch

#include "capture/dispatch_hash.h"

#include "common/bytes.h"
#include "common/link_types.h"

namespace tapwatch {
namespace {

// The decoder's limits (sensor/decode is below capture, so they are restated):
// kMaxTunnelLayers, kMaxMplsLabels, kMaxIpv6ExtHeaders.
constexpr int kMaxTunnelLayers = 4;
constexpr int kMaxMplsLabels = 16;
constexpr int kMaxIpv6ExtHeaders = 8;

// Symmetric: a XOR of per-address mixes is the same for (a,b) and (b,a).
uint32_t mix(const uint8_t* p, uint32_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (uint32_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
  h ^= h >> 29;
  return static_cast<uint32_t>(h ^ (h >> 32));
}

// Applied after the symmetric combination, so it keeps the symmetry; a
// full 64-bit finaliser, so every seed bit reaches the bits the worker
// index is taken from. 0 stays 0 ("no IP header reached").
uint32_t seeded(uint32_t hash, uint64_t seed) {
  if (hash == 0) return 0;
  uint64_t h = (hash ^ seed) * 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  const auto out = static_cast<uint32_t>(h);
  return out != 0 ? out : 1u;
}

bool listed(const std::vector<uint16_t>& ports, uint16_t port) {
  for (uint16_t p : ports)
    if (p == port) return true;
  return false;
}

// One packet's walk from the link header to the innermost IP header the
// decoder would key the flow on. `hash` is that of the innermost address pair
// read so far; a layer the walk cannot read leaves it where it is (the
// decoder then fails on the same packet, so its worker does not matter).
class Walk {
 public:
  explicit Walk(const DecodeConfig& ports) : ports_(ports) {}

  uint32_t hash() const { return hash_; }

  void ethernet(const uint8_t* p, uint32_t len) {
    if (len >= 14) ethertype(loadBe16(p + 12), p + 14, len - 14);
  }

  void ethertype(uint16_t type, const uint8_t* p, uint32_t len) {
    // 802.1Q, 802.1ad and the old 0x9100 QinQ tag: skip tags, fold ids into the hash.
    for (int depth = 0; depth < 8 && (type == 0x8100 || type == 0x88a8 || type == 0x9100); ++depth) {
      if (len < 4) return;
      vlan_mix_ = vlan_mix_ * 31 + (loadBe16(p) & 0x0fff);
      type = loadBe16(p + 2);
      p += 4;
      len -= 4;
    }
    switch (type) {
      case 0x0800:
      case 0x86dd: ip(p, len); return;
      case 0x8847:
      case 0x8848:
        if (enter(false)) mpls(p, len);
        return;
      case 0x8864:
        if (enter(false)) pppoe(p, len);
        return;
      default: return;
    }
  }

  void ip(const uint8_t* p, uint32_t len) {
    if (len < 1) return;
    const uint8_t version = p[0] >> 4;
    if (version == 4 && len >= 20) {
      hash_ = mix(p + 12, 4) ^ mix(p + 16, 4) ^ vlan_mix_;
      const uint32_t header = uint32_t{p[0] & 0x0fu} * 4;
      const bool fragment = (loadBe16(p + 6) & 0x3fff) != 0;  // MF or an offset
      // Every fragment of a datagram must reach one worker: its addresses decide.
      if (fragment || header < 20 || header > len) return;
      transport(p[9], p + header, len - header);
    } else if (version == 6 && len >= 40) {
      hash_ = mix(p + 8, 16) ^ mix(p + 24, 16) ^ vlan_mix_;
      uint8_t next = p[6];
      p += 40;
      len -= 40;
      for (int walked = 0;
           walked < kMaxIpv6ExtHeaders && (next == 0 || next == 43 || next == 60 || next == 51 || next == 44);
           ++walked) {
        if (len < 2) return;
        // A fragment header ends the walk (the fragments meet by address), unless the
        // fragment is atomic (offset 0, no more): the decoder reads on through it.
        if (next == 44 && (len < 8 || (loadBe16(p + 2) & 0xfff9) != 0)) return;
        const uint32_t length = next == 44 ? 8 : next == 51 ? (uint32_t{p[1]} + 2) * 4 : (uint32_t{p[1]} + 1) * 8;
        if (length > len) return;
        next = p[0];
        p += length;
        len -= length;
      }
      transport(next, p, len);
    }
  }

 private:
  // Crossing into a tunnel: a tunnel over IP starts the VLAN ids afresh, as
  // the decoder drops the transport network's tags from the flow key.
  bool enter(bool over_ip) {
    if (layers_ >= kMaxTunnelLayers) return false;
    ++layers_;
    if (over_ip) vlan_mix_ = 0;
    return true;
  }

  void transport(uint8_t protocol, const uint8_t* p, uint32_t len) {
    switch (protocol) {
      case 4:
      case 41:
        if (enter(true)) ip(p, len);
        return;
      case 47: gre(p, len); return;
      case 97:
        if (len >= 2 && (p[0] >> 4) == 3 && enter(true)) ethernet(p + 2, len - 2);
        return;
      case 137:
        if (enter(true)) mpls(p, len);
        return;
      case 17: udp(p, len); return;
      default: return;
    }
  }

  void gre(const uint8_t* p, uint32_t len) {
    if (len < 4) return;
    const uint8_t flags = p[0];
    if ((p[1] & 0x07) != 0 || (flags & 0x40) != 0) return;  // PPTP or source routes: not opened
    const uint32_t header = 4 + ((flags & 0x80) ? 4 : 0) + ((flags & 0x20) ? 4 : 0) + ((flags & 0x10) ? 4 : 0);
    if (len < header) return;
    const uint16_t type = loadBe16(p + 2);
    p += header;
    len -= header;
    if (!enter(true)) return;
    switch (type) {
      case 0x0800:
      case 0x86dd: ip(p, len); return;
      case 0x8847:
      case 0x8848:
        if (enter(true)) mpls(p, len);
        return;
      case 0x6558: ethernet(p, len); return;
      case 0x88be:  // ERSPAN type II (8-byte header) or, without a sequence number, type I
        if ((flags & 0x10) == 0) {
          ethernet(p, len);
        } else if (len >= 8) {
          ethernet(p + 8, len - 8);
        }
        return;
      case 0x22eb: {  // ERSPAN type III: 12 bytes, +8 with the platform subheader
        if (len < 12) return;
        const uint32_t n = 12 + ((p[11] & 0x01) ? 8 : 0);
        const uint8_t frame_type = (loadBe16(p + 10) >> 10) & 0x1f;
        if (len < n) return;
        if (frame_type == 0) ethernet(p + n, len - n);
        if (frame_type == 2) ip(p + n, len - n);
        return;
      }
      default: return;
    }
  }

  void udp(const uint8_t* p, uint32_t len) {
    if (len < 8) return;
    const uint16_t dst_port = loadBe16(p + 2);
    p += 8;
    len -= 8;
    if (listed(ports_.vxlan_ports, dst_port)) {
      // Without the I flag the decoder keeps the outer datagram: so does the hash.
      if (len >= 8 && (p[0] & 0x08) != 0 && enter(true)) ethernet(p + 8, len - 8);
    } else if (listed(ports_.geneve_ports, dst_port)) {
      if (len < 8) return;
      const uint32_t n = 8 + uint32_t{p[0] & 0x3fu} * 4;
      const uint16_t type = loadBe16(p + 2);
      if (len < n || !enter(true)) return;
      if (type == 0x6558) ethernet(p + n, len - n);
      if (type == 0x0800 || type == 0x86dd) ip(p + n, len - n);
    }
  }

  void mpls(const uint8_t* p, uint32_t len) {
    for (int labels = 0;; ++labels) {
      if (labels >= kMaxMplsLabels || len < 4) return;
      const bool bottom = (p[2] & 0x01) != 0;
      const uint32_t label = loadBe32(p) >> 12;
      p += 4;
      len -= 4;
      if (!bottom) continue;
      if (label == 0 || label == 2 || (len >= 1 && (p[0] >> 4) != 0)) {
        ip(p, len);  // explicit null or IPv4/IPv6 by the first nibble (ip() checks the version)
      } else if (len >= 4) {
        ethernet(p + 4, len - 4);  // pseudowire control word, then a frame
      }
      return;
    }
  }

  void pppoe(const uint8_t* p, uint32_t len) {
    if (len < 7) return;
    p += 6;
    len -= 6;
    uint16_t protocol = p[0];
    uint32_t field = 1;
    if ((p[0] & 0x01) == 0) {
      if (len < 2) return;
      protocol = loadBe16(p);
      field = 2;
    }
    p += field;
    len -= field;
    if (protocol == 0x0021 || protocol == 0x0057) ip(p, len);
    if ((protocol == 0x0281 || protocol == 0x0283) && enter(false)) mpls(p, len);
  }

  const DecodeConfig& ports_;
  uint32_t vlan_mix_ = 0;
  uint32_t hash_ = 0;
  int layers_ = 0;
};

}  // namespace

uint32_t dispatchHash(int datalink, const uint8_t* data, uint32_t caplen) {
  static const DecodeConfig kDefaults;
  return dispatchHash(datalink, data, caplen, kDefaults);
}

uint32_t dispatchHash(int datalink, const uint8_t* data, uint32_t caplen, const DecodeConfig& ports, uint64_t seed) {
  Walk walk(ports);
  switch (datalink) {
    case link::kEthernet: walk.ethernet(data, caplen); break;
    case link::kLinuxSll:
      if (caplen >= 16) walk.ethertype(loadBe16(data + 14), data + 16, caplen - 16);
      break;
    case link::kLinuxSll2:
      if (caplen >= 20) walk.ethertype(loadBe16(data), data + 20, caplen - 20);
      break;
    case link::kCiscoHdlc:
      if (caplen >= 4) walk.ethertype(loadBe16(data + 2), data + 4, caplen - 4);
      break;
    case link::kNull:
    case link::kLoop:
      if (caplen >= 4) walk.ip(data + 4, caplen - 4);
      break;
    case link::kRaw:
    case link::kRawBsdOs:
    case link::kLinktypeRaw:
    case link::kIpv4:
    case link::kIpv6: walk.ip(data, caplen); break;
    default: break;
  }
  return seeded(walk.hash(), seed);
}

}  // namespace tapwatch

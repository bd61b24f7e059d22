#include "payload_loader.h"

#include <pcap/pcap.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "common/bytes.h"

namespace tapwatch {
namespace {

constexpr int kDltNull = 0;
constexpr int kDltEthernet = 1;
constexpr int kDltRaw = 12;
constexpr int kDltRawAlt = 101;
constexpr int kDltLinuxSll = 113;
constexpr int kDltLinuxSll2 = 276;

// Direction key bytes: vlan(4) proto(1) family(1) src(16) dst(16) sport(2) dport(2).
struct Key {
  std::array<uint8_t, 42> b{};
  bool operator==(const Key&) const = default;
};
struct KeyHash {
  size_t operator()(const Key& k) const {
    return std::hash<std::string_view>{}({reinterpret_cast<const char*>(k.b.data()), k.b.size()});
  }
};

struct Walker {
  PayloadSet& out;
  std::unordered_map<Key, uint32_t, KeyHash> streams;

  void add(const Key& key, const uint8_t* data, size_t size) {
    if (size == 0) return;
    auto [it, inserted] = streams.try_emplace(key, static_cast<uint32_t>(out.last_item.size()));
    if (inserted) out.last_item.push_back(0);
    out.last_item[it->second] = static_cast<uint32_t>(out.items.size());
    out.items.push_back({out.bytes.size(), static_cast<uint32_t>(size), it->second});
    out.bytes.insert(out.bytes.end(), data, data + size);
  }

  void transport(Key& key, uint8_t proto, const uint8_t* p, size_t n) {
    key.b[4] = proto;
    if (proto == 6) {
      if (n < 20) return void(++out.other);
      const size_t hlen = (p[12] >> 4) * 4u;
      if (hlen < 20 || hlen > n) return void(++out.other);
      std::memcpy(&key.b[38], p, 4);  // sport, dport
      ++out.tcp_packets;
      add(key, p + hlen, n - hlen);
    } else if (proto == 17) {
      if (n < 8) return void(++out.other);
      const size_t ulen = loadBe16(p + 4);
      std::memcpy(&key.b[38], p, 4);
      ++out.udp_packets;
      const size_t end = (ulen >= 8 && ulen <= n) ? ulen : n;  // trust the smaller length
      add(key, p + 8, end - 8);
    } else {
      ++out.other;
    }
  }

  void ipv4(Key& key, const uint8_t* p, size_t n) {
    if (n < 20 || (p[0] >> 4) != 4) return void(++out.other);
    const size_t ihl = (p[0] & 15) * 4u;
    const size_t total = loadBe16(p + 2);
    if (ihl < 20 || total < ihl || ihl > n) return void(++out.other);
    if (total < n) n = total;  // Ethernet padding
    if ((loadBe16(p + 6) & 0x3fff) != 0) return void(++out.fragments);
    key.b[5] = 4;
    std::memcpy(&key.b[6], p + 12, 4);
    std::memcpy(&key.b[22], p + 16, 4);
    transport(key, p[9], p + ihl, n - ihl);
  }

  void ipv6(Key& key, const uint8_t* p, size_t n) {
    if (n < 40 || (p[0] >> 4) != 6) return void(++out.other);
    const size_t plen = loadBe16(p + 4);
    if (40 + plen < n) n = 40 + plen;
    key.b[5] = 6;
    std::memcpy(&key.b[6], p + 8, 16);
    std::memcpy(&key.b[22], p + 24, 16);
    uint8_t next = p[6];
    size_t off = 40;
    for (int hops = 0; hops < 8; ++hops) {
      if (next == 0 || next == 43 || next == 60) {  // hop-by-hop, routing, destination options
        if (off + 8 > n) return void(++out.other);
        const size_t len = (p[off + 1] + 1u) * 8;
        next = p[off];
        off += len;
      } else if (next == 44) {  // fragment
        if (off + 8 > n) return void(++out.other);
        if ((loadBe16(p + off + 2) & 0xfff9) != 0) return void(++out.fragments);  // offset or M set
        next = p[off];
        off += 8;
      } else {
        break;
      }
      if (off > n) return void(++out.other);
    }
    transport(key, next, p + off, n - off);
  }

  void ether(const uint8_t* p, size_t n, uint32_t vlan_acc) {
    if (n < 14) return void(++out.other);
    uint16_t type = loadBe16(p + 12);
    size_t off = 14;
    while (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
      if (off + 4 > n) return void(++out.other);
      vlan_acc = (vlan_acc << 12) | (loadBe16(p + off) & 0xfff);
      type = loadBe16(p + off + 2);
      off += 4;
    }
    network(type, p + off, n - off, vlan_acc);
  }

  void network(uint16_t ethertype, const uint8_t* p, size_t n, uint32_t vlan) {
    Key key;
    std::memcpy(key.b.data(), &vlan, 4);
    if (ethertype == 0x0800) ipv4(key, p, n);
    else if (ethertype == 0x86dd) ipv6(key, p, n);
    else ++out.other;
  }

  void rawIp(const uint8_t* p, size_t n) {
    if (n < 1) return void(++out.other);
    network((p[0] >> 4) == 6 ? 0x86dd : 0x0800, p, n, 0);
  }

  void frame(int dlt, const uint8_t* p, size_t n) {
    switch (dlt) {
      case kDltEthernet: return ether(p, n, 0);
      case kDltRaw:
      case kDltRawAlt: return rawIp(p, n);
      case kDltNull:
        if (n < 4) return void(++out.other);
        return rawIp(p + 4, n - 4);
      case kDltLinuxSll:
        if (n < 16) return void(++out.other);
        return network(loadBe16(p + 14), p + 16, n - 16, 0);
      case kDltLinuxSll2:
        if (n < 20) return void(++out.other);
        return network(loadBe16(p), p + 20, n - 20, 0);
      default: ++out.other;
    }
  }
};

}  // namespace

Result<PayloadSet> loadPayloads(const std::string& path) {
  char errbuf[PCAP_ERRBUF_SIZE] = {};
  pcap_t* pcap = pcap_open_offline(path.c_str(), errbuf);
  if (pcap == nullptr) return makeError(std::string("cannot read capture ") + path + ": " + errbuf);
  const int dlt = pcap_datalink(pcap);
  PayloadSet set;
  // Reserve about the file size once: payloads are most of a capture's bytes.
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    if (std::fseek(f, 0, SEEK_END) == 0) {
      const long size = std::ftell(f);
      if (size > 0) set.bytes.reserve(static_cast<size_t>(size));
    }
    std::fclose(f);
  }
  Walker walker{set, {}};
  pcap_pkthdr* header = nullptr;
  const u_char* data = nullptr;
  int rc;
  while ((rc = pcap_next_ex(pcap, &header, &data)) == 1) {
    ++set.packets;
    set.captured_bytes += header->caplen;
    walker.frame(dlt, data, header->caplen);
  }
  std::string error = rc == PCAP_ERROR ? pcap_geterr(pcap) : "";
  pcap_close(pcap);
  if (!error.empty())
    return makeError("reading " + path + " after " + std::to_string(set.packets) + " packets: " + error);
  return set;
}

}  // namespace tapwatch

#include "capture/dispatch_hash.h"

#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include <utility>
#include <vector>

#include "../decode/packet_builder.h"

namespace tapwatch {
namespace {

std::vector<uint8_t> ethernetIpv4(uint8_t src_last, uint8_t dst_last, uint16_t vlan = 0) {
  std::vector<uint8_t> p(12, 0);
  // MACs, VLAN tag, ethertype, IPv4 header. Reserving up front also spares the inserts below a false
  // -Warray-bounds from GCC 12 at -O3.
  p.reserve(12 + 4 + 2 + 20);
  if (vlan != 0) {
    p.insert(p.end(), {0x81, 0x00, static_cast<uint8_t>(vlan >> 8), static_cast<uint8_t>(vlan)});
  }
  p.insert(p.end(), {0x08, 0x00});
  std::vector<uint8_t> ip(20, 0);
  ip[0] = 0x45;
  ip[9] = 6;
  ip[12] = 10, ip[15] = src_last;
  ip[16] = 10, ip[19] = dst_last;
  p.insert(p.end(), ip.begin(), ip.end());
  return p;
}

// Ethernet + IPv4 + the first 4 bytes of a TCP header (the ports).
std::vector<uint8_t> ethernetTcp(uint8_t src_last, uint8_t dst_last, uint16_t sport, uint16_t dport) {
  auto p = ethernetIpv4(src_last, dst_last);
  p.insert(p.end(), {static_cast<uint8_t>(sport >> 8), static_cast<uint8_t>(sport), static_cast<uint8_t>(dport >> 8),
                     static_cast<uint8_t>(dport)});
  return p;
}

uint32_t hashOf(const std::vector<uint8_t>& p, uint64_t seed = 0) {
  static const DecodeConfig kPorts;
  return dispatchHash(DLT_EN10MB, p.data(), static_cast<uint32_t>(p.size()), kPorts, seed);
}

TEST(DispatchHash, BothDirectionsMeetWhateverTheSeed) {
  for (uint64_t seed : {0ull, 0x1234567890abcdefull}) {
    EXPECT_EQ(hashOf(ethernetTcp(1, 2, 40001, 25), seed), hashOf(ethernetTcp(2, 1, 25, 40001), seed));
  }
}

TEST(DispatchHash, TheSeedChangesTheWorkerChoice) {
  int same = 0;
  for (uint8_t host = 1; host < 101; ++host) {
    const auto p = ethernetTcp(host, 200, 40000, 443);
    same += (hashOf(p, 1) % 2) == (hashOf(p, 0xfeedfacecafebeefull) % 2);
  }
  EXPECT_LT(same, 80);  // about half agree by chance; a seed that changed nothing would give 100
}

TEST(DispatchHash, SymmetricForBothDirections) {
  const auto ab = ethernetIpv4(1, 2), ba = ethernetIpv4(2, 1);
  EXPECT_EQ(dispatchHash(DLT_EN10MB, ab.data(), ab.size()), dispatchHash(DLT_EN10MB, ba.data(), ba.size()));
  EXPECT_NE(dispatchHash(DLT_EN10MB, ab.data(), ab.size()), 0u);
}

TEST(DispatchHash, DifferentPairsAndVlansSpread) {
  const auto a = ethernetIpv4(1, 2), b = ethernetIpv4(1, 3), v = ethernetIpv4(1, 2, 42);
  EXPECT_NE(dispatchHash(DLT_EN10MB, a.data(), a.size()), dispatchHash(DLT_EN10MB, b.data(), b.size()));
  EXPECT_NE(dispatchHash(DLT_EN10MB, a.data(), a.size()), dispatchHash(DLT_EN10MB, v.data(), v.size()));
}

TEST(DispatchHash, BalancesManyHostPairsOverTwoWorkers) {
  int counts[2] = {0, 0};
  for (int s = 1; s < 100; ++s)
    for (int d = 100; d < 140; ++d) {
      const auto p = ethernetIpv4(static_cast<uint8_t>(s), static_cast<uint8_t>(d));
      ++counts[dispatchHash(DLT_EN10MB, p.data(), p.size()) % 2];
    }
  const int total = counts[0] + counts[1];
  EXPECT_GT(counts[0], total * 4 / 10);
  EXPECT_GT(counts[1], total * 4 / 10);
}

TEST(DispatchHash, TruncatedInputNeverReadsPastEnd) {
  const auto full = ethernetIpv4(1, 2, 7);
  for (size_t len = 0; len < full.size(); ++len) {
    std::vector<uint8_t> cut(full.begin(), full.begin() + static_cast<long>(len));
    EXPECT_EQ(dispatchHash(DLT_EN10MB, cut.data(), static_cast<uint32_t>(cut.size())), 0u) << len;
  }
}

// ---- Tunnels: the hash follows the decoder to the inner address pair ----

using test::Bytes;

Bytes innerIpv4(bool reverse = false) {
  test::Ipv4Spec spec{.src = {198, 51, 100, 1}, .dst = {203, 0, 113, 2}};
  if (reverse) std::swap(spec.src, spec.dst);
  return test::ipv4(spec, test::tcp({}, test::text("inner")));
}

Bytes outerIpv4(uint8_t protocol, const Bytes& payload, uint8_t src_last = 10, uint8_t dst_last = 20) {
  return test::ipv4({.src = {192, 0, 2, src_last}, .dst = {192, 0, 2, dst_last}, .protocol = protocol}, payload);
}

uint32_t ethHash(const Bytes& frame) {
  return dispatchHash(DLT_EN10MB, frame.data(), static_cast<uint32_t>(frame.size()));
}

// Every way a tap delivers `inner` (an IPv4 packet), over outer pair (src_last, dst_last) and outer VLAN 99.
std::vector<std::pair<const char*, Bytes>> tunnelled(const Bytes& inner, uint8_t src_last, uint8_t dst_last) {
  const Bytes eth = test::ethernet(0x0800, inner);
  const std::initializer_list<test::VlanTagSpec> outer_tag = {{0x8100, 99}};
  auto overIp = [&](uint8_t protocol, const Bytes& payload) {
    return test::ethernet(0x0800, outerIpv4(protocol, payload, src_last, dst_last), outer_tag);
  };
  return {
      {"gre", overIp(47, test::gre({.key = 1, .sequence = 2, .checksum = true}, inner))},
      {"teb", overIp(47, test::gre({.protocol = 0x6558}, eth))},
      {"erspan1", overIp(47, test::gre({.protocol = 0x88be}, eth))},
      {"erspan2", overIp(47, test::gre({.protocol = 0x88be, .sequence = 1}, test::erspan2(eth)))},
      {"erspan3", overIp(47, test::gre({.protocol = 0x22eb, .sequence = 1}, test::erspan3(eth, true)))},
      {"erspan3_ip", overIp(47, test::gre({.protocol = 0x22eb, .sequence = 1}, test::erspan3(inner, false, 2)))},
      {"vxlan", overIp(17, test::udp(50000 + src_last, 4789, test::vxlan(7, eth)))},
      {"geneve", overIp(17, test::udp(50000 + src_last, 6081, test::geneve(0x6558, eth, {{1, 2, Bytes(4, 0)}})))},
      {"ipip", overIp(4, inner)},
      {"etherip", overIp(97, test::cat({0x30, 0}, eth))},
      {"mpls_in_ip", overIp(137, test::mpls({5}, inner))},
      {"gre_mpls", overIp(47, test::gre({.protocol = 0x8847}, test::mpls({5, 6}, inner)))},
      {"mpls", test::ethernet(0x8847, test::mpls({100, 200}, inner))},
      {"mpls_pseudowire", test::ethernet(0x8847, test::mpls({100}, test::cat({0, 0, 0, 0}, eth)))},
      {"pppoe", test::ethernet(0x8864, test::pppoeSession(0x0021, inner))},
      {"nested",
       overIp(17, test::udp(1, 4789, test::vxlan(7, test::ethernet(0x0800, outerIpv4(47, test::gre({}, inner))))))},
  };
}

TEST(DispatchHash, TunnelsHashTheInnerPair) {
  const uint32_t plain = ethHash(test::ethernet(0x0800, innerIpv4()));
  ASSERT_NE(plain, 0u);
  for (const auto& [name, frame] : tunnelled(innerIpv4(), 10, 20)) EXPECT_EQ(ethHash(frame), plain) << name;
}

TEST(DispatchHash, BothDirectionsMeetWhateverTheOuterAddresses) {
  // Mirrored from two different sources (cloud traffic mirroring), or on the reverse path.
  const auto forward = tunnelled(innerIpv4(), 10, 20);
  const auto other_source = tunnelled(innerIpv4(true), 11, 20);
  const auto reverse_path = tunnelled(innerIpv4(true), 20, 10);
  for (size_t i = 0; i < forward.size(); ++i) {
    EXPECT_EQ(ethHash(forward[i].second), ethHash(other_source[i].second)) << forward[i].first;
    EXPECT_EQ(ethHash(forward[i].second), ethHash(reverse_path[i].second)) << forward[i].first;
  }
}

TEST(DispatchHash, DifferentInnerFlowsInOneTunnelSpread) {
  test::Ipv4Spec other{.src = {198, 51, 100, 77}, .dst = {203, 0, 113, 2}};
  const auto a = tunnelled(innerIpv4(), 10, 20);
  const auto b = tunnelled(test::ipv4(other, test::tcp({}, test::text("x"))), 10, 20);
  for (size_t i = 0; i < a.size(); ++i) EXPECT_NE(ethHash(a[i].second), ethHash(b[i].second)) << a[i].first;
}

TEST(DispatchHash, VxlanWithoutTheIFlagAndUnlistedPortsStayOuter) {
  const Bytes outer_only = test::ethernet(0x0800, outerIpv4(17, test::udp(1, 2, Bytes(8, 0))));
  const Bytes eth = test::ethernet(0x0800, innerIpv4());
  EXPECT_EQ(ethHash(test::ethernet(0x0800, outerIpv4(17, test::udp(1, 4789, test::vxlan(7, eth, 0x00))))),
            ethHash(outer_only));
  const Bytes on_8472 = test::ethernet(0x0800, outerIpv4(17, test::udp(1, 8472, test::vxlan(7, eth))));
  EXPECT_EQ(ethHash(on_8472), ethHash(outer_only));
  DecodeConfig ports;
  ports.vxlan_ports = {8472};
  EXPECT_EQ(dispatchHash(DLT_EN10MB, on_8472.data(), static_cast<uint32_t>(on_8472.size()), ports),
            ethHash(test::ethernet(0x0800, innerIpv4())));
}

TEST(DispatchHash, MplsAndPppoeOnALinkKeepTheLinkVlan) {
  const std::initializer_list<test::VlanTagSpec> tag = {{0x8100, 40}};
  const uint32_t tagged = ethHash(test::ethernet(0x0800, innerIpv4(), tag));
  EXPECT_EQ(ethHash(test::ethernet(0x8847, test::mpls({1}, innerIpv4()), tag)), tagged);
  EXPECT_EQ(ethHash(test::ethernet(0x8864, test::pppoeSession(0x0021, innerIpv4()), tag)), tagged);
}

TEST(DispatchHash, OuterFragmentsHashOnTheOuterPair) {
  test::Ipv4Spec first{.src = {192, 0, 2, 10}, .dst = {192, 0, 2, 20}, .protocol = 4, .more_fragments = true};
  const Bytes fragment = test::ethernet(0x0800, test::ipv4(first, innerIpv4()));
  EXPECT_EQ(ethHash(fragment), ethHash(test::ethernet(0x0800, outerIpv4(4, Bytes(8, 0)))));
}

TEST(DispatchHash, Ipv6OuterWithExtensionHeadersAndAnAtomicFragment) {
  const Bytes eth = test::ethernet(0x0800, innerIpv4());
  const Bytes chain = test::cat(test::ipv6Options(44, 8), test::ipv6Fragment(17, 0, false, 9));
  const Bytes frame =
      test::ethernet(0x86dd, test::ipv6({.next_header = 0}, test::cat(chain, test::udp(1, 4789, test::vxlan(7, eth)))));
  EXPECT_EQ(ethHash(frame), ethHash(eth));
  // A real fragment stops the walk: all fragments of the outer datagram meet by the outer pair.
  const Bytes first = test::cat(test::ipv6Options(44, 8), test::ipv6Fragment(17, 0, true, 9));
  const Bytes fragment =
      test::ethernet(0x86dd, test::ipv6({.next_header = 0}, test::cat(first, test::udp(1, 4789, test::vxlan(7, eth)))));
  EXPECT_EQ(ethHash(fragment), ethHash(test::ethernet(0x86dd, test::ipv6({.next_header = 59}, {}))));
}

TEST(DispatchHash, TruncatedTunnelsNeverReadPastEnd) {
  for (const auto& [name, frame] : tunnelled(innerIpv4(), 10, 20)) {
    for (size_t len = 0; len < frame.size(); ++len) {
      std::vector<uint8_t> cut(frame.begin(), frame.begin() + static_cast<long>(len));
      cut.shrink_to_fit();
      (void)dispatchHash(DLT_EN10MB, cut.data(), static_cast<uint32_t>(cut.size()));
    }
  }
  SUCCEED();  // ASan builds catch an overread
}

TEST(DispatchHash, CiscoHdlc) {
  Bytes hdlc = test::ciscoHdlc(0x0800, innerIpv4());
  EXPECT_EQ(dispatchHash(104, hdlc.data(), static_cast<uint32_t>(hdlc.size())),
            ethHash(test::ethernet(0x0800, innerIpv4())));
}

}  // namespace
}  // namespace tapwatch

#include "flow/flow_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <random>
#include <set>
#include <string>

#include "flow_test_util.h"

namespace tapwatch {
namespace {

using test::tcpPacket;
using test::udpPacket;

DecodedPacket reversed(DecodedPacket p) {
  std::swap(p.src, p.dst);
  std::swap(p.src_port, p.dst_port);
  return p;
}

TEST(FlowKey, BothDirectionsBuildTheSameKey) {
  const DecodedPacket a = tcpPacket({"10.0.0.1", 40000}, {"192.0.2.9", 25}, tcp_flags::Syn, 1, 0);
  bool a_low = false, b_low = false;
  const FlowKey ka = makeFlowKey(a, a_low);
  const FlowKey kb = makeFlowKey(reversed(a), b_low);
  EXPECT_EQ(ka, kb);
  EXPECT_NE(a_low, b_low) << "exactly one direction is the low endpoint";
  EXPECT_TRUE(a_low) << "10.0.0.1 sorts below 192.0.2.9";
  EXPECT_EQ(ka.port_lo, 40000);
  EXPECT_EQ(ka.port_hi, 25);
  EXPECT_EQ(ka.protocol, kIpProtoTcp);
  EXPECT_EQ(ka.family, 4);
}

TEST(FlowKey, SameAddressOrdersByPort) {
  const DecodedPacket a = udpPacket({"127.0.0.1", 5000}, {"127.0.0.1", 53}, "x");
  bool a_low = true, b_low = false;
  EXPECT_EQ(makeFlowKey(a, a_low), makeFlowKey(reversed(a), b_low));
  EXPECT_FALSE(a_low);
  EXPECT_TRUE(b_low);
}

TEST(FlowKey, EveryFieldDistinguishesFlows) {
  const DecodedPacket base = tcpPacket({"10.0.0.1", 40000}, {"10.0.0.2", 80}, tcp_flags::Ack, 1, 1);
  const FlowKey k = makeFlowKey(base);
  DecodedPacket p = base;
  p.src_port = 40001;
  EXPECT_NE(makeFlowKey(p), k);
  p = base;
  p.dst = test::ip("10.0.0.3");
  EXPECT_NE(makeFlowKey(p), k);
  p = base;
  p.ip_protocol = kIpProtoUdp;
  EXPECT_NE(makeFlowKey(p), k);
  p = base;
  p.vlan_count = 1;
  p.vlan[0] = 42;
  EXPECT_NE(makeFlowKey(p), k);
  DecodedPacket q = p;
  q.vlan_count = 2;
  q.vlan[1] = 7;
  EXPECT_NE(makeFlowKey(q), makeFlowKey(p)) << "the inner tag counts too";
}

TEST(FlowKey, StaleVlanTagsBeyondTheCountAreIgnored) {
  DecodedPacket a = tcpPacket({"10.0.0.1", 1}, {"10.0.0.2", 2}, 0, 0, 0);
  DecodedPacket b = a;
  b.vlan = {99, 98};  // left over from an earlier packet, vlan_count still 0
  EXPECT_EQ(makeFlowKey(a), makeFlowKey(b));
  a.vlan_count = b.vlan_count = 1;
  a.vlan[0] = 0x1005;  // priority bits above the 12-bit id are not part of the id
  b.vlan[0] = 0x0005;
  EXPECT_EQ(makeFlowKey(a), makeFlowKey(b));
}

TEST(FlowKey, Ipv4AndIpv6AreDifferentFlows) {
  // Same 16 address bytes (an IPv4 address fills the first four): only the family differs.
  const DecodedPacket v6 = udpPacket({"2001:db8::", 1000}, {"2001:db8::", 53}, "q");
  const FlowKey k6 = makeFlowKey(v6);
  EXPECT_EQ(k6.family, 6);
  EXPECT_EQ(makeFlowKey(reversed(v6)), k6);
  const DecodedPacket v4 = udpPacket({"32.1.13.184", 1000}, {"32.1.13.184", 53}, "q");
  EXPECT_NE(makeFlowKey(v4), k6);
}

TEST(FlowKey, HashIsSymmetricAndFollowsTheKey) {
  const DecodedPacket a = tcpPacket({"198.51.100.7", 50001}, {"10.0.0.25", 25}, tcp_flags::Syn, 1, 0);
  EXPECT_EQ(symmetricFlowHash(a), symmetricFlowHash(reversed(a)));
  EXPECT_EQ(hashFlowKey(makeFlowKey(a)), hashFlowKey(makeFlowKey(reversed(a))));
  DecodedPacket b = a;
  b.src_port = 50002;
  EXPECT_NE(symmetricFlowHash(a), symmetricFlowHash(b));
}

TEST(FlowKey, HashSpreadsSimilarKeys) {
  // Keys that differ only in a client port or the last address byte must
  // not collide and must use the low bits (the table index) evenly.
  std::set<uint64_t> hashes;
  std::array<int, 64> buckets{};
  int n = 0;
  for (int host = 1; host <= 40; ++host) {
    for (uint16_t port = 30000; port < 30250; ++port) {
      const DecodedPacket p =
          tcpPacket({"10.0.0." + std::to_string(host), port}, {"10.0.1.1", 443}, tcp_flags::Syn, 0, 0);
      const uint64_t h = hashFlowKey(makeFlowKey(p));
      hashes.insert(h);
      ++buckets[h & 63];
      ++n;
    }
  }
  EXPECT_EQ(hashes.size(), static_cast<size_t>(n));
  const int expected = n / 64;
  for (int count : buckets) {
    EXPECT_GT(count, expected / 2);
    EXPECT_LT(count, expected * 2);
  }
}

// The word-wise address order and key equality give what memcmp gives, on
// random bytes and on bytes that differ in exactly one place.
TEST(FlowKey, WordCompareAndEqualityAgreeWithMemcmp) {
  std::mt19937 rng(44);
  const auto sign = [](int v) { return (v > 0) - (v < 0); };
  for (int round = 0; round < 20000; ++round) {
    std::array<uint8_t, 16> a{}, b{};
    for (auto& x : a) x = static_cast<uint8_t>(rng());
    for (auto& x : b) x = static_cast<uint8_t>(rng());                       // round % 4 == 0: apart in many bytes
    if (round % 4 == 1) b = a, b[rng() % 16] = static_cast<uint8_t>(rng());  // one byte apart (or equal)
    if (round % 4 == 2) std::copy(a.begin(), a.begin() + 8, b.begin());      // the same first word
    if (round % 4 == 3) b = a;
    ASSERT_EQ(flow_key_detail::compareAddressBytes(a.data(), b.data()), sign(std::memcmp(a.data(), b.data(), 16)));
    ASSERT_EQ(flow_key_detail::compareAddressBytes(b.data(), a.data()), sign(std::memcmp(b.data(), a.data(), 16)));

    FlowKey x, y;
    auto* xb = reinterpret_cast<uint8_t*>(&x);
    for (size_t i = 0; i < sizeof(FlowKey); ++i) xb[i] = static_cast<uint8_t>(rng());
    y = x;
    if (round % 2 == 0)
      reinterpret_cast<uint8_t*>(&y)[rng() % sizeof(FlowKey)] ^= static_cast<uint8_t>(1u << (rng() % 8));
    ASSERT_EQ(x == y, std::memcmp(&x, &y, sizeof(FlowKey)) == 0);
  }
}

}  // namespace
}  // namespace tapwatch

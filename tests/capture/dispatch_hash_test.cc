#include "capture/dispatch_hash.h"

#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include <vector>

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

}  // namespace
}  // namespace tapwatch

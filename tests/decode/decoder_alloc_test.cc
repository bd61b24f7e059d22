// The steady state allocates nothing: plain packets never, and fragmented
// datagrams only until the defragmenter's pool has warmed up. Counts every
// operator new in this test binary.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "decoder_fixture.h"

#include "../support/counting_new.h"

namespace tapwatch {
namespace {

using namespace test;

TEST(DecodeAllocations, NoneForPlainOrFragmentedTrafficOnceWarm) {
  DecodeStats stats;
  // Checksums are verified (and right), so their computation is inside the measured loop.
  Decoder decoder(DefragLimits{}, stats, DecoderOptions{.checksum = ChecksumMode::Yes});
  DecodedPacket packet;
  const Ipv4Spec v4;
  const Ipv6Spec v6;

  std::vector<Bytes> frames;
  frames.push_back(ethernet(
      0x0800, withIpv4Checksum(ipv4({}, withL4Checksum(tcp({}, pattern(1000)), 6, v4.src, v4.dst))), {{0x8100, 3}}));
  frames.push_back(ethernet(0x86dd,
                            ipv6({.next_header = 17}, withL4Checksum(udp(1, 2, pattern(201)), 17, v6.src, v6.dst))));
  frames.push_back(ethernet(0x0806, Bytes(28)));
  frames.push_back(Bytes(5));  // truncated
  // Tunnels: opened in place, nothing allocated.
  auto innerTcp = [&](size_t n) {
    return withIpv4Checksum(ipv4({}, withL4Checksum(tcp({}, pattern(n)), 6, v4.src, v4.dst)));
  };
  frames.push_back(ethernet(0x0800, withIpv4Checksum(ipv4({.protocol = 17},
                                                          udp(9, 4789, vxlan(1, ethernet(0x0800, innerTcp(300))))))));
  frames.push_back(ethernet(0x8847, mpls({5, 6}, withIpv4Checksum(ipv4({.protocol = 47}, gre({}, innerTcp(100)))))));
  // Two fragmented UDP datagrams (different ids) of 4000 bytes each.
  for (uint16_t id : {1, 2}) {
    Bytes l4 = withL4Checksum(udp(1, 2, pattern(4000)), 17, v4.src, v4.dst);
    for (uint32_t at = 0; at < l4.size(); at += 1480) {
      Ipv4Spec spec;
      spec.protocol = 17;
      spec.id = id;
      spec.fragment_offset = at;
      uint32_t end = std::min<uint32_t>(at + 1480, static_cast<uint32_t>(l4.size()));
      spec.more_fragments = end < l4.size();
      frames.push_back(ethernet(0x0800, withIpv4Checksum(ipv4(spec, Bytes(l4.begin() + at, l4.begin() + end)))));
    }
  }

  auto run = [&](int rounds) {
    int ok = 0;
    for (int r = 0; r < rounds; ++r)
      for (const Bytes& f : frames)
        ok += decoder.decode(link::kEthernet, {r, 0}, f.data(), static_cast<uint32_t>(f.size()),
                             static_cast<uint32_t>(f.size()), packet) == DecodeStatus::Ok;
    return ok;
  };
  run(3);  // warm the defragmenter's pool
  uint64_t before = g_allocations.load();
  int ok = run(200);
  uint64_t after = g_allocations.load();
  EXPECT_EQ(ok, 200 * 6);  // two plain packets, two tunnelled ones and two reassembled datagrams per round
  EXPECT_EQ(after - before, 0u);
  EXPECT_EQ(stats.totalErrors(), 200u + 3u) << "only the truncated frame is an error: every checksum is right";
}

}  // namespace
}  // namespace tapwatch

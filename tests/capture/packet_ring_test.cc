#include "capture/packet_ring.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace tapwatch {
namespace {

RingPacketHeader headerFor(uint32_t caplen, int64_t seq) {
  RingPacketHeader h;
  h.caplen = caplen;
  h.wire_length = caplen + 1;
  h.ts.sec = seq;
  h.datalink = 1;
  return h;
}

TEST(PacketRing, FifoOrderAndContent) {
  PacketRing ring(4096);
  std::vector<uint8_t> a(100, 0xaa), b(7, 0xbb);
  ASSERT_TRUE(ring.tryPush(headerFor(100, 1), a.data()));
  ASSERT_TRUE(ring.tryPush(headerFor(7, 2), b.data()));
  const RingPacketHeader* h = ring.front();
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->ts.sec, 1);
  EXPECT_EQ(h->caplen, 100u);
  EXPECT_EQ(h->wire_length, 101u);
  EXPECT_EQ(PacketRing::dataOf(h)[99], 0xaa);
  ring.pop();
  h = ring.front();
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->ts.sec, 2);
  EXPECT_EQ(PacketRing::dataOf(h)[6], 0xbb);
  ring.pop();
  EXPECT_EQ(ring.front(), nullptr);
  EXPECT_TRUE(ring.empty());
}

TEST(PacketRing, RefusesWhenFullAndRecoversAfterPop) {
  PacketRing ring(1024);
  std::vector<uint8_t> data(200, 1);
  int pushed = 0;
  while (ring.tryPush(headerFor(200, pushed), data.data())) ++pushed;
  EXPECT_GE(pushed, 2);
  EXPECT_LE(pushed, 5);
  ASSERT_NE(ring.front(), nullptr);
  ring.pop();
  EXPECT_TRUE(ring.tryPush(headerFor(200, 99), data.data()));
}

TEST(PacketRing, OversizePacketNeverFits) {
  PacketRing ring(1024);
  std::vector<uint8_t> data(900, 1);
  EXPECT_FALSE(ring.fits(900));
  EXPECT_FALSE(ring.tryPush(headerFor(900, 1), data.data()));
  EXPECT_TRUE(ring.empty());
}

// Producer and consumer threads; varying sizes force many wrap-arounds.
TEST(PacketRing, ConcurrentProducerConsumerKeepsEveryPacketInOrder) {
  PacketRing ring(8192);
  constexpr int kPackets = 200000;
  std::thread producer([&] {
    std::vector<uint8_t> data(1500);
    for (int i = 0; i < kPackets; ++i) {
      const uint32_t len = 2 + static_cast<uint32_t>((i * 7919) % 1400);
      data[0] = static_cast<uint8_t>(i);
      data[len - 1] = static_cast<uint8_t>(i * 3);
      while (!ring.tryPush(headerFor(len, i), data.data())) std::this_thread::yield();
    }
  });
  // Keep draining after a mismatch so the producer never blocks on a full ring.
  int expected = 0;
  int first_mismatch = -1;
  while (expected < kPackets) {
    const RingPacketHeader* h = ring.front();
    if (h == nullptr) continue;
    const uint32_t len = 2 + static_cast<uint32_t>((expected * 7919) % 1400);
    const uint8_t* d = PacketRing::dataOf(h);
    const bool same = h->ts.sec == expected && h->caplen == len && d[0] == static_cast<uint8_t>(expected) &&
                      d[len - 1] == static_cast<uint8_t>(expected * 3);
    if (!same && first_mismatch < 0) first_mismatch = expected;
    ring.pop();
    ++expected;
  }
  producer.join();
  EXPECT_EQ(first_mismatch, -1) << "first mismatch at packet " << first_mismatch;
  EXPECT_EQ(expected, kPackets);
}

}  // namespace
}  // namespace tapwatch

// peekFlowHash (the worker's look-ahead hint) must give the very hash the
// flow table computes from the decoder's packet for every shape it accepts,
// and decline the shapes it does not parse rather than guess.
#include <gtest/gtest.h>

#include "../decode/packet_builder.h"
#include "common/link_types.h"
#include "decode/decoder.h"
#include "flow/flow_key.h"
#include "flow/flow_key_peek.h"

namespace tapwatch {
namespace {

using namespace test;

// The hash FlowTable::process() uses for this frame, from a full decode.
uint32_t decodedHash(int datalink, const Bytes& frame) {
  DecodeStats stats;
  Decoder decoder(DefragLimits{}, stats, DecoderOptions{.checksum = ChecksumMode::No});
  DecodedPacket packet;
  EXPECT_EQ(decoder.decode(datalink, Timestamp{1, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                           static_cast<uint32_t>(frame.size()), packet),
            DecodeStatus::Ok);
  return static_cast<uint32_t>(hashFlowKey(makeFlowKey(packet)));
}

void expectSameHash(int datalink, const Bytes& frame) {
  uint32_t peeked = 0;
  ASSERT_TRUE(peekFlowHash(datalink, frame.data(), static_cast<uint32_t>(frame.size()), peeked));
  EXPECT_EQ(peeked, decodedHash(datalink, frame));
}

TEST(FlowKeyPeek, Ipv4TcpBothDirectionsMatchTheDecoder) {
  Ipv4Spec ip;
  TcpSpec t;
  expectSameHash(link::kEthernet, ethernet(0x0800, ipv4(ip, tcp(t, text("hello")))));
  std::swap(ip.src, ip.dst);
  std::swap(t.src_port, t.dst_port);
  expectSameHash(link::kEthernet, ethernet(0x0800, ipv4(ip, tcp(t, text("world")))));
}

TEST(FlowKeyPeek, UdpVlanSllRawAndIpv6MatchTheDecoder) {
  Ipv4Spec ip;
  ip.protocol = 17;
  const Bytes datagram = ipv4(ip, udp(5353, 53, text("q")));
  expectSameHash(link::kEthernet, ethernet(0x0800, datagram, {{0x8100, 0x2007}, {0x8100, 0x0042}}));
  expectSameHash(link::kLinuxSll, sll(0x0800, datagram));
  expectSameHash(link::kLinuxSll2, sll2(0x0800, datagram));
  expectSameHash(link::kRaw, datagram);
  Ipv6Spec v6;
  expectSameHash(link::kEthernet, ethernet(0x86dd, ipv6(v6, tcp(TcpSpec{}, text("six")))));
}

TEST(FlowKeyPeek, DeclinesWhatItDoesNotParse) {
  uint32_t hash = 0;
  Ipv4Spec fragment;
  fragment.more_fragments = true;
  const Bytes frag = ethernet(0x0800, ipv4(fragment, tcp(TcpSpec{}, text("part"))));
  EXPECT_FALSE(peekFlowHash(link::kEthernet, frag.data(), static_cast<uint32_t>(frag.size()), hash));
  Ipv4Spec icmp;
  icmp.protocol = 1;
  const Bytes ping = ethernet(0x0800, ipv4(icmp, text("12345678")));
  EXPECT_FALSE(peekFlowHash(link::kEthernet, ping.data(), static_cast<uint32_t>(ping.size()), hash));
  const Bytes frame = ethernet(0x0800, ipv4(Ipv4Spec{}, tcp(TcpSpec{}, {})));
  EXPECT_FALSE(peekFlowHash(link::kEthernet, frame.data(), 14 + 20 + 10, hash));  // TCP header cut
  EXPECT_FALSE(peekFlowHash(link::kNull, frame.data(), static_cast<uint32_t>(frame.size()), hash));
}

}  // namespace
}  // namespace tapwatch

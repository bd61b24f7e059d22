// peekFlowHash (the worker's look-ahead hint) must give the very hash the
// flow table computes from the decoder's packet for every shape it accepts,
// and decline the shapes it does not parse rather than guess.
#include <gtest/gtest.h>

#include "../decode/packet_builder.h"
#include "common/link_types.h"
#include "decode/decoder.h"
#include "flow/flow_key.h"
#include "flow/flow_key_peek.h"
#include "flow/flow_table.h"
#include "flow_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

// The hash FlowTable::process() uses for this frame, from a full decode.
DecodedPacket decoded(int datalink, const Bytes& frame) {
  DecodeStats stats;
  Decoder decoder(DefragLimits{}, stats, DecoderOptions{.checksum = ChecksumMode::No});
  DecodedPacket packet;
  EXPECT_EQ(decoder.decode(datalink, Timestamp{1, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                           static_cast<uint32_t>(frame.size()), packet),
            DecodeStatus::Ok);
  return packet;
}

uint32_t decodedHash(int datalink, const Bytes& frame) {
  return static_cast<uint32_t>(hashFlowKey(makeFlowKey(decoded(datalink, frame))));
}

// FlowTable::process() takes the peeked hash instead of its own whenever
// peekedHashApplies() says so: then the two must agree.
void expectSameHash(int datalink, const Bytes& frame) {
  uint32_t peeked = 0;
  ASSERT_TRUE(peekFlowHash(datalink, frame.data(), static_cast<uint32_t>(frame.size()), peeked));
  EXPECT_EQ(peeked, decodedHash(datalink, frame));
  EXPECT_TRUE(peekedHashApplies(decoded(datalink, frame)));
}

// A VXLAN frame: the peek reads the outer UDP header, the decoder keys the flow by the inner TCP packet.
Bytes vxlanFrame(uint16_t inner_src_port, uint16_t inner_dst_port, const Bytes& payload) {
  Ipv4Spec inner_ip;
  inner_ip.src = {10, 1, 1, 1};
  inner_ip.dst = {10, 2, 2, 2};
  TcpSpec t;
  t.src_port = inner_src_port;
  t.dst_port = inner_dst_port;
  t.flags = 0x02;  // SYN: starts a flow
  const Bytes inner = ethernet(0x0800, ipv4(inner_ip, tcp(t, payload)));
  Bytes vx = {0x08, 0, 0, 0, 0, 0, 42, 0};  // flags (VNI valid), VNI 42
  vx.insert(vx.end(), inner.begin(), inner.end());
  Ipv4Spec outer;
  outer.protocol = 17;
  return ethernet(0x0800, ipv4(outer, udp(55555, 4789, vx)));
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

bool peekPayload(const Bytes& frame) {
  uint32_t hash = 0;
  bool payload = false;
  EXPECT_TRUE(peekFlowHash(link::kEthernet, frame.data(), static_cast<uint32_t>(frame.size()), hash, payload));
  uint32_t alone = 0;
  EXPECT_TRUE(peekFlowHash(link::kEthernet, frame.data(), static_cast<uint32_t>(frame.size()), alone));
  EXPECT_EQ(hash, alone);
  return payload;
}

TEST(FlowKeyPeek, SaysWhetherATcpSegmentCarriesPayload) {
  TcpSpec ack;
  ack.flags = 0x10;
  EXPECT_FALSE(peekPayload(ethernet(0x0800, ipv4(Ipv4Spec{}, tcp(ack, {})))));
  EXPECT_TRUE(peekPayload(ethernet(0x0800, ipv4(Ipv4Spec{}, tcp(ack, text("x"))))));
  TcpSpec with_options = ack;
  with_options.options = Bytes(12, 1);  // NOPs: a longer header, still no payload
  EXPECT_FALSE(peekPayload(ethernet(0x0800, ipv4(Ipv4Spec{}, tcp(with_options, {})))));
  Bytes padded = ethernet(0x0800, ipv4(Ipv4Spec{}, tcp(ack, {})));
  padded.resize(60, 0);  // Ethernet padding is no payload: the IP length says so
  EXPECT_FALSE(peekPayload(padded));
  EXPECT_FALSE(peekPayload(ethernet(0x86dd, ipv6(Ipv6Spec{}, tcp(ack, {})))));
  EXPECT_TRUE(peekPayload(ethernet(0x86dd, ipv6(Ipv6Spec{}, tcp(ack, text("six"))))));
  Ipv4Spec tso;
  tso.total_length = 0;  // the NIC fills it in later: unknown, so maybe payload
  EXPECT_TRUE(peekPayload(ethernet(0x0800, ipv4(tso, tcp(ack, {})))));
  Ipv4Spec udp_ip;
  udp_ip.protocol = 17;
  EXPECT_TRUE(peekPayload(ethernet(0x0800, ipv4(udp_ip, udp(5353, 53, {})))));
}

TEST(FlowKeyPeek, TunnelledFramesAreHashedByTheFlowTableItself) {
  const Bytes frame = vxlanFrame(40000, 80, text("GET /"));
  uint32_t peeked = 0;
  ASSERT_TRUE(peekFlowHash(link::kEthernet, frame.data(), static_cast<uint32_t>(frame.size()), peeked));
  const DecodedPacket inner = decoded(link::kEthernet, frame);
  ASSERT_EQ(inner.tunnel_layers, 1);
  EXPECT_NE(peeked, decodedHash(link::kEthernet, frame)) << "the peek sees the outer tuple";
  EXPECT_FALSE(peekedHashApplies(inner));
}

// Two VXLAN flows with the same outer tuple: a flow table that believed the
// peeked (outer) hash for them would index both under one hash, and a third
// packet of the second flow, handed a peeked hash, would still have to find
// its own flow. With the peeked hash ignored for tunnels each packet lands
// in the flow its inner tuple names, as without any hint.
TEST(FlowKeyPeek, FlowTableIgnoresThePeekedHashOfATunnelledPacket) {
  FlowConfig flow_config;
  StreamConfig stream_config;
  FlowStats stats;
  FlowTable table(flow_config, stream_config, stats, 0);
  test::Recorder events;
  const Bytes first = vxlanFrame(40000, 80, {});
  const Bytes second = vxlanFrame(40001, 80, {});
  for (const Bytes* frame : {&first, &second}) {
    uint32_t peeked = 0;
    ASSERT_TRUE(peekFlowHash(link::kEthernet, frame->data(), static_cast<uint32_t>(frame->size()), peeked));
    const DecodedPacket packet = decoded(link::kEthernet, *frame);
    table.process(packet, events, peeked);
    // find() hashes the key itself: the flow must sit where an unhinted lookup looks.
    const Flow* flow = table.find(packet);
    ASSERT_NE(flow, nullptr);
    EXPECT_EQ(flow->client_port, packet.src_port);
  }
  EXPECT_EQ(table.activeFlows(), 2u);
}

// Untunnelled: the peeked hash is used, and the flow is where find() looks.
TEST(FlowKeyPeek, FlowTableUsesThePeekedHashOfAPlainPacket) {
  FlowConfig flow_config;
  StreamConfig stream_config;
  FlowStats stats;
  FlowTable table(flow_config, stream_config, stats, 0);
  test::Recorder events;
  Ipv4Spec ip;
  ip.protocol = 17;
  const Bytes frame = ethernet(0x0800, ipv4(ip, udp(5353, 53, text("q"))));
  uint32_t peeked = 0;
  ASSERT_TRUE(peekFlowHash(link::kEthernet, frame.data(), static_cast<uint32_t>(frame.size()), peeked));
  const DecodedPacket packet = decoded(link::kEthernet, frame);
  table.process(packet, events, peeked);
  table.process(packet, events, peeked);
  ASSERT_NE(table.find(packet), nullptr);
  EXPECT_EQ(table.activeFlows(), 1u);
  EXPECT_EQ(table.find(packet)->packets[0], 2u);
}

}  // namespace
}  // namespace tapwatch

// Tunnels and encapsulations: each type opened to its inner packet (and only
// the inner packet reaches `out`), counted by type; nesting and its cap;
// truncated and unsupported headers counted by name.
#include <gtest/gtest.h>

#include "decoder_fixture.h"

namespace tapwatch {
namespace {

using namespace test;

// The inner conversation every test looks for.
const Ipv4Spec kInner4{.src = {10, 1, 1, 1}, .dst = {10, 2, 2, 2}};
const Ipv6Spec kInner6{.src = {0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1},
                       .dst = {0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2},
                       .next_header = 6};
// The tap's transport network.
const Ipv4Spec kOuter4{.src = {192, 0, 2, 10}, .dst = {192, 0, 2, 20}};

Bytes innerTcp4() { return ipv4(kInner4, tcp({.src_port = 1234, .dst_port = 80}, text("inner"))); }
Bytes innerTcp6() { return ipv6(kInner6, tcp({.src_port = 1234, .dst_port = 80}, text("inner"))); }
Bytes innerEthernet4(std::initializer_list<VlanTagSpec> tags = {}) { return ethernet(0x0800, innerTcp4(), tags); }

Bytes outer4(uint8_t protocol, const Bytes& payload) {
  Ipv4Spec spec = kOuter4;
  spec.protocol = protocol;
  return ipv4(spec, payload);
}
Bytes outerUdp4(uint16_t dst_port, const Bytes& payload) { return outer4(17, udp(55555, dst_port, payload)); }

class DecodeTunnelTest : public DecoderTest {
 protected:
  void expectInner4(uint8_t layers = 1) {
    EXPECT_EQ(packet_.ip_version, 4);
    EXPECT_TRUE(packet_.isTcp());
    EXPECT_EQ(packet_.src, v4({10, 1, 1, 1}));
    EXPECT_EQ(packet_.dst, v4({10, 2, 2, 2}));
    EXPECT_EQ(packet_.src_port, 1234);
    EXPECT_EQ(packet_.dst_port, 80);
    EXPECT_EQ(payloadString(), "inner");
    EXPECT_EQ(packet_.tunnel_layers, layers);
    EXPECT_EQ(stats_.totalErrors(), 0u);
  }
  void expectInner6(uint8_t layers = 1) {
    EXPECT_EQ(packet_.ip_version, 6);
    EXPECT_TRUE(packet_.isTcp());
    EXPECT_EQ(packet_.src, v6(kInner6.src));
    EXPECT_EQ(packet_.dst, v6(kInner6.dst));
    EXPECT_EQ(packet_.dst_port, 80);
    EXPECT_EQ(payloadString(), "inner");
    EXPECT_EQ(packet_.tunnel_layers, layers);
    EXPECT_EQ(stats_.totalErrors(), 0u);
  }
  uint64_t tunnels() const {
    uint64_t total = 0;
    for (const Counter& c : stats_.tunnels) total += c.value();
    return total;
  }
  DecodeStatus decodeEth(const Bytes& ip_packet, std::initializer_list<VlanTagSpec> tags = {}) {
    return decode(link::kEthernet, ethernet(0x0800, ip_packet, tags));
  }
};

// ---- GRE ----

TEST_F(DecodeTunnelTest, GreCarryingIpv4DropsTheOuterLayersFromTheKey) {
  ASSERT_EQ(decodeEth(outer4(47, gre({}, innerTcp4())), {{0x8100, 100}}), DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(packet_.vlan_count, 0) << "the outer VLAN belongs to the tap's transport";
  EXPECT_EQ(stats_.value(TunnelType::Gre), 1u);
  EXPECT_EQ(tunnels(), 1u);
}

TEST_F(DecodeTunnelTest, GreWithChecksumKeyAndSequenceCarryingIpv6) {
  GreSpec spec{.protocol = 0x86dd, .key = 0x01020304, .sequence = 99, .checksum = true};
  ASSERT_EQ(decodeEth(outer4(47, gre(spec, innerTcp6()))), DecodeStatus::Ok);
  expectInner6();
  EXPECT_EQ(stats_.value(TunnelType::Gre), 1u);
}

TEST_F(DecodeTunnelTest, GreOverIpv6) {
  Ipv6Spec outer{.next_header = 47};
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x86dd, ipv6(outer, gre({.key = 5}, innerTcp4())))), DecodeStatus::Ok);
  expectInner4();
}

TEST_F(DecodeTunnelTest, GreTransparentEthernetBridgingKeepsInnerTags) {
  ASSERT_EQ(decodeEth(outer4(47, gre({.protocol = 0x6558}, innerEthernet4({{0x8100, 7}}))), {{0x8100, 100}}),
            DecodeStatus::Ok);
  expectInner4();
  ASSERT_EQ(packet_.vlan_count, 1);
  EXPECT_EQ(packet_.vlan[0], 7);
  EXPECT_EQ(stats_.value(TunnelType::Teb), 1u);
  EXPECT_EQ(stats_.value(TunnelType::Gre), 0u) << "one count per layer, by its most specific type";
}

TEST_F(DecodeTunnelTest, NvgreIsTebWithAKey) {
  ASSERT_EQ(decodeEth(outer4(47, gre({.protocol = 0x6558, .key = 0x00abcd00}, innerEthernet4()))), DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(stats_.value(TunnelType::Teb), 1u);
}

TEST_F(DecodeTunnelTest, UnknownGreProtocolIsCounted) {
  EXPECT_EQ(decodeEth(outer4(47, gre({.protocol = 0x880b}, Bytes(20, 0)))), DecodeStatus::Error);
  expectOnlyError(DecodeError::UnsupportedGreProtocol);
  EXPECT_EQ(tunnels(), 0u);
}

TEST_F(DecodeTunnelTest, GreVersionOneAndSourceRoutesAreUnsupported) {
  EXPECT_EQ(decodeEth(outer4(47, gre({.protocol = 0x880b, .key = 1, .version = 1}, Bytes(20, 0)))),
            DecodeStatus::Error);
  EXPECT_EQ(decodeEth(outer4(47, gre({.routing = true}, innerTcp4()))), DecodeStatus::Error);
  expectOnlyError(DecodeError::UnsupportedGreHeader, 2);
}

TEST_F(DecodeTunnelTest, TruncatedGre) {
  const Bytes full = gre({.key = 1, .sequence = 2, .checksum = true}, innerTcp4());
  for (uint32_t cut = 0; cut < 16; ++cut) {
    SCOPED_TRACE(cut);
    EXPECT_EQ(decodeEth(outer4(47, Bytes(full.begin(), full.begin() + cut))), DecodeStatus::Error);
  }
  expectOnlyError(DecodeError::TruncatedGre, 16);
}

// ---- ERSPAN ----

TEST_F(DecodeTunnelTest, ErspanTypeI) {
  ASSERT_EQ(decodeEth(outer4(47, gre({.protocol = 0x88be}, innerEthernet4()))), DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(stats_.value(TunnelType::Erspan1), 1u);
}

TEST_F(DecodeTunnelTest, ErspanTypeII) {
  ASSERT_EQ(decodeEth(outer4(47, gre({.protocol = 0x88be, .sequence = 1}, erspan2(innerEthernet4({{0x8100, 30}}))))),
            DecodeStatus::Ok);
  expectInner4();
  ASSERT_EQ(packet_.vlan_count, 1);
  EXPECT_EQ(packet_.vlan[0], 30);
  EXPECT_EQ(stats_.value(TunnelType::Erspan2), 1u);
  EXPECT_EQ(tunnels(), 1u);
}

TEST_F(DecodeTunnelTest, ErspanTypeIIIWithAndWithoutPlatformSubheader) {
  for (bool subheader : {false, true}) {
    SCOPED_TRACE(subheader);
    ASSERT_EQ(decodeEth(outer4(47, gre({.protocol = 0x22eb, .sequence = 1}, erspan3(innerEthernet4(), subheader)))),
              DecodeStatus::Ok);
    expectInner4();
  }
  EXPECT_EQ(stats_.value(TunnelType::Erspan3), 2u);
}

TEST_F(DecodeTunnelTest, ErspanTypeIIICarryingIp) {
  ASSERT_EQ(decodeEth(outer4(47, gre({.protocol = 0x22eb, .sequence = 1}, erspan3(innerTcp6(), true, 2)))),
            DecodeStatus::Ok);
  expectInner6();
}

TEST_F(DecodeTunnelTest, ErspanBadVersionsAndFrameTypes) {
  EXPECT_EQ(decodeEth(outer4(47, gre({.protocol = 0x88be, .sequence = 1}, erspan2(innerEthernet4(), 7, 2)))),
            DecodeStatus::Error);
  EXPECT_EQ(decodeEth(outer4(47, gre({.protocol = 0x22eb, .sequence = 1}, erspan3(innerEthernet4(), false, 0, 1)))),
            DecodeStatus::Error);
  EXPECT_EQ(decodeEth(outer4(47, gre({.protocol = 0x22eb, .sequence = 1}, erspan3(innerEthernet4(), false, 5)))),
            DecodeStatus::Error);
  expectOnlyError(DecodeError::UnsupportedErspan, 3);
}

TEST_F(DecodeTunnelTest, TruncatedErspan) {
  const Bytes two = erspan2(innerEthernet4());
  const Bytes three = erspan3(innerEthernet4(), true);
  for (uint32_t cut = 0; cut < 8; ++cut)
    EXPECT_EQ(decodeEth(outer4(47, gre({.protocol = 0x88be, .sequence = 1}, Bytes(two.begin(), two.begin() + cut)))),
              DecodeStatus::Error);
  for (uint32_t cut = 0; cut < 20; ++cut)
    EXPECT_EQ(decodeEth(outer4(47,
                               gre({.protocol = 0x22eb, .sequence = 1}, Bytes(three.begin(), three.begin() + cut)))),
              DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedErspan, 28);
}

// ---- VXLAN and Geneve ----

TEST_F(DecodeTunnelTest, VxlanOnTheDefaultPort) {
  ASSERT_EQ(decodeEth(outerUdp4(4789, vxlan(42, innerEthernet4()))), DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(stats_.value(TunnelType::Vxlan), 1u);
}

TEST_F(DecodeTunnelTest, VxlanPortsComeFromTheConfig) {
  DecodeStats stats;
  Config config;
  config.decode.vxlan_ports = {8472};  // Linux's historic default
  config.decode.geneve_ports = {};
  config.decode.checksum_validation = "no";  // the test packets carry no checksums
  Decoder decoder(config, stats);
  DecodedPacket packet;
  Bytes on_custom = ethernet(0x0800, outerUdp4(8472, vxlan(42, innerEthernet4())));
  ASSERT_EQ(decoder.decode(link::kEthernet, {1, 0}, on_custom.data(), static_cast<uint32_t>(on_custom.size()),
                           static_cast<uint32_t>(on_custom.size()), packet),
            DecodeStatus::Ok);
  EXPECT_EQ(packet.dst_port, 80);
  EXPECT_EQ(packet.tunnel_layers, 1);
  // The default port is no longer a tunnel: the datagram stays plain UDP.
  Bytes on_default = ethernet(0x0800, outerUdp4(4789, vxlan(42, innerEthernet4())));
  ASSERT_EQ(decoder.decode(link::kEthernet, {1, 0}, on_default.data(), static_cast<uint32_t>(on_default.size()),
                           static_cast<uint32_t>(on_default.size()), packet),
            DecodeStatus::Ok);
  EXPECT_EQ(packet.dst_port, 4789);
  EXPECT_TRUE(packet.isUdp());
  EXPECT_EQ(packet.tunnel_layers, 0);
  EXPECT_EQ(stats.value(TunnelType::Vxlan), 1u);
  EXPECT_EQ(stats.totalErrors(), 0u);
}

TEST_F(DecodeTunnelTest, VxlanWithoutTheIFlagStaysUdp) {
  ASSERT_EQ(decodeEth(outerUdp4(4789, vxlan(42, innerEthernet4(), 0x00))), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.isUdp());
  EXPECT_EQ(packet_.dst_port, 4789);
  EXPECT_EQ(packet_.tunnel_layers, 0);
  expectOnlyError(DecodeError::BadVxlanFlags);
}

TEST_F(DecodeTunnelTest, VxlanSourcePortIsNotATunnel) {
  ASSERT_EQ(decodeEth(outer4(17, udp(4789, 9999, text("not vxlan")))), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "not vxlan");
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeTunnelTest, TruncatedVxlan) {
  const Bytes full = vxlan(1, innerEthernet4());
  for (uint32_t cut = 0; cut < 8; ++cut)
    EXPECT_EQ(decodeEth(outerUdp4(4789, Bytes(full.begin(), full.begin() + cut))), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedVxlan, 8);
}

TEST_F(DecodeTunnelTest, GeneveWithOptionsIsWalked) {
  Bytes frame = geneve(0x6558, innerEthernet4(), {{0x0103, 0x80, Bytes(8, 0xee)}, {0xffff, 0x01, {}}});
  ASSERT_EQ(decodeEth(outerUdp4(6081, frame)), DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(stats_.value(TunnelType::Geneve), 1u);
}

TEST_F(DecodeTunnelTest, GeneveCarryingIpDirectly) {
  ASSERT_EQ(decodeEth(outerUdp4(6081, geneve(0x86dd, innerTcp6()))), DecodeStatus::Ok);
  expectInner6();
}

TEST_F(DecodeTunnelTest, GeneveBadHeaders) {
  // An option longer than the options area.
  Bytes overrun = geneve(0x6558, innerEthernet4(), {{0x0103, 0x80, Bytes(8, 0xee)}}, 2);
  EXPECT_EQ(decodeEth(outerUdp4(6081, overrun)), DecodeStatus::Error);
  EXPECT_EQ(decodeEth(outerUdp4(6081, geneve(0x6558, innerEthernet4(), {}, std::nullopt, 1))), DecodeStatus::Error);
  // Options past the datagram.
  EXPECT_EQ(decodeEth(outerUdp4(6081, geneve(0x6558, Bytes(8, 0), {}, 63))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadGeneveHeader, 3);
  EXPECT_EQ(decodeEth(outerUdp4(6081, geneve(0x8847, Bytes(30, 0)))), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::UnsupportedGeneveProtocol), 1u);
}

TEST_F(DecodeTunnelTest, TruncatedGeneve) {
  const Bytes full = geneve(0x6558, innerEthernet4(), {{0x0103, 0x80, Bytes(8, 0xee)}});
  // Snaplen cuts (the wire still had everything) inside the 20 header bytes.
  const Bytes frame = ethernet(0x0800, outerUdp4(6081, full));
  const uint32_t header_end = 14 + 20 + 8 + 20;
  for (uint32_t cut = 14 + 20 + 8; cut < header_end; ++cut)
    EXPECT_EQ(decode(link::kEthernet, frame, cut), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedGeneve, 20);
}

// ---- IP in IP ----

TEST_F(DecodeTunnelTest, IpInIpEveryCombination) {
  ASSERT_EQ(decodeEth(outer4(4, innerTcp4())), DecodeStatus::Ok);
  expectInner4();
  ASSERT_EQ(decodeEth(outer4(41, innerTcp6())), DecodeStatus::Ok);  // 6in4
  expectInner6();
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x86dd, ipv6({.next_header = 4}, innerTcp4()))), DecodeStatus::Ok);
  expectInner4();
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x86dd, ipv6({.next_header = 41}, innerTcp6()))), DecodeStatus::Ok);
  expectInner6();
  EXPECT_EQ(stats_.value(TunnelType::IpIp), 4u);
}

TEST_F(DecodeTunnelTest, IpInIpWithTheWrongVersionInside) {
  EXPECT_EQ(decodeEth(outer4(4, innerTcp6())), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadIpVersion);
}

TEST_F(DecodeTunnelTest, InnerIcmpKeepsNoOuterPorts) {
  Ipv4Spec icmp = kInner4;
  icmp.protocol = 1;
  ASSERT_EQ(decodeEth(outerUdp4(4789, vxlan(1, ethernet(0x0800, ipv4(icmp, Bytes(16, 8)))))), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ip_protocol, 1);
  EXPECT_EQ(packet_.src_port, 0);
  EXPECT_EQ(packet_.dst_port, 0);
  EXPECT_EQ(packet_.src, v4({10, 1, 1, 1}));
}

TEST_F(DecodeTunnelTest, EtherIp) {
  ASSERT_EQ(decodeEth(outer4(97, cat({0x30, 0x00}, innerEthernet4()))), DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(decodeEth(outer4(97, cat({0x20, 0x00}, innerEthernet4()))), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::UnsupportedEtherIpVersion), 1u);
  for (uint32_t cut = 0; cut < 2; ++cut) EXPECT_EQ(decodeEth(outer4(97, Bytes(cut, 0x30))), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::TruncatedEtherIp), 2u);
}

TEST_F(DecodeTunnelTest, IpInIpCutInsideTheInnerHeader) {
  const Bytes inner = innerTcp6();
  for (uint32_t cut = 0; cut < 40; ++cut)
    EXPECT_EQ(decodeEth(outer4(41, Bytes(inner.begin(), inner.begin() + cut))), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedIpv6, 40);
}

// ---- MPLS ----

TEST_F(DecodeTunnelTest, MplsStackThenIpGuessedFromTheNibble) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x8847, mpls({100, 200, 300}, innerTcp4()), {{0x8100, 5}})),
            DecodeStatus::Ok);
  expectInner4();
  ASSERT_EQ(packet_.vlan_count, 1) << "MPLS on a link keeps the link's VLAN";
  EXPECT_EQ(packet_.vlan[0], 5);
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x8848, mpls({16}, innerTcp6()))), DecodeStatus::Ok);
  expectInner6();
  EXPECT_EQ(stats_.value(TunnelType::Mpls), 2u);
}

TEST_F(DecodeTunnelTest, MplsExplicitNullSaysWhichIp) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x8847, mpls({2}, innerTcp6()))), DecodeStatus::Ok);
  expectInner6();
  // Explicit null for IPv4 followed by IPv6 is a lie the IP decoder catches.
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x8847, mpls({0}, innerTcp6()))), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadIpVersion), 1u);
}

TEST_F(DecodeTunnelTest, MplsPseudowireWithControlWord) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x8847, mpls({1000, 2000}, cat({0, 0, 0, 1}, innerEthernet4())))),
            DecodeStatus::Ok);
  expectInner4();
}

TEST_F(DecodeTunnelTest, MplsWithAnUnguessablePayload) {
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x8847, mpls({1000}, cat({0x12}, innerTcp4())))), DecodeStatus::Error);
  expectOnlyError(DecodeError::UnknownMplsPayload);
  EXPECT_EQ(tunnels(), 0u);
}

TEST_F(DecodeTunnelTest, MplsStackDepthIsBounded) {
  Bytes stack;
  for (uint32_t i = 0; i < kMaxMplsLabels; ++i) put32(stack, (100 + i) << 12 | 64);  // no bottom-of-stack bit
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x8847, cat(stack, innerTcp4()))), DecodeStatus::Error);
  expectOnlyError(DecodeError::MplsStackTooDeep);
}

TEST_F(DecodeTunnelTest, TruncatedMpls) {
  const Bytes full = mpls({1, 2, 3}, cat({0, 0, 0, 0}, innerEthernet4()));
  for (uint32_t cut = 0; cut < 16; ++cut)
    EXPECT_EQ(decode(link::kEthernet, ethernet(0x8847, Bytes(full.begin(), full.begin() + cut))), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedMpls, 16);
}

TEST_F(DecodeTunnelTest, MplsOverGreAndOverIp) {
  ASSERT_EQ(decodeEth(outer4(47, gre({.protocol = 0x8847}, mpls({77}, innerTcp4())))), DecodeStatus::Ok);
  expectInner4(2);
  EXPECT_EQ(stats_.value(TunnelType::Gre), 1u);
  EXPECT_EQ(stats_.value(TunnelType::Mpls), 1u);
  ASSERT_EQ(decodeEth(outer4(137, mpls({77}, innerTcp4())), {{0x8100, 9}}), DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(packet_.vlan_count, 0) << "MPLS-in-IP rides on the transport network";
}

// ---- PPPoE ----

TEST_F(DecodeTunnelTest, PppoeSessionIpv4AndIpv6) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x8864, pppoeSession(0x0021, innerTcp4()), {{0x8100, 3}})),
            DecodeStatus::Ok);
  expectInner4();
  EXPECT_EQ(packet_.vlan_count, 1);
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x8864, pppoeSession(0x0057, innerTcp6()))), DecodeStatus::Ok);
  expectInner6();
  EXPECT_EQ(stats_.value(TunnelType::Pppoe), 2u);
}

TEST_F(DecodeTunnelTest, PppoeLengthTrimsEthernetPadding) {
  Bytes frame = ethernet(0x8864, cat(pppoeSession(0x0021, innerTcp4()), Bytes(12, 0)));
  ASSERT_EQ(decode(link::kEthernet, frame), DecodeStatus::Ok);
  expectInner4();
}

TEST_F(DecodeTunnelTest, PppoeControlIsSkippedOtherPppIsCounted) {
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x8864, pppoeSession(0xc021, Bytes(10, 1)))), DecodeStatus::Skipped);
  EXPECT_EQ(stats_.value(SkipReason::PppControl), 1u);
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x8864, pppoeSession(0x002b, Bytes(10, 1)))), DecodeStatus::Error);
  expectOnlyError(DecodeError::UnsupportedPppProtocol);
}

TEST_F(DecodeTunnelTest, PppoeBadHeaders) {
  Bytes wrong_version = pppoeSession(0x0021, innerTcp4());
  wrong_version[0] = 0x21;
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x8864, wrong_version)), DecodeStatus::Error);
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x8864, pppoeSession(0x0021, innerTcp4(), 500))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadPppoeHeader, 2);
}

TEST_F(DecodeTunnelTest, TruncatedPppoe) {
  const Bytes frame = ethernet(0x8864, pppoeSession(0x0021, innerTcp4()));
  for (uint32_t cut = 14; cut < 14 + 8; ++cut) EXPECT_EQ(decode(link::kEthernet, frame, cut), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedPppoe, 8);
}

// ---- Cisco HDLC ----

TEST_F(DecodeTunnelTest, CiscoHdlc) {
  ASSERT_EQ(decode(link::kCiscoHdlc, ciscoHdlc(0x0800, innerTcp4())), DecodeStatus::Ok);
  expectInner4(0);
  ASSERT_EQ(decode(link::kCiscoHdlc, ciscoHdlc(0x86dd, innerTcp6())), DecodeStatus::Ok);
  expectInner6(0);
  EXPECT_EQ(decode(link::kCiscoHdlc, ciscoHdlc(0x8035, Bytes(20, 0))), DecodeStatus::Skipped);  // SLARP keepalive
  for (uint32_t cut = 0; cut < 4; ++cut) EXPECT_EQ(decode(link::kCiscoHdlc, Bytes(4, 0x0f), cut), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedCiscoHdlc, 4);
}

// ---- Nesting ----

TEST_F(DecodeTunnelTest, NestedTunnelsAreOpenedToTheInnermostPacket) {
  // Ethernet / IPv4 / GRE / IPv4 / UDP / VXLAN / Ethernet / MPLS / IPv4 / TCP
  Bytes inner = ethernet(0x8847, mpls({500}, innerTcp4()));
  Bytes middle = ipv4({.src = {172, 16, 0, 1}, .dst = {172, 16, 0, 2}, .protocol = 17}, udp(1, 4789, vxlan(7, inner)));
  ASSERT_EQ(decodeEth(outer4(47, gre({}, middle))), DecodeStatus::Ok);
  expectInner4(3);
  EXPECT_EQ(stats_.value(TunnelType::Gre), 1u);
  EXPECT_EQ(stats_.value(TunnelType::Vxlan), 1u);
  EXPECT_EQ(stats_.value(TunnelType::Mpls), 1u);
}

Bytes ipInIpLayers(int layers) {
  Bytes packet = innerTcp4();
  for (int i = 0; i < layers; ++i) packet = outer4(4, packet);
  return packet;
}

TEST_F(DecodeTunnelTest, NestingStopsAtTheCap) {
  // The outermost IPv4 header is not a tunnel layer; each wrapping adds one.
  ASSERT_EQ(decodeEth(ipInIpLayers(kMaxTunnelLayers)), DecodeStatus::Ok);
  expectInner4(kMaxTunnelLayers);
  EXPECT_EQ(decodeEth(ipInIpLayers(kMaxTunnelLayers + 1)), DecodeStatus::Error);
  expectOnlyError(DecodeError::TunnelTooDeep);
  // A GRE loop: each layer carries another GRE header.
  Bytes loop = innerTcp4();
  for (int i = 0; i < 10; ++i) loop = outer4(47, gre({}, loop));
  EXPECT_EQ(decodeEth(loop), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::TunnelTooDeep), 2u);
}

// ---- Fragments and tunnels ----

TEST_F(DecodeTunnelTest, FragmentedOuterPacketIsReassembledThenOpened) {
  const Bytes tunnel_payload = gre({}, ipv4(kInner4, tcp({.src_port = 1234, .dst_port = 80}, pattern(600))));
  Ipv4Spec first = kOuter4;
  first.protocol = 47;
  first.more_fragments = true;
  Ipv4Spec second = first;
  second.more_fragments = false;
  second.fragment_offset = 304;
  ASSERT_EQ(decodeEth(ipv4(first, Bytes(tunnel_payload.begin(), tunnel_payload.begin() + 304))), DecodeStatus::Held);
  ASSERT_EQ(decodeEth(ipv4(second, Bytes(tunnel_payload.begin() + 304, tunnel_payload.end()))), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.from_fragments);
  EXPECT_EQ(packet_.src, v4({10, 1, 1, 1}));
  EXPECT_EQ(packet_.dst_port, 80);
  EXPECT_EQ(packet_.payload_length, 600u);
}

TEST_F(DecodeTunnelTest, InnerFragmentsAreReassembled) {
  const Bytes l4 = tcp({.src_port = 1234, .dst_port = 80}, pattern(600));
  Ipv4Spec first = kInner4;
  first.more_fragments = true;
  Ipv4Spec second = kInner4;
  second.fragment_offset = 320;
  ASSERT_EQ(decodeEth(outer4(4, ipv4(first, Bytes(l4.begin(), l4.begin() + 320)))), DecodeStatus::Held);
  ASSERT_EQ(decodeEth(outer4(4, ipv4(second, Bytes(l4.begin() + 320, l4.end())))), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.from_fragments);
  EXPECT_EQ(packet_.payload_length, 600u);
  EXPECT_EQ(packet_.tunnel_layers, 1);
}

TEST_F(DecodeTunnelTest, FragmentInsideAReassembledTunnelIsCounted) {
  Ipv4Spec inner_fragment = kInner4;
  inner_fragment.more_fragments = true;
  const Bytes tunnel_payload = ipv4(inner_fragment, pattern(400));
  Ipv4Spec first = kOuter4;
  first.protocol = 4;
  first.more_fragments = true;
  Ipv4Spec second = first;
  second.more_fragments = false;
  second.fragment_offset = 200;
  ASSERT_EQ(decodeEth(ipv4(first, Bytes(tunnel_payload.begin(), tunnel_payload.begin() + 200))), DecodeStatus::Held);
  EXPECT_EQ(decodeEth(ipv4(second, Bytes(tunnel_payload.begin() + 200, tunnel_payload.end()))), DecodeStatus::Error);
  expectOnlyError(DecodeError::FragmentInReassembledTunnel);
}

// ---- Tunnels seen but not opened ----

TEST_F(DecodeTunnelTest, L2tpAndGtpAreCountedAndStayInspectable) {
  ASSERT_EQ(decodeEth(outer4(17, udp(1701, 1701, text("l2tp")))), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "l2tp");
  ASSERT_EQ(decodeEth(outer4(17, udp(2152, 2152, text("gtp")))), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "gtp");
  ASSERT_EQ(decodeEth(outer4(115, text("l2tpv3"))), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ip_protocol, 115);
  EXPECT_EQ(stats_.value(DecodeError::UnopenedTunnelL2tp), 2u);
  EXPECT_EQ(stats_.value(DecodeError::UnopenedTunnelGtp), 1u);
}

TEST_F(DecodeTunnelTest, TunnelNamesAreStable) {
  EXPECT_EQ(tunnelTypeName(TunnelType::Gre), "gre");
  EXPECT_EQ(tunnelTypeName(TunnelType::Teb), "teb");
  EXPECT_EQ(tunnelTypeName(TunnelType::Erspan2), "erspan2");
  EXPECT_EQ(tunnelTypeName(TunnelType::Erspan3), "erspan3");
  EXPECT_EQ(tunnelTypeName(TunnelType::Vxlan), "vxlan");
  EXPECT_EQ(tunnelTypeName(TunnelType::Geneve), "geneve");
  EXPECT_EQ(tunnelTypeName(TunnelType::IpIp), "ipip");
  EXPECT_EQ(tunnelTypeName(TunnelType::Mpls), "mpls");
  EXPECT_EQ(tunnelTypeName(TunnelType::Pppoe), "pppoe");
  EXPECT_EQ(decodeErrorName(DecodeError::UnsupportedGreProtocol), "unsupported_gre_protocol");
  EXPECT_EQ(decodeErrorName(DecodeError::TunnelTooDeep), "tunnel_too_deep");
}

}  // namespace
}  // namespace tapwatch

// Link layers: every supported DLT, VLAN stacks, non-IP frames, link errors.
#include <gtest/gtest.h>

#include "decoder_fixture.h"

namespace tapwatch {
namespace {

using namespace test;

Bytes ipv4Tcp(const Bytes& payload = text("hello")) {
  TcpSpec t;
  return ipv4({}, tcp(t, payload));
}

Bytes ipv6Udp(const Bytes& payload = text("dns?")) { return ipv6({.next_header = 17}, udp(5353, 53, payload)); }

class DecodeLinkTest : public DecoderTest {
 protected:
  void expectIpv4Tcp() {
    EXPECT_EQ(packet_.ip_version, 4);
    EXPECT_TRUE(packet_.isTcp());
    EXPECT_EQ(packet_.src, v4({192, 0, 2, 1}));
    EXPECT_EQ(packet_.dst, v4({198, 51, 100, 2}));
    EXPECT_EQ(packet_.src_port, 40000);
    EXPECT_EQ(packet_.dst_port, 80);
    EXPECT_EQ(payloadString(), "hello");
  }
  void expectIpv6Udp() {
    EXPECT_EQ(packet_.ip_version, 6);
    EXPECT_TRUE(packet_.isUdp());
    EXPECT_EQ(packet_.src.family, 6);
    EXPECT_EQ(packet_.src_port, 5353);
    EXPECT_EQ(packet_.dst_port, 53);
    EXPECT_EQ(payloadString(), "dns?");
  }
};

TEST_F(DecodeLinkTest, EthernetIpv4) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x0800, ipv4Tcp())), DecodeStatus::Ok);
  expectIpv4Tcp();
  EXPECT_EQ(packet_.vlan_count, 0);
  EXPECT_FALSE(packet_.from_fragments);
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeLinkTest, EthernetIpv6) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x86dd, ipv6Udp())), DecodeStatus::Ok);
  expectIpv6Udp();
}

TEST_F(DecodeLinkTest, TimestampAndWireLengthAreCopied) {
  Bytes frame = ethernet(0x0800, ipv4Tcp());
  ASSERT_EQ(decode(link::kEthernet, frame, std::nullopt, 1514, Timestamp{42, 7}), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ts, (Timestamp{42, 7}));
  EXPECT_EQ(packet_.wire_length, 1514u);
}

TEST_F(DecodeLinkTest, SingleVlan) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x0800, ipv4Tcp(), {{0x8100, 0x2000 | 42}})), DecodeStatus::Ok);
  ASSERT_EQ(packet_.vlan_count, 1);
  EXPECT_EQ(packet_.vlan[0], 42);
  expectIpv4Tcp();
}

TEST_F(DecodeLinkTest, QinQOutermostFirst) {
  Bytes frame = ethernet(0x86dd, ipv6Udp(), {{0x88a8, 100}, {0x8100, 200}});
  ASSERT_EQ(decode(link::kEthernet, frame), DecodeStatus::Ok);
  ASSERT_EQ(packet_.vlan_count, 2);
  EXPECT_EQ(packet_.vlan[0], 100);
  EXPECT_EQ(packet_.vlan[1], 200);
  expectIpv6Udp();
}

TEST_F(DecodeLinkTest, LegacyQinQTpid) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x0800, ipv4Tcp(), {{0x9100, 7}, {0x8100, 8}})), DecodeStatus::Ok);
  ASSERT_EQ(packet_.vlan_count, 2);
  EXPECT_EQ(packet_.vlan[0], 7);
  EXPECT_EQ(packet_.vlan[1], 8);
}

TEST_F(DecodeLinkTest, DeeperVlanStackIsDecodedAndCounted) {
  Bytes frame = ethernet(0x0800, ipv4Tcp(), {{0x88a8, 1}, {0x8100, 2}, {0x8100, 3}, {0x8100, 4}});
  ASSERT_EQ(decode(link::kEthernet, frame), DecodeStatus::Ok);
  ASSERT_EQ(packet_.vlan_count, kMaxVlanTags);
  EXPECT_EQ(packet_.vlan[0], 1);
  EXPECT_EQ(packet_.vlan[1], 2);
  expectIpv4Tcp();
  expectOnlyError(DecodeError::VlanTooDeep, 1);  // once per packet, not per extra tag
}

TEST_F(DecodeLinkTest, TruncatedEthernet) {
  Bytes frame = ethernet(0x0800, {});
  frame.pop_back();
  EXPECT_EQ(decode(link::kEthernet, frame), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedEthernet);
}

TEST_F(DecodeLinkTest, TruncatedVlan) {
  Bytes frame = ethernet(0x0800, {}, {{0x8100, 5}});
  frame.erase(frame.end() - 3, frame.end());  // only part of the tag's inner type
  EXPECT_EQ(decode(link::kEthernet, frame), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedVlan);
}

TEST_F(DecodeLinkTest, ArpIsSkipped) {
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x0806, Bytes(28, 0))), DecodeStatus::Skipped);
  EXPECT_EQ(stats_.value(SkipReason::Arp), 1u);
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeLinkTest, LlcFrameIsSkipped) {
  EXPECT_EQ(decode(link::kEthernet, ethernet(38, Bytes(38, 0x42))), DecodeStatus::Skipped);  // STP BPDU
  EXPECT_EQ(stats_.value(SkipReason::Llc), 1u);
}

TEST_F(DecodeLinkTest, LldpInsideVlanIsSkipped) {
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x88cc, Bytes(20, 0), {{0x8100, 9}})), DecodeStatus::Skipped);
  EXPECT_EQ(stats_.value(SkipReason::NonIp), 1u);
}

TEST_F(DecodeLinkTest, MacsecIsAnUnknownEthertype) {
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x88e5, cat({0x2c, 0, 0, 0, 0, 1}, ipv4Tcp()))), DecodeStatus::Error);
  expectOnlyError(DecodeError::UnknownEthertype);
}

TEST_F(DecodeLinkTest, TripleTaggedQinQKeepsTheOutermostTwo) {
  ASSERT_EQ(decode(link::kEthernet, ethernet(0x0800, ipv4Tcp(), {{0x88a8, 100}, {0x8100, 200}, {0x8100, 300}})),
            DecodeStatus::Ok);
  expectIpv4Tcp();
  ASSERT_EQ(packet_.vlan_count, 2);
  EXPECT_EQ(packet_.vlan[0], 100);
  EXPECT_EQ(packet_.vlan[1], 200);
  expectOnlyError(DecodeError::VlanTooDeep);
}

TEST_F(DecodeLinkTest, Ipv4EthertypeWithIpv6Inside) {
  EXPECT_EQ(decode(link::kEthernet, ethernet(0x0800, ipv6Udp())), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadIpVersion);
}

TEST_F(DecodeLinkTest, LinuxCooked) {
  ASSERT_EQ(decode(link::kLinuxSll, sll(0x0800, ipv4Tcp())), DecodeStatus::Ok);
  expectIpv4Tcp();
  ASSERT_EQ(decode(link::kLinuxSll, sll(0x86dd, ipv6Udp())), DecodeStatus::Ok);
  expectIpv6Udp();
  EXPECT_EQ(decode(link::kLinuxSll, sll(0x0004, Bytes(10))), DecodeStatus::Skipped);       // ETH_P_802_2
  EXPECT_EQ(decode(link::kLinuxSll, sll(0x0010, Bytes(20), 824)), DecodeStatus::Skipped);  // netlink
  EXPECT_EQ(stats_.value(SkipReason::Llc), 1u);
  EXPECT_EQ(stats_.value(SkipReason::NonIp), 1u);
  Bytes cut = sll(0x0800, {});
  cut.pop_back();
  EXPECT_EQ(decode(link::kLinuxSll, cut), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedSll);
}

TEST_F(DecodeLinkTest, LinuxCookedV2) {
  ASSERT_EQ(decode(link::kLinuxSll2, sll2(0x0800, ipv4Tcp())), DecodeStatus::Ok);
  expectIpv4Tcp();
  ASSERT_EQ(decode(link::kLinuxSll2, sll2(0x8100, cat({0x00, 0x0c, 0x86, 0xdd}, ipv6Udp()))), DecodeStatus::Ok);
  expectIpv6Udp();
  EXPECT_EQ(packet_.vlan_count, 1);
  EXPECT_EQ(packet_.vlan[0], 12);
  Bytes cut = sll2(0x0800, {});
  cut.pop_back();
  EXPECT_EQ(decode(link::kLinuxSll2, cut), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedSll2);
}

TEST_F(DecodeLinkTest, RawIpUnderEveryNumber) {
  for (int dlt : {link::kRaw, link::kRawBsdOs, link::kLinktypeRaw}) {
    SCOPED_TRACE(dlt);
    ASSERT_EQ(decode(dlt, ipv4Tcp()), DecodeStatus::Ok);
    expectIpv4Tcp();
    ASSERT_EQ(decode(dlt, ipv6Udp()), DecodeStatus::Ok);
    expectIpv6Udp();
  }
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeLinkTest, RawIpErrors) {
  EXPECT_EQ(decode(link::kRaw, Bytes{}), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedIp);
  EXPECT_EQ(decode(link::kRaw, Bytes{0x50, 0, 0, 0}), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadIpVersion), 1u);
}

TEST_F(DecodeLinkTest, VersionSpecificRawLinks) {
  ASSERT_EQ(decode(link::kIpv4, ipv4Tcp()), DecodeStatus::Ok);
  expectIpv4Tcp();
  ASSERT_EQ(decode(link::kIpv6, ipv6Udp()), DecodeStatus::Ok);
  expectIpv6Udp();
  EXPECT_EQ(decode(link::kIpv4, ipv6Udp()), DecodeStatus::Error);
  EXPECT_EQ(decode(link::kIpv6, ipv4Tcp()), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadIpVersion, 2);
}

TEST_F(DecodeLinkTest, NullLoopbackInBothByteOrders) {
  for (bool big_endian : {false, true}) {
    SCOPED_TRACE(big_endian);
    ASSERT_EQ(decode(link::kNull, loopback(2, ipv4Tcp(), big_endian)), DecodeStatus::Ok);
    expectIpv4Tcp();
    for (uint32_t family : {10u, 24u, 28u, 30u}) {
      SCOPED_TRACE(family);
      ASSERT_EQ(decode(link::kNull, loopback(family, ipv6Udp(), big_endian)), DecodeStatus::Ok);
      expectIpv6Udp();
    }
  }
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeLinkTest, LoopIsNetworkOrder) {
  ASSERT_EQ(decode(link::kLoop, loopback(2, ipv4Tcp(), true)), DecodeStatus::Ok);
  expectIpv4Tcp();
  ASSERT_EQ(decode(link::kLoop, loopback(24, ipv6Udp(), true)), DecodeStatus::Ok);
  expectIpv6Udp();
}

TEST_F(DecodeLinkTest, LoopbackErrors) {
  EXPECT_EQ(decode(link::kNull, Bytes{2, 0, 0}), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedLoopback);
  EXPECT_EQ(decode(link::kNull, loopback(7, ipv4Tcp(), false)), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::UnknownLoopbackFamily), 1u);
  // The family says IPv6 but the packet is IPv4.
  EXPECT_EQ(decode(link::kNull, loopback(30, ipv4Tcp(), false)), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadIpVersion), 1u);
}

TEST_F(DecodeLinkTest, UnsupportedLinkType) {
  EXPECT_EQ(decode(105 /* DLT_IEEE802_11 */, ipv4Tcp()), DecodeStatus::Error);
  expectOnlyError(DecodeError::UnsupportedLinkType);
}

TEST_F(DecodeLinkTest, NullDataIsTreatedAsEmpty) {
  EXPECT_EQ(decoder_.decode(link::kEthernet, {}, nullptr, 100, 100, packet_), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedEthernet);
}

}  // namespace
}  // namespace tapwatch

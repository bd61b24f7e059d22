// IPv4 (options, lengths, padding, snaplen) and IPv6 (extension headers).
#include <gtest/gtest.h>

#include "decoder_fixture.h"

namespace tapwatch {
namespace {

using namespace test;

using DecodeIpTest = DecoderTest;

TEST_F(DecodeIpTest, Ipv4OptionsAreSkipped) {
  Ipv4Spec ip;
  ip.options = {0x94, 0x04, 0, 0, 0x01, 0x01, 0x01, 0x00};  // router alert, NOPs, EOL
  ASSERT_EQ(decode(link::kRaw, ipv4(ip, tcp({}, text("after options")))), DecodeStatus::Ok);
  EXPECT_EQ(packet_.src_port, 40000);
  EXPECT_EQ(payloadString(), "after options");
}

TEST_F(DecodeIpTest, MaximumIpv4Options) {
  Ipv4Spec ip;
  ip.options = Bytes(40, 0x01);
  ip.protocol = 17;
  ASSERT_EQ(decode(link::kRaw, ipv4(ip, udp(1, 2, text("x")))), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "x");
}

TEST_F(DecodeIpTest, Ipv4HeaderLengthBelowMinimum) {
  for (uint8_t ihl : {0, 1, 4}) {
    Ipv4Spec ip;
    ip.ihl_words = ihl;
    EXPECT_EQ(decode(link::kRaw, ipv4(ip, tcp({}, {}))), DecodeStatus::Error);
  }
  expectOnlyError(DecodeError::BadIpv4HeaderLength, 3);
}

TEST_F(DecodeIpTest, Ipv4HeaderLongerThanPacket) {
  Ipv4Spec ip;
  ip.ihl_words = 15;  // 60 bytes of header in a 28-byte packet
  EXPECT_EQ(decode(link::kRaw, ipv4(ip, Bytes(8))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadIpv4TotalLength);  // total 28 < header 60
}

TEST_F(DecodeIpTest, Ipv4OptionsCutBySnaplen) {
  Ipv4Spec ip;
  ip.options = Bytes(20, 1);
  Bytes packet = ipv4(ip, tcp({}, {}));
  EXPECT_EQ(decode(link::kRaw, packet, 30, static_cast<uint32_t>(packet.size())), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedIpv4);
}

TEST_F(DecodeIpTest, Ipv4TotalLengthLies) {
  Ipv4Spec ip;
  ip.total_length = 200;  // longer than what was on the wire
  EXPECT_EQ(decode(link::kRaw, ipv4(ip, tcp({}, text("abc")))), DecodeStatus::Error);
  ip.total_length = 19;  // shorter than its own header
  EXPECT_EQ(decode(link::kRaw, ipv4(ip, tcp({}, text("abc")))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadIpv4TotalLength, 2);
}

TEST_F(DecodeIpTest, EthernetPaddingIsNotPayload) {
  Bytes frame = ethernet(0x0800, ipv4({}, tcp({.flags = 0x10}, {})));
  ASSERT_EQ(frame.size(), 54u);
  frame.resize(60, 0xee);              // minimum frame with padding
  frame.insert(frame.end(), 4, 0xcc);  // and an FCS some captures keep
  ASSERT_EQ(decode(link::kEthernet, frame), DecodeStatus::Ok);
  EXPECT_EQ(packet_.payload_length, 0u);
  EXPECT_EQ(packet_.payload_wire_length, 0u);

  frame = ethernet(0x0800, ipv4({.protocol = 17}, udp(1, 2, text("ab"))));
  frame.resize(60, 0xee);
  ASSERT_EQ(decode(link::kEthernet, frame), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "ab");
}

TEST_F(DecodeIpTest, SnaplenCutPayloadIsOkAndReportsTheMissingBytes) {
  const Bytes body = pattern(1000);
  Bytes frame = ethernet(0x0800, ipv4({}, tcp({}, body)));
  const uint32_t cut = 14 + 20 + 20 + 100;
  ASSERT_EQ(decode(link::kEthernet, frame, cut, static_cast<uint32_t>(frame.size())), DecodeStatus::Ok);
  EXPECT_EQ(packet_.payload_length, 100u);
  EXPECT_EQ(packet_.payload_wire_length, 1000u);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + 100), Bytes(body.begin(), body.begin() + 100));
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeIpTest, ZeroTotalLengthFromTsoHostCapture) {
  Ipv4Spec ip;
  ip.total_length = 0;
  ASSERT_EQ(decode(link::kRaw, ipv4(ip, tcp({}, text("tso")))), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "tso");
  expectOnlyError(DecodeError::IpZeroLengthTso);
}

TEST_F(DecodeIpTest, OtherIpProtocolsAreOkWithoutPorts) {
  Ipv4Spec ip;
  ip.protocol = 1;
  Bytes icmp{8, 0, 0, 0, 0, 1, 0, 1, 'p', 'i', 'n', 'g'};
  ASSERT_EQ(decode(link::kRaw, ipv4(ip, icmp)), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ip_protocol, 1);
  EXPECT_FALSE(packet_.isTcp());
  EXPECT_FALSE(packet_.isUdp());
  EXPECT_EQ(packet_.src_port, 0);
  EXPECT_EQ(packet_.dst_port, 0);
  EXPECT_EQ(packet_.payload_length, icmp.size());
  EXPECT_EQ(packet_.payload[0], 8);
}

// --- IPv6 ---

TEST_F(DecodeIpTest, Ipv6AddressesAndNextHeader) {
  Ipv6Spec spec;
  ASSERT_EQ(decode(link::kRaw, ipv6(spec, tcp({}, text("v6")))), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ip_version, 6);
  EXPECT_EQ(packet_.src, v6(spec.src));
  EXPECT_EQ(packet_.dst, v6(spec.dst));
  EXPECT_TRUE(packet_.isTcp());
  EXPECT_EQ(payloadString(), "v6");
}

TEST_F(DecodeIpTest, Ipv6ExtensionHeaderChain) {
  // hop-by-hop -> routing -> destination options -> AH -> destination options -> TCP
  Bytes chain = cat(ipv6Options(43, 8), ipv6Options(60, 24));
  chain = cat(chain, ipv6Options(51, 16));
  chain = cat(chain, ipv6Ah(60, 24));
  chain = cat(chain, ipv6Options(6, 8));
  ASSERT_EQ(decode(link::kRaw, ipv6({.next_header = 0}, cat(chain, tcp({}, text("deep"))))), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ip_protocol, 6);
  EXPECT_EQ(packet_.dst_port, 80);
  EXPECT_EQ(payloadString(), "deep");
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeIpTest, Ipv6TooManyExtensionHeaders) {
  Bytes chain;
  for (uint32_t i = 0; i < kMaxIpv6ExtHeaders; ++i) chain = cat(chain, ipv6Options(60, 8));
  chain = cat(chain, ipv6Options(6, 8));  // one more than allowed
  EXPECT_EQ(decode(link::kRaw, ipv6({.next_header = 60}, cat(chain, tcp({}, {})))), DecodeStatus::Error);
  expectOnlyError(DecodeError::Ipv6ExtHeaderLoop);

  Bytes allowed;
  for (uint32_t i = 0; i + 1 < kMaxIpv6ExtHeaders; ++i) allowed = cat(allowed, ipv6Options(60, 8));
  allowed = cat(allowed, ipv6Options(6, 8));
  EXPECT_EQ(decode(link::kRaw, ipv6({.next_header = 60}, cat(allowed, tcp({}, {})))), DecodeStatus::Ok);
}

TEST_F(DecodeIpTest, Ipv6ExtensionHeaderLongerThanPayload) {
  Bytes ext = ipv6Options(6, 8);
  ext[1] = 10;  // claims 88 bytes
  EXPECT_EQ(decode(link::kRaw, ipv6({.next_header = 0}, cat(ext, tcp({}, {})))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadIpv6ExtHeaderLength);
}

TEST_F(DecodeIpTest, Ipv6ExtensionHeaderCutBySnaplen) {
  Bytes packet = ipv6({.next_header = 60}, cat(ipv6Options(6, 64), tcp({}, {})));
  EXPECT_EQ(decode(link::kRaw, packet, 40 + 30, static_cast<uint32_t>(packet.size())), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedIpv6ExtHeader);
}

TEST_F(DecodeIpTest, Ipv6PayloadLengthLies) {
  Ipv6Spec spec;
  spec.payload_length = 500;
  EXPECT_EQ(decode(link::kRaw, ipv6(spec, tcp({}, {}))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadIpv6PayloadLength);
}

TEST_F(DecodeIpTest, Ipv6PaddingAfterPayloadIsIgnored) {
  Bytes packet = ipv6({.next_header = 17}, udp(1, 2, text("abc")));
  packet.insert(packet.end(), 10, 0xee);
  ASSERT_EQ(decode(link::kRaw, packet), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "abc");
}

TEST_F(DecodeIpTest, TruncatedIpv6) {
  Bytes packet = ipv6({}, {});
  packet.pop_back();
  EXPECT_EQ(decode(link::kRaw, packet), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedIpv6);
}

TEST_F(DecodeIpTest, Ipv6NoNextHeaderAndEsp) {
  ASSERT_EQ(decode(link::kRaw, ipv6({.next_header = 59}, {})), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ip_protocol, 59);
  EXPECT_EQ(packet_.payload_length, 0u);
  ASSERT_EQ(decode(link::kRaw, ipv6({.next_header = 0}, cat(ipv6Options(50, 8), Bytes(24, 0x55)))), DecodeStatus::Ok);
  EXPECT_EQ(packet_.ip_protocol, 50);
  EXPECT_EQ(packet_.payload_length, 24u);
  EXPECT_EQ(packet_.src_port, 0);
}

TEST_F(DecodeIpTest, Ipv6AtomicFragmentIsDecodedDirectly) {
  Bytes payload = cat(ipv6Fragment(17, 0, false, 77), udp(1000, 53, text("atomic")));
  ASSERT_EQ(decode(link::kRaw, ipv6({.next_header = 44}, payload)), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.isUdp());
  EXPECT_FALSE(packet_.from_fragments);
  EXPECT_EQ(payloadString(), "atomic");
  EXPECT_EQ(stats_.defrag.fragments.value(), 0u);
}

TEST_F(DecodeIpTest, Ipv6ZeroPayloadLengthWithDataIsTso) {
  Ipv6Spec spec;
  spec.payload_length = 0;
  ASSERT_EQ(decode(link::kRaw, ipv6(spec, tcp({}, text("gso")))), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "gso");
  expectOnlyError(DecodeError::IpZeroLengthTso);
}

}  // namespace
}  // namespace tapwatch

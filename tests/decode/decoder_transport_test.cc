// TCP and UDP header decoding and validation.
#include <gtest/gtest.h>

#include "decoder_fixture.h"

namespace tapwatch {
namespace {

using namespace test;

using DecodeTransportTest = DecoderTest;

TEST_F(DecodeTransportTest, TcpFields) {
  TcpSpec t{.src_port = 1234, .dst_port = 25, .seq = 0xfffffff0, .ack = 17, .flags = 0xc2, .window = 512};
  ASSERT_EQ(decode(link::kRaw, ipv4({}, tcp(t, text("EHLO")))), DecodeStatus::Ok);
  EXPECT_EQ(packet_.src_port, 1234);
  EXPECT_EQ(packet_.dst_port, 25);
  EXPECT_EQ(packet_.tcp_seq, 0xfffffff0u);
  EXPECT_EQ(packet_.tcp_ack, 17u);
  EXPECT_EQ(packet_.tcp_flags, 0xc2);  // CWR ECE SYN: all eight flag bits kept
  EXPECT_EQ(packet_.tcp_flags & tcp_flags::Syn, tcp_flags::Syn);
  EXPECT_EQ(packet_.tcp_window, 512);
  EXPECT_EQ(payloadString(), "EHLO");
  EXPECT_EQ(packet_.payload_wire_length, 4u);
}

TEST_F(DecodeTransportTest, TcpOptionsAreSkipped) {
  TcpSpec t;
  t.options = {2, 4, 0x05, 0xb4, 1, 3, 3, 7, 4, 2, 1, 0, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1};
  ASSERT_EQ(t.options.size() % 4, 0u);
  ASSERT_EQ(decode(link::kRaw, ipv4({}, tcp(t, text("data")))), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "data");
}

TEST_F(DecodeTransportTest, TcpDataOffsetTooSmall) {
  for (uint8_t words : {0, 4}) {
    TcpSpec t;
    t.data_offset_words = words;
    EXPECT_EQ(decode(link::kRaw, ipv4({}, tcp(t, text("data")))), DecodeStatus::Error);
  }
  expectOnlyError(DecodeError::BadTcpDataOffset, 2);
}

TEST_F(DecodeTransportTest, TcpDataOffsetBeyondSegment) {
  TcpSpec t;
  t.data_offset_words = 15;  // 60-byte header in a 24-byte segment
  EXPECT_EQ(decode(link::kRaw, ipv4({}, tcp(t, text("data")))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadTcpDataOffset);
}

TEST_F(DecodeTransportTest, TcpOptionsCutBySnaplen) {
  TcpSpec t;
  t.options = Bytes(20, 1);
  Bytes packet = ipv4({}, tcp(t, text("data")));
  EXPECT_EQ(decode(link::kRaw, packet, 20 + 30, static_cast<uint32_t>(packet.size())), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedTcp);
}

TEST_F(DecodeTransportTest, TruncatedTcp) {
  Bytes segment = tcp({}, {});
  segment.resize(19);
  EXPECT_EQ(decode(link::kRaw, ipv4({}, segment)), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedTcp);
}

TEST_F(DecodeTransportTest, UdpFields) {
  ASSERT_EQ(decode(link::kRaw, ipv4({.protocol = 17}, udp(53, 33333, text("answer")))), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.isUdp());
  EXPECT_EQ(packet_.src_port, 53);
  EXPECT_EQ(packet_.dst_port, 33333);
  EXPECT_EQ(payloadString(), "answer");
  EXPECT_EQ(packet_.tcp_seq, 0u);
}

TEST_F(DecodeTransportTest, UdpLengthShorterThanIpPayloadTrims) {
  Bytes datagram = udp(1, 2, text("keep-drop"), 8 + 4);
  ASSERT_EQ(decode(link::kRaw, ipv4({.protocol = 17}, datagram)), DecodeStatus::Ok);
  EXPECT_EQ(payloadString(), "keep");
  EXPECT_EQ(packet_.payload_wire_length, 4u);
}

TEST_F(DecodeTransportTest, UdpLengthInvalid) {
  EXPECT_EQ(decode(link::kRaw, ipv4({.protocol = 17}, udp(1, 2, text("abc"), 7))), DecodeStatus::Error);
  EXPECT_EQ(decode(link::kRaw, ipv4({.protocol = 17}, udp(1, 2, text("abc"), 0))), DecodeStatus::Error);
  EXPECT_EQ(decode(link::kRaw, ipv4({.protocol = 17}, udp(1, 2, text("abc"), 12))), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadUdpLength, 3);
}

TEST_F(DecodeTransportTest, UdpSnaplenCut) {
  Bytes packet = ipv4({.protocol = 17}, udp(1, 2, pattern(300)));
  ASSERT_EQ(decode(link::kRaw, packet, 20 + 8 + 10, static_cast<uint32_t>(packet.size())), DecodeStatus::Ok);
  EXPECT_EQ(packet_.payload_length, 10u);
  EXPECT_EQ(packet_.payload_wire_length, 300u);
}

TEST_F(DecodeTransportTest, TruncatedUdp) {
  Bytes datagram = udp(1, 2, {});
  datagram.resize(7);
  EXPECT_EQ(decode(link::kRaw, ipv6({.next_header = 17}, datagram)), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedUdp);
}

}  // namespace
}  // namespace tapwatch

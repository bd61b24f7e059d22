// Checksum validation through the Decoder (decode.checksum_validation): what
// is dropped in each mode, fragments, and the auto mode's verdict on clean and
// offloaded captures.
#include <gtest/gtest.h>

#include "common/link_types.h"
#include "decode/decoder.h"
#include "packet_builder.h"

namespace tapwatch {
namespace {

using namespace test;

const Ipv4Spec kV4;
const Ipv6Spec kV6;

Bytes goodTcp4(size_t n = 40) {
  return ethernet(0x0800, withIpv4Checksum(ipv4({}, withL4Checksum(tcp({}, pattern(n)), 6, kV4.src, kV4.dst))));
}
Bytes badTcp4(size_t n = 40) {  // right IPv4 header, TCP checksum left zero (as offload records it)
  return ethernet(0x0800, withIpv4Checksum(ipv4({}, tcp({}, pattern(n)))));
}

class ChecksumValidationTest : public ::testing::Test {
 protected:
  void start(ChecksumMode mode, uint32_t sample = ChecksumValidator::kAutoSample) {
    decoder_ = std::make_unique<Decoder>(DefragLimits{}, stats_,
                                         DecoderOptions{.checksum = mode, .checksum_auto_sample = sample});
  }
  DecodeStatus decode(const Bytes& frame) {
    frame_ = frame;
    return decoder_->decode(link::kEthernet, {1, 0}, frame_.data(), static_cast<uint32_t>(frame_.size()),
                            static_cast<uint32_t>(frame_.size()), packet_);
  }

  DecodeStats stats_;
  std::unique_ptr<Decoder> decoder_;
  Bytes frame_;
  DecodedPacket packet_;
};

TEST_F(ChecksumValidationTest, YesDropsEachKindOfBadChecksumAndCountsItsReason) {
  start(ChecksumMode::Yes);
  EXPECT_EQ(stats_.checksum_validation.value(), 1u);
  EXPECT_EQ(decode(goodTcp4()), DecodeStatus::Ok);
  EXPECT_EQ(decode(badTcp4()), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadTcpChecksum), 1u);

  Bytes bad_header = goodTcp4();
  bad_header[14 + 8] ^= 1;  // TTL changed, header checksum not updated
  EXPECT_EQ(decode(bad_header), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadIpv4Checksum), 1u);

  const Bytes udp6 = withL4Checksum(udp(7, 8, pattern(33)), 17, kV6.src, kV6.dst);
  EXPECT_EQ(decode(ethernet(0x86dd, ipv6({.next_header = 17}, udp6))), DecodeStatus::Ok);
  Bytes udp6_bad = udp6;
  udp6_bad[10] ^= 0x40;
  EXPECT_EQ(decode(ethernet(0x86dd, ipv6({.next_header = 17}, udp6_bad))), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadUdpChecksum), 1u);

  const Bytes tcp6 = withL4Checksum(tcp({}, pattern(11)), 6, kV6.src, kV6.dst);
  EXPECT_EQ(decode(ethernet(0x86dd, ipv6({}, tcp6))), DecodeStatus::Ok);
  EXPECT_EQ(stats_.totalErrors(), 3u);
}

TEST_F(ChecksumValidationTest, UdpChecksumZeroMeansNone) {
  start(ChecksumMode::Yes);
  Ipv4Spec spec;
  spec.protocol = 17;
  EXPECT_EQ(decode(ethernet(0x0800, withIpv4Checksum(ipv4(spec, udp(1, 2, pattern(20)))))), DecodeStatus::Ok);
  EXPECT_EQ(decode(ethernet(0x86dd, ipv6({.next_header = 17}, udp(1, 2, pattern(20))))), DecodeStatus::Ok);
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(ChecksumValidationTest, NoVerifiesNothing) {
  start(ChecksumMode::No);
  EXPECT_EQ(stats_.checksum_validation.value(), 0u);
  Bytes bad_header = badTcp4();
  bad_header[14 + 8] ^= 1;
  EXPECT_EQ(decode(badTcp4()), DecodeStatus::Ok);
  EXPECT_EQ(decode(bad_header), DecodeStatus::Ok);
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(ChecksumValidationTest, SnaplenCutSegmentsAreNotJudged) {
  start(ChecksumMode::Yes);
  const Bytes frame = badTcp4(400);
  frame_ = frame;
  EXPECT_EQ(decoder_->decode(link::kEthernet, {1, 0}, frame_.data(), 100, static_cast<uint32_t>(frame_.size()),
                             packet_),
            DecodeStatus::Ok);
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

// Fragments: a fragment with a bad IPv4 header checksum never joins the datagram
// (the real one after it completes it), and the L4 checksum is judged on the whole.
TEST_F(ChecksumValidationTest, FragmentsHeaderOnArrivalTransportAfterReassembly) {
  start(ChecksumMode::Yes);
  Ipv4Spec spec;
  spec.protocol = 17;
  const Bytes l4 = withL4Checksum(udp(1, 2, pattern(100)), 17, kV4.src, kV4.dst);
  auto frag = [&](uint32_t at, uint32_t end, const Bytes& body, bool good_header) {
    Ipv4Spec s = spec;
    s.fragment_offset = at;
    s.more_fragments = end < body.size();
    Bytes ip = ipv4(s, Bytes(body.begin() + at, body.begin() + end));
    return ethernet(0x0800, good_header ? withIpv4Checksum(ip) : ip);
  };
  Bytes decoy = l4;
  decoy[60] ^= 0xff;
  EXPECT_EQ(decode(frag(0, 56, l4, true)), DecodeStatus::Held);
  EXPECT_EQ(decode(frag(56, 108, decoy, false)), DecodeStatus::Error);  // dropped before the defragmenter
  EXPECT_EQ(stats_.value(DecodeError::BadIpv4Checksum), 1u);
  EXPECT_EQ(decode(frag(56, 108, l4, true)), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.from_fragments);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), Bytes(l4.begin() + 8, l4.end()));

  // Same datagram with the decoy's bytes and right headers: reassembles, then fails the UDP checksum.
  spec.id = 0x4321;
  EXPECT_EQ(decode(frag(0, 56, decoy, true)), DecodeStatus::Held);
  EXPECT_EQ(decode(frag(56, 108, decoy, true)), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadUdpChecksum), 1u);
}

TEST_F(ChecksumValidationTest, AutoTurnsOffOnAnOffloadedCaptureAndInspectsMeanwhile) {
  start(ChecksumMode::Auto, 50);
  EXPECT_EQ(stats_.checksum_validation.value(), 1u);
  // A host capture with offload: most outgoing segments carry a partial checksum.
  for (int i = 0; i < 50; ++i) EXPECT_EQ(decode(i % 5 == 0 ? goodTcp4() : badTcp4()), DecodeStatus::Ok) << i;
  EXPECT_EQ(stats_.value(DecodeError::BadChecksumInspected), 40u);
  EXPECT_EQ(stats_.value(DecodeError::BadTcpChecksum), 0u);
  EXPECT_EQ(stats_.checksum_validation.value(), 0u) << "turned off after the sample";
  EXPECT_EQ(decode(badTcp4()), DecodeStatus::Ok);
  EXPECT_EQ(stats_.value(DecodeError::BadChecksumInspected), 40u) << "no longer even computed";
}

TEST_F(ChecksumValidationTest, AutoStaysOnForACleanCaptureAndDropsInsertionsFromTheStart) {
  start(ChecksumMode::Auto, 50);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(decode(goodTcp4()), DecodeStatus::Ok);
  EXPECT_EQ(decode(badTcp4()), DecodeStatus::Error) << "one bad among good ones is an insertion, not offload";
  for (int i = 0; i < 46; ++i) EXPECT_EQ(decode(goodTcp4()), DecodeStatus::Ok);
  EXPECT_EQ(stats_.checksum_validation.value(), 1u);
  EXPECT_EQ(decode(badTcp4()), DecodeStatus::Error);
  EXPECT_EQ(stats_.value(DecodeError::BadTcpChecksum), 2u);
  EXPECT_EQ(stats_.value(DecodeError::BadChecksumInspected), 0u);
}

TEST(ChecksumMode, ParsesTheConfigWords) {
  EXPECT_EQ(parseChecksumMode("auto"), ChecksumMode::Auto);
  EXPECT_EQ(parseChecksumMode("yes"), ChecksumMode::Yes);
  EXPECT_EQ(parseChecksumMode("no"), ChecksumMode::No);
  EXPECT_FALSE(parseChecksumMode("maybe"));
}

}  // namespace
}  // namespace tapwatch

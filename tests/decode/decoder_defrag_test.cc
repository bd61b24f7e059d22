// Fragmented IPv4 and IPv6 through the Decoder: the L4 header is decoded from
// the reassembled datagram.
#include <gtest/gtest.h>

#include <algorithm>

#include "decoder_fixture.h"

namespace tapwatch {
namespace {

using namespace test;

// Splits `l4` into IPv4 fragments at the given offsets (multiples of 8).
std::vector<Bytes> ipv4Fragments(Ipv4Spec spec, const Bytes& l4, std::vector<uint32_t> cuts) {
  cuts.insert(cuts.begin(), 0);
  cuts.push_back(static_cast<uint32_t>(l4.size()));
  std::vector<Bytes> out;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    spec.fragment_offset = cuts[i];
    spec.more_fragments = i + 2 < cuts.size();
    out.push_back(ipv4(spec, Bytes(l4.begin() + cuts[i], l4.begin() + cuts[i + 1])));
  }
  return out;
}

// IPv6 fragments: `unfragmentable` extension headers, then a fragment header, then a piece of `fragmentable`.
std::vector<Bytes> ipv6Fragments(const Bytes& unfragmentable, uint8_t first_next, uint8_t fragmentable_next,
                                 const Bytes& fragmentable, std::vector<uint32_t> cuts, uint32_t id = 0xabcdef01) {
  cuts.insert(cuts.begin(), 0);
  cuts.push_back(static_cast<uint32_t>(fragmentable.size()));
  std::vector<Bytes> out;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    Bytes header = unfragmentable;
    if (!header.empty()) header[0] = 44;  // the last unfragmentable header points at the fragment header
    Bytes piece(fragmentable.begin() + cuts[i], fragmentable.begin() + cuts[i + 1]);
    Bytes payload = cat(cat(header, ipv6Fragment(fragmentable_next, cuts[i], i + 2 < cuts.size(), id)), piece);
    out.push_back(ipv6({.next_header = unfragmentable.empty() ? uint8_t{44} : first_next}, payload));
  }
  return out;
}

class DecodeDefragTest : public DecoderTest {
 protected:
  // Feeds all but the last expecting Held; returns the last one's status.
  DecodeStatus feed(int dlt, const std::vector<Bytes>& frames, Timestamp ts = {1000, 0}) {
    for (size_t i = 0; i + 1 < frames.size(); ++i) {
      EXPECT_EQ(decode(dlt, frames[i], std::nullopt, std::nullopt, ts), DecodeStatus::Held) << "fragment " << i;
    }
    return decode(dlt, frames.back(), std::nullopt, std::nullopt, ts);
  }
};

TEST_F(DecodeDefragTest, Ipv4TcpInOrderBehindVlan) {
  Bytes body = pattern(2000, 1);
  std::vector<Bytes> frames;
  for (const Bytes& f : ipv4Fragments({}, tcp({.dst_port = 25}, body), {992, 1504}))
    frames.push_back(ethernet(0x0800, f, {{0x8100, 77}}));
  ASSERT_EQ(feed(link::kEthernet, frames), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.from_fragments);
  EXPECT_TRUE(packet_.isTcp());
  EXPECT_EQ(packet_.dst_port, 25);
  EXPECT_EQ(packet_.tcp_seq, 0x01020304u);
  EXPECT_EQ(packet_.vlan_count, 1);
  EXPECT_EQ(packet_.vlan[0], 77);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), body);
  EXPECT_EQ(packet_.payload_wire_length, body.size());
  EXPECT_EQ(stats_.defrag.reassembled.value(), 1u);
  EXPECT_EQ(stats_.totalErrors(), 0u);
}

TEST_F(DecodeDefragTest, Ipv4UdpReverseOrder) {
  Bytes body = pattern(5000, 2);
  std::vector<Bytes> frames = ipv4Fragments({.protocol = 17}, udp(4500, 500, body), {1480, 2960, 4440});
  std::reverse(frames.begin(), frames.end());
  ASSERT_EQ(feed(link::kRaw, frames), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.isUdp());
  EXPECT_EQ(packet_.src_port, 4500);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), body);
}

TEST_F(DecodeDefragTest, TinyFirstFragmentStillYieldsTheTcpHeader) {
  Bytes body = text("split tcp header");
  ASSERT_EQ(feed(link::kRaw, ipv4Fragments({}, tcp({.dst_port = 443}, body), {8, 16})), DecodeStatus::Ok);
  EXPECT_EQ(packet_.dst_port, 443);
  EXPECT_EQ(payloadString(), "split tcp header");
}

TEST_F(DecodeDefragTest, OverlappingTcpHeaderRewriteLosesToTheFirstFragment) {
  // RFC 1858: a later fragment at offset 8 tries to rewrite the data offset and flags.
  Bytes segment = tcp({.flags = tcp_flags::Ack}, text("payload!"));
  std::vector<Bytes> frames = ipv4Fragments({}, segment, {16});
  Bytes evil_segment = tcp({.flags = tcp_flags::Syn}, text("payload!"));
  Ipv4Spec evil;
  evil.fragment_offset = 8;
  evil.more_fragments = true;
  Bytes evil_frame = ipv4(evil, Bytes(evil_segment.begin() + 8, evil_segment.begin() + 16));
  ASSERT_EQ(decode(link::kRaw, frames[0]), DecodeStatus::Held);
  ASSERT_EQ(decode(link::kRaw, evil_frame), DecodeStatus::Held);
  ASSERT_EQ(decode(link::kRaw, frames[1]), DecodeStatus::Ok);
  EXPECT_EQ(packet_.tcp_flags, tcp_flags::Ack);
  EXPECT_EQ(payloadString(), "payload!");
  EXPECT_EQ(stats_.defrag.overlap_mismatches.value(), 1u);
}

TEST_F(DecodeDefragTest, DuplicatedFragments) {
  Bytes body = pattern(100);
  std::vector<Bytes> frames = ipv4Fragments({.protocol = 17}, udp(1, 2, body), {48});
  ASSERT_EQ(decode(link::kRaw, frames[0]), DecodeStatus::Held);
  ASSERT_EQ(decode(link::kRaw, frames[0]), DecodeStatus::Held);
  ASSERT_EQ(decode(link::kRaw, frames[1]), DecodeStatus::Ok);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), body);
  EXPECT_EQ(stats_.defrag.overlaps.value(), 1u);
  // A late duplicate of a completed datagram starts a new one that never completes.
  EXPECT_EQ(decode(link::kRaw, frames[1]), DecodeStatus::Held);
  EXPECT_EQ(decoder_.defragmenter().activeDatagrams(), 1u);
}

TEST_F(DecodeDefragTest, TimedOut) {
  std::vector<Bytes> frames = ipv4Fragments({.protocol = 17}, udp(1, 2, pattern(100)), {48});
  ASSERT_EQ(decode(link::kRaw, frames[0], std::nullopt, std::nullopt, {1000, 0}), DecodeStatus::Held);
  decoder_.expire({1000 + limits_.timeout_seconds + 1, 0});
  EXPECT_EQ(stats_.defrag.timeouts.value(), 1u);
  EXPECT_EQ(decode(link::kRaw, frames[1], std::nullopt, std::nullopt, {1031, 0}), DecodeStatus::Held);
  EXPECT_EQ(stats_.defrag.reassembled.value(), 0u);
}

TEST_F(DecodeDefragTest, OverMemcap) {
  DecodeStats stats;
  DefragLimits small;
  small.memcap_bytes = 8 * 1024;
  Decoder decoder(small, stats, DecoderOptions{.checksum = ChecksumMode::No});
  DecodedPacket packet;
  Bytes body = pattern(20000);
  std::vector<Bytes> frames = ipv4Fragments({.protocol = 17}, udp(1, 2, body), {1480, 19000});
  EXPECT_EQ(decoder.decode(link::kRaw, {1, 0}, frames[0].data(), static_cast<uint32_t>(frames[0].size()),
                           static_cast<uint32_t>(frames[0].size()), packet),
            DecodeStatus::Held);
  EXPECT_EQ(decoder.decode(link::kRaw, {1, 0}, frames[2].data(), static_cast<uint32_t>(frames[2].size()),
                           static_cast<uint32_t>(frames[2].size()), packet),
            DecodeStatus::Error);
  EXPECT_EQ(stats.defrag.memcap_drops.value(), 1u);
  EXPECT_LE(decoder.defragmenter().memoryUsed(), small.memcap_bytes);
}

TEST_F(DecodeDefragTest, FragmentCutBySnaplenIsAnError) {
  std::vector<Bytes> frames = ipv4Fragments({.protocol = 17}, udp(1, 2, pattern(100)), {48});
  EXPECT_EQ(decode(link::kRaw, frames[0], 40, static_cast<uint32_t>(frames[0].size())), DecodeStatus::Error);
  expectOnlyError(DecodeError::TruncatedFragment);
}

TEST_F(DecodeDefragTest, Ipv4FragmentTooLarge) {
  Ipv4Spec spec;
  spec.fragment_offset = 65528;
  EXPECT_EQ(decode(link::kRaw, ipv4(spec, pattern(16))), DecodeStatus::Error);
  expectOnlyError(DecodeError::FragmentTooLarge);
}

TEST_F(DecodeDefragTest, Ipv6WithExtensionHeadersOnBothSides) {
  Bytes body = pattern(3000, 5);
  // Fragmentable part: destination options, then TCP.
  Bytes fragmentable = cat(ipv6Options(6, 16), tcp({.src_port = 8080}, body));
  Bytes unfragmentable = ipv6Options(44, 8);  // hop-by-hop
  std::vector<Bytes> frames = ipv6Fragments(unfragmentable, 0, 60, fragmentable, {1232, 2464});
  ASSERT_EQ(feed(link::kRaw, frames), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.from_fragments);
  EXPECT_EQ(packet_.ip_version, 6);
  EXPECT_TRUE(packet_.isTcp());
  EXPECT_EQ(packet_.src_port, 8080);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), body);
}

TEST_F(DecodeDefragTest, Ipv6ReverseOrderThroughEthernet) {
  Bytes body = pattern(4000, 6);
  std::vector<Bytes> frames;
  for (const Bytes& f : ipv6Fragments({}, 0, 17, udp(53, 9999, body), {1448, 2896}))
    frames.push_back(ethernet(0x86dd, f));
  std::reverse(frames.begin(), frames.end());
  ASSERT_EQ(feed(link::kEthernet, frames), DecodeStatus::Ok);
  EXPECT_TRUE(packet_.isUdp());
  EXPECT_EQ(packet_.dst_port, 9999);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), body);
}

TEST_F(DecodeDefragTest, Ipv6NestedFragmentHeader) {
  Bytes inner = cat(ipv6Fragment(17, 8, true, 5), udp(1, 2, pattern(40)));
  std::vector<Bytes> frames = ipv6Fragments({}, 0, 44, inner, {24});
  for (size_t i = 0; i + 1 < frames.size(); ++i) ASSERT_EQ(decode(link::kRaw, frames[i]), DecodeStatus::Held);
  EXPECT_EQ(decode(link::kRaw, frames.back()), DecodeStatus::Error);
  expectOnlyError(DecodeError::Ipv6NestedFragment);
}

TEST_F(DecodeDefragTest, Ipv6BadFragmentLength) {
  Bytes payload = cat(ipv6Fragment(17, 0, true, 9), pattern(13));
  EXPECT_EQ(decode(link::kRaw, ipv6({.next_header = 44}, payload)), DecodeStatus::Error);
  expectOnlyError(DecodeError::BadFragmentLength);
}

TEST_F(DecodeDefragTest, InterleavedDatagramsFromBothFamilies) {
  Bytes a = pattern(3000, 1), b = pattern(3000, 2);
  std::vector<Bytes> v4 = ipv4Fragments({.protocol = 17}, udp(1, 2, a), {1480});
  std::vector<Bytes> v6 = ipv6Fragments({}, 0, 17, udp(3, 4, b), {1480});
  ASSERT_EQ(decode(link::kRaw, v4[0]), DecodeStatus::Held);
  ASSERT_EQ(decode(link::kRaw, v6[1]), DecodeStatus::Held);
  ASSERT_EQ(decode(link::kRaw, v4[1]), DecodeStatus::Ok);
  EXPECT_EQ(packet_.src_port, 1);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), a);
  ASSERT_EQ(decode(link::kRaw, v6[0]), DecodeStatus::Ok);
  EXPECT_EQ(packet_.src_port, 3);
  EXPECT_EQ(Bytes(packet_.payload, packet_.payload + packet_.payload_length), b);
}

}  // namespace
}  // namespace tapwatch

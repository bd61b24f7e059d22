// The Internet checksum (decode/checksum.h) against RFC 1071's worked example,
// a known-good IPv4 header, and a plain word-at-a-time reference
// (packet_builder.h) over every length and alignment.
#include "decode/checksum.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <vector>

#include "packet_builder.h"

namespace tapwatch {
namespace {

using namespace test;

TEST(DecodeChecksum, Rfc1071WorkedExample) {
  // RFC 1071 section 3: these bytes sum to ddf2 (one's complement, before the final negation).
  const uint8_t data[] = {0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7};
  EXPECT_EQ(checksumFold(checksumAdd(0, data, sizeof data)), 0xddf2);
  // The carries of a sum near 2^16 wrap around: ffff + 0001 = 0001.
  const uint8_t wrap[] = {0xff, 0xff, 0x00, 0x01};
  EXPECT_EQ(checksumFold(checksumAdd(0, wrap, sizeof wrap)), 0x0001);
}

TEST(DecodeChecksum, KnownIpv4HeaderIsValidAndAnyBitFlipIsNot) {
  // A real header (a UDP packet between two 192.168.0.x hosts) with its checksum b861.
  std::vector<uint8_t> h = {0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
                            0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7};
  EXPECT_TRUE(ipv4HeaderChecksumValid(h.data(), h.size()));
  for (size_t bit = 0; bit < h.size() * 8; ++bit) {
    std::vector<uint8_t> bad = h;
    bad[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
    EXPECT_FALSE(ipv4HeaderChecksumValid(bad.data(), bad.size())) << "bit " << bit;
  }
}

TEST(DecodeChecksum, EveryLengthAndAlignmentMatchesTheReference) {
  const Bytes data = pattern(600, 0x9b);
  std::vector<uint8_t> shifted(data.size() + 8);
  for (size_t align = 0; align < 8; ++align) {
    std::copy(data.begin(), data.end(), shifted.begin() + static_cast<std::ptrdiff_t>(align));
    for (size_t length = 0; length <= 300; ++length) {
      const uint16_t want = onesFold(onesSum(data.data(), length));
      ASSERT_EQ(checksumFold(checksumAdd(0, shifted.data() + align, length)), want)
          << "length " << length << " alignment " << align;
    }
  }
}

TEST(DecodeChecksum, EvenChunksAddUpToTheWhole) {
  const Bytes data = pattern(1001, 0x31);
  const uint16_t whole = checksumFold(checksumAdd(0, data.data(), data.size()));
  for (size_t cut = 0; cut <= data.size(); cut += 2) {
    uint64_t sum = checksumAdd(0, data.data(), cut);
    sum = checksumAdd(sum, data.data() + cut, data.size() - cut);
    ASSERT_EQ(checksumFold(sum), whole) << "cut at " << cut;
  }
}

TEST(DecodeChecksum, LongRunsOfOnesCarryCorrectly) {
  // All-ones words push every adder to its carry; the sum of n words of ffff is ffff.
  const Bytes ones(4096 + 6, 0xff);
  EXPECT_EQ(checksumFold(checksumAdd(0, ones.data(), ones.size())), 0xffff);
  EXPECT_EQ(checksumFold(checksumAdd(0, ones.data(), ones.size())), onesFold(onesSum(ones.data(), ones.size())));
}

TEST(DecodeChecksum, TcpAndUdpOverIpv4AndIpv6IncludingThePseudoHeader) {
  const Ipv4Spec v4;
  const Ipv6Spec v6;
  const IpAddress src4 = IpAddress::v4(v4.src.data()), dst4 = IpAddress::v4(v4.dst.data());
  const IpAddress src6 = IpAddress::v6(v6.src.data()), dst6 = IpAddress::v6(v6.dst.data());
  for (size_t n : {0u, 1u, 7u, 64u, 1001u}) {
    const Bytes t4 = withL4Checksum(tcp({}, pattern(n)), 6, v4.src, v4.dst);
    const Bytes u6 = withL4Checksum(udp(5, 6, pattern(n, 3)), 17, v6.src, v6.dst);
    const Bytes t6 = withL4Checksum(tcp({}, pattern(n, 9)), 6, v6.src, v6.dst);
    EXPECT_TRUE(transportChecksumValid(src4, dst4, 6, t4.data(), static_cast<uint32_t>(t4.size()))) << n;
    EXPECT_TRUE(transportChecksumValid(src6, dst6, 17, u6.data(), static_cast<uint32_t>(u6.size()))) << n;
    EXPECT_TRUE(transportChecksumValid(src6, dst6, 6, t6.data(), static_cast<uint32_t>(t6.size()))) << n;
    // The pseudo-header counts: other addresses, another protocol or a changed byte all fail.
    EXPECT_FALSE(transportChecksumValid(dst4, dst4, 6, t4.data(), static_cast<uint32_t>(t4.size()))) << n;
    EXPECT_FALSE(transportChecksumValid(src6, src6, 17, u6.data(), static_cast<uint32_t>(u6.size()))) << n;
    EXPECT_FALSE(transportChecksumValid(src6, dst6, 17, t6.data(), static_cast<uint32_t>(t6.size()))) << n;
    Bytes changed = t4;
    changed.back() ^= 0x10;
    EXPECT_FALSE(transportChecksumValid(src4, dst4, 6, changed.data(), static_cast<uint32_t>(changed.size()))) << n;
  }
}

// Random bytes (runs of 00 and ff included, where carries pile up) of every
// size class a packet has, at every alignment, against the word-at-a-time
// reference: the 64-byte vector steps, the scalar tail and odd lengths.
TEST(DecodeChecksum, RandomBuffersMatchTheReference) {
  std::mt19937 rng(1071);
  std::vector<uint8_t> buffer(9216 + 16);
  for (int round = 0; round < 600; ++round) {
    const int kind = round % 3;  // random, mostly ff, mostly 00
    for (uint8_t& b : buffer) {
      const auto r = static_cast<uint8_t>(rng());
      b = kind == 0 ? r : (r < 16 ? static_cast<uint8_t>(rng()) : (kind == 1 ? 0xff : 0x00));
    }
    const size_t align = rng() % 16;
    const size_t length = round < 300 ? rng() % 200 : rng() % 9217;
    const uint8_t* data = buffer.data() + align;
    ASSERT_EQ(checksumFold(checksumAdd(0, data, length)), onesFold(onesSum(data, length)))
        << "length " << length << " alignment " << align << " kind " << kind;
    // Split at random even points, summed piece by piece.
    uint64_t sum = 0;
    for (size_t done = 0; done < length;) {
      const size_t piece = std::min(length - done, (rng() % 600) * 2 + 2);
      sum = checksumAdd(sum, data + done, piece);
      done += piece;
    }
    ASSERT_EQ(checksumFold(sum), onesFold(onesSum(data, length))) << "pieces of length " << length;
  }
  const Bytes max_ones(65535, 0xff);  // the largest IPv4 datagram, every word ffff
  EXPECT_EQ(checksumFold(checksumAdd(0, max_ones.data(), max_ones.size())),
            onesFold(onesSum(max_ones.data(), max_ones.size())));
}

// The pseudo-header sum equals the RFC 768/793 (IPv4) and RFC 8200 8.1 (IPv6)
// pseudo-headers written out and summed as plain bytes.
TEST(DecodeChecksum, PseudoHeaderSumMatchesTheWrittenOutPseudoHeader) {
  std::mt19937 rng(793);
  for (int round = 0; round < 2000; ++round) {
    const bool v6 = round % 2 == 1;
    std::array<uint8_t, 16> s{}, d{};
    for (size_t i = 0; i < 16; ++i) s[i] = static_cast<uint8_t>(rng()), d[i] = static_cast<uint8_t>(rng());
    const uint8_t protocol = round % 4 < 2 ? 6 : 17;
    const uint32_t length = v6 ? static_cast<uint32_t>(rng()) >> (rng() % 32) : static_cast<uint32_t>(rng() % 65536);
    Bytes pseudo;
    if (v6) {
      pseudo.insert(pseudo.end(), s.begin(), s.end());
      pseudo.insert(pseudo.end(), d.begin(), d.end());
      for (int shift = 24; shift >= 0; shift -= 8) pseudo.push_back(static_cast<uint8_t>(length >> shift));
      pseudo.insert(pseudo.end(), {0, 0, 0, protocol});
    } else {
      pseudo.insert(pseudo.end(), s.begin(), s.begin() + 4);
      pseudo.insert(pseudo.end(), d.begin(), d.begin() + 4);
      pseudo.insert(pseudo.end(), {0, protocol, static_cast<uint8_t>(length >> 8), static_cast<uint8_t>(length)});
    }
    const IpAddress src = v6 ? IpAddress::v6(s.data()) : IpAddress::v4(s.data());
    const IpAddress dst = v6 ? IpAddress::v6(d.data()) : IpAddress::v4(d.data());
    ASSERT_EQ(checksumFold(pseudoHeaderSum(src, dst, protocol, length)),
              onesFold(onesSum(pseudo.data(), pseudo.size())))
        << (v6 ? "IPv6" : "IPv4") << " length " << length;
  }
}

}  // namespace
}  // namespace tapwatch

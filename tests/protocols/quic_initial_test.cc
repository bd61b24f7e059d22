// QUIC Initial protection: keys, header protection and decryption against the
// RFC 9001 / RFC 9369 published vectors, then the parser on those packets and
// on packets built here (coalesced, split and reordered CRYPTO frames).
#include <gtest/gtest.h>

#include "protocols/quic_app_parser.h"
#include "protocols/quic_crypto_stream.h"
#include "protocols/quic_initial_keys.h"
#include "protocols/quic_packet.h"
#include "quic_rfc_vectors.h"
#include "quic_test_support.h"
#include "test_support.h"

namespace tapwatch {
namespace {

using test::hexOf;
using test::unhex;

std::string keyHex(const QuicInitialKeys& k) {
  return hexOf(k.key.data(), k.key.size()) + "/" + hexOf(k.iv.data(), k.iv.size()) + "/" +
         hexOf(k.hp.data(), k.hp.size());
}

QuicInitialKeys keysOf(uint32_t version, QuicSide side) {
  QuicInitialKeys k;
  EXPECT_TRUE(deriveQuicInitialKeys(version, asBytes(unhex(test::kRfc9001Dcid)), side, k));
  return k;
}

TEST(QuicInitialKeys, Rfc9001AppendixA1) {
  EXPECT_EQ(keyHex(keysOf(kQuicVersion1, QuicSide::Client)),
            "1f369613dd76d5467730efcbe3b1a22d/fa044b2f42a3fd3b46fb255c/9f50449e04a0e810283a1e9933adedd2");
  EXPECT_EQ(keyHex(keysOf(kQuicVersion1, QuicSide::Server)),
            "cf3a5331653c364c88f0f379b6067e37/0ac1493ca1905853b0bba03e/c206b8d9b9f0f37644430b490eeaa314");
}

TEST(QuicInitialKeys, Rfc9369AppendixA1) {
  EXPECT_EQ(keyHex(keysOf(kQuicVersion2, QuicSide::Client)),
            "8b1a0bc121284290a29e0971b5cd045d/91f73e2351d8fa91660e909f/45b95e15235d6f45a6b19cbcb0294ba9");
  EXPECT_EQ(keyHex(keysOf(kQuicVersion2, QuicSide::Server)),
            "82db637861d55e1d011f19ea71d5d2a7/dd13c276499c0249d3310652/edf6d05c83121201b436e16877593c3a");
  QuicInitialKeys k;
  EXPECT_FALSE(deriveQuicInitialKeys(0xff00001d, asBytes(unhex(test::kRfc9001Dcid)), QuicSide::Client, k));
}

// Opens a published packet; returns the plaintext's hex.
std::string openVector(const char* hex, uint32_t version) {
  const std::string packet = unhex(hex);
  QuicLongHeader h;
  EXPECT_EQ(parseQuicLongHeader(asBytes(packet), h), QuicHeaderStatus::Ok);
  EXPECT_EQ(h.version, version);
  EXPECT_EQ(h.type, quicInitialType(version));
  EXPECT_EQ(h.pn_offset, 18u);
  EXPECT_EQ(h.packet_size, 1200u);
  QuicPacketOpener opener;
  if (!opener.open(asBytes(packet), h, keysOf(version, QuicSide::Client))) return "<not opened>";
  return hexOf(opener.plaintext().data(), opener.plaintext().size());
}

TEST(QuicPacketOpener, Rfc9001AppendixA2) {
  const std::string plain = openVector(test::kRfc9001ClientInitial, kQuicVersion1);
  // The unprotected payload of A.2: CRYPTO(offset 0, 241 bytes) holding the ClientHello, then PADDING.
  EXPECT_EQ(plain.size(), 2u * 1162);
  EXPECT_EQ(plain.substr(0, 24), "060040f1010000ed0303ebf8");
  EXPECT_EQ(plain.substr(2 * 245), std::string(2 * (1162 - 245), '0'));
}

TEST(QuicPacketOpener, Rfc9369AppendixA2) {
  const std::string plain = openVector(test::kRfc9369ClientInitial, kQuicVersion2);
  EXPECT_EQ(plain.size(), 2u * 1162);
  EXPECT_EQ(plain.substr(0, 24), "060040f1010000ed0303ebf8");
}

TEST(QuicPacketOpener, TamperedPacketDoesNotAuthenticate) {
  std::string packet = unhex(test::kRfc9001ClientInitial);
  packet[600] = static_cast<char>(packet[600] ^ 1);
  QuicLongHeader h;
  ASSERT_EQ(parseQuicLongHeader(asBytes(packet), h), QuicHeaderStatus::Ok);
  QuicPacketOpener opener;
  EXPECT_FALSE(opener.open(asBytes(packet), h, keysOf(kQuicVersion1, QuicSide::Client)));
  // The right packet under the other version's keys does not open either.
  const std::string good = unhex(test::kRfc9001ClientInitial);
  EXPECT_FALSE(opener.open(asBytes(good), h, keysOf(kQuicVersion2, QuicSide::Client)));
}

TEST(QuicPacketOpener, IndependentEncoderRoundTrip) {
  const std::string dcid = unhex("0011223344556677");
  const std::string frames = test::cryptoFrame(0, "hello crypto");
  const std::string packet = test::protectInitial(kQuicVersion1, dcid, "sc", 7, frames, 1200);
  ASSERT_EQ(packet.size(), 1200u);
  EXPECT_TRUE(looksLikeQuicInitial(asBytes(packet)));
  QuicLongHeader h;
  ASSERT_EQ(parseQuicLongHeader(asBytes(packet), h), QuicHeaderStatus::Ok);
  QuicInitialKeys k;
  ASSERT_TRUE(deriveQuicInitialKeys(kQuicVersion1, asBytes(dcid), QuicSide::Client, k));
  QuicPacketOpener opener;
  ASSERT_TRUE(opener.open(asBytes(packet), h, k));
  EXPECT_EQ(std::string(asStringView(opener.plaintext()).substr(0, frames.size())), frames);
}

TEST(QuicPacket, DetectionNeedsAFullSizeInitialOfAKnownVersion) {
  const std::string packet = unhex(test::kRfc9001ClientInitial);
  EXPECT_TRUE(looksLikeQuicInitial(asBytes(packet)));
  EXPECT_FALSE(looksLikeQuicInitial(asBytes(packet).first(1000)));  // not padded to 1200
  std::string other = packet;
  other[4] = 0x02;  // unknown version
  EXPECT_FALSE(looksLikeQuicInitial(asBytes(other)));
  EXPECT_FALSE(looksLikeQuicInitial(asBytes(std::string(1200, 'A'))));
}

TEST(QuicCryptoStream, ReordersAndCaps) {
  QuicCryptoStream s(16);
  EXPECT_TRUE(s.add(4, asBytes("efgh")));
  EXPECT_TRUE(s.contiguous().empty());
  EXPECT_TRUE(s.add(10, asBytes("kl")));
  EXPECT_TRUE(s.add(0, asBytes("abcd")));
  EXPECT_EQ(asStringView(s.contiguous()), "abcdefgh");
  EXPECT_TRUE(s.add(6, asBytes("ghijk")));  // overlaps both neighbours
  EXPECT_EQ(asStringView(s.contiguous()), "abcdefghijkl");
  EXPECT_FALSE(s.add(14, asBytes("mnop")));  // runs past the cap: kept up to it, reported
  EXPECT_FALSE(s.add(100, asBytes("x")));
}

TEST(QuicFrames, AckPingPaddingCryptoAndRefusals) {
  QuicCryptoStream s(64);
  // PING, ACK (largest 5, delay 0, 1 extra range), PADDING, CRYPTO.
  const std::string frames = std::string("\x01\x02\x05\x00\x01\x00\x01\x01\x00\x00", 10) + test::cryptoFrame(0, "abc");
  EXPECT_EQ(readInitialFrames(asBytes(frames), s), QuicFramesStatus::Ok);
  EXPECT_EQ(asStringView(s.contiguous()), "abc");
  EXPECT_EQ(readInitialFrames(asBytes(std::string("\x08\x00", 2)), s), QuicFramesStatus::Malformed);  // STREAM
  EXPECT_EQ(readInitialFrames(asBytes(std::string("\x06\x00\x10x", 4)), s), QuicFramesStatus::Malformed);
}

struct QuicRun {
  test::RecordingSink sink;
  ProtocolStats stats;
  ProtocolLimits limits;
  ParseStatus last = ParseStatus::Continue;
};

void feedDatagrams(QuicRun& r, const std::vector<std::string>& datagrams) {
  QuicAppParser parser(r.sink, r.limits, r.stats);
  for (const auto& d : datagrams) r.last = parser.feed(Direction::ToServer, asBytes(d), Timestamp{});
  parser.finish();
  EXPECT_TRUE(r.sink.errors.empty());
  EXPECT_EQ(r.sink.openCount(), 0u);
}

TEST(QuicAppParser, RfcSamplesGiveSniAlpnJa4) {
  for (auto [hex, version, name] : {std::tuple{test::kRfc9001ClientInitial, kQuicVersion1, "1"},
                                    std::tuple{test::kRfc9369ClientInitial, kQuicVersion2, "6b3343cf"}}) {
    QuicRun r;
    feedDatagrams(r, {unhex(hex)});
    EXPECT_EQ(r.last, ParseStatus::Done);
    ASSERT_EQ(r.sink.scopes.size(), 1u) << name;
    const auto& s = r.sink.scopes[0];
    EXPECT_EQ(s.scope, Scope::TlsHandshake);
    EXPECT_EQ(s.block(Field::QuicSni), "example.com");
    EXPECT_EQ(s.count(Field::TlsSni), 0u);
    EXPECT_EQ(s.block(Field::TlsAlpn), "alpn");
    // tls_fingerprint_reference.py computes the same value independently.
    EXPECT_EQ(s.block(Field::TlsJa4), "q13d0211an_62ed6f6ca7ad_4d634acda6c0");
    EXPECT_EQ(s.block(Field::TlsJa3), "41bc9ae914d6cb3bd0bd0a5453ab7d7f");
    // ja3.string is the text the hash above is the MD5 of.
    EXPECT_EQ(s.block(Field::TlsJa3String), s.context.tls_ja3);
    EXPECT_FALSE(s.context.tls_ja3.empty());
    EXPECT_EQ(s.context.app_proto, "quic");
    EXPECT_EQ(s.context.quic_version, name);
    EXPECT_EQ(r.stats.transactions_quic.value(), 1u);
  }
}

// A ClientHello handshake message with an SNI and the user-agent transport parameter.
std::string helloWithUserAgent(const std::string& sni, const std::string& ua, size_t pad) {
  std::string tp = test::quicVarint(0x3129) + test::quicVarint(ua.size()) + ua;
  std::string body = test::clientHelloBody(sni, pad);
  // Append the transport parameters extension and fix the extensions length.
  const std::string ext = test::be16(0x39) + test::be16(static_cast<uint16_t>(tp.size())) + tp;
  const size_t ext_len_at = 2 + 32 + 33 + 6 + 2;
  const size_t old_len = (static_cast<uint8_t>(body[ext_len_at]) << 8) | static_cast<uint8_t>(body[ext_len_at + 1]);
  body.replace(ext_len_at, 2, test::be16(static_cast<uint16_t>(old_len + ext.size())));
  body += ext;
  return test::handshake(body);
}

TEST(QuicAppParser, SplitReorderedCryptoAcrossPacketsAndDatagramsWithCoalescing) {
  const std::string dcid = unhex("a1a2a3a4a5a6a7a8");
  const std::string hello = helloWithUserAgent("Split.Quic.Example", "Chrome/120 test-agent", 1500);
  const size_t third = hello.size() / 3;
  // Datagram 1: the last third first, then the first third, coalesced with a
  // Handshake-type packet the parser must skip by its length.
  std::string d1 = test::protectInitial(kQuicVersion2, dcid, "", 0,
                                        test::cryptoFrame(2 * third, hello.substr(2 * third)) +
                                            test::cryptoFrame(0, hello.substr(0, third)));
  std::string skipped = std::string(1, '\xf0') + std::string("\x6b\x33\x43\xcf", 4) + '\x00' + '\x00' +
                        test::quicVarint(40) + std::string(40, 'h');  // v2 Handshake type 0b11
  d1 += skipped;
  d1.append(1200 - std::min<size_t>(1200, d1.size()), '\0');  // trailing zero bytes: not a packet
  // Datagram 2: the middle third.
  const std::string d2 =
      test::protectInitial(kQuicVersion2, dcid, "", 1, test::cryptoFrame(third, hello.substr(third, third)), 1200);
  QuicRun r;
  feedDatagrams(r, {d1, d2});
  EXPECT_EQ(r.last, ParseStatus::Done);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::QuicSni), "split.quic.example");
  EXPECT_EQ(r.sink.scopes[0].block(Field::QuicUa), "Chrome/120 test-agent");
  EXPECT_EQ(r.sink.scopes[0].context.quic_ua, "Chrome/120 test-agent");
  EXPECT_EQ(r.sink.scopes[0].context.tls_ja4.substr(0, 4), "q13d");
  EXPECT_EQ(r.stats.anomaly_quic_decrypt_failed.value(), 0u);
}

TEST(QuicAppParser, HelloLargerThanTheCapFails) {
  QuicRun r;
  r.limits.max_quic_crypto_bytes = 512;
  const std::string hello = helloWithUserAgent("big.example", "ua", 2000);
  feedDatagrams(r, {test::protectInitial(kQuicVersion1, unhex("0102030405060708"), "", 0,
                                         test::cryptoFrame(0, hello.substr(0, 1000)), 1200)});
  EXPECT_EQ(r.last, ParseStatus::Failed);
  EXPECT_TRUE(r.sink.scopes.empty());
  EXPECT_GE(r.stats.anomaly_quic_crypto_too_large.value(), 1u);
}

TEST(QuicAppParser, GarbageAndWrongKeysAreCountedNotCrashing) {
  QuicRun r;
  std::string packet = unhex(test::kRfc9001ClientInitial);
  packet[30] = static_cast<char>(packet[30] ^ 0x55);
  std::vector<std::string> datagrams{packet, std::string(1200, '\xc0'), std::string(3, '\xff'), std::string()};
  for (size_t cut = 0; cut < 60; ++cut) datagrams.push_back(unhex(test::kRfc9001ClientInitial).substr(0, cut));
  feedDatagrams(r, datagrams);
  EXPECT_TRUE(r.sink.scopes.empty());
  EXPECT_GE(r.stats.anomaly_quic_decrypt_failed.value(), 1u);
}

}  // namespace
}  // namespace tapwatch

// JA3, JA3S and JA4 against values computed independently by
// tls_fingerprint_reference.py (hashlib, written from the specs, checked there
// against the JA4 README's published hashes).
#include "protocols/tls_fingerprint.h"

#include <gtest/gtest.h>

#include "protocols/tls_client_hello.h"
#include "protocols/tls_server_hello.h"
#include "quic_test_support.h"
#include "test_support.h"

namespace tapwatch {
namespace {

using test::unhex;

// The hellos of tls_fingerprint_reference.py (RFC9001_HELLO, browserLikeHello()).
constexpr const char* kRfc9001Hello = "010000ed0303ebf8fa56f12939b9584a3896472ec40bb863cfd3e86804fe3a47f06a2b69484c"
                                      "00000413011302010000c000000010000e00000b6578616d706c652e636f6dff01000100000a"
                                      "00080006001d0017001800100007000504616c706e000500050100000000003300260024001d"
                                      "00209370b2c9caa47fbabaf4559fedba753de171fa71f50f1ce15d43e994ec74d748002b0003"
                                      "020304000d0010000e0403050306030203080408050806002d00020101001c00024001003900"
                                      "320408ffffffffffffffff05048000ffff07048000ffff0801100104800075300901100f0883"
                                      "94c8f03e51570806048000ffff";
constexpr const char* kBrowserLikeHello =
    "0100010b0303000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20202122232425262728292a2b2c2d2e"
    "2f303132333435363738393a3b3c3d3e3f00203a3a130113021303c02bc02fc02cc030cca9cca8c013c014009c009d002f0035010000"
    "a22a2a00000000001b001900001673686f702e7363616d2d6578616d706c652e7465737400170000ff01000100000a000a00084a4a00"
    "1d00170018000b00020100002300000010000e000c02683208687474702f312e31000500050100000000000d00120010040308040401"
    "0503080505010806060100120000002b0007065a5a03040303002d00020101003300020000fe0d00090000010001000000001a1a0001"
    "00";

ClientHelloInfo parsed(const char* hex) {
  const std::string msg = unhex(hex);
  ClientHelloInfo h;
  EXPECT_EQ(parseClientHello(asBytes(msg).subspan(4), h), ClientHelloStatus::Ok);
  return h;
}

TEST(TlsFingerprint, Rfc9001Hello) {
  const ClientHelloInfo h = parsed(kRfc9001Hello);
  EXPECT_EQ(h.sni, "example.com");
  ASSERT_EQ(h.alpns.size(), 1u);
  EXPECT_EQ(h.alpns[0], "alpn");
  EXPECT_FALSE(h.ech);
  EXPECT_EQ(ja3String(h), "771,4865-4866,0-65281-10-16-5-51-43-13-45-28-57,29-23-24,");
  EXPECT_EQ(md5Hex(ja3String(h)), "41bc9ae914d6cb3bd0bd0a5453ab7d7f");
  EXPECT_EQ(ja4(h, TlsTransport::Tcp), "t13d0211an_62ed6f6ca7ad_4d634acda6c0");
  EXPECT_EQ(ja4(h, TlsTransport::Quic), "q13d0211an_62ed6f6ca7ad_4d634acda6c0");
}

TEST(TlsFingerprint, GreaseDroppedEchFlagged) {
  const ClientHelloInfo h = parsed(kBrowserLikeHello);
  EXPECT_EQ(h.sni, "shop.scam-example.test");
  EXPECT_TRUE(h.ech);
  ASSERT_EQ(h.alpns.size(), 2u);
  EXPECT_EQ(h.alpns[1], "http/1.1");
  EXPECT_EQ(ja3String(h), "771,4865-4866-4867-49195-49199-49196-49200-52393-52392-49171-49172-156-157-47-53,"
                          "0-23-65281-10-11-35-16-5-13-18-43-45-51-65037,29-23-24,0");
  EXPECT_EQ(md5Hex(ja3String(h)), "a3c8c1adbf4d77d3103d2cb7f61c7ac7");
  EXPECT_EQ(ja4(h, TlsTransport::Tcp), "t13d1514h2_8daaf6152771_de124e8f7d01");
}

TEST(TlsFingerprint, Ja4EdgeCases) {
  ClientHelloInfo h;
  h.legacy_version = 0x0303;
  EXPECT_EQ(ja4(h, TlsTransport::Tcp), "t12i000000_000000000000_000000000000");  // nothing offered
  h.alpns = {std::string("\x01\xff", 2)};  // not alphanumeric: hex digits of first and last byte
  h.ciphers = {0x0a0a};                    // GREASE only
  EXPECT_EQ(ja4(h, TlsTransport::Tcp).substr(0, 10), "t12i00000f");  // hex "01ff": first and last digit
  EXPECT_TRUE(isTlsGrease(0xfafa));
  EXPECT_FALSE(isTlsGrease(0x0a1a));
}

TEST(TlsFingerprint, Ja3sAndVersionFromServerHello) {
  // TLS 1.3 ServerHello: legacy 0x0303, cipher 0x1301, key_share + supported_versions.
  std::string body = std::string("\x03\x03", 2) + std::string(32, 'r') + '\0' + std::string("\x13\x01\x00", 3);
  const std::string exts = test::be16(0x0033) + test::be16(4) + std::string("\x00\x1d\x00\x00", 4) +
                           test::be16(0x002b) + test::be16(2) + std::string("\x03\x04", 2);
  body += test::be16(static_cast<uint16_t>(exts.size())) + exts;
  ServerHelloInfo s;
  ASSERT_TRUE(parseServerHello(asBytes(body), s));
  EXPECT_EQ(s.selected_version, 0x0304);
  EXPECT_EQ(tlsVersionName(s.selected_version), "TLS 1.3");
  EXPECT_EQ(ja3sString(s), "771,4865,51-43");
  EXPECT_EQ(md5Hex("771,4865,51-43"), md5Hex(ja3sString(s)));
  EXPECT_FALSE(parseServerHello(asBytes(body).first(body.size() - 1), s));
}

}  // namespace
}  // namespace tapwatch

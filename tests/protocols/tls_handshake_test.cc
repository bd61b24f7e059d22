// The server half of a TLS handshake: ServerHello and, up to TLS 1.2, the
// Certificate chain, from records split at every size. The certificates are
// made here with OpenSSL; expected values are read back with OpenSSL calls
// the parser does not use (X509_digest, BN hex), so the two can disagree.
#include <gtest/gtest.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "protocols/tls_app_parser.h"
#include "protocols/tls_certificate.h"
#include "test_support.h"

namespace tapwatch {
namespace {

using test::be16;

std::string be24(size_t v) {
  return std::string{static_cast<char>(v >> 16), static_cast<char>((v >> 8) & 0xff), static_cast<char>(v & 0xff)};
}
std::string handshakeMsg(uint8_t type, const std::string& body) {
  return std::string(1, static_cast<char>(type)) + be24(body.size()) + body;
}
std::string records(const std::string& payload, uint8_t type = 0x16, size_t max_record = 16384) {
  std::string out;
  for (size_t p = 0; p < payload.size(); p += max_record) {
    const std::string part = payload.substr(p, max_record);
    out += std::string(1, static_cast<char>(type)) + "\x03\x03" + be16(static_cast<uint16_t>(part.size())) + part;
  }
  return out;
}

struct Cert {
  std::string der, sha1_colons, serial_colons;
};

// A certificate signed by `signer` (self-signed when null); the key is made here.
Cert makeCert(const char* cn, const char* issuer_cn, const std::vector<std::string>& sans, const char* serial_hex) {
  EVP_PKEY* key = EVP_EC_gen("P-256");
  X509* x = X509_new();
  X509_set_version(x, 2);
  BIGNUM* bn = nullptr;
  BN_hex2bn(&bn, serial_hex);
  BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
  BN_free(bn);
  X509_NAME* subject = X509_get_subject_name(x);
  X509_NAME_add_entry_by_txt(subject, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("US"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Scam Shop Ltd"), -1,
                             -1, 0);
  X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(cn), -1, -1, 0);
  X509_NAME* issuer = X509_get_issuer_name(x);
  X509_NAME_add_entry_by_txt(issuer, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("US"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(issuer, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(issuer_cn), -1, -1, 0);
  ASN1_TIME_set_string(X509_getm_notBefore(x), "20260101120000Z");
  ASN1_TIME_set_string(X509_getm_notAfter(x), "20270315235959Z");
  X509_set_pubkey(x, key);
  if (!sans.empty()) {
    std::string value;
    for (const auto& s : sans) value += (value.empty() ? "DNS:" : ",DNS:") + s;
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, value.c_str());
    X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
  }
  X509_sign(x, key, EVP_sha256());
  Cert c;
  unsigned char* der = nullptr;
  const int len = i2d_X509(x, &der);
  c.der.assign(reinterpret_cast<const char*>(der), static_cast<size_t>(len));
  OPENSSL_free(der);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int md_len = 0;
  X509_digest(x, EVP_sha1(), md, &md_len);
  char buf[4];
  for (unsigned int i = 0; i < md_len; ++i) {
    std::snprintf(buf, sizeof buf, i ? ":%02x" : "%02x", md[i]);
    c.sha1_colons += buf;
  }
  X509_free(x);
  EVP_PKEY_free(key);
  return c;
}

std::string certificateMessage(const std::vector<Cert>& chain) {
  std::string list;
  for (const auto& c : chain) list += be24(c.der.size()) + c.der;
  return handshakeMsg(11, be24(list.size()) + list);
}

std::string serverHello12() {
  std::string body = std::string("\x03\x03", 2) + std::string(32, 'r') + '\0' + std::string("\xc0\x2f\x00", 3);
  const std::string alpn = std::string("\x00\x03\x02h2", 5);
  const std::string exts = be16(0xff01) + be16(1) + std::string(1, '\0') + be16(0x0010) + be16(5) + alpn;
  return handshakeMsg(2, body + be16(static_cast<uint16_t>(exts.size())) + exts);
}

TEST(TlsCertificate, LeafFieldsAsSuricataWritesThem) {
  const Cert leaf = makeCert("shop.scam-example.test", "Test Issuing CA",
                             {"shop.scam-example.test", "www.scam-example.test"}, "00C0FFEE0102");
  const Cert ca = makeCert("Test Issuing CA", "Test Root", {}, "1234");
  const std::string msg = certificateMessage({leaf, ca});
  LeafCertificate out;
  ASSERT_EQ(parseCertificateMessage(asBytes(msg).subspan(4), out), CertificateStatus::Ok);
  EXPECT_EQ(out.subject, "C=US, O=Scam Shop Ltd, CN=shop.scam-example.test");
  EXPECT_EQ(out.issuer, "C=US, CN=Test Issuing CA");
  ASSERT_EQ(out.san_dns.size(), 2u);
  EXPECT_EQ(out.san_dns[1], "www.scam-example.test");
  EXPECT_EQ(out.serial, "00:C0:FF:EE:01:02");  // DER keeps the 00 before a high bit, Suricata shows it
  EXPECT_EQ(out.fingerprint, leaf.sha1_colons);
  EXPECT_EQ(out.not_before, "2026-01-01T12:00:00");
  EXPECT_EQ(out.not_after, "2027-03-15T23:59:59");
  EXPECT_EQ(out.chain_length, 2u);
  ASSERT_EQ(out.chain.size(), 2u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(out.chain[0].data()), out.chain[0].size()), leaf.der);

  std::string bad = msg;
  bad[4 + 3 + 3 + 10] ^= 0x7f;  // inside the leaf's DER
  EXPECT_NE(parseCertificateMessage(asBytes(bad).subspan(4), out), CertificateStatus::Ok);
  EXPECT_EQ(parseCertificateMessage(asBytes(msg).subspan(4, 20), out), CertificateStatus::Malformed);
}

struct Handshake {
  test::RecordingSink sink;
  ProtocolStats stats;
  ProtocolLimits limits;
};

TEST(TlsAppParser, Tls12ServerSideAtEverySplit) {
  const Cert leaf = makeCert("shop.scam-example.test", "Test Issuing CA", {"shop.scam-example.test"}, "0A0B");
  const Cert ca = makeCert("Test Issuing CA", "Test Root", {}, "77");
  const std::string client = test::tlsRecord(test::handshake(test::clientHelloBody("shop.scam-example.test")));
  // ServerHello, Certificate and ServerHelloDone in small records (a message spans several).
  const std::string server_msgs = serverHello12() + certificateMessage({leaf, ca}) + handshakeMsg(14, "");
  const std::string server = records(server_msgs, 0x16, 100) + records(std::string(1, '\x01'), 0x14);
  for (size_t chunk : {0u, 1u, 7u, 333u}) {
    Handshake h;
    TlsAppParser parser(h.sink, h.limits, h.stats);
    ParseStatus st = test::feedSteps(parser, {{Direction::ToServer, client}, {Direction::ToClient, server}}, chunk);
    parser.finish();
    EXPECT_EQ(st, ParseStatus::Done) << chunk;
    EXPECT_TRUE(h.sink.errors.empty());
    ASSERT_EQ(h.sink.scopes.size(), 1u);
    const auto& s = h.sink.scopes[0];
    EXPECT_EQ(s.block(Field::TlsSni), "shop.scam-example.test");
    EXPECT_EQ(s.block(Field::TlsVersion), "TLS 1.2");
    EXPECT_EQ(s.block(Field::TlsCertSubject), "C=US, O=Scam Shop Ltd, CN=shop.scam-example.test");
    EXPECT_EQ(s.block(Field::TlsCertIssuer), "C=US, CN=Test Issuing CA");
    EXPECT_EQ(s.block(Field::TlsCertSan), "shop.scam-example.test");
    EXPECT_EQ(s.block(Field::TlsCertSerial), "0A:0B");
    EXPECT_EQ(s.block(Field::TlsCertFingerprint), leaf.sha1_colons);
    EXPECT_EQ(s.block(Field::TlsJa3s).size(), 32u);
    EXPECT_EQ(s.context.tls_server_alpn, "h2");
    EXPECT_EQ(s.context.tls_chain_length, 2u);
    EXPECT_EQ(s.context.tls_ja3s, "771,49199,65281-16");
    // tls.certs: each certificate of the chain on its own, DER as sent, leaf first.
    ASSERT_EQ(s.count(Field::TlsCerts), 2u);
    EXPECT_EQ(s.block(Field::TlsCerts, 0), leaf.der);
    EXPECT_EQ(s.block(Field::TlsCerts, 1), ca.der);
  }
}

TEST(TlsAppParser, Tls13StopsAfterServerHello) {
  std::string body = std::string("\x03\x03", 2) + std::string(32, 'r') + '\0' + std::string("\x13\x01\x00", 3);
  const std::string exts = be16(0x002b) + be16(2) + std::string("\x03\x04", 2);
  const std::string sh = handshakeMsg(2, body + be16(static_cast<uint16_t>(exts.size())) + exts);
  Handshake h;
  TlsAppParser parser(h.sink, h.limits, h.stats);
  const std::string client = test::tlsRecord(test::handshake(test::clientHelloBody("tls13.example")));
  EXPECT_EQ(parser.feed(Direction::ToServer, asBytes(client), Timestamp{}), ParseStatus::Continue);
  // After the ServerHello come encrypted records: nothing more is read.
  const std::string server = records(sh) + records(std::string(40, 'x'), 0x17);
  EXPECT_EQ(parser.feed(Direction::ToClient, asBytes(server), Timestamp{}), ParseStatus::Done);
  parser.finish();
  ASSERT_EQ(h.sink.scopes.size(), 1u);
  EXPECT_EQ(h.sink.scopes[0].block(Field::TlsVersion), "TLS 1.3");
  EXPECT_EQ(h.sink.scopes[0].count(Field::TlsCertSubject), 0u);
}

TEST(TlsAppParser, ServerMessageOverTheCapIsCountedNotFatal) {
  Handshake h;
  h.limits.max_tls_server_message_bytes = 300;
  const Cert leaf = makeCert("big.example", "CA", {}, "01");
  TlsAppParser parser(h.sink, h.limits, h.stats);
  const std::string client = test::tlsRecord(test::handshake(test::clientHelloBody("big.example")));
  parser.feed(Direction::ToServer, asBytes(client), Timestamp{});
  const std::string server = records(serverHello12() + certificateMessage({leaf}), 0x16, 200);
  EXPECT_EQ(parser.feed(Direction::ToClient, asBytes(server), Timestamp{}), ParseStatus::Done);
  parser.finish();
  EXPECT_EQ(h.stats.anomaly_tls_handshake_too_large.value(), 1u);
  ASSERT_EQ(h.sink.scopes.size(), 1u);
  EXPECT_EQ(h.sink.scopes[0].block(Field::TlsVersion), "TLS 1.2");
  EXPECT_EQ(h.sink.scopes[0].count(Field::TlsCertSubject), 0u);
}

}  // namespace
}  // namespace tapwatch

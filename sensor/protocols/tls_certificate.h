#pragma once
// The server's Certificate handshake message (TLS <= 1.2, RFC 5246 §7.4.2):
// the chain length and the leaf certificate's names, serial, SHA-1
// fingerprint and validity, read with OpenSSL's X.509 parser (d2i_X509) and
// written the way Suricata's EVE `tls` record spells them.
#include <cstdint>
#include <string>
#include <vector>

#include "common/bytes.h"

namespace tapwatch {

struct LeafCertificate {
  std::string subject;               // "C=US, O=Example, CN=www.example.com"
  std::string issuer;                // same form
  std::vector<std::string> san_dns;  // subjectAltName dNSName entries
  std::string serial;                // "00:A1:3F" upper-case hex bytes as encoded
  std::string fingerprint;           // SHA-1 of the DER, "aa:bb:..." lower-case
  std::string not_before;            // "2026-01-31T12:00:00" (UTC)
  std::string not_after;
  uint32_t chain_length = 0;  // certificates in the message
  // Each certificate's DER as sent, leaf first (Suricata's tls.certs); views
  // into the message body, valid only while it is.
  std::vector<ByteSpan> chain;
};

enum class CertificateStatus : uint8_t { Ok, Malformed, BadLeaf, Empty };

// `body` is the Certificate message after its 4-byte handshake header.
CertificateStatus parseCertificateMessage(ByteSpan body, LeafCertificate& out);

}  // namespace tapwatch

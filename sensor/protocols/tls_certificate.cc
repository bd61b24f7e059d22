#include "protocols/tls_certificate.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <ctime>
#include <memory>

namespace tapwatch {
namespace {

constexpr size_t kMaxSanNames = 256;  // a leaf with more names is odd; keep the first ones
constexpr size_t kMaxNameText = 4096;

struct X509Free {
  void operator()(X509* x) const { X509_free(x); }
};
struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct NamesFree {
  void operator()(GENERAL_NAMES* n) const { GENERAL_NAMES_free(n); }
};

uint32_t loadBe24(const uint8_t* p) { return (uint32_t{p[0]} << 16) | (uint32_t{p[1]} << 8) | uint32_t{p[2]}; }

void appendHexPair(std::string& out, uint8_t b, const char* digits) {
  out.push_back(digits[b >> 4]);
  out.push_back(digits[b & 0xf]);
}

// RFC 2253-like, in certificate order, ", " between parts, short names
// ("C=US, O=Example, CN=host"): how Suricata prints subject and issuerdn.
std::string nameText(const X509_NAME* name) {
  std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
  if (!bio || name == nullptr) return {};
  const unsigned long flags = XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_FN_SN | ASN1_STRFLGS_UTF8_CONVERT | ASN1_STRFLGS_ESC_CTRL;
  if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0) return {};
  char* data = nullptr;
  const long len = BIO_get_mem_data(bio.get(), &data);
  if (len <= 0 || data == nullptr) return {};
  return std::string(data, static_cast<size_t>(len < static_cast<long>(kMaxNameText) ? len : kMaxNameText));
}

std::string timeText(const ASN1_TIME* t) {
  std::tm tm{};
  if (t == nullptr || ASN1_TIME_to_tm(t, &tm) != 1) return {};
  char buf[80];  // room for any int fields, so the compiler sees no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

// The serial's content octets as DER encodes them (a leading 00 kept), as Suricata shows it.
std::string serialText(const ASN1_INTEGER* serial) {
  unsigned char* der = nullptr;
  const int len = i2d_ASN1_INTEGER(serial, &der);
  std::string out;
  if (len > 2 && der != nullptr) {
    size_t p = 1;  // tag
    const size_t first = der[p++];
    if (first & 0x80) p += first & 0x7f;  // long-form length
    for (size_t i = p; i < static_cast<size_t>(len); ++i) {
      if (!out.empty()) out.push_back(':');
      appendHexPair(out, der[i], "0123456789ABCDEF");
    }
  }
  OPENSSL_free(der);
  return out;
}

std::string fingerprintText(ByteSpan der) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(der.data(), der.size(), digest, &len, EVP_sha1(), nullptr) != 1) return {};
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    if (i != 0) out.push_back(':');
    appendHexPair(out, digest[i], "0123456789abcdef");
  }
  return out;
}

void sanNames(X509* cert, std::vector<std::string>& out) {
  std::unique_ptr<GENERAL_NAMES, NamesFree> names(
      static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
  if (!names) return;
  const int n = sk_GENERAL_NAME_num(names.get());
  for (int i = 0; i < n && out.size() < kMaxSanNames; ++i) {
    const GENERAL_NAME* g = sk_GENERAL_NAME_value(names.get(), i);
    if (g->type != GEN_DNS) continue;
    const ASN1_IA5STRING* dns = g->d.dNSName;
    out.emplace_back(reinterpret_cast<const char*>(ASN1_STRING_get0_data(dns)),
                     static_cast<size_t>(ASN1_STRING_length(dns)));
  }
}

}  // namespace

CertificateStatus parseCertificateMessage(ByteSpan body, LeafCertificate& out) {
  out = LeafCertificate{};
  if (body.size() < 3 || loadBe24(body.data()) != body.size() - 3) return CertificateStatus::Malformed;
  ByteSpan leaf;
  for (size_t p = 3; p < body.size();) {
    if (p + 3 > body.size()) return CertificateStatus::Malformed;
    const size_t len = loadBe24(body.data() + p);
    p += 3;
    if (len == 0 || len > body.size() - p) return CertificateStatus::Malformed;
    if (out.chain_length++ == 0) leaf = body.subspan(p, len);
    out.chain.push_back(body.subspan(p, len));
    p += len;
  }
  if (out.chain_length == 0) return CertificateStatus::Empty;
  const unsigned char* der = leaf.data();
  std::unique_ptr<X509, X509Free> cert(d2i_X509(nullptr, &der, static_cast<long>(leaf.size())));
  if (!cert) return CertificateStatus::BadLeaf;
  out.subject = nameText(X509_get_subject_name(cert.get()));
  out.issuer = nameText(X509_get_issuer_name(cert.get()));
  sanNames(cert.get(), out.san_dns);
  out.serial = serialText(X509_get0_serialNumber(cert.get()));
  out.fingerprint = fingerprintText(leaf);
  out.not_before = timeText(X509_get0_notBefore(cert.get()));
  out.not_after = timeText(X509_get0_notAfter(cert.get()));
  return CertificateStatus::Ok;
}

}  // namespace tapwatch

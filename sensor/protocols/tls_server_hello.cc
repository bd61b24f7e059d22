#include "protocols/tls_server_hello.h"

namespace tapwatch {
namespace {
constexpr size_t kMaxExtensions = 512;
}  // namespace

void ServerHelloInfo::clear() {
  legacy_version = selected_version = cipher = 0;
  extensions.clear();
  alpn.clear();
}

bool parseServerHello(ByteSpan body, ServerHelloInfo& out) {
  out.clear();
  size_t p = 2 + 32;  // legacy_version, random
  if (body.size() < p + 1) return false;
  out.legacy_version = out.selected_version = loadBe16(body.data());
  const size_t session_id = body[p++];
  if (session_id > 32 || p + session_id + 3 > body.size()) return false;
  p += session_id;
  out.cipher = loadBe16(body.data() + p);
  p += 3;  // cipher_suite, legacy_compression_method
  if (p == body.size()) return true;
  if (p + 2 > body.size() || p + 2 + loadBe16(body.data() + p) != body.size()) return false;
  p += 2;
  while (p + 4 <= body.size()) {
    const uint16_t type = loadBe16(body.data() + p);
    const size_t len = loadBe16(body.data() + p + 2);
    p += 4;
    if (p + len > body.size()) return false;
    if (out.extensions.size() < kMaxExtensions) out.extensions.push_back(type);
    const uint8_t* ext = body.data() + p;
    if (type == kTlsExtSupportedVersions && len == 2) out.selected_version = loadBe16(ext);
    // ALPN in a ServerHello: a list holding exactly one name (RFC 7301 §3.1).
    if (type == kTlsExtAlpn && len >= 3 && loadBe16(ext) == len - 2 && ext[2] == len - 3)
      out.alpn.assign(reinterpret_cast<const char*>(ext + 3), len - 3);
    p += len;
  }
  return p == body.size();
}

std::string tlsVersionName(uint16_t version) {
  switch (version) {
    case 0x0200: return "SSLv2";
    case 0x0300: return "SSLv3";
    case 0x0301: return "TLSv1";
    case 0x0302: return "TLS 1.1";
    case 0x0303: return "TLS 1.2";
    case 0x0304: return "TLS 1.3";
    default: break;
  }
  return "UNDETERMINED";
}

}  // namespace tapwatch

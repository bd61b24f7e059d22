#include "protocols/tls_client_hello.h"

namespace tapwatch {
namespace {

constexpr uint8_t kNameTypeHost = 0x00;
constexpr size_t kMaxHostName = 255;
constexpr size_t kMaxListEntries = 512;           // per list: bounds the work one hostile hello can cause
constexpr uint64_t kQuicParamUserAgent = 0x3129;  // google_user_agent (Chromium)
constexpr size_t kMaxUserAgent = 512;

// A vector<uint16_t> with a 2-byte length prefix (cipher suites, groups, ...).
bool readU16List(ByteSpan data, size_t prefix, std::vector<uint16_t>& out) {
  if (data.size() < prefix) return false;
  const size_t len = prefix == 1 ? data[0] : loadBe16(data.data());
  if (len != data.size() - prefix || len % 2 != 0) return false;
  for (size_t p = prefix; p + 2 <= data.size() && out.size() < kMaxListEntries; p += 2)
    out.push_back(loadBe16(data.data() + p));
  return true;
}

// server_name extension data: ServerNameList (RFC 6066 §3).
ClientHelloStatus parseServerName(ByteSpan ext, std::string& sni) {
  if (ext.size() < 2) return ClientHelloStatus::Malformed;
  const size_t list_len = loadBe16(ext.data());
  if (list_len != ext.size() - 2) return ClientHelloStatus::Malformed;
  size_t p = 2;
  while (p + 3 <= ext.size()) {
    const uint8_t type = ext[p];
    const size_t len = loadBe16(ext.data() + p + 1);
    p += 3;
    if (p + len > ext.size()) return ClientHelloStatus::Malformed;
    if (type == kNameTypeHost && sni.empty()) {
      if (len == 0 || len > kMaxHostName) return ClientHelloStatus::BadSni;
      for (size_t i = 0; i < len; ++i) {
        uint8_t c = ext[p + i];
        if (c <= 0x20 || c >= 0x7F) {
          sni.clear();
          return ClientHelloStatus::BadSni;
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<uint8_t>(c - 'A' + 'a');
        sni.push_back(static_cast<char>(c));
      }
      while (!sni.empty() && sni.back() == '.') sni.pop_back();
    }
    p += len;
  }
  return p == ext.size() ? ClientHelloStatus::Ok : ClientHelloStatus::Malformed;
}

// ProtocolNameList (RFC 7301 §3.1): 2-byte total, then 1-byte-length names.
bool parseAlpn(ByteSpan ext, std::vector<std::string>& out) {
  if (ext.size() < 2 || loadBe16(ext.data()) != ext.size() - 2) return false;
  size_t p = 2;
  while (p < ext.size()) {
    const size_t len = ext[p++];
    if (len == 0 || p + len > ext.size()) return false;
    if (out.size() < kMaxListEntries) out.emplace_back(reinterpret_cast<const char*>(ext.data() + p), len);
    p += len;
  }
  return true;
}

// QUIC variable-length integer (RFC 9000 §16). False when it runs past the end.
bool readVarint(ByteSpan data, size_t& p, uint64_t& v) {
  if (p >= data.size()) return false;
  const size_t len = size_t{1} << (data[p] >> 6);
  if (p + len > data.size()) return false;
  v = data[p] & 0x3f;
  for (size_t i = 1; i < len; ++i) v = (v << 8) | data[p + i];
  p += len;
  return true;
}

// quic_transport_parameters (RFC 9000 §18): only the user agent is kept; a
// malformed parameter list is not a malformed hello (the name still counts).
void parseTransportParameters(ByteSpan ext, std::string& user_agent) {
  size_t p = 0;
  while (p < ext.size()) {
    uint64_t id = 0, len = 0;
    if (!readVarint(ext, p, id) || !readVarint(ext, p, len) || len > ext.size() - p) return;
    if (id == kQuicParamUserAgent && user_agent.empty()) {
      const size_t keep = len < kMaxUserAgent ? static_cast<size_t>(len) : kMaxUserAgent;
      user_agent.assign(reinterpret_cast<const char*>(ext.data() + p), keep);
    }
    p += static_cast<size_t>(len);
  }
}

// A malformed list in an extension other than server_name is dropped, not
// fatal: a client (or an evader) that garbles ALPN must not hide its SNI.
ClientHelloStatus parseExtension(uint16_t type, ByteSpan ext, ClientHelloInfo& out) {
  switch (type) {
    case kTlsExtServerName: return parseServerName(ext, out.sni);
    case kTlsExtSupportedGroups:
      if (!readU16List(ext, 2, out.groups)) out.groups.clear();
      break;
    case kTlsExtSignatureAlgorithms:
      if (!readU16List(ext, 2, out.signature_algorithms)) out.signature_algorithms.clear();
      break;
    case kTlsExtSupportedVersions:
      if (!readU16List(ext, 1, out.supported_versions)) out.supported_versions.clear();
      break;
    case kTlsExtEcPointFormats:
      if (ext.empty() || ext[0] != ext.size() - 1) break;
      for (size_t i = 1; i < ext.size() && out.point_formats.size() < kMaxListEntries; ++i)
        out.point_formats.push_back(ext[i]);
      break;
    case kTlsExtAlpn:
      if (!parseAlpn(ext, out.alpns)) out.alpns.clear();
      break;
    case kTlsExtQuicTransportParameters: parseTransportParameters(ext, out.quic_user_agent); break;
    case kTlsExtEncryptedClientHello: out.ech = true; break;
    default: break;
  }
  return ClientHelloStatus::Ok;
}

}  // namespace

void ClientHelloInfo::clear() {
  legacy_version = 0;
  ciphers.clear();
  extensions.clear();
  groups.clear();
  point_formats.clear();
  signature_algorithms.clear();
  supported_versions.clear();
  alpns.clear();
  sni.clear();
  quic_user_agent.clear();
  ech = false;
}

ClientHelloStatus parseClientHello(ByteSpan body, ClientHelloInfo& out) {
  out.clear();
  if (body.size() < 2 + 32 + 1) return ClientHelloStatus::Malformed;
  out.legacy_version = loadBe16(body.data());
  size_t p = 2 + 32;  // legacy_version, random
  const size_t session_id = body[p++];
  if (session_id > 32 || p + session_id + 2 > body.size()) return ClientHelloStatus::Malformed;
  p += session_id;
  const size_t suites = loadBe16(body.data() + p);
  if (suites == 0 || suites % 2 != 0 || p + 2 + suites + 1 > body.size()) return ClientHelloStatus::Malformed;
  readU16List(body.subspan(p, 2 + suites), 2, out.ciphers);
  p += 2 + suites;
  const size_t compressions = body[p++];
  if (compressions == 0 || p + compressions > body.size()) return ClientHelloStatus::Malformed;
  p += compressions;
  if (p == body.size()) return ClientHelloStatus::Ok;  // no extensions (SSLv3-style hello)
  if (p + 2 > body.size()) return ClientHelloStatus::Malformed;
  const size_t ext_total = loadBe16(body.data() + p);
  p += 2;
  if (p + ext_total != body.size()) return ClientHelloStatus::Malformed;
  while (p + 4 <= body.size()) {
    const uint16_t type = loadBe16(body.data() + p);
    const size_t len = loadBe16(body.data() + p + 2);
    p += 4;
    if (p + len > body.size()) return ClientHelloStatus::Malformed;
    for (uint16_t seen : out.extensions)
      if (seen == type) return ClientHelloStatus::Malformed;  // duplicate extension (RFC 8446 §4.2)
    if (out.extensions.size() < kMaxListEntries) out.extensions.push_back(type);
    const ClientHelloStatus st = parseExtension(type, body.subspan(p, len), out);
    if (st != ClientHelloStatus::Ok) return st;
    p += len;
  }
  return p == body.size() ? ClientHelloStatus::Ok : ClientHelloStatus::Malformed;
}

}  // namespace tapwatch

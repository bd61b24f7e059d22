#include "protocols/tls_fingerprint.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace tapwatch {
namespace {

constexpr char kHex[] = "0123456789abcdef";

template <typename T>
void appendDecimalList(std::string& out, const std::vector<T>& values, bool drop_grease) {
  bool first = true;
  for (T v : values) {
    if (drop_grease && isTlsGrease(v)) continue;
    if (!first) out.push_back('-');
    first = false;
    out += std::to_string(v);
  }
}

std::string hexDigest(const EVP_MD* md, std::string_view text, size_t hex_chars) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(text.data(), text.size(), digest, &len, md, nullptr) != 1) return std::string(hex_chars, '0');
  std::string out;
  for (unsigned int i = 0; i < len && out.size() < hex_chars; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 0xf]);
  }
  out.resize(hex_chars);
  return out;
}

void appendHex4(std::string& out, uint16_t v) {
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(v >> shift) & 0xf]);
}

// JA4 "a" version: the highest supported_versions entry, else the hello's own.
const char* ja4Version(const ClientHelloInfo& hello) {
  uint16_t v = 0;
  for (uint16_t s : hello.supported_versions)
    if (!isTlsGrease(s)) v = std::max(v, s);
  if (v == 0) v = hello.legacy_version;
  switch (v) {
    case 0x0304: return "13";
    case 0x0303: return "12";
    case 0x0302: return "11";
    case 0x0301: return "10";
    case 0x0300: return "s3";
    case 0x0002: return "s2";
    case 0xfeff: return "d1";
    case 0xfefd: return "d2";
    case 0xfefc: return "d3";
    default: return "00";
  }
}

bool isAlnum(uint8_t c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// First and last character of the first ALPN; its hex form's first and last
// digit when either byte is not alphanumeric; "00" without ALPN.
void appendAlpnChars(std::string& out, const ClientHelloInfo& hello) {
  if (hello.alpns.empty() || hello.alpns[0].empty()) {
    out += "00";
    return;
  }
  const auto first = static_cast<uint8_t>(hello.alpns[0].front());
  const auto last = static_cast<uint8_t>(hello.alpns[0].back());
  if (isAlnum(first) && isAlnum(last)) {
    out.push_back(static_cast<char>(first));
    out.push_back(static_cast<char>(last));
  } else {
    out.push_back(kHex[first >> 4]);
    out.push_back(kHex[last & 0xf]);
  }
}

void appendCount(std::string& out, size_t n) {
  n = std::min<size_t>(n, 99);
  out.push_back(static_cast<char>('0' + n / 10));
  out.push_back(static_cast<char>('0' + n % 10));
}

}  // namespace

std::string ja3String(const ClientHelloInfo& hello) {
  std::string out = std::to_string(hello.legacy_version);
  out.push_back(',');
  appendDecimalList(out, hello.ciphers, true);
  out.push_back(',');
  appendDecimalList(out, hello.extensions, true);
  out.push_back(',');
  appendDecimalList(out, hello.groups, true);
  out.push_back(',');
  appendDecimalList(out, hello.point_formats, false);
  return out;
}

std::string ja3sString(const ServerHelloInfo& hello) {
  std::string out = std::to_string(hello.legacy_version) + "," + std::to_string(hello.cipher) + ",";
  appendDecimalList(out, hello.extensions, true);
  return out;
}

std::string md5Hex(std::string_view text) { return hexDigest(EVP_md5(), text, 32); }

std::string ja4(const ClientHelloInfo& hello, TlsTransport transport) {
  std::vector<uint16_t> ciphers, extensions;
  for (uint16_t c : hello.ciphers)
    if (!isTlsGrease(c)) ciphers.push_back(c);
  size_t extension_count = 0;
  bool has_sni = false;
  for (uint16_t e : hello.extensions) {
    if (isTlsGrease(e)) continue;
    ++extension_count;
    if (e == kTlsExtServerName) has_sni = true;
    if (e != kTlsExtServerName && e != kTlsExtAlpn) extensions.push_back(e);
  }
  std::sort(ciphers.begin(), ciphers.end());
  std::sort(extensions.begin(), extensions.end());

  std::string out(1, static_cast<char>(transport));
  out += ja4Version(hello);
  out.push_back(has_sni ? 'd' : 'i');
  appendCount(out, ciphers.size());
  appendCount(out, extension_count);
  appendAlpnChars(out, hello);

  std::string text;
  for (uint16_t c : ciphers) {
    if (!text.empty()) text.push_back(',');
    appendHex4(text, c);
  }
  out.push_back('_');
  out += ciphers.empty() ? std::string(12, '0') : hexDigest(EVP_sha256(), text, 12);

  text.clear();
  for (uint16_t e : extensions) {
    if (!text.empty()) text.push_back(',');
    appendHex4(text, e);
  }
  bool first_alg = true;
  for (uint16_t a : hello.signature_algorithms) {
    if (isTlsGrease(a)) continue;
    text.push_back(first_alg ? '_' : ',');
    first_alg = false;
    appendHex4(text, a);
  }
  out.push_back('_');
  out += extensions.empty() ? std::string(12, '0') : hexDigest(EVP_sha256(), text, 12);
  return out;
}

}  // namespace tapwatch

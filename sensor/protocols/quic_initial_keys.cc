#include "protocols/quic_initial_keys.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdio>
#include <cstring>
#include <string_view>

namespace tapwatch {
namespace {

constexpr uint8_t kSaltV1[20] = {0x38, 0x76, 0x2c, 0xf7, 0xf5, 0x59, 0x34, 0xb3, 0x4d, 0x17,
                                 0x9a, 0xe6, 0xa4, 0xc8, 0x0c, 0xad, 0xcc, 0xbb, 0x7f, 0x0a};
constexpr uint8_t kSaltV2[20] = {0x0d, 0xed, 0xe3, 0xde, 0xf7, 0x00, 0xa6, 0xdb, 0x81, 0x93,
                                 0x81, 0xbe, 0x6e, 0x26, 0x9d, 0xcb, 0xf9, 0xbd, 0x2e, 0xd9};
constexpr size_t kSecretLen = 32;

// HKDF-Expand-Label (RFC 8446 §7.1) with an empty context, for outputs of at
// most one SHA-256 block: T(1) = HMAC(secret, HkdfLabel || 0x01).
bool expandLabel(const uint8_t* secret, std::string_view label, uint8_t* out, size_t out_len) {
  uint8_t info[2 + 1 + 255 + 1 + 1];
  const std::string_view prefix = "tls13 ";
  const size_t full = prefix.size() + label.size();
  if (out_len > kSecretLen || full > 255) return false;
  size_t n = 0;
  info[n++] = static_cast<uint8_t>(out_len >> 8);
  info[n++] = static_cast<uint8_t>(out_len);
  info[n++] = static_cast<uint8_t>(full);
  std::memcpy(info + n, prefix.data(), prefix.size());
  n += prefix.size();
  std::memcpy(info + n, label.data(), label.size());
  n += label.size();
  info[n++] = 0;  // context length
  info[n++] = 1;  // HKDF-Expand counter
  uint8_t block[EVP_MAX_MD_SIZE];
  unsigned int block_len = 0;
  if (HMAC(EVP_sha256(), secret, kSecretLen, info, n, block, &block_len) == nullptr || block_len < out_len)
    return false;
  std::memcpy(out, block, out_len);
  return true;
}

}  // namespace

bool quicVersionSupported(uint32_t version) { return version == kQuicVersion1 || version == kQuicVersion2; }

uint8_t quicInitialType(uint32_t version) { return version == kQuicVersion2 ? 1 : 0; }
uint8_t quicRetryType(uint32_t version) { return version == kQuicVersion2 ? 0 : 3; }

std::string quicVersionName(uint32_t version) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%x", version);
  return buf;
}

bool deriveQuicInitialKeys(uint32_t version, ByteSpan dcid, QuicSide side, QuicInitialKeys& out) {
  if (!quicVersionSupported(version)) return false;
  const bool v2 = version == kQuicVersion2;
  const uint8_t* salt = v2 ? kSaltV2 : kSaltV1;
  uint8_t initial[EVP_MAX_MD_SIZE];
  unsigned int initial_len = 0;
  // HKDF-Extract(salt, DCID) is HMAC(salt, DCID).
  if (HMAC(EVP_sha256(), salt, sizeof kSaltV1, dcid.data(), dcid.size(), initial, &initial_len) == nullptr ||
      initial_len != kSecretLen)
    return false;
  uint8_t secret[kSecretLen];
  if (!expandLabel(initial, side == QuicSide::Client ? "client in" : "server in", secret, kSecretLen)) return false;
  return expandLabel(secret, v2 ? "quicv2 key" : "quic key", out.key.data(), out.key.size()) &&
         expandLabel(secret, v2 ? "quicv2 iv" : "quic iv", out.iv.data(), out.iv.size()) &&
         expandLabel(secret, v2 ? "quicv2 hp" : "quic hp", out.hp.data(), out.hp.size());
}

}  // namespace tapwatch

#pragma once
// Builders for QUIC tests: hex, varints, frames, and a client Initial packet
// protected the way a sender does it (RFC 9001 §5.3, §5.4), written here with
// OpenSSL so the sensor's opener is checked against an independent encoder
// (and both against the RFC's published packets, quic_rfc_vectors.h).
#include <openssl/evp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "protocols/quic_initial_keys.h"

namespace tapwatch::test {

inline std::string unhex(std::string_view hex) {
  std::string out;
  auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<char>(nibble(hex[i]) << 4 | nibble(hex[i + 1])));
  return out;
}

inline std::string hexOf(const uint8_t* p, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out.push_back(digits[p[i] >> 4]);
    out.push_back(digits[p[i] & 0xf]);
  }
  return out;
}

inline std::string quicVarint(uint64_t v) {
  std::string out;
  if (v < 64) {
    out.push_back(static_cast<char>(v));
  } else if (v < 16384) {
    out.push_back(static_cast<char>(0x40 | (v >> 8)));
    out.push_back(static_cast<char>(v & 0xff));
  } else {
    for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>(((i == 3 ? 0x80 : 0) | (v >> (8 * i))) & 0xff));
  }
  return out;
}

inline std::string cryptoFrame(uint64_t offset, const std::string& data) {
  return std::string(1, '\x06') + quicVarint(offset) + quicVarint(data.size()) + data;
}

// A protected Initial: 4-byte packet number, 2-byte length, payload padded
// with PADDING frames so the packet is `packet_size` bytes (0 = no padding).
inline std::string protectInitial(uint32_t version, const std::string& dcid, const std::string& scid, uint32_t pn,
                                  std::string frames, size_t packet_size = 0) {
  QuicInitialKeys keys;
  if (!deriveQuicInitialKeys(version, asBytes(dcid), QuicSide::Client, keys)) return {};
  const uint8_t type = quicInitialType(version);
  std::string header(1, static_cast<char>(0xc0 | (type << 4) | 0x03));  // pn length 4
  for (int i = 3; i >= 0; --i) header.push_back(static_cast<char>((version >> (8 * i)) & 0xff));
  header += static_cast<char>(dcid.size()) + dcid + static_cast<char>(scid.size()) + scid;
  header += '\0';  // no token
  const size_t fixed = header.size() + 2 + 4 + 16;
  if (packet_size > fixed + frames.size()) frames.append(packet_size - fixed - frames.size(), '\0');
  if (frames.size() < 4) frames.append(4 - frames.size(), '\0');  // room for the header-protection sample
  const size_t length = 4 + frames.size() + 16;
  header.push_back(static_cast<char>(0x40 | (length >> 8)));
  header.push_back(static_cast<char>(length & 0xff));
  const size_t pn_offset = header.size();
  for (int i = 3; i >= 0; --i) header.push_back(static_cast<char>((pn >> (8 * i)) & 0xff));

  std::array<uint8_t, 12> nonce = keys.iv;
  for (size_t i = 0; i < 4; ++i) nonce[11 - i] ^= static_cast<uint8_t>(pn >> (8 * i));
  std::string sealed(frames.size() + 16, '\0');
  EVP_CIPHER_CTX* gcm = EVP_CIPHER_CTX_new();
  int len = 0;
  EVP_EncryptInit_ex(gcm, EVP_aes_128_gcm(), nullptr, keys.key.data(), nonce.data());
  EVP_EncryptUpdate(gcm, nullptr, &len, reinterpret_cast<const uint8_t*>(header.data()),
                    static_cast<int>(header.size()));
  EVP_EncryptUpdate(gcm, reinterpret_cast<uint8_t*>(sealed.data()), &len,
                    reinterpret_cast<const uint8_t*>(frames.data()), static_cast<int>(frames.size()));
  EVP_EncryptFinal_ex(gcm, reinterpret_cast<uint8_t*>(sealed.data()) + len, &len);
  EVP_CIPHER_CTX_ctrl(gcm, EVP_CTRL_GCM_GET_TAG, 16, sealed.data() + frames.size());
  EVP_CIPHER_CTX_free(gcm);

  std::string packet = header + sealed;
  uint8_t mask[32];
  EVP_CIPHER_CTX* ecb = EVP_CIPHER_CTX_new();
  EVP_EncryptInit_ex(ecb, EVP_aes_128_ecb(), nullptr, keys.hp.data(), nullptr);
  EVP_CIPHER_CTX_set_padding(ecb, 0);
  EVP_EncryptUpdate(ecb, mask, &len, reinterpret_cast<const uint8_t*>(packet.data()) + pn_offset + 4, 16);
  EVP_CIPHER_CTX_free(ecb);
  packet[0] = static_cast<char>(packet[0] ^ (mask[0] & 0x0f));
  for (size_t i = 0; i < 4; ++i) packet[pn_offset + i] = static_cast<char>(packet[pn_offset + i] ^ mask[1 + i]);
  return packet;
}

}  // namespace tapwatch::test

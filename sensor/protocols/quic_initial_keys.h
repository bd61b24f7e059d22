#pragma once
// QUIC Initial packet protection keys (RFC 9001 §5.2, RFC 9369 §3.3): an
// observer can derive them, because they come from the client's first
// Destination Connection ID and a salt published per version. HKDF-SHA256
// with OpenSSL's HMAC.
#include <array>
#include <cstdint>
#include <string>

#include "common/bytes.h"

namespace tapwatch {

inline constexpr uint32_t kQuicVersion1 = 0x00000001;
inline constexpr uint32_t kQuicVersion2 = 0x6b3343cf;

struct QuicInitialKeys {
  std::array<uint8_t, 16> key{};  // AEAD_AES_128_GCM
  std::array<uint8_t, 12> iv{};
  std::array<uint8_t, 16> hp{};  // header protection, AES-128-ECB
};

enum class QuicSide : uint8_t { Client, Server };

bool quicVersionSupported(uint32_t version);  // v1 and v2

// The long-header type bits of an Initial packet: 0b00 in v1, 0b01 in v2.
uint8_t quicInitialType(uint32_t version);
uint8_t quicRetryType(uint32_t version);

// Suricata's spelling of a version in EVE: hex without leading zeros ("1", "6b3343cf").
std::string quicVersionName(uint32_t version);

// False if the version is unsupported or OpenSSL fails.
bool deriveQuicInitialKeys(uint32_t version, ByteSpan dcid, QuicSide side, QuicInitialKeys& out);

}  // namespace tapwatch

#pragma once
// What the TLS parsers read out of a ClientHello and a ServerHello: the
// numbers fingerprints (JA3, JA3S, JA4) and fields (tls.alpn, tls.version)
// are made of, in wire order. Plain data; filled by tls_client_hello.cc and
// tls_server_hello.cc, consumed by tls_fingerprint.cc and the parsers.
#include <cstdint>
#include <string>
#include <vector>

namespace tapwatch {

// RFC 8701 GREASE values (0x0a0a, 0x1a1a, ... 0xfafa): random noise a client
// adds; every fingerprint spec drops them so one client keeps one hash.
inline bool isTlsGrease(uint16_t v) { return (v & 0x0f0f) == 0x0a0a && (v >> 8) == (v & 0xff); }

inline constexpr uint16_t kTlsExtServerName = 0x0000;
inline constexpr uint16_t kTlsExtSupportedGroups = 0x000a;
inline constexpr uint16_t kTlsExtEcPointFormats = 0x000b;
inline constexpr uint16_t kTlsExtSignatureAlgorithms = 0x000d;
inline constexpr uint16_t kTlsExtAlpn = 0x0010;
inline constexpr uint16_t kTlsExtSupportedVersions = 0x002b;
inline constexpr uint16_t kTlsExtQuicTransportParameters = 0x0039;
inline constexpr uint16_t kTlsExtEncryptedClientHello = 0xfe0d;

struct ClientHelloInfo {
  uint16_t legacy_version = 0;
  std::vector<uint16_t> ciphers;       // wire order, GREASE kept
  std::vector<uint16_t> extensions;    // wire order, GREASE kept
  std::vector<uint16_t> groups;        // supported_groups
  std::vector<uint8_t> point_formats;  // ec_point_formats
  std::vector<uint16_t> signature_algorithms;
  std::vector<uint16_t> supported_versions;
  std::vector<std::string> alpns;  // offered protocols, wire order
  std::string sni;                 // lowercased host_name, "" when absent
  std::string quic_user_agent;     // google_user_agent transport parameter (0x3129), QUIC only
  bool ech = false;                // encrypted_client_hello present: the real name is hidden

  void clear();
};

struct ServerHelloInfo {
  uint16_t legacy_version = 0;
  uint16_t selected_version = 0;  // supported_versions (TLS 1.3), else legacy_version
  uint16_t cipher = 0;
  std::vector<uint16_t> extensions;  // wire order
  std::string alpn;                  // the selected protocol, "" when none

  void clear();
};

enum class ClientHelloStatus : uint8_t { Ok, Malformed, BadSni };

// Suricata's EVE spelling of a TLS version: "TLS 1.2", "TLS 1.3", "TLSv1", ...
std::string tlsVersionName(uint16_t version);

}  // namespace tapwatch

#pragma once
// TLS client and server fingerprints, computed from the parsed hellos:
// - JA3 / JA3S (Salesforce): "version,ciphers,extensions,groups,formats" in
//   decimal, '-' joined, GREASE removed; the hash is MD5 in lower-case hex.
// - JA4 (FoxIO): t|q + version + d|i + cipher count + extension count + ALPN
//   first/last char, '_' the truncated SHA-256 of the sorted ciphers, '_' the
//   truncated SHA-256 of the sorted extensions (SNI, ALPN dropped) plus the
//   signature algorithms in wire order.
// Runs once per handshake, so plain std::string results are fine.
#include <string>

#include "protocols/tls_hello_types.h"

namespace tapwatch {

enum class TlsTransport : char { Tcp = 't', Quic = 'q' };

std::string ja3String(const ClientHelloInfo& hello);
std::string ja3sString(const ServerHelloInfo& hello);
std::string ja4(const ClientHelloInfo& hello, TlsTransport transport);
std::string md5Hex(std::string_view text);  // 32 lower-case hex digits

}  // namespace tapwatch

#pragma once
// ServerHello body parser (RFC 8446 §4.1.3): version (supported_versions for
// TLS 1.3), the chosen cipher, the extension list (JA3S) and the ALPN choice.
#include "common/bytes.h"
#include "protocols/tls_hello_types.h"

namespace tapwatch {

// `body` is the ServerHello after its 4-byte handshake header. False if malformed.
bool parseServerHello(ByteSpan body, ServerHelloInfo& out);

}  // namespace tapwatch

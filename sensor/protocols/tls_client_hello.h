#pragma once
// ClientHello body parser (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2): every list the
// fingerprints need, SNI (RFC 6066 §3), ALPN (RFC 7301), ECH presence, and in
// QUIC the transport parameters' user agent. Every length is checked against
// its enclosing one. Reuses `out`'s storage, so a warm parser does not allocate.
#include "common/bytes.h"
#include "protocols/tls_hello_types.h"

namespace tapwatch {

// `body` is the ClientHello after its 4-byte handshake header.
ClientHelloStatus parseClientHello(ByteSpan body, ClientHelloInfo& out);

}  // namespace tapwatch

#pragma once
// From a parsed ClientHello to the transaction context and the inspection
// fields, shared by the TLS-over-TCP and the QUIC parsers so both spell the
// fingerprints and names the same way.
#include <cstdint>

#include "protocols/inspection_sink.h"
#include "protocols/tls_fingerprint.h"
#include "protocols/tls_hello_types.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

// Fills the client side of `ctx` (sni, alpns, ja3, ja4, ech; quic ua).
void fillClientHelloContext(const ClientHelloInfo& hello, TlsTransport transport, TransactionContext& ctx);

// Delivers the client-side fields of an open scope: tls.sni or quic.sni
// (+ quic.ua), then tls.alpn per protocol, tls.ja3, tls.ja4.
void emitClientHelloFields(InspectionSink& sink, uint32_t scope, const TransactionContext& ctx, TlsTransport transport);

}  // namespace tapwatch

#include "protocols/tls_hello_fields.h"

namespace tapwatch {

void fillClientHelloContext(const ClientHelloInfo& hello, TlsTransport transport, TransactionContext& ctx) {
  ctx.tls_sni = hello.sni;
  ctx.tls_client_alpns = hello.alpns;
  ctx.tls_ja3 = ja3String(hello);
  ctx.tls_ja3_hash = md5Hex(ctx.tls_ja3);
  ctx.tls_ja4 = ja4(hello, transport);
  ctx.tls_ech = hello.ech;
  if (transport == TlsTransport::Quic) ctx.quic_ua = hello.quic_user_agent;
}

void emitClientHelloFields(InspectionSink& sink, uint32_t scope, const TransactionContext& ctx,
                           TlsTransport transport) {
  const bool quic = transport == TlsTransport::Quic;
  if (!ctx.tls_sni.empty()) sink.fieldData(scope, quic ? Field::QuicSni : Field::TlsSni, asBytes(ctx.tls_sni), true);
  if (quic && !ctx.quic_ua.empty()) sink.fieldData(scope, Field::QuicUa, asBytes(ctx.quic_ua), true);
  for (const std::string& alpn : ctx.tls_client_alpns) sink.fieldData(scope, Field::TlsAlpn, asBytes(alpn), true);
  sink.fieldData(scope, Field::TlsJa3, asBytes(ctx.tls_ja3_hash), true);
  sink.fieldData(scope, Field::TlsJa3String, asBytes(ctx.tls_ja3), true);
  sink.fieldData(scope, Field::TlsJa4, asBytes(ctx.tls_ja4), true);
}

}  // namespace tapwatch

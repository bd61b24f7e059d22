#pragma once
// TLS over TCP: the handshake in clear text. From the client: the whole
// ClientHello (SNI, ALPN, JA3, JA4, ECH). From the server: the ServerHello
// (negotiated version, JA3S, ALPN) and, up to TLS 1.2, the Certificate
// message (leaf subject, issuer, SANs, serial, SHA-1, validity). One
// Scope::TlsHandshake opens at the ClientHello and closes when the server's
// clear-text part ends (ServerHelloDone, a TLS 1.3 ServerHello, or the first
// non-handshake record); then ParseStatus::Done, the rest is encrypted.
// Messages may span records and segments; each direction is buffered up to
// its cap. Worker thread only; one per flow.
#include <cstdint>
#include <string>

#include "common/bytes.h"
#include "protocols/app_parser.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/tls_certificate.h"
#include "protocols/tls_client_hello.h"
#include "protocols/tls_handshake_reader.h"
#include "protocols/tls_server_hello.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

class TlsAppParser final : public AppParser {
 public:
  TlsAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  TlsAppParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  AppProto proto() const override { return AppProto::Tls; }
  ParseStatus feed(Direction dir, ByteSpan data, Timestamp ts) override;
  ParseStatus gap(Direction dir, uint64_t bytes) override;
  void finish() override;

 private:
  static constexpr uint32_t kScope = 1;  // one handshake per flow

  // Each direction's reader calls back into its own handler.
  struct ClientSide final : TlsHandshakeHandler {
    explicit ClientSide(TlsAppParser& p) : parser(p) {}
    bool onHandshakeMessage(uint8_t type, ByteSpan body) override;
    bool onOtherRecord(uint8_t content_type) override;
    TlsAppParser& parser;
  };
  struct ServerSide final : TlsHandshakeHandler {
    explicit ServerSide(TlsAppParser& p) : parser(p) {}
    bool onHandshakeMessage(uint8_t type, ByteSpan body) override;
    bool onOtherRecord(uint8_t content_type) override;
    TlsAppParser& parser;
  };

  ParseStatus feedClient(ByteSpan data);
  ParseStatus feedServer(ByteSpan data);
  ParseStatus fail(Counter& reason);
  bool clientHello(ByteSpan body);
  bool serverHello(ByteSpan body);
  void certificate(ByteSpan body);
  ParseStatus serverDone();  // closes the scope: the handshake's clear-text part is over

  InspectionSink& sink_;
  ProtocolStats& stats_;
  TransactionContext context_;
  TlsHandshakeReader client_reader_;
  TlsHandshakeReader server_reader_;
  ClientSide client_side_{*this};
  ServerSide server_side_{*this};
  ClientHelloInfo client_hello_;
  ServerHelloInfo server_hello_;
  Counter* client_error_ = nullptr;  // why the client side was refused, set by the handler
  bool client_started_ = false;
  bool hello_seen_ = false;
  bool scope_open_ = false;
  bool server_finished_ = false;
  bool finished_ = false;
  ParseStatus result_ = ParseStatus::Continue;
};

}  // namespace tapwatch

#include "protocols/tls_app_parser.h"

#include "protocols/tls_hello_fields.h"

namespace tapwatch {
namespace {

constexpr uint8_t kHandshakeClientHello = 1;
constexpr uint8_t kHandshakeServerHello = 2;
constexpr uint8_t kHandshakeCertificate = 11;
constexpr uint8_t kHandshakeServerHelloDone = 14;
constexpr uint16_t kTls13 = 0x0304;

}  // namespace

TlsAppParser::TlsAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink),
      stats_(stats),
      client_reader_(limits.max_tls_hello_bytes),
      server_reader_(limits.max_tls_server_message_bytes) {}

ParseStatus TlsAppParser::fail(Counter& reason) {
  reason.add();
  stats_.parser_failures_tls.add();
  finish();
  result_ = ParseStatus::Failed;
  return result_;
}

ParseStatus TlsAppParser::feed(Direction dir, ByteSpan data, Timestamp /*ts*/) {
  if (finished_ || data.empty()) return result_;
  return dir == Direction::ToServer ? feedClient(data) : feedServer(data);
}

ParseStatus TlsAppParser::feedClient(ByteSpan data) {
  if (hello_seen_) return ParseStatus::Continue;  // after the hello the client has nothing in clear we use
  // A stream that does not start with a handshake record is not a TLS client.
  if (!client_started_ && data[0] != kTlsContentHandshake) return fail(stats_.anomaly_tls_not_client_hello);
  client_started_ = true;
  const TlsReadStatus st = client_reader_.feed(data, client_side_);
  switch (st) {
    case TlsReadStatus::Continue: return ParseStatus::Continue;
    case TlsReadStatus::BadRecord: return fail(stats_.anomaly_tls_bad_record);
    case TlsReadStatus::TooLarge: return fail(stats_.anomaly_tls_hello_too_large);
    case TlsReadStatus::Stopped: break;
  }
  if (client_error_ != nullptr) return fail(*client_error_);
  client_reader_.release();
  return server_finished_ ? serverDone() : ParseStatus::Continue;
}

bool TlsAppParser::ClientSide::onHandshakeMessage(uint8_t type, ByteSpan body) {
  if (type != kHandshakeClientHello) {
    parser.client_error_ = &parser.stats_.anomaly_tls_not_client_hello;
    return false;
  }
  if (!parser.clientHello(body)) return false;
  return false;  // stop: the rest of the client's stream is not read
}

bool TlsAppParser::ClientSide::onOtherRecord(uint8_t /*content_type*/) {
  parser.client_error_ = &parser.stats_.anomaly_tls_not_client_hello;
  return false;
}

bool TlsAppParser::clientHello(ByteSpan body) {
  const ClientHelloStatus st = parseClientHello(body, client_hello_);
  if (st == ClientHelloStatus::Malformed) {
    client_error_ = &stats_.anomaly_tls_malformed_hello;
    return false;
  }
  if (st == ClientHelloStatus::BadSni) {
    client_error_ = &stats_.anomaly_tls_bad_sni;
    return false;
  }
  hello_seen_ = true;
  stats_.transactions_tls.add();
  if (client_hello_.ech) stats_.ech_hellos_tls.add();
  context_.app_proto = "tls";
  fillClientHelloContext(client_hello_, TlsTransport::Tcp, context_);
  sink_.openScope(kScope, Scope::TlsHandshake, &context_);
  scope_open_ = true;
  emitClientHelloFields(sink_, kScope, context_, TlsTransport::Tcp);
  return true;
}

ParseStatus TlsAppParser::feedServer(ByteSpan data) {
  if (server_finished_) return ParseStatus::Continue;
  const TlsReadStatus st = server_reader_.feed(data, server_side_);
  switch (st) {
    case TlsReadStatus::Continue: return ParseStatus::Continue;
    case TlsReadStatus::BadRecord: stats_.anomaly_tls_bad_record.add(); break;
    case TlsReadStatus::TooLarge: stats_.anomaly_tls_handshake_too_large.add(); break;
    case TlsReadStatus::Stopped: break;
  }
  // The server's clear-text part is over (or unreadable): what the client
  // side gave is still worth its record, so this is not a failure.
  server_finished_ = true;
  server_reader_.release();
  return hello_seen_ ? serverDone() : ParseStatus::Continue;
}

bool TlsAppParser::ServerSide::onHandshakeMessage(uint8_t type, ByteSpan body) {
  switch (type) {
    case kHandshakeServerHello: return parser.serverHello(body);
    case kHandshakeCertificate: parser.certificate(body); return true;
    case kHandshakeServerHelloDone: return false;
    default: return true;  // ServerKeyExchange, CertificateRequest, ...
  }
}

bool TlsAppParser::ServerSide::onOtherRecord(uint8_t /*content_type*/) { return false; }

bool TlsAppParser::serverHello(ByteSpan body) {
  if (!parseServerHello(body, server_hello_)) {
    stats_.anomaly_tls_malformed_server_hello.add();
    return false;
  }
  context_.tls_version = tlsVersionName(server_hello_.selected_version);
  context_.tls_ja3s = ja3sString(server_hello_);
  context_.tls_ja3s_hash = md5Hex(context_.tls_ja3s);
  context_.tls_server_alpn = server_hello_.alpn;
  if (scope_open_) {
    sink_.fieldData(kScope, Field::TlsVersion, asBytes(context_.tls_version), true);
    sink_.fieldData(kScope, Field::TlsJa3s, asBytes(context_.tls_ja3s_hash), true);
  }
  // TLS 1.3 encrypts everything after the ServerHello (RFC 8446 §2).
  return server_hello_.selected_version != kTls13;
}

void TlsAppParser::certificate(ByteSpan body) {
  LeafCertificate leaf;
  const CertificateStatus st = parseCertificateMessage(body, leaf);
  if (st == CertificateStatus::Empty) return;
  if (st != CertificateStatus::Ok) {
    stats_.anomaly_tls_bad_certificate.add();
    context_.tls_chain_length = leaf.chain_length;
    return;
  }
  context_.tls_subject = std::move(leaf.subject);
  context_.tls_issuer = std::move(leaf.issuer);
  context_.tls_san = std::move(leaf.san_dns);
  context_.tls_serial = std::move(leaf.serial);
  context_.tls_fingerprint = std::move(leaf.fingerprint);
  context_.tls_not_before = std::move(leaf.not_before);
  context_.tls_not_after = std::move(leaf.not_after);
  context_.tls_chain_length = leaf.chain_length;
  if (!scope_open_) return;
  if (!context_.tls_subject.empty())
    sink_.fieldData(kScope, Field::TlsCertSubject, asBytes(context_.tls_subject), true);
  if (!context_.tls_issuer.empty()) sink_.fieldData(kScope, Field::TlsCertIssuer, asBytes(context_.tls_issuer), true);
  for (const std::string& name : context_.tls_san) sink_.fieldData(kScope, Field::TlsCertSan, asBytes(name), true);
  if (!context_.tls_serial.empty()) sink_.fieldData(kScope, Field::TlsCertSerial, asBytes(context_.tls_serial), true);
  if (!context_.tls_fingerprint.empty())
    sink_.fieldData(kScope, Field::TlsCertFingerprint, asBytes(context_.tls_fingerprint), true);
  for (ByteSpan der : leaf.chain) sink_.fieldData(kScope, Field::TlsCerts, der, true);
}

ParseStatus TlsAppParser::serverDone() {
  finish();
  result_ = ParseStatus::Done;
  return result_;
}

ParseStatus TlsAppParser::gap(Direction dir, uint64_t /*bytes*/) {
  if (finished_) return result_;
  stats_.gaps_tls.add();
  if (dir == Direction::ToClient) {
    if (server_finished_) return ParseStatus::Continue;
    server_finished_ = true;
    server_reader_.release();
    return hello_seen_ ? serverDone() : ParseStatus::Continue;
  }
  if (hello_seen_) return ParseStatus::Continue;
  stats_.parser_failures_tls.add();
  finish();
  result_ = ParseStatus::Failed;
  return result_;
}

void TlsAppParser::finish() {
  if (scope_open_) {
    sink_.closeScope(kScope);
    scope_open_ = false;
  }
  finished_ = true;
  client_reader_.release();
  server_reader_.release();
}

}  // namespace tapwatch

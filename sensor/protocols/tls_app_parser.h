#pragma once
// TLS: the server name (tls.sni) from the ClientHello's server_name extension
// (RFC 6066 §3), one Scope::TlsHandshake, then ParseStatus::Done — the rest of
// the flow is encrypted. The hello may span several records and TCP segments;
// it is buffered up to ProtocolLimits::max_tls_hello_bytes. Every length is
// checked against its enclosing one. Worker thread only; one per flow.
#include <cstdint>
#include <string>

#include "common/bytes.h"
#include "protocols/app_parser.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

enum class ClientHelloStatus : uint8_t { Ok, Malformed, BadSni };

// Parses a ClientHello body (after the 4-byte handshake header). On Ok,
// `sni` is the lowercased host_name, or empty when the hello has none.
ClientHelloStatus parseClientHello(ByteSpan body, std::string& sni);

class TlsAppParser final : public AppParser {
 public:
  TlsAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  TlsAppParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  AppProto proto() const override { return AppProto::Tls; }
  ParseStatus feed(Direction dir, ByteSpan data, Timestamp ts) override;
  ParseStatus gap(Direction dir, uint64_t bytes) override;
  void finish() override {}

 private:
  static constexpr size_t kRecordHeader = 5;
  static constexpr size_t kMaxRecord = 16384 + 2048;  // TLSPlaintext limit plus slack for old stacks

  ParseStatus fail(Counter& reason);
  ParseStatus helloComplete(ByteSpan body);  // body of the ClientHello handshake message

  InspectionSink& sink_;
  const ProtocolLimits& limits_;
  ProtocolStats& stats_;
  TransactionContext context_;
  uint8_t record_header_[kRecordHeader] = {};
  size_t record_header_len_ = 0;
  size_t record_remaining_ = 0;
  std::string handshake_;  // handshake bytes gathered across records
  std::string sni_;
  bool finished_ = false;
  ParseStatus result_ = ParseStatus::Continue;
};

}  // namespace tapwatch

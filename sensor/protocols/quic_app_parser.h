#pragma once
// QUIC over UDP: the client's Initial packets (v1 RFC 9001, v2 RFC 9369) are
// decrypted with keys any observer can derive, their CRYPTO frames put back
// in order across coalesced packets and datagrams, and the TLS ClientHello
// inside is read with the TLS code: quic.sni, quic.ua, tls.alpn, tls.ja3,
// tls.ja4 (JA4's `q` variant). One Scope::TlsHandshake, then Done: all later
// packets are protected with keys an observer does not have.
// feed() gets one whole datagram per call. Worker thread only; one per flow.
#include <cstdint>

#include "protocols/app_parser.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/quic_crypto_stream.h"
#include "protocols/quic_initial_keys.h"
#include "protocols/quic_packet.h"
#include "protocols/tls_hello_types.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

class QuicAppParser final : public AppParser {
 public:
  QuicAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  QuicAppParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  AppProto proto() const override { return AppProto::Quic; }
  ParseStatus feed(Direction dir, ByteSpan datagram, Timestamp ts) override;
  ParseStatus gap(Direction, uint64_t) override { return result_; }  // datagrams have no gaps
  void finish() override {}

 private:
  static constexpr uint32_t kMaxClientDatagrams = 32;  // give up if no hello by then

  ParseStatus packet(ByteSpan bytes, const QuicLongHeader& header);
  ParseStatus tryHello();
  ParseStatus stop(ParseStatus status);

  InspectionSink& sink_;
  ProtocolStats& stats_;
  size_t max_hello_;
  TransactionContext context_;
  QuicPacketOpener opener_;
  QuicCryptoStream crypto_;
  QuicInitialKeys keys_;
  uint8_t key_dcid_[20] = {};  // the DCID the keys were derived from (the client's first)
  size_t key_dcid_len_ = 0;
  uint32_t key_version_ = 0;
  uint32_t client_datagrams_ = 0;
  ClientHelloInfo hello_;
  ParseStatus result_ = ParseStatus::Continue;
};

}  // namespace tapwatch

#include "protocols/quic_app_parser.h"

#include <algorithm>
#include <cstring>

#include "protocols/tls_client_hello.h"
#include "protocols/tls_hello_fields.h"

namespace tapwatch {
namespace {
constexpr uint8_t kHandshakeClientHello = 1;
uint32_t loadBe24(const uint8_t* p) { return (uint32_t{p[0]} << 16) | (uint32_t{p[1]} << 8) | uint32_t{p[2]}; }
}  // namespace

QuicAppParser::QuicAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink), stats_(stats), max_hello_(limits.max_quic_crypto_bytes), crypto_(limits.max_quic_crypto_bytes) {}

ParseStatus QuicAppParser::stop(ParseStatus status) {
  if (status == ParseStatus::Failed) stats_.parser_failures_quic.add();
  crypto_.release();
  result_ = status;
  return result_;
}

ParseStatus QuicAppParser::feed(Direction dir, ByteSpan datagram, Timestamp /*ts*/) {
  if (result_ != ParseStatus::Continue) return result_;
  // The server's Initial holds only its ServerHello; the client's name and
  // fingerprint are what matter.
  if (dir == Direction::ToClient) return ParseStatus::Continue;
  if (++client_datagrams_ > kMaxClientDatagrams) return stop(ParseStatus::Done);
  while (!datagram.empty()) {
    QuicLongHeader header;
    const QuicHeaderStatus hs = parseQuicLongHeader(datagram, header);
    if (hs == QuicHeaderStatus::ShortHeader) break;  // 1-RTT: runs to the end, unreadable
    if (hs == QuicHeaderStatus::Malformed) {
      stats_.anomaly_quic_malformed.add();
      break;
    }
    if (!header.has_length) break;  // Retry, Version Negotiation, unknown version
    if (header.type == quicInitialType(header.version)) {
      const ParseStatus st = packet(datagram.first(header.packet_size), header);
      if (st != ParseStatus::Continue) return st;
    }
    datagram = datagram.subspan(header.packet_size);  // the next coalesced packet
  }
  return ParseStatus::Continue;
}

ParseStatus QuicAppParser::packet(ByteSpan bytes, const QuicLongHeader& header) {
  // Initial keys come from the DCID of the client's first Initial (RFC 9001
  // §5.2); after a Retry the client picks a new DCID and new keys.
  const bool same_dcid = header.dcid.size() == key_dcid_len_ &&
                         std::equal(header.dcid.begin(), header.dcid.end(), key_dcid_) &&
                         header.version == key_version_;
  if (!same_dcid) {
    if (!deriveQuicInitialKeys(header.version, header.dcid, QuicSide::Client, keys_)) {
      stats_.anomaly_quic_decrypt_failed.add();
      return ParseStatus::Continue;
    }
    std::copy(header.dcid.begin(), header.dcid.end(), key_dcid_);
    key_dcid_len_ = header.dcid.size();
    key_version_ = header.version;
  }
  if (!opener_.open(bytes, header, keys_)) {
    stats_.anomaly_quic_decrypt_failed.add();
    return ParseStatus::Continue;
  }
  switch (readInitialFrames(opener_.plaintext(), crypto_)) {
    case QuicFramesStatus::Ok: break;
    case QuicFramesStatus::Malformed: stats_.anomaly_quic_malformed.add(); break;
    case QuicFramesStatus::CryptoOverflow: stats_.anomaly_quic_crypto_too_large.add(); break;
  }
  context_.quic_version = quicVersionName(header.version);
  return tryHello();
}

ParseStatus QuicAppParser::tryHello() {
  const ByteSpan bytes = crypto_.contiguous();
  if (bytes.size() < 4) return ParseStatus::Continue;
  if (bytes[0] != kHandshakeClientHello) {
    stats_.anomaly_tls_not_client_hello.add();
    return stop(ParseStatus::Failed);
  }
  const size_t len = loadBe24(bytes.data() + 1);
  if (4 + len > max_hello_) {
    stats_.anomaly_quic_crypto_too_large.add();
    return stop(ParseStatus::Failed);
  }
  if (bytes.size() < 4 + len) return ParseStatus::Continue;
  const ClientHelloStatus st = parseClientHello(bytes.subspan(4, len), hello_);
  if (st != ClientHelloStatus::Ok) {
    (st == ClientHelloStatus::BadSni ? stats_.anomaly_tls_bad_sni : stats_.anomaly_tls_malformed_hello).add();
    return stop(ParseStatus::Failed);
  }
  stats_.transactions_quic.add();
  if (hello_.ech) stats_.ech_hellos_quic.add();
  context_.app_proto = "quic";
  fillClientHelloContext(hello_, TlsTransport::Quic, context_);
  constexpr uint32_t kScope = 1;  // one handshake per flow
  sink_.openScope(kScope, Scope::TlsHandshake, &context_);
  emitClientHelloFields(sink_, kScope, context_, TlsTransport::Quic);
  sink_.closeScope(kScope);
  return stop(ParseStatus::Done);
}

}  // namespace tapwatch

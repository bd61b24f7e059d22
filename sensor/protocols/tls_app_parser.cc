#include "protocols/tls_app_parser.h"

#include <algorithm>

namespace tapwatch {
namespace {

constexpr uint8_t kContentHandshake = 0x16;
constexpr uint8_t kHandshakeClientHello = 0x01;
constexpr uint16_t kExtServerName = 0x0000;
constexpr uint8_t kNameTypeHost = 0x00;
constexpr size_t kMaxHostName = 255;

uint32_t loadBe24(const uint8_t* p) { return (uint32_t{p[0]} << 16) | (uint32_t{p[1]} << 8) | uint32_t{p[2]}; }

// server_name extension data: ServerNameList (RFC 6066 §3).
ClientHelloStatus parseServerName(ByteSpan ext, std::string& sni) {
  if (ext.size() < 2) return ClientHelloStatus::Malformed;
  const size_t list_len = loadBe16(ext.data());
  if (list_len != ext.size() - 2) return ClientHelloStatus::Malformed;
  size_t p = 2;
  while (p + 3 <= ext.size()) {
    const uint8_t type = ext[p];
    const size_t len = loadBe16(ext.data() + p + 1);
    p += 3;
    if (p + len > ext.size()) return ClientHelloStatus::Malformed;
    if (type == kNameTypeHost && sni.empty()) {
      if (len == 0 || len > kMaxHostName) return ClientHelloStatus::BadSni;
      for (size_t i = 0; i < len; ++i) {
        uint8_t c = ext[p + i];
        if (c <= 0x20 || c >= 0x7F) {
          sni.clear();
          return ClientHelloStatus::BadSni;
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<uint8_t>(c - 'A' + 'a');
        sni.push_back(static_cast<char>(c));
      }
      while (!sni.empty() && sni.back() == '.') sni.pop_back();
    }
    p += len;
  }
  return p == ext.size() ? ClientHelloStatus::Ok : ClientHelloStatus::Malformed;
}

}  // namespace

ClientHelloStatus parseClientHello(ByteSpan body, std::string& sni) {
  sni.clear();
  size_t p = 2 + 32;  // legacy_version, random
  if (body.size() < p + 1) return ClientHelloStatus::Malformed;
  const size_t session_id = body[p++];
  if (session_id > 32 || p + session_id + 2 > body.size()) return ClientHelloStatus::Malformed;
  p += session_id;
  const size_t suites = loadBe16(body.data() + p);
  p += 2;
  if (suites == 0 || suites % 2 != 0 || p + suites + 1 > body.size()) return ClientHelloStatus::Malformed;
  p += suites;
  const size_t compressions = body[p++];
  if (compressions == 0 || p + compressions > body.size()) return ClientHelloStatus::Malformed;
  p += compressions;
  if (p == body.size()) return ClientHelloStatus::Ok;  // no extensions (SSLv3-style hello)
  if (p + 2 > body.size()) return ClientHelloStatus::Malformed;
  const size_t ext_total = loadBe16(body.data() + p);
  p += 2;
  if (p + ext_total != body.size()) return ClientHelloStatus::Malformed;
  bool seen_sni = false;
  while (p + 4 <= body.size()) {
    const uint16_t type = loadBe16(body.data() + p);
    const size_t len = loadBe16(body.data() + p + 2);
    p += 4;
    if (p + len > body.size()) return ClientHelloStatus::Malformed;
    if (type == kExtServerName) {
      if (seen_sni) return ClientHelloStatus::Malformed;  // duplicate extension (RFC 8446 §4.2)
      seen_sni = true;
      const ClientHelloStatus st = parseServerName(body.subspan(p, len), sni);
      if (st != ClientHelloStatus::Ok) return st;
    }
    p += len;
  }
  return p == body.size() ? ClientHelloStatus::Ok : ClientHelloStatus::Malformed;
}

TlsAppParser::TlsAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink), limits_(limits), stats_(stats) {}

ParseStatus TlsAppParser::fail(Counter& reason) {
  reason.add();
  stats_.parser_failures_tls.add();
  finished_ = true;
  result_ = ParseStatus::Failed;
  handshake_.clear();
  handshake_.shrink_to_fit();
  return result_;
}

ParseStatus TlsAppParser::feed(Direction dir, ByteSpan data, Timestamp /*ts*/) {
  if (finished_) return result_;
  if (dir == Direction::ToClient) return ParseStatus::Continue;  // ServerHello: nothing to inspect
  while (!data.empty()) {
    if (record_header_len_ < kRecordHeader) {
      const size_t take = std::min(kRecordHeader - record_header_len_, data.size());
      std::copy_n(data.data(), take, record_header_ + record_header_len_);
      record_header_len_ += take;
      data = data.subspan(take);
      if (record_header_len_ < kRecordHeader) break;
      if (record_header_[0] != kContentHandshake) return fail(stats_.anomaly_tls_not_client_hello);
      record_remaining_ = loadBe16(record_header_ + 3);
      if (record_header_[1] != 0x03 || record_remaining_ == 0 || record_remaining_ > kMaxRecord)
        return fail(stats_.anomaly_tls_bad_record);
      continue;
    }
    const size_t take = std::min(record_remaining_, data.size());
    const ByteSpan piece = data.first(take);
    data = data.subspan(take);
    record_remaining_ -= take;
    if (record_remaining_ == 0) record_header_len_ = 0;

    // Fast path: a whole hello inside one record in one feed needs no copy.
    ByteSpan hs = piece;
    if (!handshake_.empty() || take < 4 || 4 + loadBe24(piece.data() + 1) > take) {
      if (handshake_.size() + take > limits_.max_tls_hello_bytes) return fail(stats_.anomaly_tls_hello_too_large);
      handshake_.append(reinterpret_cast<const char*>(piece.data()), take);
      hs = asBytes(handshake_);
    }
    if (hs.size() < 4) continue;
    if (hs[0] != kHandshakeClientHello) return fail(stats_.anomaly_tls_not_client_hello);
    const size_t hello_len = loadBe24(hs.data() + 1);
    if (hello_len + 4 > limits_.max_tls_hello_bytes) return fail(stats_.anomaly_tls_hello_too_large);
    if (hs.size() < hello_len + 4) continue;
    return helloComplete(hs.subspan(4, hello_len));
  }
  return ParseStatus::Continue;
}

ParseStatus TlsAppParser::helloComplete(ByteSpan body) {
  const ClientHelloStatus st = parseClientHello(body, sni_);
  if (st == ClientHelloStatus::Malformed) return fail(stats_.anomaly_tls_malformed_hello);
  if (st == ClientHelloStatus::BadSni) return fail(stats_.anomaly_tls_bad_sni);
  stats_.transactions_tls.add();
  if (!sni_.empty()) {
    constexpr uint32_t kScope = 1;  // one handshake per flow
    context_.app_proto = "tls";
    context_.tls_sni = sni_;
    sink_.openScope(kScope, Scope::TlsHandshake, &context_);
    sink_.fieldData(kScope, Field::TlsSni, asBytes(sni_), true);
    sink_.closeScope(kScope);
  }
  finished_ = true;
  result_ = ParseStatus::Done;
  handshake_.clear();
  handshake_.shrink_to_fit();
  return result_;
}

ParseStatus TlsAppParser::gap(Direction dir, uint64_t /*bytes*/) {
  if (finished_) return result_;
  stats_.gaps_tls.add();
  if (dir == Direction::ToClient) return ParseStatus::Continue;
  stats_.parser_failures_tls.add();
  finished_ = true;
  result_ = ParseStatus::Failed;
  return result_;
}

}  // namespace tapwatch

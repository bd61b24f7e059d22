#include "protocols/tls_handshake_reader.h"

#include <algorithm>

namespace tapwatch {
namespace {
uint32_t loadBe24(const uint8_t* p) { return (uint32_t{p[0]} << 16) | (uint32_t{p[1]} << 8) | uint32_t{p[2]}; }
}  // namespace

TlsReadStatus TlsHandshakeReader::feed(ByteSpan data, TlsHandshakeHandler& handler) {
  while (!data.empty()) {
    if (header_len_ < kRecordHeader) {
      const size_t take = std::min(kRecordHeader - header_len_, data.size());
      std::copy_n(data.data(), take, header_ + header_len_);
      header_len_ += take;
      data = data.subspan(take);
      if (header_len_ < kRecordHeader) break;
      record_remaining_ = loadBe16(header_ + 3);
      const uint8_t type = header_[0];
      if (type < kTlsContentChangeCipherSpec || type > kTlsContentApplicationData || header_[1] != 0x03 ||
          record_remaining_ == 0 || record_remaining_ > kMaxRecord)
        return TlsReadStatus::BadRecord;
      if (type != kTlsContentHandshake && !handler.onOtherRecord(type)) return TlsReadStatus::Stopped;
      continue;
    }
    const size_t take = std::min(record_remaining_, data.size());
    const ByteSpan piece = data.first(take);
    data = data.subspan(take);
    record_remaining_ -= take;
    if (record_remaining_ == 0) header_len_ = 0;
    if (header_[0] != kTlsContentHandshake) continue;  // skipped: encrypted or not ours
    const TlsReadStatus st = handshakeBytes(piece, handler);
    if (st != TlsReadStatus::Continue) return st;
  }
  return TlsReadStatus::Continue;
}

TlsReadStatus TlsHandshakeReader::handshakeBytes(ByteSpan piece, TlsHandshakeHandler& handler) {
  size_t used = 0;
  if (pending_.empty()) {
    // Common case: whole messages inside this piece need no copy.
    const TlsReadStatus st = deliver(piece, used, handler);
    if (st != TlsReadStatus::Continue) return st;
    piece = piece.subspan(used);
    if (piece.empty()) return TlsReadStatus::Continue;
  }
  if (pending_.size() + piece.size() > max_message_ + 4) return TlsReadStatus::TooLarge;
  pending_.append(reinterpret_cast<const char*>(piece.data()), piece.size());
  used = 0;
  const TlsReadStatus st = deliver(asBytes(pending_), used, handler);
  if (st == TlsReadStatus::Continue) pending_.erase(0, used);
  return st;
}

TlsReadStatus TlsHandshakeReader::deliver(ByteSpan bytes, size_t& used, TlsHandshakeHandler& handler) {
  while (bytes.size() - used >= 4) {
    const uint8_t* msg = bytes.data() + used;
    const size_t len = loadBe24(msg + 1);
    if (len > max_message_) return TlsReadStatus::TooLarge;
    if (bytes.size() - used < 4 + len) break;
    used += 4 + len;
    if (!handler.onHandshakeMessage(msg[0], ByteSpan(msg + 4, len))) return TlsReadStatus::Stopped;
  }
  return TlsReadStatus::Continue;
}

void TlsHandshakeReader::release() {
  pending_.clear();
  pending_.shrink_to_fit();
}

}  // namespace tapwatch

#include "protocols/quic_crypto_stream.h"

#include <algorithm>
#include <cstring>

#include "protocols/quic_packet.h"

namespace tapwatch {
namespace {

constexpr uint64_t kFramePadding = 0x00;
constexpr uint64_t kFramePing = 0x01;
constexpr uint64_t kFrameAck = 0x02;
constexpr uint64_t kFrameAckEcn = 0x03;
constexpr uint64_t kFrameCrypto = 0x06;
constexpr uint64_t kFrameConnectionClose = 0x1c;
constexpr uint64_t kFrameConnectionCloseApp = 0x1d;
constexpr uint64_t kMaxAckRanges = 256;  // bounds the walk over one hostile ACK frame

bool skipVarints(ByteSpan data, size_t& p, size_t n) {
  uint64_t ignored = 0;
  for (size_t i = 0; i < n; ++i)
    if (!readQuicVarint(data, p, ignored)) return false;
  return true;
}

}  // namespace

bool QuicCryptoStream::add(uint64_t offset, ByteSpan data) {
  if (data.empty()) return true;
  if (offset >= capacity_) return false;
  const size_t begin = static_cast<size_t>(offset);
  const bool fits = data.size() <= capacity_ - begin;
  const size_t end = fits ? begin + data.size() : capacity_;
  if (bytes_.empty()) bytes_.resize(capacity_);
  std::memcpy(bytes_.data() + begin, data.data(), end - begin);

  // Merge [begin, end) into the sorted range list.
  Range merged{begin, end};
  size_t out = 0;
  std::array<Range, kMaxRanges> next{};
  bool placed = false;
  for (size_t i = 0; i < range_count_; ++i) {
    const Range r = ranges_[i];
    if (r.end < merged.begin) {
      next[out++] = r;
    } else if (merged.end < r.begin) {
      if (!placed) {
        if (out == kMaxRanges) return false;
        next[out++] = merged;
        placed = true;
      }
      if (out == kMaxRanges) return false;
      next[out++] = r;
    } else {
      merged.begin = std::min(merged.begin, r.begin);
      merged.end = std::max(merged.end, r.end);
    }
  }
  if (!placed) {
    if (out == kMaxRanges) return false;
    next[out++] = merged;
  }
  ranges_ = next;
  range_count_ = out;
  return fits;
}

ByteSpan QuicCryptoStream::contiguous() const {
  if (range_count_ == 0 || ranges_[0].begin != 0) return {};
  return {bytes_.data(), ranges_[0].end};
}

void QuicCryptoStream::release() {
  bytes_.clear();
  bytes_.shrink_to_fit();
  range_count_ = 0;
}

QuicFramesStatus readInitialFrames(ByteSpan plaintext, QuicCryptoStream& stream) {
  bool overflow = false;
  size_t p = 0;
  while (p < plaintext.size()) {
    uint64_t type = 0;
    if (!readQuicVarint(plaintext, p, type)) return QuicFramesStatus::Malformed;
    switch (type) {
      case kFramePadding:
      case kFramePing: break;
      case kFrameAck:
      case kFrameAckEcn: {
        uint64_t ranges = 0;
        if (!skipVarints(plaintext, p, 2) || !readQuicVarint(plaintext, p, ranges) || ranges > kMaxAckRanges ||
            !skipVarints(plaintext, p, 1 + 2 * static_cast<size_t>(ranges)) ||
            (type == kFrameAckEcn && !skipVarints(plaintext, p, 3)))
          return QuicFramesStatus::Malformed;
        break;
      }
      case kFrameCrypto: {
        uint64_t offset = 0, length = 0;
        if (!readQuicVarint(plaintext, p, offset) || !readQuicVarint(plaintext, p, length) ||
            length > plaintext.size() - p)
          return QuicFramesStatus::Malformed;
        if (!stream.add(offset, plaintext.subspan(p, static_cast<size_t>(length)))) overflow = true;
        p += static_cast<size_t>(length);
        break;
      }
      case kFrameConnectionClose:
      case kFrameConnectionCloseApp: {
        uint64_t reason_len = 0;
        if (!skipVarints(plaintext, p, type == kFrameConnectionClose ? 2 : 1) ||
            !readQuicVarint(plaintext, p, reason_len) || reason_len > plaintext.size() - p)
          return QuicFramesStatus::Malformed;
        p += static_cast<size_t>(reason_len);
        break;
      }
      default: return QuicFramesStatus::Malformed;  // not allowed in an Initial packet
    }
  }
  return overflow ? QuicFramesStatus::CryptoOverflow : QuicFramesStatus::Ok;
}

}  // namespace tapwatch

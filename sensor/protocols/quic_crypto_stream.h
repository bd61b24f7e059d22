#pragma once
// The Initial packet number space's CRYPTO stream (RFC 9000 §19.6), put back
// in order: clients split the ClientHello over several CRYPTO frames, packets
// and datagrams, sometimes out of order (Chrome shuffles them on purpose).
// Bytes beyond `capacity` are dropped and counted by the caller. The buffer
// is allocated once, at the first CRYPTO frame of a flow.
#include <array>
#include <cstdint>
#include <vector>

#include "common/bytes.h"

namespace tapwatch {

class QuicCryptoStream {
 public:
  explicit QuicCryptoStream(size_t capacity) : capacity_(capacity) {}

  // Stores data at `offset`. False when some of it lies past the capacity or
  // the ranges are too fragmented to track (the caller counts it).
  bool add(uint64_t offset, ByteSpan data);

  // The bytes received without a hole from offset 0.
  ByteSpan contiguous() const;
  void release();

 private:
  struct Range {
    size_t begin = 0, end = 0;
  };
  static constexpr size_t kMaxRanges = 32;

  size_t capacity_;
  std::vector<uint8_t> bytes_;
  std::array<Range, kMaxRanges> ranges_{};  // sorted, disjoint, not touching
  size_t range_count_ = 0;
};

// Walks the frames of one decrypted Initial packet (RFC 9000 §12.4: only
// PADDING, PING, ACK, CRYPTO and CONNECTION_CLOSE may appear there) and hands
// CRYPTO data to `stream`.
enum class QuicFramesStatus : uint8_t { Ok, Malformed, CryptoOverflow };
QuicFramesStatus readInitialFrames(ByteSpan plaintext, QuicCryptoStream& stream);

}  // namespace tapwatch

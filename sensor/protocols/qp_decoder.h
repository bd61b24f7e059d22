#pragma once
// QuotedPrintableDecoder: incremental quoted-printable (RFC 2045 §6.7). An
// escape or soft line break split across calls is kept in the state. Invalid
// escapes are passed through literally, as mail clients do. No heap.
// Worker thread only.
#include <cstddef>
#include <cstdint>

#include "common/bytes.h"

namespace tapwatch {

class QuotedPrintableDecoder {
 public:
  // `out` must hold at least in.size() + 2 bytes; returns bytes written.
  size_t decode(ByteSpan in, uint8_t* out);
  // End of the part: writes a pending incomplete escape literally (<= 2 bytes).
  size_t finish(uint8_t* out);
  // A soft line break ("=" or "=  ") waits for its line ending.
  bool pendingSoftBreak() const { return state_ == State::Equals || state_ == State::SoftSpace; }
  void reset() {
    state_ = State::Text;
    hex_ = 0;
  }

 private:
  enum class State : uint8_t { Text, Equals, OneHex, SoftCr, SoftSpace };
  State state_ = State::Text;
  uint8_t hex_ = 0;  // the first hex digit's character in OneHex
};

}  // namespace tapwatch

#pragma once
// Base64Decoder: incremental base64 (RFC 2045) for MIME parts that arrive in
// arbitrary pieces. Whitespace and characters outside the alphabet are
// skipped, as RFC 2045 asks; padding flushes a partial quantum. No heap.
// Worker thread only (one instance per parser).
#include <cstddef>
#include <cstdint>

#include "common/bytes.h"

namespace tapwatch {

class Base64Decoder {
 public:
  // Decodes `in` into `out`, which must hold at least in.size() bytes;
  // returns the number of bytes written. A quantum split across calls is kept.
  size_t decode(ByteSpan in, uint8_t* out);
  void reset() {
    quad_ = 0;
    count_ = 0;
  }

 private:
  uint32_t quad_ = 0;  // sextets collected so far, most significant first
  uint8_t count_ = 0;  // 0..3 sextets in quad_
};

}  // namespace tapwatch

#pragma once
// Base64Decoder: incremental base64 (RFC 2045) for MIME parts that arrive in
// arbitrary pieces, decoding malformed input the way mail clients do:
// whitespace and characters outside the alphabet are skipped; padding in the
// middle ends the quantum it closes and decoding continues after it (some
// encoders concatenate separately padded blocks); a final quantum without its
// padding is still decoded by finish(). Each such oddity (not plain line
// breaks) marks the input malformed() so the caller can count it. No heap.
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
  // End of the data: decodes an unpadded final quantum (<= 2 bytes to `out`).
  size_t finish(uint8_t* out);
  // Since reset(): invalid characters, misplaced padding or missing padding.
  bool malformed() const { return malformed_; }
  void reset() {
    resetQuantum();
    pads_due_ = 0;
    padded_ = false;
    malformed_ = false;
  }

 private:
  void resetQuantum() {
    quad_ = 0;
    count_ = 0;
  }

  uint32_t quad_ = 0;     // sextets collected so far, most significant first
  uint8_t count_ = 0;     // 0..3 sextets in quad_
  uint8_t pads_due_ = 0;  // '=' still expected to complete the last padded quantum
  bool padded_ = false;   // a padded quantum was seen: the data should have ended there
  bool malformed_ = false;
};

}  // namespace tapwatch

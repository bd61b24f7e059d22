#include "protocols/base64_decoder.h"

#include <array>

namespace tapwatch {
namespace {
constexpr uint8_t kSkip = 0xff;
constexpr uint8_t kPad = 0xfe;

constexpr std::array<uint8_t, 256> makeTable() {
  std::array<uint8_t, 256> t{};
  for (auto& v : t) v = kSkip;
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (uint8_t i = 0; i < 64; ++i) t[static_cast<uint8_t>(alphabet[i])] = i;
  // URL-safe variants show up in hand-rolled spam tools; accept them.
  t['-'] = 62;
  t['_'] = 63;
  t['='] = kPad;
  return t;
}
constexpr std::array<uint8_t, 256> kTable = makeTable();
}  // namespace

size_t Base64Decoder::decode(ByteSpan in, uint8_t* out) {
  size_t n = 0;
  for (uint8_t c : in) {
    const uint8_t v = kTable[c];
    if (v == kSkip) continue;
    if (v == kPad) {
      // Flush what a padded quantum carries; a new quantum may follow (some
      // encoders concatenate separately padded blocks).
      if (count_ == 2) {
        out[n++] = static_cast<uint8_t>(quad_ >> 4);
      } else if (count_ == 3) {
        out[n++] = static_cast<uint8_t>(quad_ >> 10);
        out[n++] = static_cast<uint8_t>(quad_ >> 2);
      }
      reset();
      continue;
    }
    quad_ = (quad_ << 6) | v;
    if (++count_ == 4) {
      out[n++] = static_cast<uint8_t>(quad_ >> 16);
      out[n++] = static_cast<uint8_t>(quad_ >> 8);
      out[n++] = static_cast<uint8_t>(quad_);
      reset();
    }
  }
  return n;
}

}  // namespace tapwatch

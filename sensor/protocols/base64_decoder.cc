#include "protocols/base64_decoder.h"

#include <array>

namespace tapwatch {
namespace {
constexpr uint8_t kInvalid = 0xff;
constexpr uint8_t kPad = 0xfe;
constexpr uint8_t kSpace = 0xfd;       // line breaks and blanks: expected, skipped silently
constexpr uint8_t kUrlSafeBit = 0x80;  // '-' / '_' (URL-safe alphabet): decoded, but not MIME

constexpr std::array<uint8_t, 256> makeTable() {
  std::array<uint8_t, 256> t{};
  for (auto& v : t) v = kInvalid;
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (uint8_t i = 0; i < 64; ++i) t[static_cast<uint8_t>(alphabet[i])] = i;
  // URL-safe variants show up in hand-rolled spam tools; accept them.
  t['-'] = 62 | kUrlSafeBit;
  t['_'] = 63 | kUrlSafeBit;
  t['='] = kPad;
  for (char c : {' ', '\t', '\r', '\n'}) t[static_cast<uint8_t>(c)] = kSpace;
  return t;
}
constexpr std::array<uint8_t, 256> kTable = makeTable();
}  // namespace

size_t Base64Decoder::decode(ByteSpan in, uint8_t* out) {
  size_t n = 0;
  for (uint8_t c : in) {
    uint8_t v = kTable[c];
    if (v == kSpace) continue;
    if (v == kInvalid) {
      malformed_ = true;  // skipped, as mail clients do
      continue;
    }
    if (v == kPad) {
      // Flush what a padded quantum carries; a new quantum may follow.
      if (count_ == 2) {
        out[n++] = static_cast<uint8_t>(quad_ >> 4);
        pads_due_ = 1;
      } else if (count_ == 3) {
        out[n++] = static_cast<uint8_t>(quad_ >> 10);
        out[n++] = static_cast<uint8_t>(quad_ >> 2);
      } else if (pads_due_ > 0) {
        --pads_due_;  // the second '=' of "xx=="
      } else {
        malformed_ = true;  // '=' where no padding can be: ignored
      }
      if (count_ >= 2) padded_ = true;
      resetQuantum();
      continue;
    }
    if (padded_) malformed_ = true;  // data after padding (or "xx=" without its second '=')
    padded_ = false;
    pads_due_ = 0;
    if ((v & kUrlSafeBit) != 0) {
      malformed_ = true;
      v &= static_cast<uint8_t>(~kUrlSafeBit);
    }
    quad_ = (quad_ << 6) | v;
    if (++count_ == 4) {
      out[n++] = static_cast<uint8_t>(quad_ >> 16);
      out[n++] = static_cast<uint8_t>(quad_ >> 8);
      out[n++] = static_cast<uint8_t>(quad_);
      resetQuantum();
    }
  }
  return n;
}

size_t Base64Decoder::finish(uint8_t* out) {
  size_t n = 0;
  // Padding missing (or one dangling sextet, which carries no byte).
  if (count_ != 0 || pads_due_ > 0) malformed_ = true;
  if (count_ == 2) {
    out[n++] = static_cast<uint8_t>(quad_ >> 4);
  } else if (count_ == 3) {
    out[n++] = static_cast<uint8_t>(quad_ >> 10);
    out[n++] = static_cast<uint8_t>(quad_ >> 2);
  }
  resetQuantum();
  return n;
}

}  // namespace tapwatch

#include "detect/rule_base64.h"

namespace tapwatch {
namespace {

int sextet(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

ByteSpan decodeRuleBase64(ByteSpan encoded, std::span<uint8_t> out) {
  size_t written = 0;
  uint32_t bits = 0;  // sextets of the group being read, most significant first
  int group = 0;      // sextets in `bits`
  for (uint8_t c : encoded) {
    const int v = sextet(c);
    if (v < 0) break;
    bits = (bits << 6) | static_cast<uint32_t>(v);
    if (++group < 4) continue;
    for (int shift = 16; shift >= 0 && written < out.size(); shift -= 8)
      out[written++] = static_cast<uint8_t>(bits >> shift);
    bits = 0;
    group = 0;
  }
  // A short last group: 2 sextets carry one byte, 3 carry two (the rest are the pad's zero bits).
  if (group >= 2) {
    bits <<= 6 * (4 - group);
    for (int i = 0, shift = 16; i < group - 1 && written < out.size(); ++i, shift -= 8)
      out[written++] = static_cast<uint8_t>(bits >> shift);
  }
  return ByteSpan{out.data(), written};
}

}  // namespace tapwatch

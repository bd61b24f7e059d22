#pragma once
// The decoder behind Suricata's base64_decode keyword: RFC 4648 base64, as
// Suricata's documentation says it decodes by default ("encounter with any
// character that is not found in the base64 alphabet leads to rejection of
// that character and the rest of the string"). Worker thread; writes into a
// caller's fixed buffer, never allocates.
#include <cstddef>
#include <cstdint>
#include <span>

#include "common/bytes.h"

namespace tapwatch {

// Decodes `encoded` up to its first byte outside A-Z a-z 0-9 + / (a '=' pad
// ends it too). A last group of 2 or 3 characters gives 1 or 2 bytes, as a
// padded one would; a lone last character gives nothing. Output stops when
// `out` is full. Returns the decoded bytes (a prefix of `out`).
ByteSpan decodeRuleBase64(ByteSpan encoded, std::span<uint8_t> out);

// Enough room for what `encoded_bytes` of base64 can decode to.
constexpr size_t ruleBase64DecodedCapacity(size_t encoded_bytes) { return encoded_bytes / 4 * 3 + 3; }

}  // namespace tapwatch

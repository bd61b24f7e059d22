#pragma once
// Percent-decoding and URI normalisation for http.uri and form bodies, so a
// signature written against the plain text also matches "%2e%2e//a%62c".
// Worker thread only; output strings are caller-owned and reused (no heap in
// steady state once they have grown).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/bytes.h"

namespace tapwatch {

// Appends the percent-decoded `in` to `out`. Invalid escapes stay literal.
// plus_to_space: form encoding (application/x-www-form-urlencoded).
void percentDecodeAppend(std::string_view in, std::string& out, bool plus_to_space);

// Removes "." and ".." segments and collapses repeated '/' of an absolute
// path in place (RFC 3986 §5.2.4); ".." never climbs above the root.
void normalizePath(std::string& path);

// http.uri: `target` is the request target as sent (origin-form path?query).
// The path is percent-decoded then normalised; the query is percent-decoded
// only. Result replaces `out`.
void normalizeUri(std::string_view target, std::string& out);

// Incremental form-body decoder: '+' to space, %XX escapes split across calls.
// FieldsAsLines (the text fields' decoder): a separator '&' as sent becomes a
// line break, so each field's value starts a line as a reader sees the form
// ("to=a@b.example", then "message=..."); an encoded "%26" stays '&'.
class FormDecoder {
 public:
  enum class Separators : uint8_t { AsSent, FieldsAsLines };
  explicit FormDecoder(Separators separators = Separators::AsSent) : separators_(separators) {}
  // `out` must hold in.size() + 2 bytes; returns bytes written.
  size_t decode(ByteSpan in, uint8_t* out);
  size_t finish(uint8_t* out);  // flushes an incomplete escape literally (<= 2 bytes)
  void reset() { pending_ = 0; }

 private:
  uint8_t pending_ = 0;  // 0: none, 1: saw '%', 2: saw '%' and one hex digit
  uint8_t first_ = 0;
  Separators separators_;
};

}  // namespace tapwatch

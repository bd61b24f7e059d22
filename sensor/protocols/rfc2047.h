#pragma once
// Rfc2047Decoder: decodes MIME encoded-words ("=?windows-1251?B?...?=",
// "=?koi8-r?Q?...?=") in a header value to UTF-8, so smtp.subject matches a
// UTF-8 signature whatever charset the sender used. Adjacent encoded-words in
// the same charset are joined before conversion (senders split characters
// across words); whitespace between encoded-words is dropped (RFC 2047 §6.2).
// Once per message header, never per packet. Worker thread only.
#include <cstddef>
#include <string>
#include <string_view>

#include "protocols/charset_converter.h"

namespace tapwatch {

class Rfc2047Decoder {
 public:
  struct Outcome {
    bool malformed = false;         // an "=?" that did not form an encoded-word (kept literally)
    bool unknown_charset = false;   // bytes of that word passed through unconverted
    bool invalid_sequence = false;  // bytes invalid in their charset (replaced by U+FFFD)
  };

  // Replaces `out` with the decoded `value`, at most max_bytes (cut on a UTF-8 boundary).
  Outcome decode(std::string_view value, std::string& out, size_t max_bytes);

 private:
  void flush(std::string& out, Outcome& outcome);

  CharsetConverter converter_;
  std::string bytes_;    // decoded bytes of the current run of encoded-words
  std::string charset_;  // their charset
};

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
void truncateUtf8(std::string& s, size_t max);

}  // namespace tapwatch

#pragma once
// The file name of a MIME part, read the ways mail clients read it:
// Content-Disposition `filename` (quoted or token), its RFC 2231 forms
// (`filename*=utf-8''%E2%82%AC.pdf`, continuations `filename*0=`/`filename*1*=`),
// RFC 2047 encoded-words inside the value (not standard, but sent by many
// mailers), and Content-Type `name` as the fallback. Output is UTF-8.
// Once per MIME part, never per packet. Worker thread only.
#include <cstddef>
#include <string>
#include <string_view>

#include "protocols/charset_converter.h"
#include "protocols/rfc2047.h"

namespace tapwatch {

class MimeParamDecoder {
 public:
  struct Outcome {
    bool found = false;
    bool malformed = false;        // a malformed RFC 2047 word (kept literally)
    bool unknown_charset = false;  // bytes passed through unconverted
  };

  // Decodes parameter `name` (e.g. "filename") of header `value` into `out`
  // (at most max_bytes, cut on a UTF-8 boundary). The RFC 2231 forms win over
  // a plain parameter of the same name.
  Outcome decode(std::string_view value, std::string_view name, std::string& out, size_t max_bytes);

 private:
  void assemble(std::string_view value, std::string_view name, Outcome& outcome);

  CharsetConverter converter_;
  Rfc2047Decoder rfc2047_;
  std::string raw_;      // the extended value's bytes (percent-decoded), before charset conversion
  std::string charset_;  // of the extended value
  std::string plain_;    // the plain parameter, unquoted
  std::string scratch_;  // one unquoted value
};

// The disposition type of a Content-Disposition value ("attachment", "inline"), lowercase.
std::string_view dispositionType(std::string_view value);

}  // namespace tapwatch

#pragma once
// Content transfer encodings the generator wraps bodies in: base64 and
// quoted-printable (MIME), gzip (HTTP Content-Encoding) and HTTP/1.1 chunked
// framing. Control-plane speed is fine here: bodies are built once per flow.
#include <string>
#include <string_view>

#include "prng.h"

namespace tapwatch::gen {

// RFC 2045 base64 with CRLF after every 76 output characters.
std::string base64Mime(std::string_view data);
// Plain base64 without line breaks (RFC 2047 encoded words).
std::string base64(std::string_view data);
// RFC 2045 quoted-printable, soft line breaks at 76 columns; CRLF in the input stays a hard break.
std::string quotedPrintable(std::string_view text);
// gzip member (RFC 1952) at zlib level 1: real deflate, quick to produce.
std::string gzip(std::string_view data);
// Chunked transfer coding with random chunk sizes, terminated by a 0 chunk.
std::string chunked(std::string_view body, Prng& rng);

}  // namespace tapwatch::gen

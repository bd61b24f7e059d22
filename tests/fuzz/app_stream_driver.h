#pragma once
// Drives one application parser (makeAppParser) with a fuzz input the way the
// engine's worker does: both directions in interleaved chunks, capture gaps,
// finish() after Done/Failed or at the end, all through a CheckingSink.
//
// Input layout: byte 0 picks the limits (bit 0: tight limits that every input
// can reach) and seeds the chunking; bytes 1.. are the client's stream, then
// kServerMarker, then the server's stream. Seeds are plain protocol
// transcripts with the marker between the two sides.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "protocols/app_parser.h"

namespace tapwatch::fuzz {

inline constexpr std::string_view kServerMarker = "\r\n--S2C--\r\n";

void fuzzAppStream(AppProto proto, const uint8_t* data, size_t size);

}  // namespace tapwatch::fuzz

#pragma once
// Which HTTP bodies are media: a response typed image/*, video/*, audio/* or
// font/* carries pictures, sound or glyphs, not the text that text
// signatures look for, and is often most of a link's bytes. With
// protocols.http.inspect_media: false the worker does not feed such bodies
// to http.response_body (their files are still followed). Any thread; pure.
#include <string_view>

namespace tapwatch {

// `media_type`: a Content-Type without parameters ("image/jpeg"), any case,
// surrounding blanks allowed.
bool isMediaContentType(std::string_view media_type);

}  // namespace tapwatch

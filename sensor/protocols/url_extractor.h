#pragma once
// UrlExtractor: finds the links in the decoded text of one mail body part, in
// pieces, as Suricata's email.url does: http://, https://, ftp:// and www.
// forms, in plain text and in HTML (where attribute values such as href/src
// and text are both scanned, after HTML character references are decoded:
// `&#104;ttps://` and `&amp;` are how lures hide links from naive scanners).
//
// A URL candidate is a run of bytes that can be in a URL; its end is trimmed
// of sentence punctuation. Runs longer than kMaxUrlBytes are dropped (counted
// by the caller through `overlong()`): no real link is that long, and keeping
// the buffer fixed keeps the part scan allocation-free. Worker thread only.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/bytes.h"

namespace tapwatch {

class UrlSink {
 public:
  virtual ~UrlSink() = default;
  virtual void onUrl(std::string_view url) = 0;  // valid only during the call
};

class UrlExtractor {
 public:
  static constexpr size_t kMaxUrlBytes = 2048;

  // A new text part starts; `html` selects character-reference decoding and
  // quote handling.
  void begin(bool html);
  void feed(ByteSpan text, UrlSink& sink);
  // End of the part: the pending run (if any) is complete.
  void finish(UrlSink& sink);
  // Runs dropped for length since the last begin().
  uint32_t overlong() const { return overlong_; }

 private:
  void put(uint8_t c, UrlSink& sink);
  void endRun(UrlSink& sink);
  void flushEntity(UrlSink& sink);   // not a reference after all: its bytes go through as written
  void decodeEntity(UrlSink& sink);  // `&name;` / `&#N;` / `&#xH;` complete

  bool html_ = false;
  bool in_entity_ = false;
  uint8_t entity_len_ = 0;
  std::array<char, 12> entity_{};  // the bytes after '&' (longest name we decode is short)
  bool run_overlong_ = false;
  size_t run_len_ = 0;
  uint32_t overlong_ = 0;
  std::array<char, kMaxUrlBytes> run_{};
};

// The URL starting in `run` (a whitespace-free candidate run), or "" when it
// holds none: from the first scheme (http://, https://, ftp://, case-blind)
// or www. label to the end, trailing punctuation trimmed. Exposed for tests.
std::string_view findUrl(std::string_view run);

}  // namespace tapwatch

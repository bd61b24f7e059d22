#pragma once
// MimeParser: turns one mail message's bytes (already dot-unstuffed, in any
// number of pieces) into the header block, the decoded subject and the
// decoded text of its text/* parts. Nested multipart is followed by boundary
// (depth and part count capped); base64 and quoted-printable are decoded and
// the declared charset converted to UTF-8 incrementally, so a part can be
// megabytes without being buffered.
//
// What reaches onBodyText: every text/* part (text/plain, text/html, ...,
// also when marked as an attachment — a .txt attachment can carry the
// extortion letter) and parts without a Content-Type (RFC 2045 default
// text/plain). Skipped: non-text parts (images, application/*, ...),
// multipart preambles and epilogues. message/rfc822 parts are opened and
// their text parts included. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "protocols/base64_decoder.h"
#include "protocols/charset_converter.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/qp_decoder.h"
#include "protocols/rfc2047.h"

namespace tapwatch {

class MimeHandler {
 public:
  virtual ~MimeHandler() = default;
  // The top-level header block, unfolded, one "Name: value\r\n" per header.
  virtual void onMessageHeaders(std::string_view block) = 0;
  // The top-level Subject, RFC 2047-decoded to UTF-8 (only if present).
  virtual void onSubject(std::string_view subject) = 0;
  // Decoded UTF-8 text of a text part, in pieces.
  virtual void onBodyText(ByteSpan text) = 0;
};

class MimeParser {
 public:
  MimeParser(const ProtocolLimits& limits, ProtocolStats& stats);
  MimeParser(ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  void begin(MimeHandler& handler);  // a new message starts
  void feed(ByteSpan data);
  void finish();  // the message ended: flush everything pending

 private:
  enum class Mode : uint8_t { Headers, Body };
  enum class LineState : uint8_t { LineStart, Streaming, Buffering };
  enum class Encoding : uint8_t { Identity, Base64, QuotedPrintable, Other };

  ByteSpan feedHeaders(ByteSpan data);
  ByteSpan feedBody(ByteSpan data);
  void headerLine(std::string_view line);
  void finishHeader();
  void headersComplete();
  void bodyLine(std::string_view line);  // a complete line, with its line ending
  bool matchBoundary(std::string_view line, size_t& level, bool& closing) const;
  void startPart();
  void resetEntity();
  void endPart();
  void emitContent(ByteSpan raw);
  void emitText(ByteSpan decoded);
  void pushLevel(std::string_view boundary);

  const ProtocolLimits& limits_;
  ProtocolStats& stats_;
  MimeHandler* handler_ = nullptr;

  Mode mode_ = Mode::Headers;
  LineState line_state_ = LineState::LineStart;
  bool top_ = true;             // reading the top-level message headers
  bool line_overflow_ = false;  // the header line in line_ was cut; skipping to its end
  bool part_limit_hit_ = false;
  bool skip_part_ = false;    // over the part cap: parse boundaries only
  std::string line_;          // header line, or a body line that may be a boundary
  std::string header_;        // the header being unfolded
  std::string header_block_;  // top-level smtp.headers
  std::string subject_raw_;
  std::string subject_;
  uint32_t header_count_ = 0;
  uint32_t parts_ = 0;

  // The entity whose headers are being read.
  std::string content_type_;  // "type/subtype", lowercase
  std::string boundary_;
  std::string charset_;
  std::string param_scratch_;  // unquoted parameter values (kept to reuse its buffer)
  Encoding encoding_ = Encoding::Identity;

  // Open multipart levels, innermost last; an empty boundary marks a
  // message/rfc822 level (counted for depth, never matched).
  std::vector<std::string> levels_;
  size_t depth_ = 0;
  size_t boundary_levels_ = 0;

  // The current leaf part.
  bool text_part_ = false;
  Encoding part_encoding_ = Encoding::Identity;
  Base64Decoder base64_;
  QuotedPrintableDecoder qp_;
  CharsetConverter converter_;
  Rfc2047Decoder rfc2047_;
};

}  // namespace tapwatch

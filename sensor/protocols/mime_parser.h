#pragma once
// MimeParser: turns one mail message's bytes (already dot-unstuffed, in any
// number of pieces) into the header block, the decoded subject, the decoded
// text of its text/* parts and the decoded bytes of every other part
// (attachments). Nested multipart is followed by boundary (depth and part
// count capped); base64 (leniently, like mail clients) and quoted-printable
// are decoded and the declared charset converted to UTF-8 incrementally, so a
// part can be megabytes without being buffered.
//
// What reaches onBodyText: every text/* part (text/plain, text/html, ...,
// also when marked as an attachment — a .txt attachment can carry the
// extortion letter) and parts without a Content-Type (RFC 2045 default
// text/plain). What reaches onAttachmentData: every other leaf part
// (application/*, image/*, audio/*, an encoded message/rfc822, ...), decoded
// but not charset-converted, up to limits.max_attachment_bytes per message.
// Files (onFileStart/onFileEnd) are the attachment parts plus text parts
// marked `Content-Disposition: attachment` or carrying a file name; each gets
// its name, type, decoded size and SHA-256. Skipped: multipart preambles and
// epilogues, parts over the part cap. message/rfc822 parts are opened and
// their parts included. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "protocols/base64_decoder.h"
#include "protocols/charset_converter.h"
#include "protocols/mime_params.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/qp_decoder.h"
#include "protocols/rfc2047.h"
#include "protocols/sha256_hasher.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

class MimeHandler {
 public:
  virtual ~MimeHandler() = default;
  // The top-level header block, unfolded, one "Name: value\r\n" per header.
  virtual void onMessageHeaders(std::string_view block) = 0;
  // The top-level Subject, RFC 2047-decoded to UTF-8 (only if present).
  virtual void onSubject(std::string_view subject) = 0;
  // A text part starts (its onBodyText pieces follow) and ends: lets a handler
  // treat text/html differently from text/plain (links in attributes).
  virtual void onTextPartStart(std::string_view /*content_type*/) {}
  virtual void onTextPartEnd() {}
  // Decoded UTF-8 text of a text part, in pieces.
  virtual void onBodyText(ByteSpan text) = 0;
  // A file part starts: name and type known, size 0.
  virtual void onFileStart(const FileInfo& /*file*/) {}
  // Decoded bytes of an attachment (non-text) part, in pieces.
  virtual void onAttachmentData(ByteSpan /*decoded*/) {}
  // The file part ended: size, SHA-256 and the truncated flag are final.
  virtual void onFileEnd(const FileInfo& /*file*/) {}
};

class MimeParser {
 public:
  MimeParser(const ProtocolLimits& limits, ProtocolStats& stats);
  MimeParser(ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  void begin(MimeHandler& handler);  // a new message starts
  void feed(ByteSpan data);
  // The message ended: flush everything pending. `cut`: the message was cut
  // at a cap before its end, so an open file part is truncated.
  void finish(bool cut = false);

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
  void emitBody(ByteSpan raw);  // body bytes of the current part (line ending held in multipart)
  void emitContent(ByteSpan raw);
  void emitDecoded(ByteSpan decoded);
  void emitText(ByteSpan decoded);
  void startFile(bool attachment);
  void fileBytes(ByteSpan decoded);
  void pushLevel(std::string_view boundary);

  const ProtocolLimits& limits_;
  ProtocolStats& stats_;
  MimeHandler* handler_ = nullptr;

  Mode mode_ = Mode::Headers;
  LineState line_state_ = LineState::LineStart;
  bool top_ = true;             // reading the top-level message headers
  bool line_overflow_ = false;  // the header line in line_ was cut; skipping to its end
  bool part_limit_hit_ = false;
  bool skip_part_ = false;  // over the part cap: parse boundaries only
  std::string line_;        // header line, or a body line that may be a boundary
  // Inside a multipart, the line ending before a boundary belongs to the
  // boundary (RFC 2046 §5.1.1): a line's CRLF is held until the next line
  // shows it is not one, so files hash to what the sender attached.
  uint8_t held_eol_[2] = {0, 0};
  uint8_t held_eol_len_ = 0;
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
  std::string param_scratch_;       // unquoted parameter values (kept to reuse its buffer)
  std::string content_type_value_;  // the whole header values, for the file name
  std::string disposition_value_;
  Encoding encoding_ = Encoding::Identity;

  // Open multipart levels, innermost last; an empty boundary marks a
  // message/rfc822 level (counted for depth, never matched).
  std::vector<std::string> levels_;
  size_t depth_ = 0;
  size_t boundary_levels_ = 0;

  // The current leaf part.
  bool text_part_ = false;        // decoded text goes to onBodyText
  bool file_part_ = false;        // listed as a file: hashed and sized
  bool attachment_part_ = false;  // decoded bytes go to onAttachmentData
  Encoding part_encoding_ = Encoding::Identity;
  FileInfo file_;
  uint64_t attachment_bytes_ = 0;  // delivered to onAttachmentData in this message
  Sha256Hasher sha256_;
  MimeParamDecoder params_;
  Base64Decoder base64_;
  QuotedPrintableDecoder qp_;
  CharsetConverter converter_;
  Rfc2047Decoder rfc2047_;
};

}  // namespace tapwatch

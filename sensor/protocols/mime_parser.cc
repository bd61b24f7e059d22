#include "protocols/mime_parser.h"

#include <algorithm>
#include <cstring>

#include "protocols/text_util.h"

namespace tapwatch {
namespace {
// A boundary line is "--" + boundary (<= 70 chars by RFC 2046; we accept up
// to kMaxBoundary) + optional "--" and padding; longer lines cannot be one.
constexpr size_t kMaxBoundary = 200;
constexpr size_t kBoundaryLineMax = kMaxBoundary + 64;
constexpr size_t kSlice = 4096;
constexpr size_t kMaxFilename = 512;  // decoded file name bytes kept (alert context, EVE fileinfo)

bool looksLikeHeader(std::string_view line) {
  const size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  std::string_view name = line.substr(0, colon);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);  // "Subject :"
  if (name.empty()) return false;
  for (char c : name)
    if (c <= ' ' || c > '~') return false;
  return true;
}
}  // namespace

MimeParser::MimeParser(const ProtocolLimits& limits, ProtocolStats& stats) : limits_(limits), stats_(stats) {}

void MimeParser::begin(MimeHandler& handler) {
  handler_ = &handler;
  mode_ = Mode::Headers;
  line_state_ = LineState::LineStart;
  top_ = true;
  line_overflow_ = false;
  part_limit_hit_ = false;
  skip_part_ = false;
  line_.clear();
  held_eol_len_ = 0;
  header_block_.clear();
  subject_raw_.clear();
  subject_.clear();
  parts_ = 0;
  depth_ = 0;
  boundary_levels_ = 0;
  if (levels_.size() < limits_.max_mime_depth) levels_.resize(limits_.max_mime_depth);
  text_part_ = false;
  file_part_ = false;
  attachment_part_ = false;
  attachment_bytes_ = 0;
  resetEntity();
}

void MimeParser::resetEntity() {
  header_.clear();
  header_count_ = 0;
  content_type_.clear();
  boundary_.clear();
  charset_.clear();
  content_type_value_.clear();
  disposition_value_.clear();
  encoding_ = Encoding::Identity;
}

void MimeParser::feed(ByteSpan data) {
  if (handler_ == nullptr) return;
  while (!data.empty()) data = mode_ == Mode::Headers ? feedHeaders(data) : feedBody(data);
}

ByteSpan MimeParser::feedHeaders(ByteSpan data) {
  const auto* nl = static_cast<const uint8_t*>(std::memchr(data.data(), '\n', data.size()));
  const size_t take = nl != nullptr ? static_cast<size_t>(nl - data.data()) : data.size();
  if (!line_overflow_ && !appendBounded(line_, asStringView(data.first(take)), limits_.max_header_line_bytes)) {
    line_overflow_ = true;
    stats_.anomaly_mime_header_too_long.add();
  }
  if (nl == nullptr) return {};
  std::string_view line = line_;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  headerLine(line);
  line_.clear();
  line_overflow_ = false;
  return data.subspan(take + 1);
}

void MimeParser::headerLine(std::string_view line) {
  if (line.empty()) {
    finishHeader();
    headersComplete();
    return;
  }
  if (line[0] == ' ' || line[0] == '\t') {
    // Folded continuation (RFC 5322 §2.2.3): unfolding removes only the CRLF.
    if (!header_.empty() && !appendBounded(header_, line, limits_.max_header_line_bytes))
      stats_.anomaly_mime_header_too_long.add();
    return;
  }
  finishHeader();
  if (looksLikeHeader(line)) {
    header_.assign(line);
    return;
  }
  // Not a header: the header section ended without its blank line (seen in
  // spam tools); the line is the first body line.
  headersComplete();
  if (mode_ == Mode::Headers) {  // a message/rfc822 part opened: its headers end here too
    headerLine(line);
    return;
  }
  std::string body_line(line);  // rare (once per malformed entity); line views line_
  body_line.append("\r\n");
  bodyLine(body_line);
}

void MimeParser::finishHeader() {
  if (header_.empty()) return;
  if (++header_count_ > limits_.max_headers) {
    if (header_count_ == limits_.max_headers + 1) stats_.anomaly_mime_too_many_headers.add();
    header_.clear();
    return;
  }
  const std::string_view h = header_;
  const size_t colon = h.find(':');
  const std::string_view name = trim(h.substr(0, colon));
  const std::string_view value = trim(h.substr(colon + 1));
  if (top_) {
    if (!appendBounded(header_block_, h, limits_.max_header_block_bytes) ||
        !appendBounded(header_block_, "\r\n", limits_.max_header_block_bytes))
      if (header_block_.size() >= limits_.max_header_block_bytes) stats_.anomaly_mime_header_too_long.add();
    if (iequals(name, "subject") && subject_raw_.empty()) subject_raw_.assign(value.empty() ? " " : value);
  }
  if (iequals(name, "content-type")) {
    const std::string_view type = trim(value.substr(0, value.find(';')));
    assignLower(content_type_, type);
    boundary_.assign(headerParam(value, "boundary", param_scratch_));
    charset_.assign(headerParam(value, "charset", param_scratch_));
    content_type_value_.assign(value);
  } else if (iequals(name, "content-disposition")) {
    disposition_value_.assign(value);
  } else if (iequals(name, "content-transfer-encoding")) {
    const std::string_view enc = trim(value.substr(0, value.find(';')));
    if (iequals(enc, "base64")) encoding_ = Encoding::Base64;
    else if (iequals(enc, "quoted-printable")) encoding_ = Encoding::QuotedPrintable;
    else if (enc.empty() || iequals(enc, "7bit") || iequals(enc, "8bit") || iequals(enc, "binary"))
      encoding_ = Encoding::Identity;
    else encoding_ = Encoding::Other;  // x-uuencode and friends: not decoded
  }
  header_.clear();
}

void MimeParser::headersComplete() {
  if (top_) {
    top_ = false;
    if (!header_block_.empty()) handler_->onMessageHeaders(header_block_);
    if (!subject_raw_.empty()) {
      const auto outcome = rfc2047_.decode(trim(subject_raw_), subject_, limits_.max_subject_bytes);
      if (outcome.malformed) stats_.anomaly_rfc2047_malformed.add();
      if (outcome.unknown_charset) stats_.anomaly_charset_unknown.add();
      if (outcome.invalid_sequence) stats_.anomaly_charset_invalid_sequence.add();
      handler_->onSubject(subject_);
    }
  }
  mode_ = Mode::Body;
  line_state_ = LineState::LineStart;
  text_part_ = false;
  file_part_ = false;
  attachment_part_ = false;
  const std::string_view type = content_type_;
  const bool message = type == "message/rfc822" || type == "message/global";
  if (skip_part_) {
    // Over the part cap: content is skipped, only enclosing boundaries matter.
  } else if (type.starts_with("multipart/")) {
    if (boundary_.empty() || boundary_.size() > kMaxBoundary) {
      stats_.anomaly_mime_missing_boundary.add();
    } else if (depth_ >= limits_.max_mime_depth) {
      stats_.anomaly_mime_depth_exceeded.add();
    } else {
      pushLevel(boundary_);  // what follows is the preamble: skipped
    }
  } else if (message && encoding_ == Encoding::Identity && depth_ < limits_.max_mime_depth) {
    pushLevel({});
    resetEntity();
    mode_ = Mode::Headers;  // the enclosed message's own headers follow
  } else if (type.empty() || type.starts_with("text/")) {
    if (encoding_ != Encoding::Other) {
      text_part_ = true;
      part_encoding_ = encoding_;
      base64_.reset();
      qp_.reset();
      if (converter_.open(charset_) == CharsetConverter::Open::Unknown) stats_.anomaly_charset_unknown.add();
      handler_->onTextPartStart(type.empty() ? std::string_view("text/plain") : type);
      // A text attachment is also a file (its text still reaches the body).
      if (iequals(dispositionType(disposition_value_), "attachment") ||
          params_.decode(disposition_value_, "filename", file_.filename, kMaxFilename).found)
        startFile(false);
    }
  } else {
    // Any other leaf (application/*, image/*, an encoded or too deeply nested
    // message/rfc822, ...): an attachment. An unknown transfer encoding
    // (x-uuencode) passes its bytes as they are.
    if (message && encoding_ == Encoding::Identity) stats_.anomaly_mime_depth_exceeded.add();
    part_encoding_ = encoding_ == Encoding::Other ? Encoding::Identity : encoding_;
    base64_.reset();
    qp_.reset();
    startFile(true);
  }
  if (mode_ == Mode::Body) resetEntity();
}

void MimeParser::startFile(bool attachment) {
  file_part_ = true;
  attachment_part_ = attachment;
  file_.content_type.assign(content_type_.empty() ? std::string_view("text/plain") : std::string_view(content_type_));
  file_.size = 0;
  file_.sha256_valid = false;
  file_.truncated = false;
  file_.sha256.fill(0);
  auto outcome = params_.decode(disposition_value_, "filename", file_.filename, kMaxFilename);
  if (!outcome.found) outcome = params_.decode(content_type_value_, "name", file_.filename, kMaxFilename);
  if (outcome.malformed) stats_.anomaly_rfc2047_malformed.add();
  if (outcome.unknown_charset) stats_.anomaly_charset_unknown.add();
  if (attachment && attachment_bytes_ >= limits_.max_attachment_bytes) file_.truncated = true;  // cap already reached
  if (!file_.truncated) sha256_.begin();
  handler_->onFileStart(file_);
}

void MimeParser::fileBytes(ByteSpan decoded) {
  if (file_.truncated) return;
  if (attachment_part_) {
    const uint64_t room = limits_.max_attachment_bytes - attachment_bytes_;
    if (decoded.size() > room) {
      decoded = decoded.first(static_cast<size_t>(room));
      file_.truncated = true;
    }
    attachment_bytes_ += decoded.size();
  }
  file_.size += decoded.size();
  sha256_.update(decoded);
  if (attachment_part_ && !decoded.empty()) handler_->onAttachmentData(decoded);
}

void MimeParser::pushLevel(std::string_view boundary) {
  levels_[depth_].assign(boundary);
  ++depth_;
  if (!boundary.empty()) ++boundary_levels_;
}

ByteSpan MimeParser::feedBody(ByteSpan data) {
  if (boundary_levels_ == 0) {  // no multipart open: everything is content
    emitContent(data);
    return {};
  }
  while (!data.empty()) {
    if (line_state_ == LineState::LineStart) line_state_ = data[0] == '-' ? LineState::Buffering : LineState::Streaming;
    const auto* nl = static_cast<const uint8_t*>(std::memchr(data.data(), '\n', data.size()));
    const size_t take = nl != nullptr ? static_cast<size_t>(nl - data.data()) + 1 : data.size();
    const ByteSpan piece = data.first(take);
    data = data.subspan(take);
    if (line_state_ == LineState::Streaming) {
      emitBody(piece);
      if (nl != nullptr) line_state_ = LineState::LineStart;
      continue;
    }
    if (line_.size() + piece.size() > kBoundaryLineMax) {  // too long to be a boundary
      emitBody(asBytes(line_));
      emitBody(piece);
      line_.clear();
      line_state_ = nl != nullptr ? LineState::LineStart : LineState::Streaming;
      continue;
    }
    line_.append(asStringView(piece));
    if (nl == nullptr) continue;
    line_state_ = LineState::LineStart;
    bodyLine(line_);  // never touches line_
    line_.clear();
    if (mode_ != Mode::Body) return data;
  }
  return data;
}

bool MimeParser::matchBoundary(std::string_view line, size_t& level, bool& closing) const {
  while (!line.empty() && isBlankChar(line.back())) line.remove_suffix(1);
  if (!line.starts_with("--")) return false;
  line.remove_prefix(2);
  for (size_t i = depth_; i-- > 0;) {
    const std::string& b = levels_[i];
    if (b.empty() || !line.starts_with(b)) continue;
    const std::string_view rest = line.substr(b.size());
    if (rest.empty() || rest == "--") {
      level = i;
      closing = !rest.empty();
      return true;
    }
  }
  return false;
}

void MimeParser::bodyLine(std::string_view line) {
  size_t level = 0;
  bool closing = false;
  if (!matchBoundary(line, level, closing)) {
    emitBody(asBytes(line));
    return;
  }
  if (held_eol_len_ > 0 && part_encoding_ == Encoding::QuotedPrintable && qp_.pendingSoftBreak())
    emitContent(ByteSpan(held_eol_, held_eol_len_));  // "=\r\n--b": the soft break takes it, nothing is written
  held_eol_len_ = 0;                                  // the boundary's own line ending
  endPart();
  // Levels inside the matched one end with it (a missing inner close delimiter).
  for (size_t i = level + 1; i < depth_; ++i)
    if (!levels_[i].empty()) --boundary_levels_;
  depth_ = level + 1;
  if (closing) {
    --boundary_levels_;
    depth_ = level;  // what follows is that multipart's epilogue: skipped
    line_state_ = LineState::LineStart;
    return;
  }
  startPart();
}

void MimeParser::startPart() {
  resetEntity();
  mode_ = Mode::Headers;
  line_overflow_ = false;
  skip_part_ = false;
  if (++parts_ > limits_.max_mime_parts) {
    if (!part_limit_hit_) stats_.anomaly_mime_too_many_parts.add();
    part_limit_hit_ = true;
    skip_part_ = true;
  }
}

void MimeParser::endPart() {
  if (!text_part_ && !file_part_) return;
  uint8_t tail[4];
  size_t n = 0;
  if (part_encoding_ == Encoding::QuotedPrintable) n = qp_.finish(tail);
  if (part_encoding_ == Encoding::Base64) {
    n = base64_.finish(tail);
    if (base64_.malformed()) stats_.anomaly_mime_bad_base64.add();
  }
  if (n > 0) emitDecoded(ByteSpan(tail, n));
  if (text_part_) {
    converter_.finish([this](ByteSpan b) { handler_->onBodyText(b); });
    if (converter_.invalidSequences() > 0) stats_.anomaly_charset_invalid_sequence.add();
    handler_->onTextPartEnd();
  }
  if (file_part_) {
    if (sha256_.active()) file_.sha256_valid = sha256_.finish(file_.sha256) && !file_.truncated;
    if (!file_.sha256_valid) file_.sha256.fill(0);
    handler_->onFileEnd(file_);
  }
  text_part_ = false;
  file_part_ = false;
  attachment_part_ = false;
}

void MimeParser::emitBody(ByteSpan raw) {
  if (boundary_levels_ == 0) {
    emitContent(raw);
    return;
  }
  if (held_eol_len_ == 1 && held_eol_[0] == '\r' && !raw.empty() && raw[0] == '\n') {  // CR | LF across pieces
    held_eol_[1] = '\n';
    held_eol_len_ = 2;
    raw = raw.subspan(1);
  }
  if (raw.empty()) return;
  if (held_eol_len_ > 0) {
    const uint8_t held[2] = {held_eol_[0], held_eol_[1]};
    const size_t n = held_eol_len_;
    held_eol_len_ = 0;
    emitContent(ByteSpan(held, n));
  }
  size_t keep = 0;
  if (raw.back() == '\n') keep = raw.size() >= 2 && raw[raw.size() - 2] == '\r' ? 2 : 1;
  else if (raw.back() == '\r') keep = 1;
  emitContent(raw.first(raw.size() - keep));
  for (size_t i = 0; i < keep; ++i) held_eol_[i] = raw[raw.size() - keep + i];
  held_eol_len_ = static_cast<uint8_t>(keep);
}

void MimeParser::emitContent(ByteSpan raw) {
  if (!text_part_ && !file_part_) return;
  if (part_encoding_ == Encoding::Identity) {
    emitDecoded(raw);
    return;
  }
  uint8_t buf[kSlice + 4];
  while (!raw.empty()) {
    const ByteSpan slice = raw.first(std::min(raw.size(), kSlice));
    raw = raw.subspan(slice.size());
    const size_t n = part_encoding_ == Encoding::Base64 ? base64_.decode(slice, buf) : qp_.decode(slice, buf);
    if (n > 0) emitDecoded(ByteSpan(buf, n));
  }
}

void MimeParser::emitDecoded(ByteSpan decoded) {
  if (file_part_) fileBytes(decoded);
  if (text_part_) emitText(decoded);
}

void MimeParser::emitText(ByteSpan decoded) {
  converter_.convert(decoded, [this](ByteSpan b) { handler_->onBodyText(b); });
}

void MimeParser::finish(bool cut) {
  if (handler_ == nullptr) return;
  if (mode_ == Mode::Headers) {
    if (!line_.empty() && !line_overflow_) {
      std::string last;
      last.swap(line_);
      std::string_view l = last;
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      if (!l.empty()) headerLine(l);
    }
    if (mode_ == Mode::Headers) {
      finishHeader();
      if (top_) headersComplete();  // a message that is all headers
    }
  } else if (line_state_ == LineState::Buffering && !line_.empty()) {
    emitBody(asBytes(line_));
  }
  if (held_eol_len_ > 0) {  // no boundary came: the line ending was content
    const uint8_t held[2] = {held_eol_[0], held_eol_[1]};
    const size_t n = held_eol_len_;
    held_eol_len_ = 0;
    emitContent(ByteSpan(held, n));
  }
  if (cut && file_part_) file_.truncated = true;
  endPart();
  line_.clear();
  handler_ = nullptr;
}

}  // namespace tapwatch

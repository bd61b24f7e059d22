#include "protocols/smtp_app_parser.h"

#include <charconv>
#include <cstring>

#include "protocols/mail_addresses.h"
#include "protocols/text_util.h"

namespace tapwatch {
namespace {

// "MAIL FROM:<a@b> SIZE=10" -> "<a@b>": the path as written, without ESMTP parameters.
std::string_view extractPath(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s[0] == '<') {
    const size_t close = s.find('>');
    if (close != std::string_view::npos) return s.substr(0, close + 1);
  }
  return s.substr(0, s.find(' '));
}

}  // namespace

SmtpAppParser::SmtpAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink), limits_(limits), stats_(stats), mime_(limits, stats) {
  pushCommand(Command::Greeting);  // the server speaks first
}

ParseStatus SmtpAppParser::feed(Direction dir, ByteSpan data, Timestamp /*ts*/) {
  uint8_t buf[kBodyBatch];
  TextBatch batch(buf, sizeof buf);
  batch_ = &batch;
  const ParseStatus st = feedDirection(dir, data);
  flushBodyText();
  batch_ = nullptr;
  return st;
}

ParseStatus SmtpAppParser::feedDirection(Direction dir, ByteSpan data) {
  if (done_) return ParseStatus::Done;
  if (dir == Direction::ToServer) {
    if (feedClient(data) == ParseStatus::Failed) {
      stats_.parser_failures_smtp.add();
      finish();
      return ParseStatus::Failed;
    }
  } else {
    feedServer(data);
  }
  if (done_) {
    finish();
    return ParseStatus::Done;
  }
  return ParseStatus::Continue;
}

ByteSpan SmtpAppParser::takeLine(unsigned d, ByteSpan data, bool& complete) {
  const auto* nl = static_cast<const uint8_t*>(std::memchr(data.data(), '\n', data.size()));
  const size_t take = nl != nullptr ? static_cast<size_t>(nl - data.data()) : data.size();
  complete = nl != nullptr;
  if (!skip_line_[d] && !line_overflow_[d] &&
      !appendBounded(line_[d], asStringView(data.first(take)), limits_.max_smtp_line_bytes)) {
    line_overflow_[d] = true;
    stats_.anomaly_smtp_line_too_long.add();
  }
  return complete ? data.subspan(take + 1) : ByteSpan{};
}

ParseStatus SmtpAppParser::feedClient(ByteSpan data) {
  while (!data.empty() && !done_) {
    switch (client_state_) {
      case ClientState::Command: {
        // After STARTTLS the client may start its TLS handshake before we
        // saw the 220 (reply order is not guaranteed across directions).
        if (starttls_sent_ && line_[0].empty() && data.size() >= 2 && data[0] == 0x16 && data[1] == 0x03) {
          stats_.starttls_smtp.add();
          done_ = true;
          break;
        }
        bool complete = false;
        data = takeLine(0, data, complete);
        if (!complete) break;
        const bool skipped = skip_line_[0];
        skip_line_[0] = false;
        line_overflow_[0] = false;
        std::string_view line = line_[0];
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ParseStatus st = skipped ? ParseStatus::Continue : clientLine(line);
        line_[0].clear();
        if (st != ParseStatus::Continue) return st;
        break;
      }
      case ClientState::Data: data = feedData(data); break;
      case ClientState::Bdat: data = feedBdat(data); break;
    }
  }
  return ParseStatus::Continue;
}

ParseStatus SmtpAppParser::clientLine(std::string_view line) {
  const std::string_view verb = line.substr(0, line.find(' '));
  const std::string_view rest = verb.size() < line.size() ? line.substr(verb.size() + 1) : std::string_view{};
  if (iequals(verb, "MAIL") && istartsWith(trim(rest), "FROM:")) {
    const std::string_view path = extractPath(trim(rest).substr(5));
    openMessage();
    context_.smtp_mail_from.assign(path);
    sink_.fieldData(scope_, Field::SmtpMailFrom, asBytes(path), true);
    pushCommand(Command::Mail);
  } else if (iequals(verb, "RCPT") && istartsWith(trim(rest), "TO:")) {
    const std::string_view path = extractPath(trim(rest).substr(3));
    if (!scope_open_ || content_started_) openMessage();  // MAIL FROM was missed
    if (context_.smtp_rcpt_to.size() < limits_.max_recipients) context_.smtp_rcpt_to.emplace_back(path);
    else stats_.anomaly_smtp_too_many_recipients.add();
    sink_.fieldData(scope_, Field::SmtpRcptTo, asBytes(path), true);
    pushCommand(Command::Rcpt);
  } else if (iequals(verb, "DATA") && trim(rest).empty()) {
    pushCommand(Command::Data);
    beginContent();
    client_state_ = ClientState::Data;
    data_state_ = DataState::LineStart;
  } else if (iequals(verb, "BDAT")) {
    const std::string_view args = trim(rest);
    const std::string_view size_text = args.substr(0, args.find(' '));
    uint64_t size = 0;
    const auto [end, ec] = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size);
    if (size_text.empty() || ec != std::errc{} || end != size_text.data() + size_text.size()) {
      // Without the chunk size the byte stream cannot be framed any more.
      stats_.anomaly_smtp_bad_bdat.add();
      return ParseStatus::Failed;
    }
    const std::string_view flag = trim(args.substr(size_text.size()));
    pushCommand(Command::Bdat);
    if (!content_started_) beginContent();  // later chunks continue the same message
    bdat_remaining_ = size;
    bdat_last_ = iequals(flag, "LAST");
    client_state_ = ClientState::Bdat;
    if (size == 0) {
      client_state_ = ClientState::Command;
      if (bdat_last_) endMessage();
    }
  } else if (iequals(verb, "HELO") || iequals(verb, "EHLO")) {
    // Session state: kept for every later message of the session.
    const std::string_view name = trim(rest);
    context_.smtp_helo.assign(name.substr(0, name.find(' ')));
    pushCommand(Command::Other);
  } else if (iequals(verb, "STARTTLS")) {
    pushCommand(Command::StartTls);
    starttls_sent_ = true;
  } else if (iequals(verb, "RSET")) {
    pushCommand(Command::Other);
    if (content_started_) endMessage();
    else if (scope_open_) closeMessage();
  } else {
    pushCommand(Command::Other);
  }
  return ParseStatus::Continue;
}

ByteSpan SmtpAppParser::feedData(ByteSpan data) {
  const size_t n = data.size();
  size_t i = 0;
  size_t run = 0;  // start of content not yet passed on
  cr_in_this_feed_ = false;
  auto flush = [&](size_t end) {
    if (end > run) content(data.subspan(run, end - run));
    run = end;
  };
  while (i < n) {
    switch (data_state_) {
      case DataState::LineStart:
        if (data[i] == '.') {
          flush(i);
          ++i;
          run = i;  // the stuffed dot is dropped
          data_state_ = DataState::Dot;
          break;
        }
        data_state_ = DataState::MidLine;
        [[fallthrough]];
      case DataState::MidLine: {
        const auto* nl = static_cast<const uint8_t*>(std::memchr(data.data() + i, '\n', n - i));
        if (nl == nullptr) {
          i = n;
        } else {
          i = static_cast<size_t>(nl - data.data()) + 1;
          data_state_ = DataState::LineStart;
        }
        break;
      }
      case DataState::Dot:
        if (data[i] == '\r') {
          data_state_ = DataState::DotCr;
          cr_in_this_feed_ = true;
          ++i;
        } else if (data[i] == '\n') {  // ".\n": lenient end of data
          endMessage();
          client_state_ = ClientState::Command;
          return data.subspan(i + 1);
        } else {
          data_state_ = DataState::MidLine;
        }
        break;
      case DataState::DotCr:
        if (data[i] == '\n') {
          endMessage();
          client_state_ = ClientState::Command;
          return data.subspan(i + 1);
        }
        if (!cr_in_this_feed_) content(asBytes("\r"));  // the CR came in an earlier feed
        data_state_ = DataState::MidLine;
        break;
    }
  }
  // Hold back a trailing CR that may be part of the end marker.
  flush(data_state_ == DataState::DotCr && cr_in_this_feed_ ? n - 1 : n);
  return {};
}

ByteSpan SmtpAppParser::feedBdat(ByteSpan data) {
  const size_t take = static_cast<size_t>(std::min<uint64_t>(bdat_remaining_, data.size()));
  content(data.first(take));
  bdat_remaining_ -= take;
  if (bdat_remaining_ == 0) {
    client_state_ = ClientState::Command;
    if (bdat_last_) endMessage();
  }
  return data.subspan(take);
}

void SmtpAppParser::content(ByteSpan bytes) {
  if (truncated_ || bytes.empty()) return;
  if (body_bytes_ + bytes.size() > limits_.max_body_bytes) {
    bytes = bytes.first(static_cast<size_t>(limits_.max_body_bytes - body_bytes_));
    truncated_ = true;
    stats_.bodies_truncated_smtp.add();
  }
  body_bytes_ += bytes.size();
  mime_.feed(bytes);
}

void SmtpAppParser::feedServer(ByteSpan data) {
  while (!data.empty()) {
    bool complete = false;
    data = takeLine(1, data, complete);
    if (!complete) return;
    const bool skipped = skip_line_[1];
    skip_line_[1] = false;
    line_overflow_[1] = false;
    std::string_view line = line_[1];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!skipped) serverLine(line);
    line_[1].clear();
    if (done_) return;
  }
}

void SmtpAppParser::serverLine(std::string_view line) {
  int code = 0;
  if (line.size() < 3 || std::from_chars(line.data(), line.data() + 3, code).ptr != line.data() + 3 ||
      (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
    stats_.anomaly_smtp_malformed_reply.add();
    return;
  }
  if (line.size() > 3 && line[3] == '-') return;  // multi-line reply continues
  Command c;
  if (!popCommand(c)) return;
  if (c == Command::Data && code != 354 && client_state_ == ClientState::Data) {
    // DATA refused: the client will not send content; what follows are commands.
    endMessage();
    client_state_ = ClientState::Command;
  } else if (c == Command::StartTls && code == 220) {
    stats_.starttls_smtp.add();
    done_ = true;
  }
}

ParseStatus SmtpAppParser::gap(Direction dir, uint64_t bytes) {
  if (done_) return ParseStatus::Done;
  stats_.gaps_smtp.add();
  const unsigned d = index(dir);
  if (dir == Direction::ToClient) {
    line_[1].clear();
    skip_line_[1] = true;
    pending_count_ = 0;  // replies can no longer be matched to commands
    return ParseStatus::Continue;
  }
  switch (client_state_) {
    case ClientState::Command:
      line_[d].clear();
      skip_line_[d] = true;
      break;
    case ClientState::Data:
      data_state_ = DataState::MidLine;  // content is damaged but the end marker can still be found
      break;
    case ClientState::Bdat:
      if (bytes < bdat_remaining_) {
        bdat_remaining_ -= bytes;
      } else {
        endMessage();
        client_state_ = ClientState::Command;
        skip_line_[d] = true;
      }
      break;
  }
  return ParseStatus::Continue;
}

void SmtpAppParser::finish() {
  if (content_started_) endMessage();
  else if (scope_open_) closeMessage();
}

void SmtpAppParser::openMessage() {
  if (content_started_) endMessage();
  else if (scope_open_) closeMessage();
  scope_ = next_scope_++;
  context_.app_proto = "smtp";
  context_.smtp_mail_from.clear();
  context_.smtp_rcpt_to.clear();
  context_.email_subject.clear();
  context_.email_from.clear();
  context_.email_to.clear();
  context_.email_cc.clear();
  context_.files.clear();
  context_.email_urls.clear();
  file_listed_ = false;
  scope_open_ = true;
  stats_.transactions_smtp.add();
  sink_.openScope(scope_, Scope::SmtpMessage, &context_);
}

void SmtpAppParser::beginContent() {
  if (!scope_open_ || content_started_) openMessage();
  content_started_ = true;
  body_sent_ = false;
  text_sent_ = false;
  own_sent_ = false;
  attachment_sent_ = false;
  truncated_ = false;
  reply_to_.clear();
  from_name_.clear();
  own_.setSelf({}, {});
  body_bytes_ = 0;
  mime_.begin(*this);
}

void SmtpAppParser::endMessage() {
  flushBodyText();
  if (content_started_) {
    mime_.finish(truncated_);
    if (body_sent_) sink_.fieldData(scope_, Field::SmtpBody, {}, true);
    if (text_sent_) sink_.fieldData(scope_, Field::SmtpBodyText, {}, true);
    if (own_sent_) sink_.fieldData(scope_, Field::SmtpBodyOwnText, {}, true);
    if (attachment_sent_) sink_.fieldData(scope_, Field::SmtpAttachment, {}, true);
  }
  closeMessage();
}

void SmtpAppParser::closeMessage() {
  flushBodyText();
  if (scope_open_) sink_.closeScope(scope_);
  scope_open_ = false;
  content_started_ = false;
  body_sent_ = false;
  text_sent_ = false;
  own_sent_ = false;
  attachment_sent_ = false;
}

void SmtpAppParser::pushCommand(Command c) {
  if (pending_count_ == kMaxPending) {  // replies stopped matching; keep the newest
    pending_head_ = (pending_head_ + 1) % kMaxPending;
    --pending_count_;
  }
  pending_[(pending_head_ + pending_count_) % kMaxPending] = c;
  ++pending_count_;
}

bool SmtpAppParser::popCommand(Command& c) {
  if (pending_count_ == 0) return false;
  c = pending_[pending_head_];
  pending_head_ = (pending_head_ + 1) % kMaxPending;
  --pending_count_;
  return true;
}

void SmtpAppParser::onMessageHeaders(std::string_view block) {
  flushBodyText();
  // The block is unfolded: one "Name: value\r\n" per header. The first From
  // counts; To and Cc headers add up (some mailers repeat them).
  std::string_view rest = block;
  while (!rest.empty()) {
    const size_t eol = rest.find("\r\n");
    const std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 2);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view name = trim(line.substr(0, colon));
    const std::string_view value = line.substr(colon + 1);
    if (iequals(name, "from") && context_.email_from.empty()) {
      firstMailAddress(value, context_.email_from);
      displayName(value);
    } else if (iequals(name, "to")) {
      if (!appendMailAddresses(value, context_.email_to, limits_.max_recipients))
        stats_.anomaly_smtp_too_many_recipients.add();
    } else if (iequals(name, "cc")) {
      if (!appendMailAddresses(value, context_.email_cc, limits_.max_recipients))
        stats_.anomaly_smtp_too_many_recipients.add();
    } else if (iequals(name, "reply-to") && reply_to_.empty()) {
      firstMailAddress(value, reply_to_);
    }
  }
  // A fake "Re:" thread quotes the sender's own first letter: OwnText keeps
  // quoted lines whose attribution names these addresses.
  own_.setSelf(context_.email_from, reply_to_, from_name_);
  sink_.fieldData(scope_, Field::SmtpHeaders, asBytes(block), true);
}

// The From's display name, decoded, for OwnText: once per message header.
void SmtpAppParser::displayName(std::string_view value) {
  const std::string_view name = fromDisplayName(value);
  if (name.find("=?") == std::string_view::npos) {
    from_name_.assign(name.substr(0, OwnText::kMaxName));
    return;
  }
  rfc2047_.decode(name, from_name_, OwnText::kMaxName);
}

void SmtpAppParser::onSubject(std::string_view subject) {
  flushBodyText();
  context_.email_subject.assign(subject);
  sink_.fieldData(scope_, Field::SmtpSubject, asBytes(subject), true);
}

void SmtpAppParser::onFileStart(const FileInfo& file) {
  flushBodyText();
  // MIME parts are capped (max_mime_parts), so the list is too.
  file_listed_ = context_.files.size() < limits_.max_mime_parts;
  if (file_listed_) context_.files.push_back(file);
}

void SmtpAppParser::onAttachmentData(ByteSpan decoded) {
  flushBodyText();
  attachment_sent_ = true;
  sink_.fieldData(scope_, Field::SmtpAttachment, decoded, false);
}

void SmtpAppParser::onFileEnd(const FileInfo& file) {
  flushBodyText();
  if (file_listed_) context_.files.back() = file;
  file_listed_ = false;
}

void SmtpAppParser::onTextPartStart(std::string_view content_type) {
  flushBodyText();
  const bool html = content_type == "text/html";
  urls_.begin(html);
  text_.begin(html ? HtmlText::Mode::Html : HtmlText::Mode::Plain);
  own_.begin(OwnText::Mode::Mail);
  // Parts are one value: a line break keeps the last word of one part from
  // running into the first of the next.
  if (text_sent_) emitText(asBytes(std::string_view("\n")));
}

void SmtpAppParser::onTextPartEnd() {
  flushBodyText();
  text_.finish([this](ByteSpan text) { emitText(text); });
  own_.finish([this](ByteSpan text) { emitOwnText(text); });
  urls_.finish(*this);
  stats_.urls_dropped_smtp.add(urls_.overlong());
}

void SmtpAppParser::onBodyText(ByteSpan text) {
  if (text.empty()) return;
  if (batch_ == nullptr) bodyText(text);
  else batch_->add(text, [this](ByteSpan t) { bodyText(t); });
}

void SmtpAppParser::flushBodyText() {
  if (batch_ != nullptr) batch_->flush([this](ByteSpan t) { bodyText(t); });
}

// A text part's decoded bytes: smtp.body, its text (smtp.body_text, smtp.body_own_text) and its links.
void SmtpAppParser::bodyText(ByteSpan text) {
  body_sent_ = true;
  sink_.fieldData(scope_, Field::SmtpBody, text, false);
  text_.feed(text, [this](ByteSpan t) { emitText(t); });
  urls_.feed(text, *this);
}

void SmtpAppParser::emitText(ByteSpan text) {
  text_sent_ = true;
  sink_.fieldData(scope_, Field::SmtpBodyText, text, false);
  own_.feed(text, [this](ByteSpan own) { emitOwnText(own); });
}

void SmtpAppParser::emitOwnText(ByteSpan text) {
  if (text.empty()) return;
  own_sent_ = true;
  sink_.fieldData(scope_, Field::SmtpBodyOwnText, text, false);
}

void SmtpAppParser::onUrl(std::string_view url) {
  // HTML mail repeats a link (href and its visible text): one value each, like Suricata's email.url.
  for (const auto& seen : context_.email_urls)
    if (seen == url) return;
  if (context_.email_urls.size() >= kMaxUrlsPerMessage) {
    stats_.urls_dropped_smtp.add();
    return;
  }
  context_.email_urls.emplace_back(url);
  sink_.fieldData(scope_, Field::SmtpUrl, asBytes(url), true);
}

}  // namespace tapwatch

#pragma once
// SmtpAppParser: SMTP (RFC 5321) client commands and server replies, with
// DATA (dot-unstuffing, end at CRLF.CRLF) and BDAT chunks (RFC 3030). One mail
// message = one Scope::SmtpMessage, from MAIL FROM to the end of its content;
// several messages per session. Message content goes through MimeParser for
// smtp.headers, smtp.subject, smtp.body and smtp.attachment; the context gets
// the HELO/EHLO name, the header From/To/Cc addresses and the files. A STARTTLS accepted with 220 ends
// inspection (ParseStatus::Done). Worker thread only; one per flow.
//
// DATA mode starts at the DATA command (not at the 354 reply), so message
// content is parsed even when only the client side is captured; a 4xx/5xx
// reply to DATA cancels it.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "protocols/app_parser.h"
#include "protocols/html_text.h"
#include "protocols/inspection_sink.h"
#include "protocols/mime_parser.h"
#include "protocols/own_text.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/rfc2047.h"
#include "protocols/text_batch.h"
#include "protocols/transaction_context.h"
#include "protocols/url_extractor.h"

namespace tapwatch {

class SmtpAppParser final : public AppParser, private MimeHandler, private UrlSink {
 public:
  SmtpAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  SmtpAppParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  AppProto proto() const override { return AppProto::Smtp; }
  ParseStatus feed(Direction dir, ByteSpan data, Timestamp ts) override;
  ParseStatus gap(Direction dir, uint64_t bytes) override;
  void finish() override;

 private:
  enum class Command : uint8_t { Greeting, Mail, Rcpt, Data, Bdat, StartTls, Other };
  enum class ClientState : uint8_t { Command, Data, Bdat };
  enum class DataState : uint8_t { LineStart, MidLine, Dot, DotCr };

  ParseStatus feedDirection(Direction dir, ByteSpan data);
  ParseStatus feedClient(ByteSpan data);
  void feedServer(ByteSpan data);
  // Collects one line of direction `d` into line_[d]; returns the rest of
  // `data` and sets `complete` when the line ended.
  ByteSpan takeLine(unsigned d, ByteSpan data, bool& complete);
  ParseStatus clientLine(std::string_view line);
  void serverLine(std::string_view line);
  ByteSpan feedData(ByteSpan data);
  ByteSpan feedBdat(ByteSpan data);
  void content(ByteSpan bytes);

  void openMessage();
  void beginContent();
  void endMessage();
  void closeMessage();
  void pushCommand(Command c);
  bool popCommand(Command& c);

  // MimeHandler
  void onMessageHeaders(std::string_view block) override;
  void onSubject(std::string_view subject) override;
  void onTextPartStart(std::string_view content_type) override;
  void onTextPartEnd() override;
  void onBodyText(ByteSpan text) override;
  void onFileStart(const FileInfo& file) override;
  void onAttachmentData(ByteSpan decoded) override;
  void onFileEnd(const FileInfo& file) override;
  // UrlSink: one link of a text part; de-duplicated per message, capped.
  void onUrl(std::string_view url) override;
  void bodyText(ByteSpan text);
  void flushBodyText();
  void emitText(ByteSpan text);
  void emitOwnText(ByteSpan text);
  void displayName(std::string_view from_value);

  InspectionSink& sink_;
  const ProtocolLimits& limits_;
  ProtocolStats& stats_;
  MimeParser mime_;
  UrlExtractor urls_;
  HtmlText text_;          // smtp.body_text: the text parts as a reader sees them
  OwnText own_;            // smtp.body_own_text: the lines of text_ the sender wrote (quotes dropped)
  std::string reply_to_;   // the header Reply-To address: OwnText's sender addresses are From and this
  std::string from_name_;  // the From's display name (decoded): a forwarded letter signed with it is his own
  Rfc2047Decoder rfc2047_;
  TransactionContext context_;

  uint32_t next_scope_ = 1;
  uint32_t scope_ = 0;
  bool scope_open_ = false;
  bool content_started_ = false;  // MimeParser::begin() called for this message
  bool body_sent_ = false;
  bool text_sent_ = false;  // smtp.body_text has a value in this message
  bool own_sent_ = false;   // smtp.body_own_text has a value in this message
  bool attachment_sent_ = false;
  bool file_listed_ = false;  // the open file part has its entry in context_.files
  bool truncated_ = false;
  uint64_t body_bytes_ = 0;

  ClientState client_state_ = ClientState::Command;
  DataState data_state_ = DataState::LineStart;
  bool cr_in_this_feed_ = false;
  uint64_t bdat_remaining_ = 0;
  bool bdat_last_ = false;
  bool starttls_sent_ = false;
  bool done_ = false;

  std::string line_[2];
  bool line_overflow_[2] = {false, false};
  bool skip_line_[2] = {false, false};  // after a gap: drop the partial line

  // A text part's decoded pieces of one feed() call are collected in a buffer
  // on feed()'s stack and handed on together (bodyText): MimeParser passes a
  // multipart body line by line, its line breaks apart, and every piece is a
  // Hyperscan call on smtp.body, smtp.body_text and smtp.body_own_text
  // (bench/README.md, "Stop 34"). Every other event of the message (headers,
  // a part's start or end, attachment bytes, the message's end) hands the
  // collected text on first, so each field gets the same bytes in the same
  // order; outside feed() (finish(), gap()) pieces pass on at once.
  static constexpr size_t kBodyBatch = 8192;
  TextBatch* batch_ = nullptr;  // feed()'s, while it runs

  static constexpr size_t kMaxUrlsPerMessage = 64;  // smtp.url values per message; the rest are counted
  static constexpr size_t kMaxPending = 32;         // pipelined commands awaiting replies
  std::array<Command, kMaxPending> pending_{};
  size_t pending_head_ = 0;
  size_t pending_count_ = 0;
};

}  // namespace tapwatch

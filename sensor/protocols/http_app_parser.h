#pragma once
// HttpAppParser: HTTP/1.x in both directions, read the way browsers read it.
// Request N and response N form one transaction = one Scope::HttpTransaction
// (keep-alive and pipelining: requests may run up to
// ProtocolLimits::max_pipelined ahead of their responses). Delivers
// http.method, http.uri (percent-decoded, dot segments and duplicate slashes
// removed), http.host (lowercased, port stripped), http.user_agent, the
// request/response header blocks in Suricata's http.header form, every other
// Suricata HTTP buffer (uri.raw, request/response line, header names, cookie,
// stat_code, location, ...: field.cc), the request body (form bodies
// url-decoded) and the response body (de-chunked, content codings undone layer
// by layer with the output capped). Headers are read into an HttpHeaderTable,
// which merges repeated names as libhtp does, so each buffer means what the
// Suricata buffer of its name means. Bodies stream as they arrive; with
// ProtocolLimits::track_http_files they are also followed as files for EVE
// fileinfo (http_body_file.h). Worker thread only; one per flow.
//
// Leniency: no oddity abandons a message. Each is counted as an
// `anomaly_http_*` row (protocol_stats.h; the names are a contract with the
// evasion catalogue) and parsing goes on with the reading that still shows the
// body's bytes to signatures: LF / CR / LF-CR line ends, control bytes and
// folded lines in headers, junk before a message, odd versions and status
// lines, HTTP/0.9 requests ("GET /path") and responses (the whole stream is
// the body), duplicate, conflicting or invalid Content-Length (conflicting,
// or invalid in a response: the body runs to the connection close; invalid
// in a request: no body, as servers refuse it), "chunked" anywhere in Transfer-Encoding
// (de-chunking is tried; if the first chunk-size line is not hex the body is
// the raw bytes), lenient chunk-size lines, stacked and listed content
// codings up to ProtocolLimits::max_content_encodings (a layer that does not
// decode passes its bytes on raw). Only a direction that stays unparseable
// (kMaxJunkBytes of lines that start no message) is given up.
// After a capture gap, a direction resynchronises at its next message start.
//
// Design decision (issue 14): a hand-written state machine replaced Debian's
// strict nodejs http-parser, which abandoned the message at the first framing
// irregularity (57% of a public evasion suite's responses lost their body).
// libhtp (Suricata's library, also lenient) was the alternative: read for its
// decisions, not used, because it buffers and allocates per transaction (the
// warm keep-alive path here must not allocate: parser_alloc_test), brings its
// own transaction and body-decompression model that would have to be mapped
// onto scopes and the shared ProtocolLimits, and is a C dependency whose
// anomaly flags do not match the contract's names. Cost, BM_HttpTransaction
// (bench/README.md; 4 transactions incl. a 10 KiB gzip chunked body, medians
// of alternating runs): http-parser 10.7 us CPU per iteration, this parser
// 10.8-11.1 us (+2-4%); a quarter of either is zlib's CRC32 of the body.
//
// The alert context's http_url is the request target as sent (Suricata's
// "url"); http.uri is the normalised form signatures match.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "protocols/app_parser.h"
#include "protocols/html_text.h"
#include "protocols/http_body_file.h"
#include "protocols/http_content_coding.h"
#include "protocols/http_header_table.h"
#include "protocols/http_line_reader.h"
#include "protocols/http_message_rules.h"
#include "protocols/http_start.h"
#include "protocols/inspection_sink.h"
#include "protocols/own_text.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/transaction_context.h"
#include "protocols/url_decode.h"

namespace tapwatch {

class HttpAppParser final : public AppParser {
 public:
  HttpAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  HttpAppParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser
  ~HttpAppParser() override;
  HttpAppParser(const HttpAppParser&) = delete;
  HttpAppParser& operator=(const HttpAppParser&) = delete;

  AppProto proto() const override { return AppProto::Http; }
  ParseStatus feed(Direction dir, ByteSpan data, Timestamp ts) override;
  ParseStatus gap(Direction dir, uint64_t bytes) override;
  void finish() override;

 private:
  struct Transaction {
    uint32_t scope = 0;
    TransactionContext context;
    bool active = false;
    bool request_done = false;
    bool response_started = false;
    bool response_done = false;
    bool head = false;                    // HEAD request: its response has no body
    bool put = false;                     // PUT request: its body is a file (Suricata's rule)
    std::string uri_path;                 // normalised request path without the query: a body file's default name
    std::array<FileInfo, 2> spare_files;  // the last transaction's files, their buffers reused
  };

  enum class Phase : uint8_t {
    Start,      // before a request / status line (empty and junk lines skipped)
    Headers,    // header lines up to the empty line
    Body,       // Content-Length or until-close body bytes
    ChunkSize,  // a chunk-size line
    ChunkData,  // chunk bytes
    ChunkEnd,   // the line end after a chunk's bytes
    Trailers,   // trailer lines after the last chunk
    Resync,     // after a gap: wait for a message start at a line start
  };
  // UntilNextRequest: a request whose only framing is an invalid
  // Content-Length ("+178", "12abc"): its bytes are shown as the body up to
  // the first line that starts a new request (or the close).
  enum class Framing : uint8_t { None, Length, Chunked, UntilClose, UntilNextRequest };
  enum class BodyMode : uint8_t { Raw, Decode, Skip };
  static constexpr size_t kMaxCodings = 16;

  // One direction's state and the message it is in.
  struct Side {
    Direction dir = Direction::ToServer;
    Phase phase = Phase::Start;
    HttpLineReader reader;
    bool seen_message = false;    // a message began on this side (HTTP/0.9 is only the first response)
    bool skip_line = false;       // resync: the rest of the current line is not a message start
    uint8_t hold[16] = {};        // resync / UntilNextRequest: a possible message start cut by the end of the last feed
    bool body_line_start = true;  // UntilNextRequest: the next body byte starts a line
    uint8_t hold_len = 0;
    uint64_t junk_bytes = 0;  // consecutive bytes of lines that started no message
    bool junk = false;        // empty or junk lines came before this message
    std::string junk09;       // first response: junk lines kept until it is clear whether HTTP/0.9 follows
    uint32_t junk09_lines = 0;
    int slot = -1;  // transaction of the current message, -1 = not delivered
    // Start line.
    std::string start_line;  // as sent, without its line end (http.request_line / http.response_line)
    std::string method, target, version;
    int status = 0;
    // Header being assembled (a folded line continues it).
    std::string name, value;
    bool have_header = false;
    bool header_folded = false;  // the header being assembled had a continuation line
    HttpHeaderTable headers;     // repeated names merged, as Suricata's buffers see them
    std::string block;           // http.*_headers, built from `headers` when they are complete
    uint32_t header_count = 0;
    bool headers_capped = false;
    bool block_capped = false;
    bool line_capped = false;
    bool control_char = false;
    bool folded = false;
    bool no_colon = false;
    std::string host;  // the first Host (what most servers route by), not the merged list
    bool have_host = false;
    bool form = false;
    bool json = false;  // a JSON body: its strings escape line breaks (OwnText reads "\n" as one)
    // http.*_body_text: how this message's body becomes text (nullopt: a media body, no text).
    std::optional<HtmlText::Mode> text_mode = HtmlText::Mode::Html;
    bool text_sent = false;
    HtmlText text;
    // http.request_body_own_text / http.response_body_own_text: the lines of the text the sender (the page) wrote.
    bool own_sent = false;
    OwnText own;
    bool upgrade = false;
    // Framing.
    uint32_t content_length_headers = 0;
    uint64_t content_length = 0;
    bool content_length_valid = false;
    bool content_length_duplicate = false;
    bool content_length_conflict = false;
    bool content_length_invalid = false;
    TransferCoding transfer;
    std::array<CodingName, kMaxCodings> codings{};  // content (and non-chunked transfer) codings, as applied
    uint32_t coding_count = 0;                      // may exceed codings.size(): the rest are only counted
    std::array<CodingName, 4> te_codings{};         // Transfer-Encoding "gzip, chunked": gzip is undone too
    uint32_t te_coding_count = 0;
    uint32_t content_encoding_headers = 0;
    Framing framing = Framing::None;
    uint64_t remaining = 0;  // Length body / current chunk bytes left
    bool first_chunk = true;
    // Body.
    BodyMode body_mode = BodyMode::Raw;
    uint64_t body_bytes = 0;
    bool body_sent = false;
    bool interim = false;  // 1xx response: the final one follows
    uint32_t counted = 0;  // anomalies already counted for this message (bits)
    ContentDecoder decoder;
    FormDecoder form_decoder;
    FormDecoder form_text_decoder{FormDecoder::Separators::FieldsAsLines};  // for the text fields
    // The body as a file (only with ProtocolLimits::track_http_files).
    HttpBodyFile file;
    bool file_done = false;  // this message's body file was opened (once per message)
    bool body_cut = false;   // the body was cut at max_body_bytes
  };

  ParseStatus execute(Side& s, ByteSpan data);
  // A possible message start the last feed ended inside, once decided.
  struct HeldStart {
    uint8_t bytes[16] = {};
    size_t len = 0;
    ByteSpan span() const { return ByteSpan(bytes, len); }
  };
  StartMatch decideHeld(Side& s, ByteSpan data, HeldStart& held);
  ParseStatus resync(Side& s, ByteSpan data);
  ParseStatus bodyUntilNextRequest(Side& s, ByteSpan data);
  // Line-based phases; return false when the flow ends (Done / Failed).
  bool onLine(Side& s, std::string_view line, LineEnd end);
  bool onStartLine(Side& s, std::string_view line);
  void onJunkLine(Side& s, std::string_view line, LineEnd end);
  void beginMessage(Side& s);
  void begin09Response(Side& s);
  void onHeaderLine(Side& s, std::string_view line);
  void finishHeader(Side& s);
  void recordHeader(Side& s, std::string_view name, std::string_view value, bool raw);
  void buildBlock(Side& s, std::string_view skip);
  void onHeadersComplete(Side& s);
  void chooseFraming(Side& s);
  void startDecoding(Side& s);
  void onChunkSizeLine(Side& s, std::string_view line, LineEnd end);
  void fallBackToRawBody(Side& s, std::string_view replay, LineEnd end);
  void deliverRequestHeaders(Side& s, Transaction& t);
  void deliverResponseHeaders(Side& s, Transaction& t);
  void emitHeaderValue(Side& s, uint32_t scope, Field field, std::string_view name);
  void emitValue(uint32_t scope, Field field, std::string_view value);
  void emitStart(Side& s, uint32_t scope, Field field);
  void keepHeaders(Side& s, std::vector<HttpHeader>& out);
  void bodyBytes(Side& s, ByteSpan data);
  void emitBody(Side& s, ByteSpan decoded);
  void emitText(Side& s, uint32_t scope, ByteSpan text);
  static Field ownTextField(const Side& s);
  void emitOwnText(Side& s, uint32_t scope, ByteSpan text);
  void endBody(Side& s);
  void openBodyFile(Side& s, Transaction& t);
  bool bodyComplete(const Side& s) const;
  void countDecoderEvents(Side& s);
  bool endMessage(Side& s);
  void restartSide(Side& s);
  void resetMessage(Side& s);
  bool giveUp();

  int newTransaction();
  int pairResponse();
  bool requestAwaitsResponse();
  void maybeClose(int slot);
  void closeSlot(int slot);
  void closeAll();
  Transaction& txn(int slot) { return *ring_[static_cast<size_t>(slot)]; }

  InspectionSink& sink_;
  const ProtocolLimits& limits_;
  ProtocolStats& stats_;
  Side sides_[2];
  // Slots are allocated on first use and then reused: most connections never
  // pipeline, and a tap holds many of them open (16 eager transactions were
  // 5 KB per HTTP flow). Heap slots keep each context's address stable for
  // the scopes that point at it.
  std::unique_ptr<std::unique_ptr<Transaction>[]> ring_;
  size_t capacity_ = 0;
  size_t head_ = 0;   // oldest transaction
  size_t count_ = 0;  // transactions in the ring (closed ones at the head are popped)
  uint32_t next_scope_ = 1;
  uint32_t skip_responses_ = 0;  // responses whose transactions were dropped on overflow
  int interim_slot_ = -1;        // transaction awaiting its final response after a 1xx
  bool done_ = false;
  bool failed_ = false;
  bool closing_ = false;  // finish(): the connection closed, which ends an until-close body whole
  std::string uri_scratch_;
  std::string host_scratch_;
  std::string names_scratch_;  // http.header_names / http.response_header_names
  std::string start_scratch_;  // http.request_start / http.response_start
  std::string filename_scratch_;
};

}  // namespace tapwatch

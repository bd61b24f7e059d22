#pragma once
// HttpAppParser: HTTP/1.0 and 1.1 in both directions with Debian's
// http-parser. Request N and response N form one transaction =
// one Scope::HttpTransaction (keep-alive and pipelining: requests may run up
// to ProtocolLimits::max_pipelined ahead of their responses). Delivers
// http.method, http.uri (percent-decoded, dot segments and duplicate slashes
// removed), http.host (lowercased, port stripped), http.user_agent, the raw
// request/response header blocks, the request body (form bodies url-decoded)
// and the response body (de-chunked, gzip/deflate inflated with the output
// capped). Bodies stream as they arrive. A malformed message is counted and
// skipped: its transaction ends where it broke and that direction picks up
// again at the next message start (after too many, the flow is given up).
// Worker thread only; one per flow.
//
// The alert context's http_url is the request target as sent (Suricata's
// "url"); http.uri is the normalised form signatures match.
#include <http_parser.h>

#include <cstdint>
#include <memory>
#include <string>

#include "protocols/app_parser.h"
#include "protocols/inflater.h"
#include "protocols/inspection_sink.h"
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
    bool head = false;  // HEAD request: its response has no body
  };
  enum class BodyMode : uint8_t { Raw, Inflate, Skip };

  // One direction's parser and the message it is in.
  struct Side {
    HttpAppParser* owner = nullptr;
    Direction dir = Direction::ToServer;
    http_parser parser{};
    bool resync = false;     // after a gap or a malformed message: wait for the start of a message
    bool skip_line = false;  // resync: the rest of the current line is not a message start
    uint8_t hold[16] = {};   // resync: a possible message start cut by the end of the last feed ("GE")
    uint8_t hold_len = 0;
    int slot = -1;     // transaction of the current message, -1 = not delivered
    std::string url;   // raw request target
    std::string name;  // header being assembled
    std::string value;
    bool in_value = false;
    std::string block;  // header block
    uint32_t header_count = 0;
    bool headers_capped = false;
    bool block_capped = false;
    bool line_capped = false;
    bool url_capped = false;
    std::string host;
    bool have_host = false;
    std::string user_agent;
    bool have_user_agent = false;
    bool form = false;
    bool gzip = false;
    bool deflate = false;
    bool unsupported_encoding = false;
    BodyMode body_mode = BodyMode::Raw;
    uint64_t body_bytes = 0;
    bool body_sent = false;
    bool interim = false;  // 1xx response: the final one follows
    Inflater inflater;
    FormDecoder form_decoder;
  };

  // http-parser callbacks (static trampolines in the .cc).
  friend struct HttpCallbacks;
  int onMessageBegin(Side& s);
  int onUrl(Side& s, const char* at, size_t len);
  int onHeaderField(Side& s, const char* at, size_t len);
  int onHeaderValue(Side& s, const char* at, size_t len);
  int onHeadersComplete(Side& s);
  int onBody(Side& s, const char* at, size_t len);
  int onMessageComplete(Side& s);

  ParseStatus execute(Side& s, ByteSpan data);
  ParseStatus resync(Side& s, ByteSpan data);
  void abandonMessage(Side& s);
  void restartSide(Side& s);
  void finishHeaderLine(Side& s);
  void deliverRequestHeaders(Side& s, Transaction& t);
  void deliverResponseHeaders(Side& s, Transaction& t);
  void emitBody(Side& s, ByteSpan decoded);
  void endBody(Side& s);
  void resetSide(Side& s);

  int newTransaction();
  int pairResponse();
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
  uint32_t parse_errors_ = 0;  // malformed messages skipped in this flow
  std::string uri_scratch_;
  std::string host_scratch_;
};

}  // namespace tapwatch

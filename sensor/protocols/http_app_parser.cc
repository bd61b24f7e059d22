#include "protocols/http_app_parser.h"

#include <algorithm>
#include <cstring>

#include "protocols/http_start.h"
#include "protocols/text_util.h"

namespace tapwatch {

// http-parser is C: plain function pointers that find their Side via parser.data.
struct HttpCallbacks {
  using Side = HttpAppParser::Side;
  static Side& side(http_parser* p) { return *static_cast<Side*>(p->data); }
  static int messageBegin(http_parser* p) { return side(p).owner->onMessageBegin(side(p)); }
  static int url(http_parser* p, const char* at, size_t n) { return side(p).owner->onUrl(side(p), at, n); }
  static int field(http_parser* p, const char* at, size_t n) { return side(p).owner->onHeaderField(side(p), at, n); }
  static int value(http_parser* p, const char* at, size_t n) { return side(p).owner->onHeaderValue(side(p), at, n); }
  static int headersComplete(http_parser* p) { return side(p).owner->onHeadersComplete(side(p)); }
  static int body(http_parser* p, const char* at, size_t n) { return side(p).owner->onBody(side(p), at, n); }
  static int messageComplete(http_parser* p) { return side(p).owner->onMessageComplete(side(p)); }

  static const http_parser_settings& settings() {
    static const http_parser_settings s = [] {
      http_parser_settings st{};
      st.on_message_begin = &messageBegin;
      st.on_url = &url;
      st.on_header_field = &field;
      st.on_header_value = &value;
      st.on_headers_complete = &headersComplete;
      st.on_body = &body;
      st.on_message_complete = &messageComplete;
      return st;
    }();
    return s;
  }
};

namespace {

constexpr size_t kSlice = 4096;
// Malformed messages skipped per flow before the parser gives up on it: a
// stream that keeps breaking is not HTTP worth resynchronising on.
constexpr uint32_t kMaxParseErrors = 16;

// "Example.COM:8080" -> "example.com"; "[2001:db8::1]:80" -> "[2001:db8::1]".
void normalizeHost(std::string_view in, std::string& out) {
  in = trim(in);
  if (!in.empty() && in[0] == '[') {
    const size_t close = in.find(']');
    in = close == std::string_view::npos ? in : in.substr(0, close + 1);
  } else {
    in = in.substr(0, in.find(':'));
  }
  while (!in.empty() && in.back() == '.') in.remove_suffix(1);
  assignLower(out, in);
}

StartMatch matchStart(Direction dir, ByteSpan data) {
  return dir == Direction::ToServer ? matchHttpRequestStart(data) : matchHttpResponseStart(data);
}

}  // namespace

HttpAppParser::HttpAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink), limits_(limits), stats_(stats) {
  capacity_ = std::max<size_t>(1, limits.max_pipelined);
  ring_ = std::make_unique<std::unique_ptr<Transaction>[]>(capacity_);
  for (unsigned d = 0; d < 2; ++d) {
    Side& s = sides_[d];
    s.owner = this;
    s.dir = static_cast<Direction>(d);
    http_parser_init(&s.parser, d == 0 ? HTTP_REQUEST : HTTP_RESPONSE);
    s.parser.data = &s;
  }
}

HttpAppParser::~HttpAppParser() = default;

ParseStatus HttpAppParser::feed(Direction dir, ByteSpan data, Timestamp /*ts*/) {
  if (done_) return ParseStatus::Done;
  if (failed_) return ParseStatus::Failed;
  return execute(sides_[index(dir)], data);
}

ParseStatus HttpAppParser::resync(Side& s, ByteSpan data) {
  if (s.hold_len > 0) {
    // The last feed ended inside what may be a message start: decide it now.
    uint8_t probe[2 * sizeof s.hold];
    const size_t extra = std::min(data.size(), sizeof s.hold);
    std::memcpy(probe, s.hold, s.hold_len);
    std::memcpy(probe + s.hold_len, data.data(), extra);
    const StartMatch m = matchStart(s.dir, ByteSpan(probe, s.hold_len + extra));
    if (m == StartMatch::NeedMore) {  // still a proper prefix: all of data fits in the hold
      std::memcpy(s.hold + s.hold_len, data.data(), extra);
      s.hold_len = static_cast<uint8_t>(s.hold_len + extra);
      return ParseStatus::Continue;
    }
    const size_t held = s.hold_len;
    s.hold_len = 0;
    if (m == StartMatch::Yes) {
      s.resync = false;
      const ParseStatus st = execute(s, ByteSpan(probe, held));
      return st == ParseStatus::Continue ? execute(s, data) : st;
    }
    s.skip_line = true;  // that line was something else
  }
  if (s.skip_line) {
    const auto* nl = static_cast<const uint8_t*>(std::memchr(data.data(), '\n', data.size()));
    if (nl == nullptr) return ParseStatus::Continue;
    data = data.subspan(static_cast<size_t>(nl - data.data()) + 1);
    s.skip_line = false;
  }
  // Look for the next message start at a line start (or the feed's start).
  for (size_t i = 0; i < data.size(); ++i) {
    if (i > 0 && data[i - 1] != '\n') continue;
    const ByteSpan rest = data.subspan(i);
    const StartMatch m = matchStart(s.dir, rest);
    if (m == StartMatch::Yes) {
      s.resync = false;
      return execute(s, rest);
    }
    if (m == StartMatch::NeedMore && rest.size() <= sizeof s.hold) {  // cut at the end of this feed
      std::memcpy(s.hold, rest.data(), rest.size());
      s.hold_len = static_cast<uint8_t>(rest.size());
      return ParseStatus::Continue;
    }
  }
  // The feed may end inside a line: its tail is no line start for the next feed.
  s.skip_line = !data.empty() && data.back() != '\n';
  return ParseStatus::Continue;
}

ParseStatus HttpAppParser::execute(Side& s, ByteSpan data) {
  if (s.resync) return resync(s, data);
  if (data.empty()) return ParseStatus::Continue;
  const size_t parsed = http_parser_execute(&s.parser, &HttpCallbacks::settings(),
                                            reinterpret_cast<const char*>(data.data()), data.size());
  const http_errno err = HTTP_PARSER_ERRNO(&s.parser);
  if (err == HPE_CLOSED_CONNECTION) return ParseStatus::Continue;  // bytes after "Connection: close": ignored
  if (err != HPE_OK) {
    // A malformed message (bad Content-Length, illegal characters, ...): count
    // it, end what was delivered of it, and look for the next message.
    stats_.anomaly_http_parse_error.add();
    if (++parse_errors_ > kMaxParseErrors) {
      stats_.parser_failures_http.add();
      closeAll();
      failed_ = true;
      return ParseStatus::Failed;
    }
    abandonMessage(s);
    restartSide(s);
    // The error sits inside a line: the next start can only follow a newline.
    s.skip_line = true;
    return execute(s, data.subspan(std::min(parsed, data.size())));
  }
  if (s.parser.upgrade) {
    // CONNECT or Upgrade (WebSocket, h2c): the rest of the flow is not HTTP/1.
    closeAll();
    done_ = true;
    return ParseStatus::Done;
  }
  return done_ ? ParseStatus::Done : ParseStatus::Continue;
}

void HttpAppParser::abandonMessage(Side& s) {
  const int slot = s.slot;
  if (slot < 0) return;  // broke before a message began, or its transaction was dropped
  if (s.body_sent) endBody(s);
  s.slot = -1;
  Transaction& t = txn(slot);
  // A broken request still gets its response (the server's 400): the
  // transaction stays open for it, so later responses pair correctly.
  if (s.dir == Direction::ToServer) {
    t.request_done = true;
  } else {
    t.response_done = true;
    if (interim_slot_ == slot) interim_slot_ = -1;
  }
  maybeClose(slot);
}

void HttpAppParser::restartSide(Side& s) {
  resetSide(s);
  http_parser_init(&s.parser, s.dir == Direction::ToServer ? HTTP_REQUEST : HTTP_RESPONSE);
  s.parser.data = &s;
  s.resync = true;
  s.skip_line = false;
  s.hold_len = 0;
}

ParseStatus HttpAppParser::gap(Direction /*dir*/, uint64_t /*bytes*/) {
  if (done_) return ParseStatus::Done;
  if (failed_) return ParseStatus::Failed;
  stats_.gaps_http.add();
  // Requests and responses can no longer be paired reliably: end every open
  // transaction and pick both directions up again at their next message.
  closeAll();
  for (Side& s : sides_) {
    s.slot = -1;
    restartSide(s);
  }
  skip_responses_ = 0;
  interim_slot_ = -1;
  return ParseStatus::Continue;
}

void HttpAppParser::finish() {
  if (done_ || failed_) return;
  Side& resp = sides_[1];
  // EOF ends a response body delimited by the connection close.
  if (!resp.resync) http_parser_execute(&resp.parser, &HttpCallbacks::settings(), nullptr, 0);
  closeAll();
  done_ = true;
}

void HttpAppParser::resetSide(Side& s) {
  s.url.clear();
  s.name.clear();
  s.value.clear();
  s.in_value = false;
  s.block.clear();
  s.header_count = 0;
  s.headers_capped = false;
  s.block_capped = false;
  s.line_capped = false;
  s.url_capped = false;
  s.host.clear();
  s.have_host = false;
  s.user_agent.clear();
  s.have_user_agent = false;
  s.form = false;
  s.gzip = false;
  s.deflate = false;
  s.unsupported_encoding = false;
  s.body_mode = BodyMode::Raw;
  s.body_bytes = 0;
  s.body_sent = false;
  s.interim = false;
}

int HttpAppParser::onMessageBegin(Side& s) {
  resetSide(s);
  if (s.dir == Direction::ToServer) {
    s.slot = newTransaction();
  } else if (interim_slot_ >= 0) {
    s.slot = interim_slot_;  // the final response after "100 Continue"
    interim_slot_ = -1;
  } else {
    s.slot = pairResponse();
  }
  return 0;
}

int HttpAppParser::onUrl(Side& s, const char* at, size_t len) {
  if (!appendBounded(s.url, std::string_view(at, len), limits_.max_header_line_bytes) && !s.url_capped) {
    s.url_capped = true;
    stats_.anomaly_http_uri_too_long.add();
  }
  return 0;
}

int HttpAppParser::onHeaderField(Side& s, const char* at, size_t len) {
  if (s.in_value) finishHeaderLine(s);
  if (!appendBounded(s.name, std::string_view(at, len), limits_.max_header_line_bytes) && !s.line_capped) {
    s.line_capped = true;
    stats_.anomaly_http_header_too_long.add();
  }
  return 0;
}

int HttpAppParser::onHeaderValue(Side& s, const char* at, size_t len) {
  s.in_value = true;
  if (!appendBounded(s.value, std::string_view(at, len), limits_.max_header_line_bytes) && !s.line_capped) {
    s.line_capped = true;
    stats_.anomaly_http_header_too_long.add();
  }
  return 0;
}

void HttpAppParser::finishHeaderLine(Side& s) {
  const std::string_view name = trim(s.name);
  const std::string_view value = trim(s.value);
  if (++s.header_count > limits_.max_headers) {
    if (!s.headers_capped) stats_.anomaly_http_too_many_headers.add();
    s.headers_capped = true;
  } else {
    const size_t max = limits_.max_header_block_bytes;
    const bool ok = appendBounded(s.block, name, max) && appendBounded(s.block, ": ", max) &&
                    appendBounded(s.block, value, max) && appendBounded(s.block, "\r\n", max);
    if (!ok && !s.block_capped) {
      s.block_capped = true;
      stats_.anomaly_http_header_block_too_long.add();
    }
    if (iequals(name, "host")) {
      if (!s.have_host) s.host.assign(value);  // the first Host wins, as most servers do
      s.have_host = true;
    } else if (iequals(name, "user-agent")) {
      if (!s.have_user_agent) s.user_agent.assign(value);
      s.have_user_agent = true;
    } else if (iequals(name, "content-type")) {
      s.form = istartsWith(value, "application/x-www-form-urlencoded");
    } else if (iequals(name, "content-encoding")) {
      // One coding is supported ("gzip", "x-gzip", "deflate"); stacked or
      // other codings (br, zstd) are passed on undecoded and counted.
      std::string_view rest = value;
      int codings = 0;
      while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string_view token = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (token.empty() || iequals(token, "identity")) continue;
        ++codings;
        if (iequals(token, "gzip") || iequals(token, "x-gzip")) s.gzip = true;
        else if (iequals(token, "deflate")) s.deflate = true;
        else s.unsupported_encoding = true;
      }
      if (codings > 1) s.unsupported_encoding = true;
    }
  }
  s.name.clear();
  s.value.clear();
  s.in_value = false;
  s.line_capped = false;
}

int HttpAppParser::onHeadersComplete(Side& s) {
  if (s.in_value || !s.name.empty()) finishHeaderLine(s);
  if (s.unsupported_encoding) {
    stats_.anomaly_http_unsupported_encoding.add();
    s.body_mode = BodyMode::Raw;
  } else if (s.gzip || s.deflate) {
    s.inflater.start(s.gzip ? Inflater::Mode::Gzip : Inflater::Mode::Deflate, limits_.max_inflated_bytes);
    s.body_mode = BodyMode::Inflate;
  }
  s.form_decoder.reset();
  if (s.slot < 0) return 0;
  Transaction& t = txn(s.slot);
  if (s.dir == Direction::ToServer) {
    t.head = s.parser.method == HTTP_HEAD;
    deliverRequestHeaders(s, t);
    return 0;
  }
  const unsigned status = s.parser.status_code;
  t.context.http_status = static_cast<int>(status);
  s.interim = status >= 100 && status < 200 && status != 101;
  // A 1xx response has no body (RFC 9110 §15.2) even if it claims one; its
  // transaction's body field belongs to the final response.
  if (s.interim) s.body_mode = BodyMode::Skip;
  if (!s.block.empty() && !s.interim) sink_.fieldData(t.scope, Field::HttpResponseHeaders, asBytes(s.block), true);
  return t.head ? 1 : 0;  // 1: no body follows (response to HEAD)
}

void HttpAppParser::deliverRequestHeaders(Side& s, Transaction& t) {
  const std::string_view method = http_method_str(static_cast<http_method>(s.parser.method));
  std::string_view target = s.url;
  std::string_view url_host;
  if (s.parser.method == HTTP_CONNECT) {
    url_host = target;  // authority-form "host:port"
  } else if (!target.empty() && target[0] != '/' && target != "*") {
    // absolute-form (proxy requests): the host in the URL wins over Host (RFC 7230 §5.4).
    http_parser_url u;
    http_parser_url_init(&u);
    if (http_parser_parse_url(target.data(), target.size(), 0, &u) == 0) {
      if (u.field_set & (1 << UF_HOST)) url_host = target.substr(u.field_data[UF_HOST].off, u.field_data[UF_HOST].len);
      if (u.field_set & (1 << UF_PATH)) {
        const size_t off = u.field_data[UF_PATH].off;
        size_t end = off + u.field_data[UF_PATH].len;
        if (u.field_set & (1 << UF_QUERY)) end = u.field_data[UF_QUERY].off + u.field_data[UF_QUERY].len;
        target = target.substr(off, end - off);
      } else {
        target = "/";
      }
    }
  }
  normalizeUri(target, uri_scratch_);
  normalizeHost(!url_host.empty() ? url_host : std::string_view(s.host), host_scratch_);

  // The whole request-side context first: a signature that fires on the first
  // field below must already see the host and user agent in its alert.
  t.context.http_method.assign(method);
  t.context.http_url.assign(s.url);
  t.context.http_hostname.assign(host_scratch_);
  if (s.have_user_agent) t.context.http_user_agent.assign(s.user_agent);

  sink_.fieldData(t.scope, Field::HttpMethod, asBytes(method), true);
  if (!uri_scratch_.empty()) sink_.fieldData(t.scope, Field::HttpUri, asBytes(uri_scratch_), true);
  if (!host_scratch_.empty()) sink_.fieldData(t.scope, Field::HttpHost, asBytes(host_scratch_), true);
  if (s.have_user_agent) sink_.fieldData(t.scope, Field::HttpUserAgent, asBytes(s.user_agent), true);
  if (!s.block.empty()) sink_.fieldData(t.scope, Field::HttpRequestHeaders, asBytes(s.block), true);
}

int HttpAppParser::onBody(Side& s, const char* at, size_t len) {
  if (s.slot < 0 || s.body_mode == BodyMode::Skip) return 0;
  ByteSpan data(reinterpret_cast<const uint8_t*>(at), len);
  bool cut = false;
  if (s.body_bytes + len > limits_.max_body_bytes) {
    data = data.first(static_cast<size_t>(limits_.max_body_bytes - s.body_bytes));
    cut = true;
    stats_.bodies_truncated_http.add();
  }
  s.body_bytes += data.size();
  if (s.body_mode == BodyMode::Raw) {
    emitBody(s, data);
  } else {
    s.inflater.feed(data, [this, &s](ByteSpan out) { emitBody(s, out); });
    switch (s.inflater.state()) {
      case Inflater::State::Running: break;
      case Inflater::State::Finished: s.body_mode = BodyMode::Skip; break;  // trailing bytes are not content
      case Inflater::State::Capped:
        stats_.decompression_bombs_http.add();
        s.body_mode = BodyMode::Skip;
        break;
      case Inflater::State::Error:
        stats_.anomaly_http_decompress_error.add();
        s.body_mode = BodyMode::Skip;
        break;
    }
  }
  if (cut) s.body_mode = BodyMode::Skip;
  return 0;
}

void HttpAppParser::emitBody(Side& s, ByteSpan decoded) {
  if (s.slot < 0 || decoded.empty()) return;
  const Field field = s.dir == Direction::ToServer ? Field::HttpRequestBody : Field::HttpResponseBody;
  const uint32_t scope = txn(s.slot).scope;
  if (!s.form) {
    sink_.fieldData(scope, field, decoded, false);
    s.body_sent = true;
    return;
  }
  uint8_t buf[kSlice + 2];
  while (!decoded.empty()) {
    const ByteSpan slice = decoded.first(std::min(decoded.size(), kSlice));
    decoded = decoded.subspan(slice.size());
    const size_t n = s.form_decoder.decode(slice, buf);
    if (n == 0) continue;
    sink_.fieldData(scope, field, ByteSpan(buf, n), false);
    s.body_sent = true;
  }
}

void HttpAppParser::endBody(Side& s) {
  if (s.slot < 0) return;
  const Field field = s.dir == Direction::ToServer ? Field::HttpRequestBody : Field::HttpResponseBody;
  const uint32_t scope = txn(s.slot).scope;
  if (s.form) {
    uint8_t tail[4];
    const size_t n = s.form_decoder.finish(tail);
    if (n > 0) {
      sink_.fieldData(scope, field, ByteSpan(tail, n), false);
      s.body_sent = true;
    }
  }
  if (s.body_sent) sink_.fieldData(scope, field, {}, true);
  s.body_sent = false;
}

int HttpAppParser::onMessageComplete(Side& s) {
  const int slot = s.slot;
  if (slot < 0) return 0;
  endBody(s);
  s.slot = -1;
  Transaction& t = txn(slot);
  if (s.dir == Direction::ToServer) {
    t.request_done = true;
  } else if (s.interim) {
    interim_slot_ = slot;
    return 0;
  } else {
    t.response_done = true;
  }
  maybeClose(slot);
  return 0;
}

int HttpAppParser::newTransaction() {
  if (count_ == capacity_) {
    // Too many requests ahead of their responses: give up on the oldest.
    stats_.anomaly_http_pipeline_overflow.add();
    const int oldest = static_cast<int>(head_);
    if (!txn(oldest).response_started) ++skip_responses_;
    closeSlot(oldest);
    head_ = (head_ + 1) % capacity_;
    --count_;
  }
  const int slot = static_cast<int>((head_ + count_) % capacity_);
  ++count_;
  if (!ring_[static_cast<size_t>(slot)]) ring_[static_cast<size_t>(slot)] = std::make_unique<Transaction>();
  Transaction& t = txn(slot);
  t.scope = next_scope_++;
  t.active = true;
  t.request_done = false;
  t.response_started = false;
  t.response_done = false;
  t.head = false;
  t.context.app_proto = "http";
  t.context.http_hostname.clear();
  t.context.http_url.clear();
  t.context.http_method.clear();
  t.context.http_user_agent.clear();
  t.context.http_status = 0;
  stats_.transactions_http.add();
  sink_.openScope(t.scope, Scope::HttpTransaction, &t.context);
  return slot;
}

int HttpAppParser::pairResponse() {
  if (skip_responses_ > 0) {  // the response of a transaction dropped on overflow
    --skip_responses_;
    return -1;
  }
  for (size_t i = 0; i < count_; ++i) {
    const int slot = static_cast<int>((head_ + i) % capacity_);
    Transaction& t = txn(slot);
    if (t.active && !t.response_started) {
      t.response_started = true;
      return slot;
    }
  }
  // Capture started mid-flow or the request was lost: inspect the response on its own.
  stats_.anomaly_http_response_without_request.add();
  const int slot = newTransaction();
  txn(slot).request_done = true;
  txn(slot).response_started = true;
  return slot;
}

void HttpAppParser::maybeClose(int slot) {
  Transaction& t = txn(slot);
  if (t.active && t.request_done && t.response_done) closeSlot(slot);
  while (count_ > 0 && !txn(static_cast<int>(head_)).active) {
    head_ = (head_ + 1) % capacity_;
    --count_;
  }
}

void HttpAppParser::closeSlot(int slot) {
  Transaction& t = txn(slot);
  if (!t.active) return;
  for (Side& s : sides_) {
    if (s.slot != slot) continue;
    if (s.body_sent) endBody(s);
    s.slot = -1;
  }
  if (interim_slot_ == slot) interim_slot_ = -1;
  t.active = false;
  sink_.closeScope(t.scope);
}

void HttpAppParser::closeAll() {
  for (size_t i = 0; i < count_; ++i) closeSlot(static_cast<int>((head_ + i) % capacity_));
  head_ = 0;
  count_ = 0;
}

}  // namespace tapwatch

#include "protocols/http_app_parser.h"

#include <algorithm>
#include <cstring>

#include "protocols/http_start.h"
#include "protocols/text_util.h"

namespace tapwatch {
namespace {

constexpr size_t kSlice = 4096;
// A direction whose lines keep starting no message for this long is not HTTP
// worth reading on: it is given up (counted as a parser failure).
constexpr uint64_t kMaxJunkBytes = 64 * 1024;
// The first response: lines that are no status line are kept this long while
// a status line may still follow (junk before it); after that, or at the end
// of the stream, the response is HTTP/0.9 and they are its body's first bytes.
constexpr uint32_t kMaxJunk09Lines = 4;
constexpr size_t kMaxJunk09Bytes = 2048;

// Anomalies counted once per message (Side::counted bits).
enum Once : uint32_t {
  kOnceBareLf = 1u << 0,
  kOnceBareCr = 1u << 1,
  kOnceLfCr = 1u << 2,
  kOnceControl = 1u << 3,
  kOnceFolded = 1u << 4,
  kOnceNoColon = 1u << 5,
  kOnceChunkExt = 1u << 6,
  kOnceChunkMalformed = 1u << 7,
  kOnceChunkTooLarge = 1u << 8,
  kOnceBomb = 1u << 9,
};

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

// absolute-form "scheme://user@host:port/path?query#frag" -> host, path?query.
void splitAbsoluteTarget(std::string_view target, std::string_view& host, std::string_view& path) {
  const size_t scheme = target.find("://");
  if (scheme == std::string_view::npos) return;
  const std::string_view rest = target.substr(scheme + 3);
  const size_t end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, end);
  const size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority = authority.substr(at + 1);
  host = authority;
  if (end == std::string_view::npos || rest[end] != '/') {
    path = "/";
  } else {
    path = rest.substr(end);
    path = path.substr(0, path.find('#'));
  }
}

// The port written in a Host header or URL authority ("example.com:8080" -> 8080,
// "[2001:db8::1]:81" -> 81); 0 when none is written or it is no port number.
// EVE's http_port, which Suricata sets only from what the request wrote.
uint16_t hostPort(std::string_view authority) {
  authority = trim(authority);
  const size_t close = authority.rfind(']');
  const size_t colon = authority.rfind(':');
  if (colon == std::string_view::npos || (close != std::string_view::npos && colon < close)) return 0;
  if (close == std::string_view::npos && authority.find(':') != colon) return 0;  // bare IPv6: no port
  const std::string_view digits = authority.substr(colon + 1);
  if (digits.empty() || digits.size() > 5) return 0;
  uint32_t port = 0;
  for (char ch : digits) {
    if (ch < '0' || ch > '9') return 0;
    port = port * 10 + static_cast<uint32_t>(ch - '0');
  }
  return port > 0 && port <= 65535 ? static_cast<uint16_t>(port) : 0;
}

StartMatch matchStart(Direction dir, ByteSpan data) {
  return dir == Direction::ToServer ? matchHttpRequestStart(data) : matchHttpResponseStart(data);
}

bool isHexDigit(uint8_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

Inflater::Coding inflaterCoding(CodingName name) {
  return name == CodingName::Deflate || name == CodingName::LegacyDeflate ? Inflater::Coding::Deflate
                                                                          : Inflater::Coding::Gzip;
}

}  // namespace

HttpAppParser::HttpAppParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink), limits_(limits), stats_(stats) {
  capacity_ = std::max<size_t>(1, limits.max_pipelined);
  ring_ = std::make_unique<std::unique_ptr<Transaction>[]>(capacity_);
  for (unsigned d = 0; d < 2; ++d) sides_[d].dir = static_cast<Direction>(d);
}

HttpAppParser::~HttpAppParser() = default;

ParseStatus HttpAppParser::feed(Direction dir, ByteSpan data, Timestamp /*ts*/) {
  if (done_) return ParseStatus::Done;
  if (failed_) return ParseStatus::Failed;
  return execute(sides_[index(dir)], data);
}

// The last feed ended inside what may be a message start (`s.hold`): decides
// it with the first bytes of `data`. NeedMore: still a proper prefix, and all
// of `data` joined the hold. Otherwise the hold is emptied into `held`.
StartMatch HttpAppParser::decideHeld(Side& s, ByteSpan data, HeldStart& held) {
  uint8_t probe[2 * sizeof s.hold];
  const size_t extra = std::min(data.size(), sizeof s.hold);
  std::memcpy(probe, s.hold, s.hold_len);
  std::memcpy(probe + s.hold_len, data.data(), extra);
  const StartMatch m = matchStart(s.dir, ByteSpan(probe, s.hold_len + extra));
  if (m == StartMatch::NeedMore) {
    std::memcpy(s.hold + s.hold_len, data.data(), extra);
    s.hold_len = static_cast<uint8_t>(s.hold_len + extra);
    return m;
  }
  std::memcpy(held.bytes, s.hold, s.hold_len);
  held.len = s.hold_len;
  s.hold_len = 0;
  return m;
}

ParseStatus HttpAppParser::resync(Side& s, ByteSpan data) {
  if (s.hold_len > 0) {
    HeldStart held;
    const StartMatch m = decideHeld(s, data, held);
    if (m == StartMatch::NeedMore) return ParseStatus::Continue;
    if (m == StartMatch::Yes) {
      s.phase = Phase::Start;
      const ParseStatus st = execute(s, held.span());
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
      s.phase = Phase::Start;
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

ParseStatus HttpAppParser::bodyUntilNextRequest(Side& s, ByteSpan data) {
  if (s.hold_len > 0) {
    HeldStart held;
    const StartMatch m = decideHeld(s, data, held);
    if (m == StartMatch::NeedMore) return ParseStatus::Continue;
    if (m == StartMatch::Yes) {
      endMessage(s);
      s.phase = Phase::Start;
      const ParseStatus st = execute(s, held.span());
      return st == ParseStatus::Continue ? execute(s, data) : st;
    }
    bodyBytes(s, held.span());  // body text after all
    s.body_line_start = false;
  }
  for (size_t i = 0; i < data.size(); ++i) {
    if (i == 0 ? !s.body_line_start : data[i - 1] != '\n') continue;
    const ByteSpan rest = data.subspan(i);
    const StartMatch m = matchStart(s.dir, rest);
    if (m == StartMatch::No) continue;
    if (m == StartMatch::NeedMore && rest.size() > sizeof s.hold) continue;
    if (i > 0) bodyBytes(s, data.first(i));
    if (m == StartMatch::NeedMore) {  // cut at the end of this feed
      std::memcpy(s.hold, rest.data(), rest.size());
      s.hold_len = static_cast<uint8_t>(rest.size());
      return ParseStatus::Continue;
    }
    endMessage(s);
    s.phase = Phase::Start;
    return execute(s, rest);
  }
  if (!data.empty()) {
    bodyBytes(s, data);
    s.body_line_start = data.back() == '\n';
  }
  return ParseStatus::Continue;
}

ParseStatus HttpAppParser::execute(Side& s, ByteSpan data) {
  size_t pos = 0;
  while (pos < data.size() && !done_ && !failed_) {
    switch (s.phase) {
      case Phase::Resync: return resync(s, data.subspan(pos));
      case Phase::Body: {
        if (s.framing == Framing::UntilNextRequest) return bodyUntilNextRequest(s, data.subspan(pos));
        size_t n = data.size() - pos;
        if (s.framing == Framing::Length) n = static_cast<size_t>(std::min<uint64_t>(n, s.remaining));
        bodyBytes(s, data.subspan(pos, n));
        pos += n;
        if (s.framing == Framing::Length) {
          s.remaining -= n;
          if (s.remaining == 0) endMessage(s);
        }
        continue;
      }
      case Phase::ChunkData: {
        const auto n = static_cast<size_t>(std::min<uint64_t>(data.size() - pos, s.remaining));
        bodyBytes(s, data.subspan(pos, n));
        pos += n;
        s.remaining -= n;
        if (s.remaining == 0) s.phase = Phase::ChunkEnd;
        continue;
      }
      case Phase::ChunkSize:
        // Whether the body is chunked at all is decided by its first byte: a
        // body that starts with no hex digit (nor whitespace or a line end)
        // is taken raw at once, without buffering it as a line.
        if (s.first_chunk && s.reader.empty()) {
          const uint8_t c = data[pos];
          if (!isHexDigit(c) && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            fallBackToRawBody(s, {}, LineEnd::Eof);
            continue;
          }
        }
        break;
      default: break;
    }
    // Line phases.
    // A start line has room for the method and version around a target of the line cap.
    const size_t max_line = limits_.max_header_line_bytes + (s.phase == Phase::Start ? 64 : 0);
    const HttpLineReader::Result r = s.reader.next(data, pos, max_line);
    if (r == HttpLineReader::Result::NeedMore) break;
    if (r == HttpLineReader::Result::Overflow) {
      const std::string_view partial = s.reader.line();
      if (s.phase == Phase::ChunkSize || s.phase == Phase::ChunkEnd) {
        // No chunk-size line is this long: the rest is the body as sent.
        if (!s.first_chunk && (s.counted & kOnceChunkMalformed) == 0) stats_.anomaly_http_malformed_chunk_line.add();
        s.counted |= kOnceChunkMalformed;
        fallBackToRawBody(s, partial, LineEnd::Eof);
        s.reader.reset();
      } else if (s.phase == Phase::Start && s.dir == Direction::ToClient && !s.seen_message &&
                 requestAwaitsResponse()) {
        appendBounded(s.junk09, partial, kMaxJunk09Bytes + limits_.max_header_line_bytes);
        s.reader.reset();
        begin09Response(s);
      } else if (s.phase == Phase::Headers && !s.line_capped) {
        s.line_capped = true;
        stats_.anomaly_http_header_too_long.add();
      }
      // Otherwise the line goes on (its rest is dropped) and is judged when it ends.
      continue;
    }
    onLine(s, s.reader.line(), s.reader.end());
  }
  if (failed_) return ParseStatus::Failed;
  return done_ ? ParseStatus::Done : ParseStatus::Continue;
}

bool HttpAppParser::onLine(Side& s, std::string_view line, LineEnd end) {
  // Odd line ends, once per message.
  if (end == LineEnd::Lf && (s.counted & kOnceBareLf) == 0) {
    s.counted |= kOnceBareLf;
    stats_.anomaly_http_bare_lf_line_end.add();
  } else if (end == LineEnd::Cr && (s.counted & kOnceBareCr) == 0) {
    s.counted |= kOnceBareCr;
    stats_.anomaly_http_bare_cr_line_end.add();
  } else if (end == LineEnd::LfCr && (s.counted & kOnceLfCr) == 0) {
    s.counted |= kOnceLfCr;
    stats_.anomaly_http_lf_cr_line_end.add();
  }
  switch (s.phase) {
    case Phase::Start:
      if (!onStartLine(s, line)) onJunkLine(s, line, end);
      break;
    case Phase::Headers:
      if (line.empty() && !s.reader.truncated()) {
        onHeadersComplete(s);
      } else {
        onHeaderLine(s, line);
      }
      break;
    case Phase::ChunkSize: onChunkSizeLine(s, line, end); break;
    case Phase::ChunkEnd:
      if (line.empty()) {
        s.phase = Phase::ChunkSize;
      } else {
        // Bytes after a chunk where its line end belongs (the size was a lie):
        // read them as the next chunk-size line, which falls back to the raw
        // bytes when they are not one.
        if ((s.counted & kOnceChunkMalformed) == 0) stats_.anomaly_http_malformed_chunk_line.add();
        s.counted |= kOnceChunkMalformed;
        s.phase = Phase::ChunkSize;
        onChunkSizeLine(s, line, end);
      }
      break;
    case Phase::Trailers:
      if (line.empty()) endMessage(s);
      break;
    default: break;
  }
  return !done_ && !failed_;
}

// A request or status line: true when it begins a message.
bool HttpAppParser::onStartLine(Side& s, std::string_view line) {
  if (s.dir == Direction::ToServer) {
    RequestLine rl;
    if (!parseRequestLine(line, rl, s.reader.truncated())) return false;
    beginMessage(s);
    s.start_line.assign(line);
    s.method.assign(rl.method);
    if (!appendBounded(s.target, rl.target, limits_.max_header_line_bytes) || s.reader.truncated())
      stats_.anomaly_http_uri_too_long.add();
    s.version.assign(rl.version);
    if (rl.nonstandard_version) stats_.anomaly_http_nonstandard_version.add();
    s.phase = Phase::Headers;
    if (rl.http09) onHeadersComplete(s);  // an HTTP/0.9 request is its request line alone
    return true;
  }
  StatusLine sl;
  if (!parseStatusLine(line, sl)) {
    // HTTP/0.9 only answers a request seen on this flow; bytes without one
    // (a capture that began mid-flow) are junk to skip to the next status line.
    if (s.seen_message || !requestAwaitsResponse()) return false;
    // The first response: junk before a status line, or HTTP/0.9?
    appendBounded(s.junk09, line, kMaxJunk09Bytes + limits_.max_header_line_bytes);
    appendBounded(s.junk09, HttpLineReader::endBytes(s.reader.end()), kMaxJunk09Bytes + limits_.max_header_line_bytes);
    if (!line.empty()) ++s.junk09_lines;
    if (s.junk09_lines >= kMaxJunk09Lines || s.junk09.size() >= kMaxJunk09Bytes) begin09Response(s);
    return true;
  }
  if (!s.junk09.empty()) {
    s.junk = true;
    s.junk09.clear();
    s.junk09_lines = 0;
  }
  beginMessage(s);
  s.start_line.assign(line);
  s.version.assign(sl.version);
  s.status = sl.status;
  if (sl.nonstandard_version) stats_.anomaly_http_nonstandard_version.add();
  if (sl.malformed) stats_.anomaly_http_malformed_status_line.add();
  if (sl.bad_code) stats_.anomaly_http_bad_status_code.add();
  s.phase = Phase::Headers;
  return true;
}

void HttpAppParser::onJunkLine(Side& s, std::string_view line, LineEnd end) {
  s.junk = true;
  s.junk_bytes += line.size() + HttpLineReader::endBytes(end).size();
  if (s.junk_bytes > kMaxJunkBytes) giveUp();
}

void HttpAppParser::beginMessage(Side& s) {
  s.seen_message = true;
  s.junk_bytes = 0;
  if (s.junk) stats_.anomaly_http_junk_before_message.add();
  s.junk = false;
  if (s.dir == Direction::ToServer) {
    s.slot = newTransaction();
  } else if (interim_slot_ >= 0) {
    s.slot = interim_slot_;  // the final response after "100 Continue"
    interim_slot_ = -1;
  } else {
    s.slot = pairResponse();
  }
}

// No status line came: like browsers, the whole stream is the body.
void HttpAppParser::begin09Response(Side& s) {
  stats_.anomaly_http_09_response.add();
  s.junk = false;
  beginMessage(s);
  if (s.slot >= 0) txn(s.slot).context.http_protocol.clear();
  s.framing = Framing::UntilClose;
  s.body_mode = BodyMode::Raw;
  s.form_decoder.reset();
  s.form_text_decoder.reset();
  s.phase = Phase::Body;
  if (!s.junk09.empty()) bodyBytes(s, asBytes(s.junk09));
  s.junk09.clear();
  s.junk09_lines = 0;
}

void HttpAppParser::onHeaderLine(Side& s, std::string_view line) {
  if (hasControlChar(line) && (s.counted & kOnceControl) == 0) {
    s.counted |= kOnceControl;
    stats_.anomaly_http_control_char_in_header.add();
  }
  if (line.front() == ' ' || line.front() == '\t') {
    // obs-fold: the line continues the header before it.
    if ((s.counted & kOnceFolded) == 0) stats_.anomaly_http_folded_header.add();
    s.counted |= kOnceFolded;
    if (s.have_header) {
      s.header_folded = true;
      if (!appendBounded(s.value, " ", limits_.max_header_line_bytes) ||
          !appendBounded(s.value, trim(line), limits_.max_header_line_bytes)) {
        if (!s.line_capped) stats_.anomaly_http_header_too_long.add();
        s.line_capped = true;
      }
      return;
    }
    line = trim(line);  // nothing to continue: a header line of its own
    if (line.empty()) return;
  }
  finishHeader(s);
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    // Browsers skip such a line; its bytes stay visible in the header block.
    if ((s.counted & kOnceNoColon) == 0) stats_.anomaly_http_header_without_colon.add();
    s.counted |= kOnceNoColon;
    if (++s.header_count <= limits_.max_headers) recordHeader(s, {}, line, true);
    return;
  }
  s.name.assign(line.substr(0, colon));
  s.value.assign(line.substr(colon + 1));
  s.have_header = true;
  s.header_folded = false;
  if (s.reader.truncated() && !s.line_capped) {
    s.line_capped = true;
    stats_.anomaly_http_header_too_long.add();
  }
}

void HttpAppParser::finishHeader(Side& s) {
  if (!s.have_header) return;
  s.have_header = false;
  s.line_capped = false;
  const std::string_view name = trim(s.name);
  const std::string_view shown = trim(s.value);
  const std::string_view value = trimValue(s.value);
  if (++s.header_count > limits_.max_headers) {
    if (!s.headers_capped) stats_.anomaly_http_too_many_headers.add();
    s.headers_capped = true;
  } else {
    recordHeader(s, name, shown, false);
  }
  // Framing headers are read past the caps: hiding them behind filler must not change the framing.
  // Only names starting with c, t, h, u or r mean anything here (most lines are skipped at once).
  const char first = name.empty() ? '\0' : asciiLower(name[0]);
  if (first != 'c' && first != 't' && first != 'h' && first != 'u' && first != 'r') return;
  if (iequals(name, "content-length")) {
    ++s.content_length_headers;
    const ContentLength cl = parseContentLength(value);
    if (!cl.valid) {
      s.content_length_invalid = true;
    } else {
      if (cl.duplicate) s.content_length_duplicate = true;
      if (cl.conflicting) s.content_length_conflict = true;
      if (s.content_length_valid && cl.value != s.content_length) s.content_length_conflict = true;
      if (s.content_length_valid && cl.value == s.content_length) s.content_length_duplicate = true;
      if (!s.content_length_valid) s.content_length = cl.value;
      s.content_length_valid = true;
    }
  } else if (iequals(name, "transfer-encoding")) {
    // The value as sent after the colon: " chunked" with odd whitespace is counted.
    std::string_view raw = s.value;
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
    s.transfer.add(raw);
    if (s.header_folded) s.transfer.nonstandard = true;
    // "Transfer-Encoding : chunked": RFC 9112 makes servers reject whitespace before the
    // colon, browsers and some proxies accept it; de-chunked all the same, but counted.
    if (s.name.size() != name.size()) s.transfer.nonstandard = true;
    forEachCoding(value, [&](CodingName c) {
      if (c != CodingName::Unknown && c != CodingName::Identity && s.te_coding_count < s.te_codings.size())
        s.te_codings[s.te_coding_count++] = c;
    });
  } else if (iequals(name, "content-encoding")) {
    ++s.content_encoding_headers;
    forEachCoding(value, [&](CodingName c) {
      if (c == CodingName::Identity) return;
      if (s.coding_count < s.codings.size()) s.codings[s.coding_count] = c;
      ++s.coding_count;
    });
  } else if (iequals(name, "content-type")) {
    s.form = istartsWith(value, "application/x-www-form-urlencoded");
    const std::string_view type = trim(value.substr(0, value.find(';')));
    s.json = iequals(type, "application/json") || (type.size() > 5 && iequals(type.substr(type.size() - 5), "+json"));
    s.text_mode = textModeForMediaType(value);
  } else if (s.dir == Direction::ToServer) {
    if (iequals(name, "host")) {
      if (!s.have_host) s.host.assign(value);  // the first Host wins, as most servers do
      s.have_host = true;
    } else if (iequals(name, "upgrade")) {
      s.upgrade = true;
    }
  }
}

void HttpAppParser::onHeadersComplete(Side& s) {
  finishHeader(s);
  const bool request = s.dir == Direction::ToServer;
  bool bodyless = false;
  if (request) {
    if (s.slot >= 0) {
      Transaction& t = txn(s.slot);
      t.head = iequals(s.method, "HEAD");
      t.put = iequals(s.method, "PUT");
      deliverRequestHeaders(s, t);
    }
    if (iequals(s.method, "CONNECT")) {
      // The rest of the flow is a tunnel, not HTTP/1.
      closeAll();
      done_ = true;
      return;
    }
  } else {
    const int status = s.status;
    s.interim = status >= 100 && status < 200 && status != 101;
    if (s.slot >= 0) {
      Transaction& t = txn(s.slot);
      t.context.http_status = status;
      bodyless = t.head;
      if (!s.interim) deliverResponseHeaders(s, t);
    }
    if (status == 101) {
      // Switching Protocols (WebSocket, h2c): the rest of the flow is not HTTP/1.
      closeAll();
      done_ = true;
      return;
    }
    // 1xx, 204 and 304 have no body (RFC 9110 §15), whatever they claim.
    bodyless = bodyless || s.interim || status == 204 || status == 304;
  }
  if (bodyless) {
    endMessage(s);
    return;
  }
  chooseFraming(s);
  if (s.framing == Framing::None || (s.framing == Framing::Length && s.remaining == 0)) {
    endMessage(s);
    return;
  }
  startDecoding(s);
  s.phase = s.framing == Framing::Chunked ? Phase::ChunkSize : Phase::Body;
}

// Which bytes are the body: Transfer-Encoding with "chunked" anywhere beats
// Content-Length; conflicting Content-Length runs to the close, and so does an
// invalid one in a response.
void HttpAppParser::chooseFraming(Side& s) {
  const bool has_length = s.content_length_headers > 0;
  if (s.content_length_invalid) stats_.anomaly_http_invalid_content_length.add();
  if (s.content_length_conflict) {
    stats_.anomaly_http_conflicting_content_length.add();
  } else if (s.content_length_duplicate) {
    stats_.anomaly_http_duplicate_content_length.add();
  }
  if (s.transfer.present) {
    if (s.transfer.nonstandard) stats_.anomaly_http_nonstandard_transfer_encoding.add();
    if (has_length) stats_.anomaly_http_content_length_with_transfer_encoding.add();
  }
  const bool length_usable = s.content_length_valid && !s.content_length_conflict && !s.content_length_invalid;
  // A request whose only framing is an invalid Content-Length ("12abc"):
  // strict servers refuse it without reading a body, lenient ones read
  // int("+178") bytes. Both readings stay visible: the bytes are this
  // request's body up to a line that starts a new request, which is parsed
  // as one (its URI inspected), not swallowed.
  const bool invalid_request_length = s.dir == Direction::ToServer && s.content_length_invalid &&
                                      !s.content_length_valid && !s.transfer.present;
  if (s.transfer.chunked) {
    s.framing = Framing::Chunked;
    s.first_chunk = true;
  } else if (length_usable) {
    s.framing = Framing::Length;
    s.remaining = s.content_length;
  } else if (invalid_request_length) {
    s.framing = Framing::UntilNextRequest;
    s.body_line_start = true;
  } else if (has_length || s.transfer.present || s.dir == Direction::ToClient) {
    s.framing = Framing::UntilClose;
    stats_.anomaly_http_body_until_close.add();
  } else {
    s.framing = Framing::None;  // a request without framing headers has no body
  }
}

// Content codings (and transfer codings other than chunked) are undone in the
// reverse of the order they were applied, up to the layer limit; decoding
// stops at an unknown coding and shows what is left as it is.
void HttpAppParser::startDecoding(Side& s) {
  s.form_decoder.reset();
  s.form_text_decoder.reset();
  s.text.begin(s.text_mode.value_or(HtmlText::Mode::Plain));
  s.text_sent = false;
  s.own.begin(s.dir == Direction::ToServer ? OwnText::Mode::Post : OwnText::Mode::Page, s.json);
  s.own_sent = false;
  s.decoder.clear();
  s.body_mode = BodyMode::Raw;
  const uint32_t listed = s.coding_count;
  const uint32_t kept = std::min<uint32_t>(listed, static_cast<uint32_t>(s.codings.size()));
  if (listed > 1) stats_.anomaly_http_multiple_content_encodings.add();
  const uint32_t total = listed + s.te_coding_count;
  const size_t limit = std::min<size_t>(limits_.max_content_encodings, ContentDecoder::kMaxLayers);
  if (total > limit) stats_.anomaly_http_too_many_content_encodings.add();
  bool legacy = false;
  bool unknown = false;
  for (uint32_t i = 0; i < kept; ++i) {
    legacy = legacy || s.codings[i] == CodingName::LegacyGzip || s.codings[i] == CodingName::LegacyDeflate;
  }
  if (legacy) stats_.anomaly_http_legacy_content_encoding.add();
  bool stop = false;
  for (uint32_t i = s.te_coding_count; i-- > 0 && !stop;) {
    if (s.decoder.layers() == limit) break;
    s.decoder.add(inflaterCoding(s.te_codings[i]));
  }
  for (uint32_t i = kept; i-- > 0 && !stop;) {
    if (s.codings[i] == CodingName::Unknown) {
      unknown = true;
      stop = true;
      break;
    }
    if (s.decoder.layers() == limit) break;
    s.decoder.add(inflaterCoding(s.codings[i]));
  }
  if (unknown) stats_.anomaly_http_unsupported_encoding.add();
  if (s.decoder.layers() > 0) {
    s.decoder.start(limits_.max_inflated_bytes);
    s.body_mode = BodyMode::Decode;
  }
}

void HttpAppParser::onChunkSizeLine(Side& s, std::string_view line, LineEnd end) {
  const ChunkSize cs = parseChunkSize(line);
  if (!cs.hex) {
    if (line.empty() && !s.first_chunk) {  // a stray line end between chunks
      if ((s.counted & kOnceChunkMalformed) == 0) stats_.anomaly_http_malformed_chunk_line.add();
      s.counted |= kOnceChunkMalformed;
      return;
    }
    if (!s.first_chunk && (s.counted & kOnceChunkMalformed) == 0) stats_.anomaly_http_malformed_chunk_line.add();
    s.counted |= kOnceChunkMalformed;
    fallBackToRawBody(s, line, end);
    return;
  }
  s.first_chunk = false;
  if (cs.extension && (s.counted & kOnceChunkExt) == 0) {
    s.counted |= kOnceChunkExt;
    stats_.anomaly_http_chunk_extension.add();
  }
  if (cs.malformed && (s.counted & kOnceChunkMalformed) == 0) {
    s.counted |= kOnceChunkMalformed;
    stats_.anomaly_http_malformed_chunk_line.add();
  }
  if (cs.too_large && (s.counted & kOnceChunkTooLarge) == 0) {
    s.counted |= kOnceChunkTooLarge;
    stats_.anomaly_http_chunk_size_too_large.add();
  }
  if (cs.size == 0) {
    s.phase = Phase::Trailers;
  } else {
    s.remaining = cs.size;
    s.phase = Phase::ChunkData;
  }
}

// The body is not chunked after all (or stops being so): the bytes as sent,
// `replay` (a line already read) first, are the body, up to Content-Length
// when there is a usable one and nothing was de-chunked yet, else to the close.
void HttpAppParser::fallBackToRawBody(Side& s, std::string_view replay, LineEnd end) {
  const std::string_view end_bytes = HttpLineReader::endBytes(end);
  const bool length_usable = s.content_length_valid && !s.content_length_conflict && !s.content_length_invalid;
  if (s.first_chunk && length_usable) {
    s.framing = Framing::Length;
    s.remaining = s.content_length;
  } else {
    s.framing = Framing::UntilClose;
    stats_.anomaly_http_body_until_close.add();
  }
  s.first_chunk = false;
  s.phase = Phase::Body;
  for (std::string_view part : {replay, end_bytes}) {
    if (s.framing == Framing::Length) {
      part = part.substr(0, static_cast<size_t>(std::min<uint64_t>(part.size(), s.remaining)));
      s.remaining -= part.size();
    }
    if (!part.empty()) bodyBytes(s, asBytes(part));
  }
  if (s.framing == Framing::Length && s.remaining == 0) endMessage(s);
}

void HttpAppParser::deliverRequestHeaders(Side& s, Transaction& t) {
  const std::string_view method = s.method;
  std::string_view target = s.target;
  std::string_view url_host;
  if (iequals(method, "CONNECT")) {
    url_host = target;  // authority-form "host:port"
  } else if (!target.empty() && target[0] != '/' && target != "*") {
    // absolute-form (proxy requests): the host in the URL wins over Host (RFC 9112 §3.2.2).
    splitAbsoluteTarget(s.target, url_host, target);
  }
  normalizeUri(target, uri_scratch_);
  const std::string_view authority = !url_host.empty() ? url_host : std::string_view(s.host);
  normalizeHost(authority, host_scratch_);

  // The whole request-side context first: a signature that fires on the first
  // field below must already see the host and user agent in its alert.
  // (A merged header value is only valid until the next lookup: copy at once.)
  TransactionContext& c = t.context;
  c.http_method.assign(method);
  c.http_url.assign(s.target);
  c.http_hostname.assign(host_scratch_);
  c.http_port = hostPort(authority);
  c.http_protocol.assign(s.version);
  std::string_view v;
  if (s.headers.value("user-agent", v)) c.http_user_agent.assign(v);
  if (s.headers.value("referer", v)) c.http_referer.assign(v);
  if (s.headers.value("x-forwarded-for", v)) c.http_xff.assign(v);

  if (limits_.track_http_files) t.uri_path.assign(std::string_view(uri_scratch_).substr(0, uri_scratch_.find('?')));

  if (limits_.keep_http_headers) keepHeaders(s, c.http_request_headers);

  const uint32_t scope = t.scope;
  sink_.fieldData(scope, Field::HttpMethod, asBytes(method), true);
  emitValue(scope, Field::HttpUri, uri_scratch_);
  emitValue(scope, Field::HttpHost, host_scratch_);
  emitHeaderValue(s, scope, Field::HttpUserAgent, "user-agent");
  buildBlock(s, "cookie");
  emitValue(scope, Field::HttpRequestHeaders, s.block);
  emitValue(scope, Field::HttpUriRaw, s.target);
  emitValue(scope, Field::HttpProtocol, s.version);
  emitValue(scope, Field::HttpRequestLine, s.start_line);
  emitStart(s, scope, Field::HttpRequestStart);
  names_scratch_.clear();
  s.headers.writeNames(names_scratch_, limits_.max_header_block_bytes);
  emitValue(scope, Field::HttpHeaderNames, names_scratch_);
  emitHeaderValue(s, scope, Field::HttpCookie, "cookie");
  emitHeaderValue(s, scope, Field::HttpReferer, "referer");
  emitHeaderValue(s, scope, Field::HttpContentType, "content-type");
  emitHeaderValue(s, scope, Field::HttpContentLen, "content-length");
  emitHeaderValue(s, scope, Field::HttpAccept, "accept");
  emitHeaderValue(s, scope, Field::HttpAcceptLang, "accept-language");
  emitHeaderValue(s, scope, Field::HttpAcceptEnc, "accept-encoding");
  emitHeaderValue(s, scope, Field::HttpConnection, "connection");
}

void HttpAppParser::deliverResponseHeaders(Side& s, Transaction& t) {
  TransactionContext& c = t.context;
  std::string_view v;
  // EVE's http_content_type is the media type alone, as Suricata writes it.
  if (s.headers.value("content-type", v)) c.http_content_type.assign(trim(v.substr(0, v.find(';'))));
  if (s.headers.value("location", v)) c.http_location.assign(v);
  if (s.headers.value("content-range", v)) c.http_content_range.assign(v);
  if (limits_.keep_http_headers) keepHeaders(s, c.http_response_headers);

  const uint32_t scope = t.scope;
  buildBlock(s, "set-cookie");
  emitValue(scope, Field::HttpResponseHeaders, s.block);
  StatusLine sl;
  if (!s.start_line.empty() && parseStatusLine(s.start_line, sl)) {
    emitValue(scope, Field::HttpStatCode, sl.code);
    emitValue(scope, Field::HttpStatMsg, sl.reason);
  }
  emitValue(scope, Field::HttpResponseLine, s.start_line);
  emitStart(s, scope, Field::HttpResponseStart);
  names_scratch_.clear();
  s.headers.writeNames(names_scratch_, limits_.max_header_block_bytes);
  emitValue(scope, Field::HttpResponseHeaderNames, names_scratch_);
  emitHeaderValue(s, scope, Field::HttpSetCookie, "set-cookie");
  emitHeaderValue(s, scope, Field::HttpResponseContentType, "content-type");
  emitHeaderValue(s, scope, Field::HttpResponseContentLen, "content-length");
  emitHeaderValue(s, scope, Field::HttpServer, "server");
  emitHeaderValue(s, scope, Field::HttpLocation, "location");
}

// EVE request_headers / response_headers as Suricata logs them: one entry per
// distinct name, repeated headers merged (lines without a colon are no header).
void HttpAppParser::keepHeaders(Side& s, std::vector<HttpHeader>& out) {
  out.clear();
  std::string_view name, value;
  for (size_t i = 0; i < s.headers.lines(); ++i)
    if (s.headers.entry(i, name, value)) out.push_back(HttpHeader{std::string(name), std::string(value)});
}

// Suricata's http.start: the start line and CRLF, each header name once as
// "Name: value" + CRLF (repeats merged, Cookie kept), and a closing CRLF only
// when there is a header. Bounded like the header block (the line on top).
void HttpAppParser::emitStart(Side& s, uint32_t scope, Field field) {
  if (s.start_line.empty()) return;
  start_scratch_.assign(s.start_line);
  start_scratch_.append("\r\n");
  const size_t line_end = start_scratch_.size();
  const size_t max = line_end + limits_.max_header_block_bytes;
  s.headers.writeBlock(start_scratch_, {}, max);
  if (start_scratch_.size() > line_end) appendBounded(start_scratch_, "\r\n", max);
  emitValue(scope, field, start_scratch_);
}

// A buffer with nothing in it is not delivered: a missing header (or one sent
// empty) gives the field no value, so only a `not` term can see it.
void HttpAppParser::emitValue(uint32_t scope, Field field, std::string_view value) {
  if (!value.empty()) sink_.fieldData(scope, field, asBytes(value), true);
}

void HttpAppParser::emitHeaderValue(Side& s, uint32_t scope, Field field, std::string_view name) {
  std::string_view v;
  if (s.headers.value(name, v)) emitValue(scope, field, v);
}

void HttpAppParser::recordHeader(Side& s, std::string_view name, std::string_view value, bool raw) {
  if (s.headers.add(name, value, limits_.max_headers, limits_.max_header_block_bytes, raw) ==
          HttpHeaderTable::Added::TooLong &&
      !s.block_capped) {
    s.block_capped = true;
    stats_.anomaly_http_header_block_too_long.add();
  }
}

// Suricata's http.header: every header but the cookie one, which it leaves to
// http.cookie (Cookie in requests, Set-Cookie in responses).
void HttpAppParser::buildBlock(Side& s, std::string_view skip) {
  s.block.clear();
  if (!s.headers.writeBlock(s.block, skip, limits_.max_header_block_bytes) && !s.block_capped) {
    s.block_capped = true;
    stats_.anomaly_http_header_block_too_long.add();
  }
}

void HttpAppParser::bodyBytes(Side& s, ByteSpan data) {
  // EVE http.length is Suricata's response message length: the body as
  // transferred (de-chunked, still compressed), past the inspection cap too.
  if (s.slot >= 0 && s.dir == Direction::ToClient) txn(s.slot).context.http_response_length += data.size();
  if (s.slot < 0 || s.body_mode == BodyMode::Skip || data.empty()) return;
  bool cut = false;
  if (s.body_bytes + data.size() > limits_.max_body_bytes) {
    data = data.first(static_cast<size_t>(limits_.max_body_bytes - s.body_bytes));
    cut = true;
    s.body_cut = true;
    stats_.bodies_truncated_http.add();
  }
  s.body_bytes += data.size();
  if (s.body_mode == BodyMode::Raw) {
    emitBody(s, data);
  } else {
    s.decoder.feed(data, [this, &s](ByteSpan out) { emitBody(s, out); });
    if (s.decoder.capped() && (s.counted & kOnceBomb) == 0) {
      s.counted |= kOnceBomb;
      stats_.decompression_bombs_http.add();
    }
  }
  if (cut) {
    endBody(s);  // what the decoder still holds comes out now; the rest of this body is not inspected
    s.body_mode = BodyMode::Skip;
  }
}

void HttpAppParser::emitBody(Side& s, ByteSpan decoded) {
  if (s.slot < 0 || decoded.empty()) return;
  const bool request = s.dir == Direction::ToServer;
  const Field field = request ? Field::HttpRequestBody : Field::HttpResponseBody;
  Transaction& t = txn(s.slot);
  if (limits_.track_http_files) {
    if (!s.file_done && (!request || t.put)) openBodyFile(s, t);
    s.file.update(decoded);
  }
  if (!s.form) {
    sink_.fieldData(t.scope, field, decoded, false);
    s.body_sent = true;
    emitText(s, t.scope, decoded);
    return;
  }
  uint8_t buf[kSlice + 2];
  while (!decoded.empty()) {
    const ByteSpan slice = decoded.first(std::min(decoded.size(), kSlice));
    decoded = decoded.subspan(slice.size());
    const size_t n = s.form_decoder.decode(slice, buf);
    if (n > 0) {
      sink_.fieldData(t.scope, field, ByteSpan(buf, n), false);
      s.body_sent = true;
    }
    // The text fields read the form as fields, one a line (FormDecoder::Separators).
    if (!s.text_mode) continue;
    const size_t text_n = s.form_text_decoder.decode(slice, buf);
    if (text_n > 0) emitText(s, t.scope, ByteSpan(buf, text_n));
  }
}

// http.*_body_text: the (form-decoded) body as a reader sees it; none for media bodies.
void HttpAppParser::emitText(Side& s, uint32_t scope, ByteSpan text) {
  if (!s.text_mode) return;
  const Field field = s.dir == Direction::ToServer ? Field::HttpRequestBodyText : Field::HttpResponseBodyText;
  s.text.feed(text, [&](ByteSpan piece) {
    sink_.fieldData(scope, field, piece, false);
    s.text_sent = true;
    emitOwnText(s, scope, piece);
  });
}

// http.request_body_own_text: a webmail reply's own lines (quoted mail dropped);
// http.response_body_own_text: a page's own words (quoted passages dropped).
Field HttpAppParser::ownTextField(const Side& s) {
  return s.dir == Direction::ToServer ? Field::HttpRequestBodyOwnText : Field::HttpResponseBodyOwnText;
}

void HttpAppParser::emitOwnText(Side& s, uint32_t scope, ByteSpan text) {
  s.own.feed(text, [&](ByteSpan own) {
    if (own.empty()) return;
    sink_.fieldData(scope, ownTextField(s), own, false);
    s.own_sent = true;
  });
}

void HttpAppParser::countDecoderEvents(Side& s) {
  const uint8_t e = s.decoder.events();
  if (e & Inflater::kGzipHeaderFlags) stats_.anomaly_http_gzip_header_flags.add();
  if (e & Inflater::kGzipBadTrailer) stats_.anomaly_http_gzip_bad_trailer.add();
  // Raw deflate is only news when it decoded: garbage is tried as raw deflate before it falls back.
  if ((e & Inflater::kRawDeflate) && !(e & Inflater::kDecodeError)) stats_.anomaly_http_raw_deflate.add();
  if (e & Inflater::kDecodeError) stats_.anomaly_http_decompress_error.add();
  if (s.decoder.capped() && (s.counted & kOnceBomb) == 0) {
    s.counted |= kOnceBomb;
    stats_.decompression_bombs_http.add();
  }
}

// Ends the body field: the decoder's last bytes, the form decoder's tail, and
// the final (empty) piece. Safe to call more than once.
void HttpAppParser::endBody(Side& s) {
  if (s.body_mode == BodyMode::Decode) {
    s.body_mode = BodyMode::Skip;
    s.decoder.finish([this, &s](ByteSpan out) { emitBody(s, out); });
    countDecoderEvents(s);
  }
  if (s.file.isOpen()) s.file.close(!bodyComplete(s));
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
    const size_t text_n = s.form_text_decoder.finish(tail);
    if (text_n > 0) emitText(s, scope, ByteSpan(tail, text_n));
  }
  if (s.body_sent) sink_.fieldData(scope, field, {}, true);
  s.body_sent = false;
  if (s.text_mode) {
    const Field text_field = s.dir == Direction::ToServer ? Field::HttpRequestBodyText : Field::HttpResponseBodyText;
    s.text.finish([&](ByteSpan piece) {
      sink_.fieldData(scope, text_field, piece, false);
      s.text_sent = true;
      emitOwnText(s, scope, piece);
    });
    if (s.text_sent) sink_.fieldData(scope, text_field, {}, true);
    s.own.finish([&](ByteSpan own) {
      if (own.empty()) return;
      sink_.fieldData(scope, ownTextField(s), own, false);
      s.own_sent = true;
    });
    if (s.own_sent) sink_.fieldData(scope, ownTextField(s), {}, true);
  }
  s.text_sent = false;
  s.own_sent = false;
}

// A file named as Suricata names HTTP files: Content-Disposition's filename,
// else the request's URI path; its type is the declared media type.
void HttpAppParser::openBodyFile(Side& s, Transaction& t) {
  s.file_done = true;
  std::string_view name;
  std::string_view v;
  if (s.headers.value("content-disposition", v)) name = contentDispositionFilename(v, filename_scratch_);
  if (name.empty()) name = t.uri_path;
  std::string_view type;
  if (s.headers.value("content-type", v)) type = trim(v.substr(0, v.find(';')));
  const size_t n = t.context.files.size();
  if (n < t.spare_files.size()) s.file.open(t.context.files, std::move(t.spare_files[n]), name, type, 2);
}

// Whether the body arrived whole: its framing's end was seen, and no cap cut it.
bool HttpAppParser::bodyComplete(const Side& s) const {
  if (s.body_cut || s.decoder.capped()) return false;
  switch (s.framing) {
    case Framing::Length: return s.remaining == 0;
    case Framing::Chunked: return s.phase == Phase::Trailers;
    case Framing::UntilClose: return closing_;
    case Framing::UntilNextRequest: return true;  // a guess at framing: it ends where the next request starts
    case Framing::None: break;
  }
  return true;
}

bool HttpAppParser::endMessage(Side& s) {
  endBody(s);
  const int slot = s.slot;
  s.slot = -1;
  const bool interim = s.interim;
  resetMessage(s);
  s.phase = Phase::Start;
  if (slot < 0) return !done_ && !failed_;
  Transaction& t = txn(slot);
  if (s.dir == Direction::ToServer) {
    t.request_done = true;
  } else if (interim) {
    interim_slot_ = slot;
    return true;
  } else {
    t.response_done = true;
    if (interim_slot_ == slot) interim_slot_ = -1;
  }
  maybeClose(slot);
  return !done_ && !failed_;
}

void HttpAppParser::resetMessage(Side& s) {
  s.counted = 0;
  s.method.clear();
  s.target.clear();
  s.version.clear();
  s.status = 0;
  s.name.clear();
  s.value.clear();
  s.have_header = false;
  s.start_line.clear();
  s.headers.clear();
  s.block.clear();
  s.header_count = 0;
  s.headers_capped = false;
  s.block_capped = false;
  s.line_capped = false;
  s.host.clear();
  s.have_host = false;
  s.form = false;
  s.json = false;
  s.text_mode = HtmlText::Mode::Html;
  s.upgrade = false;
  s.content_length_headers = 0;
  s.content_length = 0;
  s.content_length_valid = false;
  s.content_length_duplicate = false;
  s.content_length_conflict = false;
  s.content_length_invalid = false;
  s.transfer = TransferCoding{};
  s.coding_count = 0;
  s.te_coding_count = 0;
  s.content_encoding_headers = 0;
  s.framing = Framing::None;
  s.remaining = 0;
  s.first_chunk = true;
  s.body_mode = BodyMode::Raw;
  s.body_bytes = 0;
  s.body_sent = false;
  s.interim = false;
  s.file_done = false;
  s.body_cut = false;
}

void HttpAppParser::restartSide(Side& s) {
  resetMessage(s);
  s.reader.reset();
  s.phase = Phase::Resync;
  s.skip_line = false;
  s.hold_len = 0;
  s.junk = false;
  s.junk_bytes = 0;
  s.junk09.clear();
  s.junk09_lines = 0;
}

bool HttpAppParser::giveUp() {
  stats_.anomaly_http_parse_error.add();
  stats_.parser_failures_http.add();
  closeAll();
  failed_ = true;
  return false;
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
  closing_ = true;
  for (Side& s : sides_) {
    if (done_ || failed_) return;
    if (s.phase == Phase::Resync) continue;
    // A line still open at the end of the stream is complete now.
    if (s.reader.flush()) onLine(s, s.reader.line(), s.reader.end());
    if (done_ || failed_) return;
    if (s.phase == Phase::Start && !s.junk09.empty()) begin09Response(s);
    if (s.phase == Phase::Headers) onHeadersComplete(s);  // headers cut by the close still count
    if (done_ || failed_) return;
    if (s.phase == Phase::Body && s.hold_len > 0) {  // a held request-start prefix was body text after all
      bodyBytes(s, ByteSpan(s.hold, s.hold_len));
      s.hold_len = 0;
    }
    // The close ends a body delimited by it; other bodies were cut short.
    if (s.phase == Phase::Body || s.phase == Phase::ChunkSize || s.phase == Phase::ChunkData ||
        s.phase == Phase::ChunkEnd || s.phase == Phase::Trailers)
      endMessage(s);
  }
  closeAll();
  done_ = true;
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
  t.put = false;
  t.uri_path.clear();
  TransactionContext& c = t.context;
  c.app_proto = "http";
  c.http_hostname.clear();
  c.http_url.clear();
  c.http_method.clear();
  c.http_user_agent.clear();
  c.http_status = 0;
  c.http_protocol.clear();
  c.http_content_type.clear();
  c.http_referer.clear();
  c.http_port = 0;
  c.http_xff.clear();
  c.http_location.clear();
  c.http_content_range.clear();
  c.http_response_length = 0;
  c.http_request_headers.clear();
  c.http_response_headers.clear();
  for (size_t i = 0; i < c.files.size() && i < t.spare_files.size(); ++i) t.spare_files[i] = std::move(c.files[i]);
  c.files.clear();
  stats_.transactions_http.add();
  sink_.openScope(t.scope, Scope::HttpTransaction, &t.context);
  return slot;
}

bool HttpAppParser::requestAwaitsResponse() {
  if (interim_slot_ >= 0) return false;
  for (size_t i = 0; i < count_; ++i) {
    const Transaction& t = txn(static_cast<int>((head_ + i) % capacity_));
    if (t.active && !t.response_started) return true;
  }
  return false;
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
    endBody(s);
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

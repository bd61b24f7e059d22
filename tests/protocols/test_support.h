#pragma once
// Shared helpers for the protocols tests: a recording InspectionSink that also
// checks the sink contract, chunked feeding, and builders for test inputs
// (gzip/deflate with zlib, base64, charsets with iconv, DNS and TLS wire data).
#include <gtest/gtest.h>
#include <iconv.h>
#include <zlib.h>

#include <cstdint>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "protocols/app_parser.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"

namespace tapwatch::test {

inline const ProtocolLimits kDefaultLimits{};

struct RecordedScope {
  uint32_t id = 0;
  Scope scope = Scope::Flow;
  const TransactionContext* live_context = nullptr;
  TransactionContext context;  // copied at close (the parser may reuse its storage afterwards)
  bool closed = false;
  std::map<Field, std::vector<std::string>> blocks;  // block fields, one entry per occurrence
  std::map<Field, std::string> streams;              // streaming fields, concatenated
  std::map<Field, bool> stream_ended;
  std::map<Field, size_t> stream_calls;

  std::string block(Field f, size_t i = 0) const {
    auto it = blocks.find(f);
    return it == blocks.end() || i >= it->second.size() ? std::string("<none>") : it->second[i];
  }
  size_t count(Field f) const {
    auto it = blocks.find(f);
    return it == blocks.end() ? 0 : it->second.size();
  }
  std::string stream(Field f) const {
    auto it = streams.find(f);
    return it == streams.end() ? std::string() : it->second;
  }
};

class RecordingSink : public InspectionSink {
 public:
  void openScope(uint32_t scope_id, Scope scope, const TransactionContext* context) override {
    if (findOpen(scope_id) != nullptr) errors.push_back("scope opened twice: " + std::to_string(scope_id));
    if (context == nullptr) errors.push_back("null context");
    RecordedScope s;
    s.id = scope_id;
    s.scope = scope;
    s.live_context = context;
    scopes.push_back(std::move(s));
  }
  void fieldData(uint32_t scope_id, Field field, ByteSpan data, bool last) override {
    RecordedScope* s = findOpen(scope_id);
    if (s == nullptr) {
      errors.push_back("data for a scope that is not open: " + std::to_string(scope_id));
      return;
    }
    if (fieldInfo(field).scope != s->scope)
      errors.push_back("field of the wrong scope: " + std::string(fieldName(field)));
    const std::string text(reinterpret_cast<const char*>(data.data()), data.size());
    if (!fieldInfo(field).piecewise) {
      if (!last) errors.push_back("block field without last: " + std::string(fieldName(field)));
      s->blocks[field].push_back(text);
      return;
    }
    if (s->stream_ended[field]) errors.push_back("streaming data after last: " + std::string(fieldName(field)));
    s->streams[field] += text;
    s->stream_calls[field]++;
    if (last) s->stream_ended[field] = true;
  }
  void closeScope(uint32_t scope_id) override {
    RecordedScope* s = findOpen(scope_id);
    if (s == nullptr) {
      errors.push_back("closing a scope that is not open: " + std::to_string(scope_id));
      return;
    }
    s->context = *s->live_context;
    s->closed = true;
  }

  RecordedScope* findOpen(uint32_t id) {
    for (auto& s : scopes)
      if (s.id == id && !s.closed) return &s;
    return nullptr;
  }
  size_t openCount() const {
    size_t n = 0;
    for (const auto& s : scopes) n += s.closed ? 0 : 1;
    return n;
  }

  // A canonical text of everything recorded, to compare two feedings.
  std::string describe() const {
    std::ostringstream o;
    for (const auto& s : scopes) {
      o << "scope " << s.id << " " << scopeName(s.scope) << (s.closed ? " closed" : " open") << "\n";
      for (const auto& [f, values] : s.blocks)
        for (const auto& v : values) o << "  " << fieldName(f) << "=[" << v << "]\n";
      for (const auto& [f, v] : s.streams)
        o << "  " << fieldName(f) << "~[" << v << "]" << (s.stream_ended.at(f) ? " end" : "") << "\n";
      const TransactionContext& c = s.closed ? s.context : *s.live_context;
      o << "  ctx " << c.app_proto << "|" << c.http_hostname << "|" << c.http_url << "|" << c.http_method << "|"
        << c.http_user_agent << "|" << c.http_status << "|" << c.smtp_mail_from << "|";
      for (const auto& r : c.smtp_rcpt_to) o << r << ",";
      o << "|" << c.email_subject << "|" << c.dns_rrname << "|" << c.tls_sni << "\n";
    }
    return o.str();
  }

  std::vector<RecordedScope> scopes;
  std::vector<std::string> errors;
};

struct Step {
  Direction dir;
  std::string data;
};

inline ByteSpan bytesOf(const std::string& s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }

// Feeds each step in pieces of `chunk` bytes (0 = whole). Returns the last
// status; stops early on Done / Failed like the engine does.
inline ParseStatus feedSteps(AppParser& parser, const std::vector<Step>& steps, size_t chunk) {
  ParseStatus st = ParseStatus::Continue;
  for (const Step& step : steps) {
    const size_t n = chunk == 0 ? std::max<size_t>(step.data.size(), 1) : chunk;
    for (size_t off = 0; off < step.data.size(); off += n) {
      const std::string piece = step.data.substr(off, n);  // own copy: catches reads past the piece under ASan
      st = parser.feed(step.dir, bytesOf(piece), Timestamp{});
      if (st != ParseStatus::Continue) return st;
    }
  }
  return st;
}

// ---- input builders -------------------------------------------------------

// windowBits: 31 gzip, 15 zlib, -15 raw deflate.
inline std::string compress(const std::string& in, int window_bits) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, in.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}
inline std::string gzip(const std::string& in) { return compress(in, 31); }

inline std::string base64(const std::string& in, size_t line = 76) {
  static const char* a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t col = 0;
  for (size_t i = 0; i < in.size(); i += 3) {
    const uint32_t b0 = static_cast<uint8_t>(in[i]);
    const uint32_t b1 = i + 1 < in.size() ? static_cast<uint8_t>(in[i + 1]) : 0;
    const uint32_t b2 = i + 2 < in.size() ? static_cast<uint8_t>(in[i + 2]) : 0;
    const uint32_t v = (b0 << 16) | (b1 << 8) | b2;
    out += a[(v >> 18) & 63];
    out += a[(v >> 12) & 63];
    out += i + 1 < in.size() ? a[(v >> 6) & 63] : '=';
    out += i + 2 < in.size() ? a[v & 63] : '=';
    col += 4;
    if (line != 0 && col >= line) {
      out += "\r\n";
      col = 0;
    }
  }
  return out;
}

// UTF-8 text converted to `charset` with iconv (independent of the code under test's use of it).
inline std::string fromUtf8(const char* charset, const std::string& utf8) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << charset;
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size();
  char* o = out.data();
  size_t o_left = out.size();
  EXPECT_NE(iconv(cd, &in, &in_left, &o, &o_left), static_cast<size_t>(-1));
  out.resize(out.size() - o_left);
  iconv_close(cd);
  return out;
}

inline std::string be16(uint16_t v) { return std::string{static_cast<char>(v >> 8), static_cast<char>(v & 0xff)}; }

// A DNS query message for `labels` ("www.example.com").
inline std::string dnsQuery(const std::string& name, uint16_t id = 0x1234, uint16_t flags = 0x0100) {
  std::string m = be16(id) + be16(flags) + be16(1) + be16(0) + be16(0) + be16(0);
  size_t start = 0;
  while (start < name.size()) {
    size_t dot = name.find('.', start);
    if (dot == std::string::npos) dot = name.size();
    m += static_cast<char>(dot - start);
    m += name.substr(start, dot - start);
    start = dot + 1;
  }
  m += '\0';
  m += be16(1) + be16(1);  // A, IN
  return m;
}

// A TLS ClientHello record (one record) with an optional SNI and padding extension.
inline std::string clientHelloBody(const std::string& sni, size_t extra_ext_bytes = 0) {
  std::string body;
  body += "\x03\x03";
  body += std::string(32, 'R');
  body += '\x20' + std::string(32, 'S');                 // session id
  body += be16(4) + std::string("\x13\x01\x13\x02", 4);  // two suites
  body += std::string("\x01\x00", 2);                    // null compression
  std::string exts;
  if (!sni.empty()) {
    std::string list = std::string(1, '\0') + be16(static_cast<uint16_t>(sni.size())) + sni;
    std::string data = be16(static_cast<uint16_t>(list.size())) + list;
    exts += be16(0) + be16(static_cast<uint16_t>(data.size())) + data;
  }
  if (extra_ext_bytes > 0)
    exts += be16(21) + be16(static_cast<uint16_t>(extra_ext_bytes)) + std::string(extra_ext_bytes, '\0');
  exts += be16(43) + be16(3) + std::string("\x02\x03\x04", 3);  // supported_versions
  body += be16(static_cast<uint16_t>(exts.size())) + exts;
  return body;
}
inline std::string handshake(const std::string& body) {
  return std::string(1, '\x01') + std::string(1, static_cast<char>(body.size() >> 16)) +
         be16(static_cast<uint16_t>(body.size() & 0xffff)) + body;
}
inline std::string tlsRecord(const std::string& payload) {
  return std::string("\x16\x03\x01", 3) + be16(static_cast<uint16_t>(payload.size())) + payload;
}

}  // namespace tapwatch::test

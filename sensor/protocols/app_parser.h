#pragma once
// AppParser: turns one flow's reassembled byte streams (both directions) into
// inspection buffers for an InspectionSink. One instance per flow, owned by the
// engine's per-flow state; worker thread only. Every parser is bounded (header
// counts and sizes, body bytes, MIME depth) and never throws on bad input: it
// counts the anomaly in ProtocolStats and skips or gives up on the flow.
#include <cstdint>
#include <memory>
#include <string_view>

#include "common/bytes.h"
#include "common/direction.h"
#include "common/ip_address.h"

namespace tapwatch {

class InspectionSink;
struct ProtocolStats;
struct ProtocolLimits;

enum class AppProto : uint8_t { Unknown, Http, Smtp, Dns, Tls, Quic };
std::string_view appProtoName(AppProto proto);  // "http", "smtp", "dns", "tls", "quic", "" for Unknown

enum class ParseStatus : uint8_t {
  Continue,  // keep feeding
  Done,      // nothing more to inspect in this flow (e.g. after STARTTLS, or TLS after the hello)
  Failed,    // the stream is not this protocol / hopelessly malformed; counted; stop feeding
};

class AppParser {
 public:
  virtual ~AppParser() = default;
  virtual AppProto proto() const = 0;

  // In-order reassembled bytes of one direction. `ts` is the capture time of
  // the packet that delivered them.
  virtual ParseStatus feed(Direction dir, ByteSpan data, Timestamp ts) = 0;

  // `bytes` of this direction were lost (capture gap). Parsers resynchronise
  // where the protocol allows it (e.g. next HTTP message) or return Failed.
  virtual ParseStatus gap(Direction dir, uint64_t bytes) = 0;

  // The flow ended: deliver what is pending and close all open scopes.
  virtual void finish() = 0;
};

using AppParserPtr = std::unique_ptr<AppParser>;

}  // namespace tapwatch

#pragma once
// DNS over UDP (one datagram = one message) and TCP (RFC 1035 §4.2.2
// two-byte length framing, any number of messages per stream, both
// directions). Queries give dns.query (question names); responses give
// dns.answer (answer owner names and rdata in presentation form) and the
// alert context (id, rcode, question type, answer records).
//
// Scopes: every message with something to inspect is its own
// Scope::DnsQuery, opened and closed while the message is parsed. A response
// is NOT joined to its query's scope: that would keep every query scope open
// until its answer (or a timeout) and delay `not` decisions; a signature
// naming dns.query and dns.answer together therefore never fires. A response
// opens a scope only when it has answer values; its question is not delivered
// again as dns.query (one alert per looked-up name).
//
// Names are validated label by label and lowercased. Compression pointers are
// followed backwards and forwards within the message, at most
// max_dns_pointer_hops times, so loops end. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/bytes.h"
#include "protocols/app_parser.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

constexpr size_t kDnsHeaderBytes = 12;
constexpr size_t kDnsMaxNameText = 253;  // presentation form, no trailing dot

enum class DnsNameStatus : uint8_t { Ok, Truncated, BadLabel, BadPointer, TooLong };

// Reads the (possibly compressed) name at `offset` of `message`. On Ok, `out`
// holds the lowercased dotted name (no trailing dot, "" for the root) and
// `next` the offset just past the name in the uncompressed sequence.
DnsNameStatus readDnsName(ByteSpan message, size_t offset, uint32_t max_hops, char (&out)[kDnsMaxNameText + 1],
                          size_t& out_len, size_t& next);

// Parses one DNS message (UDP payload or one TCP-framed message) into `ctx`
// (dns_id, dns_rrname and dns_rrtype of the first question, dns_rcode and
// dns_answers of a response). A query with a valid question name, or a
// response with answers, opens scope `scope_id`, delivers dns.query /
// dns.answer values and closes the scope. Returns true if a scope was opened.
bool parseDnsMessage(ByteSpan message, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                     TransactionContext& ctx, const ProtocolLimits& limits);

// DNS over UDP with default limits (the engine's per-datagram entry point).
void parseDnsDatagram(ByteSpan udp_payload, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                      TransactionContext& ctx_storage);
void parseDnsDatagram(ByteSpan udp_payload, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                      TransactionContext& ctx_storage, const ProtocolLimits& limits);

// DNS over TCP: one parser per flow.
class DnsTcpParser final : public AppParser {
 public:
  DnsTcpParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  DnsTcpParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  AppProto proto() const override { return AppProto::Dns; }
  ParseStatus feed(Direction dir, ByteSpan data, Timestamp ts) override;
  ParseStatus gap(Direction dir, uint64_t bytes) override;
  void finish() override {}

 private:
  // Only this much of a message split across segments is kept (questions and
  // the usual answers fit); the rest is skipped without buffering.
  static constexpr size_t kPrefixMax = 4096;

  struct Framer {
    uint8_t length_bytes[2] = {0, 0};
    uint8_t have_length = 0;  // 0..2 bytes of the length prefix seen
    uint32_t remaining = 0;   // message bytes still to come
    std::string prefix;       // the first bytes of the message
    bool cut = false;         // the message was longer than kPrefixMax
    bool lost = false;        // a gap broke the framing of this direction
  };

  InspectionSink& sink_;
  const ProtocolLimits& limits_;
  ProtocolStats& stats_;
  Framer framers_[2];
  TransactionContext context_;
  uint32_t next_scope_ = 1;
  bool failed_ = false;
};

}  // namespace tapwatch

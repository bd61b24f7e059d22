#pragma once
// DNS over UDP (one datagram = one message) and TCP (RFC 1035 §4.2.2
// two-byte length framing, any number of messages per stream, both
// directions). Queries give dns.query (question names); responses give
// dns.answer (answer owner names and rdata in presentation form) and the
// alert context (id, rcode, question type, answer records).
//
// Scopes: a query opens a Scope::DnsQuery (dns.query) that stays open for
// its response (DnsTransactions): the response's dns.answer values and its
// rcode and answers in the context join the query's scope, which then ends.
// So a signature can name dns.query and dns.answer together, and a `not`
// condition on a query is decided when its answer is known. A response whose
// query was not seen (or no longer waits) is a scope of its own, opened only
// when it has answer values; a response's question is never delivered again
// as dns.query (one alert per looked-up name).
//
// Names are validated label by label and lowercased. Compression pointers are
// followed backwards and forwards within the message, at most
// max_dns_pointer_hops times, so loops end. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

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

// Parses one DNS message on its own (no pairing: each message is its own
// scope; the fuzz targets and per-message tests use it) into `ctx`
// (dns_id, dns_rrname and dns_rrtype of the first question, dns_rcode and
// dns_answers of a response). A query with a valid question name, or a
// response with answers, opens scope `scope_id`, delivers dns.query /
// dns.answer values and closes the scope. Returns true if a scope was opened.
bool parseDnsMessage(ByteSpan message, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                     TransactionContext& ctx, const ProtocolLimits& limits);

// One datagram as one message, with default limits.
void parseDnsDatagram(ByteSpan udp_payload, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                      TransactionContext& ctx_storage);
void parseDnsDatagram(ByteSpan udp_payload, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                      TransactionContext& ctx_storage, const ProtocolLimits& limits);

// One flow's DNS transactions: pairs each response with the scope of the
// query it answers (same id, first question name and type), so one
// Scope::DnsQuery holds the query's dns.query and the response's dns.answer.
// A query's scope stays open until its response, until more than
// limits.max_dns_pending newer queries wait (the oldest is closed), or until
// finish(). A response whose query was not seen is a scope of its own.
class DnsTransactions {
 public:
  DnsTransactions(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  DnsTransactions(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive it

  // One whole message (or the first bytes of one: `cut`). `responses_only`:
  // it travelled from the server, where a query is not the client's.
  void message(ByteSpan message, bool cut, bool responses_only);
  void finish();  // closes the scopes of unanswered queries

 private:
  struct Slot {
    bool open = false;  // a query's scope waiting for its response
    uint32_t scope = 0;
    uint64_t order = 0;      // when the query came (the oldest is closed first)
    TransactionContext ctx;  // valid while the scope is open (the sink holds a pointer)
  };
  Slot& freeSlot();

  InspectionSink& sink_;
  const ProtocolLimits& limits_;
  ProtocolStats& stats_;
  std::vector<std::unique_ptr<Slot>> slots_;  // at most max_dns_pending; contexts never move
  Slot unpaired_;                             // a response without a waiting query, or junk
  std::string type_scratch_;
  uint32_t next_scope_ = 1;
  uint64_t next_order_ = 0;
};

// DNS over UDP: one parser per flow, fed one datagram at a time.
class DnsUdpParser final : public AppParser {
 public:
  DnsUdpParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  DnsUdpParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  AppProto proto() const override { return AppProto::Dns; }
  ParseStatus feed(Direction dir, ByteSpan datagram, Timestamp ts) override;
  ParseStatus gap(Direction, uint64_t) override { return ParseStatus::Continue; }  // datagrams have no gaps
  void finish() override { transactions_.finish(); }

 private:
  DnsTransactions transactions_;
};

// DNS over TCP: one parser per flow.
class DnsTcpParser final : public AppParser {
 public:
  DnsTcpParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
  DnsTcpParser(InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;  // limits must outlive the parser

  AppProto proto() const override { return AppProto::Dns; }
  ParseStatus feed(Direction dir, ByteSpan data, Timestamp ts) override;
  ParseStatus gap(Direction dir, uint64_t bytes) override;
  void finish() override { transactions_.finish(); }

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

  ProtocolStats& stats_;
  Framer framers_[2];
  DnsTransactions transactions_;
  bool failed_ = false;
};

}  // namespace tapwatch

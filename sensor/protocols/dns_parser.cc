#include "protocols/dns_parser.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>

#include "protocols/dns_records.h"

namespace tapwatch {
namespace {

constexpr size_t kMaxWireName = 255;  // RFC 1035 §2.3.4, length bytes included
constexpr uint16_t kFlagResponse = 0x8000;

void countNameError(DnsNameStatus status, ProtocolStats& stats) {
  switch (status) {
    case DnsNameStatus::Ok: break;
    case DnsNameStatus::Truncated: stats.anomaly_dns_truncated.add(); break;
    case DnsNameStatus::BadLabel: stats.anomaly_dns_bad_label.add(); break;
    case DnsNameStatus::BadPointer: stats.anomaly_dns_bad_pointer.add(); break;
    case DnsNameStatus::TooLong: stats.anomaly_dns_name_too_long.add(); break;
  }
}

}  // namespace

DnsNameStatus readDnsName(ByteSpan message, size_t offset, uint32_t max_hops, char (&out)[kDnsMaxNameText + 1],
                          size_t& out_len, size_t& next) {
  out_len = 0;
  out[0] = '\0';
  size_t pos = offset;
  size_t wire = 1;  // the terminating root label
  uint32_t hops = 0;
  bool jumped = false;
  for (;;) {
    if (pos >= message.size()) return DnsNameStatus::Truncated;
    const uint8_t len = message[pos];
    if ((len & 0xC0) == 0xC0) {
      if (pos + 1 >= message.size()) return DnsNameStatus::Truncated;
      // Backward and forward pointers are both legal (RFC 1035 §4.1.4 only
      // says "a prior occurrence", but resolvers follow any offset in the
      // message); loops end at the hop cap.
      const size_t target = static_cast<size_t>(((len & 0x3F) << 8) | message[pos + 1]);
      if (target >= message.size() || target == pos || ++hops > max_hops) return DnsNameStatus::BadPointer;
      if (!jumped) next = pos + 2;
      jumped = true;
      pos = target;
      continue;
    }
    if ((len & 0xC0) != 0) return DnsNameStatus::BadLabel;  // 0x40 / 0x80: obsolete or reserved label types
    if (len == 0) {
      if (!jumped) next = pos + 1;
      out[out_len] = '\0';
      return DnsNameStatus::Ok;
    }
    wire += len + 1u;
    if (wire > kMaxWireName) return DnsNameStatus::TooLong;
    if (pos + 1 + len > message.size()) return DnsNameStatus::Truncated;
    if (out_len > 0) out[out_len++] = '.';
    for (size_t i = 0; i < len; ++i) {
      uint8_t c = message[pos + 1 + i];
      // Printable ASCII without the separator; anything else is not a
      // hostname a resolver would look up.
      if (c <= 0x20 || c >= 0x7F || c == '.') return DnsNameStatus::BadLabel;
      if (c >= 'A' && c <= 'Z') c = static_cast<uint8_t>(c - 'A' + 'a');
      out[out_len++] = static_cast<char>(c);
    }
    pos += 1 + len;
  }
}

namespace {

// One message being parsed: where the scope and its fields go.
struct MessageParse {
  ByteSpan message;
  bool cut;             // only a prefix of the message is here: running off its end is not an anomaly
  bool responses_only;  // the server's direction: a query there is not the client's
  InspectionSink& sink;
  uint32_t scope_id;
  ProtocolStats& stats;
  TransactionContext& ctx;
  const ProtocolLimits& limits;
  bool opened = false;     // preset when a response joins its query's open scope
  bool keep_open = false;  // a query whose scope waits for its response
  // The last dns.answer value sent, as (answer index, rdata?) into ctx.dns_answers (which may
  // reallocate): consecutive duplicates (a CNAME target that is the next owner) are sent once.
  size_t last_answer = SIZE_MAX;
  bool last_was_rdata = false;

  void open() {
    if (opened) return;
    opened = true;
    stats.transactions_dns.add();
    sink.openScope(scope_id, Scope::DnsQuery, &ctx);
  }
  void countError(DnsNameStatus status) const {
    if (!(cut && status == DnsNameStatus::Truncated)) countNameError(status, stats);
  }
  // Sends the owner name or the rdata of answer `index` as a dns.answer value.
  void answerValue(size_t index, bool rdata) {
    const auto text = [this](size_t i, bool r) -> std::string_view {
      const DnsAnswer& a = ctx.dns_answers[i];
      return r ? a.rdata : a.rrname;
    };
    const std::string_view value = text(index, rdata);
    if (value.empty() || (last_answer != SIZE_MAX && value == text(last_answer, last_was_rdata))) return;
    open();
    sink.fieldData(scope_id, Field::DnsAnswer, asBytes(value), true);
    last_answer = index;
    last_was_rdata = rdata;
  }
};

// The rdata's presentation form into `answer.rdata`; false if it is malformed.
bool rdataText(MessageParse& p, uint16_t type, size_t offset, size_t length, DnsAnswer& answer) {
  const ByteSpan rdata = p.message.subspan(offset, length);
  char name[kDnsMaxNameText + 1];
  size_t name_len = 0;
  size_t next = 0;
  auto readName = [&](size_t at) {
    const DnsNameStatus status = readDnsName(p.message, at, p.limits.max_dns_pointer_hops, name, name_len, next);
    if (status != DnsNameStatus::Ok) {
      p.countError(status);
      return false;
    }
    answer.rdata.assign(name, name_len);
    return true;
  };
  switch (type) {
    case 1:   // A
    case 28:  // AAAA
      if (length != (type == 1 ? 4u : 16u)) return false;
      dnsAddressText(rdata, answer.rdata);
      return true;
    case 2:   // NS
    case 5:   // CNAME
    case 6:   // SOA: the primary name server (MNAME) is what a signature looks for
    case 12:  // PTR
      return readName(offset);
    case 15:  // MX: preference, exchange
      return length > 2 && readName(offset + 2);
    case 16:  // TXT
      return dnsTxtText(rdata, answer.rdata);
    default:  // recorded by type only
      return true;
  }
}

void parseAnswers(MessageParse& p, size_t offset, uint32_t ancount) {
  char name[kDnsMaxNameText + 1];
  auto& answers = p.ctx.dns_answers;
  for (uint32_t a = 0; a < ancount && a < p.limits.max_dns_answers; ++a) {
    size_t len = 0;
    size_t next = 0;
    const DnsNameStatus status = readDnsName(p.message, offset, p.limits.max_dns_pointer_hops, name, len, next);
    if (status != DnsNameStatus::Ok) {
      p.countError(status);
      return;
    }
    if (next + 10 > p.message.size()) {  // TYPE, CLASS, TTL, RDLENGTH
      if (!p.cut) p.stats.anomaly_dns_truncated.add();
      return;
    }
    const uint16_t type = loadBe16(p.message.data() + next);
    const uint32_t ttl = (static_cast<uint32_t>(loadBe16(p.message.data() + next + 4)) << 16) |
                         loadBe16(p.message.data() + next + 6);
    const size_t rdlength = loadBe16(p.message.data() + next + 8);
    const size_t rdata = next + 10;
    if (rdata + rdlength > p.message.size()) {
      if (!p.cut) p.stats.anomaly_dns_truncated.add();
      return;
    }
    offset = rdata + rdlength;
    if (type == 41) continue;  // OPT pseudo-record (belongs in the additional section; tolerated)
    DnsAnswer& answer = answers.emplace_back();
    answer.rrname.assign(name, len);
    dnsTypeName(type, answer.rrtype);
    answer.ttl = ttl;
    if (!rdataText(p, type, rdata, rdlength, answer)) {
      p.stats.anomaly_dns_bad_rdata.add();
      answer.rdata.clear();
    }
    p.answerValue(answers.size() - 1, false);
    p.answerValue(answers.size() - 1, true);
  }
}

void parseBody(MessageParse& p) {
  const ByteSpan message = p.message;
  if (message.size() < kDnsHeaderBytes) {
    p.stats.anomaly_dns_bad_header.add();
    return;
  }
  const uint16_t flags = loadBe16(message.data() + 2);
  const bool response = (flags & kFlagResponse) != 0;
  if (!response && p.responses_only) return;
  const unsigned opcode = (flags >> 11) & 0x0F;
  if (opcode == 3 || opcode > 5) {
    p.stats.anomaly_dns_bad_header.add();
    return;
  }
  TransactionContext& ctx = p.ctx;
  ctx.app_proto = "dns";
  ctx.dns_id = loadBe16(message.data());
  ctx.dns_rrname.clear();
  ctx.dns_rrtype.clear();
  ctx.dns_answers.clear();
  if (response) dnsRcodeName(flags & 0x0F, ctx.dns_rcode);
  else ctx.dns_rcode.clear();
  const uint32_t declared = loadBe16(message.data() + 4);
  uint32_t qdcount = declared;
  if (qdcount > p.limits.max_dns_names) {
    p.stats.anomaly_dns_too_many_names.add();
    qdcount = p.limits.max_dns_names;
  }
  size_t offset = kDnsHeaderBytes;
  bool questions_ok = true;
  char name[kDnsMaxNameText + 1];
  for (uint32_t q = 0; q < qdcount; ++q) {
    size_t len = 0;
    size_t next = 0;
    const DnsNameStatus status = readDnsName(message, offset, p.limits.max_dns_pointer_hops, name, len, next);
    if (status != DnsNameStatus::Ok) {
      p.countError(status);
      questions_ok = false;
      break;  // the next question's offset is unknown
    }
    const bool have_type = next + 4 <= message.size();
    if (q == 0) {
      ctx.dns_rrname.assign(name, len);
      if (have_type) dnsTypeName(loadBe16(message.data() + next), ctx.dns_rrtype);
    }
    // A response repeats its query's question: only its answers are new.
    if (len > 0 && !response) {
      p.open();
      p.sink.fieldData(p.scope_id, Field::DnsQuery, asBytes(std::string_view(name, len)), true);
    }
    if (!have_type) {  // QTYPE and QCLASS missing
      if (!p.cut) p.stats.anomaly_dns_truncated.add();
      questions_ok = false;
      break;
    }
    offset = next + 4;
  }
  // Answers follow the questions; their offset is known only if every question was read.
  if (response && questions_ok && qdcount == declared) parseAnswers(p, offset, loadBe16(message.data() + 6));
}

// Parses one message; its scope, if one is open, is closed unless p.keep_open.
// Returns whether a scope was opened (or, for a paired response, was open).
bool parseMessage(MessageParse& p) {
  parseBody(p);
  if (p.opened && !p.keep_open) p.sink.closeScope(p.scope_id);
  return p.opened;
}

// A response's id and first question (lowercased name, type), to find its query.
bool responseKey(ByteSpan message, const ProtocolLimits& limits, uint16_t& id, char (&name)[kDnsMaxNameText + 1],
                 size_t& name_len, uint16_t& qtype) {
  if (message.size() < kDnsHeaderBytes || (loadBe16(message.data() + 2) & kFlagResponse) == 0 ||
      loadBe16(message.data() + 4) == 0)
    return false;
  size_t next = 0;
  if (readDnsName(message, kDnsHeaderBytes, limits.max_dns_pointer_hops, name, name_len, next) != DnsNameStatus::Ok ||
      next + 4 > message.size())
    return false;
  id = loadBe16(message.data());
  qtype = loadBe16(message.data() + next);
  return true;
}

}  // namespace

bool parseDnsMessage(ByteSpan message, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                     TransactionContext& ctx, const ProtocolLimits& limits) {
  MessageParse p{message, false, false, sink, scope_id, stats, ctx, limits};
  return parseMessage(p);
}

void parseDnsDatagram(ByteSpan udp_payload, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                      TransactionContext& ctx_storage, const ProtocolLimits& limits) {
  parseDnsMessage(udp_payload, sink, scope_id, stats, ctx_storage, limits);
}

void parseDnsDatagram(ByteSpan udp_payload, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                      TransactionContext& ctx_storage) {
  static const ProtocolLimits kDefaults;
  parseDnsMessage(udp_payload, sink, scope_id, stats, ctx_storage, kDefaults);
}

DnsTransactions::DnsTransactions(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink), limits_(limits), stats_(stats) {}

DnsTransactions::Slot& DnsTransactions::freeSlot() {
  Slot* oldest = nullptr;
  for (auto& slot : slots_) {
    if (!slot->open) return *slot;
    if (oldest == nullptr || slot->order < oldest->order) oldest = slot.get();
  }
  if (oldest == nullptr || slots_.size() < limits_.max_dns_pending)
    return *slots_.emplace_back(std::make_unique<Slot>());
  // Too many queries wait: the oldest will not be answered any more.
  oldest->open = false;
  sink_.closeScope(oldest->scope);
  return *oldest;
}

void DnsTransactions::message(ByteSpan message, bool cut, bool responses_only) {
  uint16_t id = 0;
  uint16_t qtype = 0;
  char name[kDnsMaxNameText + 1];
  size_t name_len = 0;
  if (responseKey(message, limits_, id, name, name_len, qtype)) {
    dnsTypeName(qtype, type_scratch_);
    const std::string_view qname(name, name_len);
    for (auto& slot : slots_) {
      if (!slot->open || slot->ctx.dns_id != id || slot->ctx.dns_rrname != qname ||
          slot->ctx.dns_rrtype != type_scratch_)
        continue;
      // The answer to a query whose scope is open: delivered there, then the scope ends.
      MessageParse p{message, cut, responses_only, sink_, slot->scope, stats_, slot->ctx, limits_};
      p.opened = true;
      slot->open = false;
      parseMessage(p);
      return;
    }
  }
  const bool query = !responses_only && message.size() >= kDnsHeaderBytes &&
                     (loadBe16(message.data() + 2) & kFlagResponse) == 0;
  // A query takes a slot its scope can wait in; anything else is over when parsed.
  Slot& slot = query ? freeSlot() : unpaired_;
  MessageParse p{message, cut, responses_only, sink_, next_scope_, stats_, slot.ctx, limits_};
  p.keep_open = query;
  if (!parseMessage(p)) return;
  if (query) {
    slot.open = true;
    slot.scope = next_scope_;
    slot.order = next_order_++;
  }
  ++next_scope_;
}

void DnsTransactions::finish() {
  for (auto& slot : slots_) {
    if (!slot->open) continue;
    slot->open = false;
    sink_.closeScope(slot->scope);
  }
}

DnsUdpParser::DnsUdpParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : transactions_(sink, limits, stats) {}

ParseStatus DnsUdpParser::feed(Direction dir, ByteSpan datagram, Timestamp /*ts*/) {
  transactions_.message(datagram, false, dir == Direction::ToClient);
  return ParseStatus::Continue;
}

DnsTcpParser::DnsTcpParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : stats_(stats), transactions_(sink, limits, stats) {}

ParseStatus DnsTcpParser::feed(Direction dir, ByteSpan data, Timestamp /*ts*/) {
  if (failed_) return ParseStatus::Failed;
  Framer& f = framers_[index(dir)];
  if (f.lost) return ParseStatus::Continue;  // responses after a gap in their direction
  while (!data.empty()) {
    if (f.have_length < 2) {
      f.length_bytes[f.have_length++] = data[0];
      data = data.subspan(1);
      if (f.have_length == 2) {
        f.remaining = loadBe16(f.length_bytes);
        f.prefix.clear();
        f.cut = false;
        if (f.remaining == 0) f.have_length = 0;  // empty message: nothing to parse
      }
      continue;
    }
    const size_t take = std::min<size_t>(f.remaining, data.size());
    const ByteSpan piece = data.first(take);
    data = data.subspan(take);
    const bool whole = f.prefix.empty() && take == f.remaining;
    if (!whole) {
      const size_t keep = std::min(piece.size(), kPrefixMax - f.prefix.size());
      f.prefix.append(reinterpret_cast<const char*>(piece.data()), keep);
      if (keep < piece.size()) f.cut = true;
    }
    f.remaining -= static_cast<uint32_t>(take);
    if (f.remaining > 0) continue;
    f.have_length = 0;
    const ByteSpan message = whole ? piece : asBytes(f.prefix);
    transactions_.message(message, f.cut, dir == Direction::ToClient);
  }
  return ParseStatus::Continue;
}

ParseStatus DnsTcpParser::gap(Direction dir, uint64_t /*bytes*/) {
  stats_.gaps_dns.add();
  // The two-byte framing cannot be recovered after lost bytes.
  if (dir == Direction::ToClient) {
    framers_[index(dir)].lost = true;  // responses end; queries go on
    return ParseStatus::Continue;
  }
  stats_.parser_failures_dns.add();
  failed_ = true;
  return ParseStatus::Failed;
}

}  // namespace tapwatch

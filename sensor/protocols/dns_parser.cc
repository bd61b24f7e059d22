#include "protocols/dns_parser.h"

#include <algorithm>

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
  size_t sequence_start = offset;  // a pointer must land before this (strictly decreasing: no loops)
  size_t wire = 1;                 // the terminating root label
  uint32_t hops = 0;
  bool jumped = false;
  for (;;) {
    if (pos >= message.size()) return DnsNameStatus::Truncated;
    const uint8_t len = message[pos];
    if ((len & 0xC0) == 0xC0) {
      if (pos + 1 >= message.size()) return DnsNameStatus::Truncated;
      const size_t target = static_cast<size_t>(((len & 0x3F) << 8) | message[pos + 1]);
      if (target >= sequence_start || ++hops > max_hops) return DnsNameStatus::BadPointer;
      if (!jumped) next = pos + 2;
      jumped = true;
      pos = target;
      sequence_start = target;
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

bool parseDnsMessage(ByteSpan message, InspectionSink& sink, uint32_t scope_id, ProtocolStats& stats,
                     TransactionContext& ctx, const ProtocolLimits& limits) {
  if (message.size() < kDnsHeaderBytes) {
    stats.anomaly_dns_bad_header.add();
    return false;
  }
  const uint16_t flags = loadBe16(message.data() + 2);
  if ((flags & kFlagResponse) != 0) return false;  // responses echo the question: not inspected twice
  const unsigned opcode = (flags >> 11) & 0x0F;
  if (opcode == 3 || opcode > 5) {
    stats.anomaly_dns_bad_header.add();
    return false;
  }
  uint32_t qdcount = loadBe16(message.data() + 4);
  if (qdcount > limits.max_dns_names) {
    stats.anomaly_dns_too_many_names.add();
    qdcount = limits.max_dns_names;
  }
  bool opened = false;
  size_t offset = kDnsHeaderBytes;
  char name[kDnsMaxNameText + 1];
  for (uint32_t q = 0; q < qdcount; ++q) {
    size_t len = 0;
    size_t next = 0;
    const DnsNameStatus status = readDnsName(message, offset, limits.max_dns_pointer_hops, name, len, next);
    if (status != DnsNameStatus::Ok) {
      countNameError(status, stats);
      break;  // the next question's offset is unknown
    }
    if (len > 0) {
      const std::string_view text(name, len);
      if (!opened) {
        opened = true;
        ctx.app_proto = "dns";
        ctx.dns_rrname.assign(text);
        stats.transactions_dns.add();
        sink.openScope(scope_id, Scope::DnsQuery, &ctx);
      }
      sink.fieldData(scope_id, Field::DnsQuery, asBytes(text), true);
    }
    if (next + 4 > message.size()) {  // QTYPE and QCLASS missing
      stats.anomaly_dns_truncated.add();
      break;
    }
    offset = next + 4;
  }
  if (opened) sink.closeScope(scope_id);
  return opened;
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

DnsTcpParser::DnsTcpParser(InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats)
    : sink_(sink), limits_(limits), stats_(stats) {}

ParseStatus DnsTcpParser::feed(Direction dir, ByteSpan data, Timestamp /*ts*/) {
  if (failed_) return ParseStatus::Failed;
  if (dir == Direction::ToClient) return ParseStatus::Continue;  // responses are not inspected
  Framer& f = framers_[index(dir)];
  while (!data.empty()) {
    if (f.have_length < 2) {
      f.length_bytes[f.have_length++] = data[0];
      data = data.subspan(1);
      if (f.have_length == 2) {
        f.remaining = loadBe16(f.length_bytes);
        f.prefix.clear();
        if (f.remaining == 0) f.have_length = 0;  // empty message: nothing to parse
      }
      continue;
    }
    const size_t take = std::min<size_t>(f.remaining, data.size());
    const ByteSpan piece = data.first(take);
    data = data.subspan(take);
    const bool whole = f.prefix.empty() && take == f.remaining;
    if (!whole && f.prefix.size() < kPrefixMax)
      f.prefix.append(reinterpret_cast<const char*>(piece.data()),
                      std::min(piece.size(), kPrefixMax - f.prefix.size()));
    f.remaining -= static_cast<uint32_t>(take);
    if (f.remaining > 0) continue;
    f.have_length = 0;
    const ByteSpan message = whole ? piece : asBytes(f.prefix);
    if (parseDnsMessage(message, sink_, next_scope_, stats_, context_, limits_)) ++next_scope_;
  }
  return ParseStatus::Continue;
}

ParseStatus DnsTcpParser::gap(Direction dir, uint64_t /*bytes*/) {
  stats_.gaps_dns.add();
  if (dir == Direction::ToClient) return ParseStatus::Continue;
  // The two-byte framing cannot be recovered after lost bytes.
  stats_.parser_failures_dns.add();
  failed_ = true;
  return ParseStatus::Failed;
}

}  // namespace tapwatch

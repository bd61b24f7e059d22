#include "protocols/app_detect.h"

#include <algorithm>
#include <string_view>

#include "protocols/dns_parser.h"
#include "protocols/http_start.h"
#include "protocols/text_util.h"

namespace tapwatch {
namespace {

bool onPort(const ProtocolPorts& list, uint16_t port) {
  return std::find(list.ports.begin(), list.ports.end(), port) != list.ports.end();
}

// Past the byte budget a direction that still "needs more" is a no.
StartMatch settle(StartMatch m, size_t have) {
  return (m == StartMatch::NeedMore && have >= kAppDetectMaxBytes) ? StartMatch::No : m;
}

StartMatch matchTls(ByteSpan s) {
  static constexpr uint8_t kFirst[2] = {0x16, 0x03};
  for (size_t i = 0; i < std::min<size_t>(s.size(), 2); ++i)
    if (s[i] != kFirst[i]) return StartMatch::No;
  if (s.size() < 3) return StartMatch::NeedMore;
  return s[2] <= 0x04 ? StartMatch::Yes : StartMatch::No;  // SSL 3.0 .. TLS 1.3 record versions
}

StartMatch matchSmtpClient(ByteSpan s) {
  const std::string_view text = asStringView(s);
  for (std::string_view verb : {std::string_view("EHLO "), std::string_view("HELO ")}) {
    if (text.size() >= verb.size()) {
      if (iequals(text.substr(0, verb.size()), verb)) return StartMatch::Yes;
    } else if (iequals(verb.substr(0, text.size()), text)) {
      return StartMatch::NeedMore;
    }
  }
  return StartMatch::No;
}

StartMatch matchSmtpServer(ByteSpan s, bool smtp_port) {
  const std::string_view text = asStringView(s);
  static constexpr std::string_view k220 = "220";
  if (text.size() < 4)
    return k220.substr(0, std::min<size_t>(text.size(), 3)) == text.substr(0, 3) ? StartMatch::NeedMore
                                                                                 : StartMatch::No;
  if (text.substr(0, 3) != k220 || (text[3] != ' ' && text[3] != '-')) return StartMatch::No;
  if (smtp_port) return StartMatch::Yes;
  const size_t eol = text.find('\n');
  const std::string_view line = text.substr(0, eol);
  for (size_t i = 0; i + 4 <= line.size(); ++i)
    if (iequals(line.substr(i, 4), "smtp")) return StartMatch::Yes;
  return eol == std::string_view::npos ? StartMatch::NeedMore : StartMatch::No;  // decided by the client's command
}

// A DNS query: header sane, first question name readable.
StartMatch matchDnsMessage(ByteSpan msg, size_t full_length, bool dns_port, bool allow_response) {
  if (msg.size() < kDnsHeaderBytes) return full_length > msg.size() ? StartMatch::NeedMore : StartMatch::No;
  const uint16_t flags = loadBe16(msg.data() + 2);
  const unsigned opcode = (flags >> 11) & 0x0F;
  const uint16_t qd = loadBe16(msg.data() + 4);
  const uint16_t an = loadBe16(msg.data() + 6);
  const uint16_t ns = loadBe16(msg.data() + 8);
  const bool response = (flags & 0x8000) != 0;
  if (response && !allow_response) return StartMatch::No;
  if (dns_port) {
    if (opcode > 5 || opcode == 3 || qd == 0 || qd > 16) return StartMatch::No;
  } else {
    // Off the DNS ports only the common shape counts: one question, no answers.
    if (response || opcode != 0 || qd != 1 || an != 0 || ns != 0 || (flags & 0x0070) != 0) return StartMatch::No;
  }
  char name[kDnsMaxNameText + 1];
  size_t len = 0;
  size_t next = 0;
  const DnsNameStatus st = readDnsName(msg, kDnsHeaderBytes, 16, name, len, next);
  if (st == DnsNameStatus::Ok) return (dns_port || len > 0) ? StartMatch::Yes : StartMatch::No;
  if (st == DnsNameStatus::Truncated && full_length > msg.size()) return StartMatch::NeedMore;
  return StartMatch::No;
}

StartMatch matchDnsTcp(ByteSpan s, bool dns_port) {
  if (s.size() < 2) return StartMatch::NeedMore;
  const size_t len = loadBe16(s.data());
  if (len < kDnsHeaderBytes + 5) return StartMatch::No;  // header + root name + type + class
  const ByteSpan msg = s.subspan(2, std::min(len, s.size() - 2));
  return matchDnsMessage(msg, len, dns_port, false);
}

}  // namespace

AppDetection detectAppProtoDetailed(ByteSpan to_server, ByteSpan to_client, uint16_t server_port, bool is_udp,
                                    const ProtocolsConfig& ports) {
  const bool dns_port = onPort(ports.dns, server_port);
  if (is_udp) {
    // A datagram is complete: the answer is final either way.
    if (!to_server.empty() && matchDnsMessage(to_server, to_server.size(), dns_port, false) == StartMatch::Yes)
      return {AppProto::Dns, true};
    if (!to_client.empty() && dns_port && matchDnsMessage(to_client, to_client.size(), true, true) == StartMatch::Yes)
      return {AppProto::Dns, true};
    return {AppProto::Unknown, !to_server.empty() || !to_client.empty()};
  }

  const bool smtp_port = onPort(ports.smtp, server_port);
  struct Candidate {
    AppProto proto;
    Direction side;
    StartMatch match;
  };
  const Candidate candidates[] = {
      {AppProto::Tls, Direction::ToServer, settle(matchTls(to_server), to_server.size())},
      {AppProto::Http, Direction::ToServer, settle(matchHttpRequestStart(to_server), to_server.size())},
      {AppProto::Http, Direction::ToClient, settle(matchHttpResponseStart(to_client), to_client.size())},
      {AppProto::Smtp, Direction::ToServer, settle(matchSmtpClient(to_server), to_server.size())},
      {AppProto::Smtp, Direction::ToClient, settle(matchSmtpServer(to_client, smtp_port), to_client.size())},
      {AppProto::Dns, Direction::ToServer, settle(matchDnsTcp(to_server, dns_port), to_server.size())},
  };
  bool client_pending = false;
  bool server_pending = false;
  for (const Candidate& c : candidates) {
    if (c.match == StartMatch::Yes) return {c.proto, true};
    if (c.match != StartMatch::NeedMore) continue;
    (c.side == Direction::ToServer ? client_pending : server_pending) = true;
  }
  // The client spoke first and matched nothing: no use waiting for a server banner.
  if (!to_server.empty() && !client_pending && to_client.empty()) server_pending = false;
  return {AppProto::Unknown, !client_pending && !server_pending};
}

AppProto detectAppProto(ByteSpan to_server, ByteSpan to_client, uint16_t server_port, bool is_udp,
                        const ProtocolsConfig& ports) {
  return detectAppProtoDetailed(to_server, to_client, server_port, is_udp, ports).proto;
}

}  // namespace tapwatch

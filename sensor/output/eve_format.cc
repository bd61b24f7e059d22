#include "output/eve_format.h"

#include <ctime>
#include <nlohmann/json.hpp>

namespace tapwatch {
namespace {

// ordered_json keeps Suricata's key order (timestamp first) for people reading the log.
using json = nlohmann::ordered_json;

const char* protoName(uint8_t ip_protocol) {
  switch (ip_protocol) {
    case 6: return "TCP";
    case 17: return "UDP";
    case 1: return "ICMP";
    case 58: return "IPv6-ICMP";
    default: return "IP";
  }
}

// Redaction keeps the shape of the excerpt (length, spacing, punctuation) for
// triage while hiding personal content such as names and addresses.
std::string redactText(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) c = '*';
  }
  return out;
}

void putIfSet(json& obj, const char* key, const std::string& value) {
  if (!value.empty()) obj[key] = value;
}

json contextObjects(const TransactionContext& ctx, json& root) {
  json http = json::object();
  putIfSet(http, "hostname", ctx.http_hostname);
  putIfSet(http, "url", ctx.http_url);
  putIfSet(http, "http_method", ctx.http_method);
  putIfSet(http, "http_user_agent", ctx.http_user_agent);
  if (ctx.http_status != 0) http["status"] = ctx.http_status;
  if (!http.empty()) root["http"] = std::move(http);

  json smtp = json::object();
  putIfSet(smtp, "mail_from", ctx.smtp_mail_from);
  if (!ctx.smtp_rcpt_to.empty()) smtp["rcpt_to"] = ctx.smtp_rcpt_to;
  if (!smtp.empty()) root["smtp"] = std::move(smtp);

  if (!ctx.email_subject.empty()) root["email"] = json{{"subject", ctx.email_subject}};
  if (!ctx.dns_rrname.empty()) root["dns"] = json{{"rrname", ctx.dns_rrname}};
  if (!ctx.tls_sni.empty()) root["tls"] = json{{"sni", ctx.tls_sni}};
  return root;
}

}  // namespace

std::string formatEveTimestamp(Timestamp ts) {
  std::tm tm{};
  const time_t secs = static_cast<time_t>(ts.sec);
  gmtime_r(&secs, &tm);
  char buf[64];
  const size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%06u+0000", ts.nsec / 1000);
  return buf;
}

std::string formatEveAlert(const Alert& a, const EveFormatOptions& options) {
  json root;
  root["timestamp"] = formatEveTimestamp(a.ts);
  root["event_type"] = "alert";
  if (!options.host.empty()) root["host"] = options.host;
  root["flow_id"] = a.flow_id;
  if (!a.in_iface.empty()) root["in_iface"] = a.in_iface;
  if (!a.vlan.empty()) root["vlan"] = a.vlan;
  root["src_ip"] = a.src_ip.toString();
  root["src_port"] = a.src_port;
  root["dest_ip"] = a.dest_ip.toString();
  root["dest_port"] = a.dest_port;
  root["proto"] = protoName(a.ip_protocol);
  if (!a.context.app_proto.empty()) root["app_proto"] = a.context.app_proto;
  root["direction"] = directionName(a.direction);

  std::string_view excerpt = a.excerpt;
  if (excerpt.size() > options.excerpt_bytes) excerpt = excerpt.substr(excerpt.size() - options.excerpt_bytes);
  // The excerpt window may start inside a multi-byte UTF-8 character; begin at
  // the next character so the text does not open with a replacement mark.
  for (int i = 0; i < 3 && !excerpt.empty() && (static_cast<unsigned char>(excerpt[0]) & 0xC0) == 0x80; ++i)
    excerpt.remove_prefix(1);
  json alert;
  alert["action"] = "allowed";
  alert["gid"] = 1;
  alert["signature_id"] = a.signature_id;
  alert["rev"] = a.rev;
  alert["signature"] = a.signature;
  alert["category"] = a.category;
  alert["severity"] = a.severity;
  alert["field"] = fieldName(a.field);
  alert["excerpt"] = options.redact ? redactText(excerpt) : std::string(excerpt);
  root["alert"] = std::move(alert);

  contextObjects(a.context, root);
  // Captured bytes are not guaranteed UTF-8; replace rather than throw.
  return root.dump(-1, ' ', false, json::error_handler_t::replace);
}

AlertRecord makeAlertRecord(const Alert& alert, const EveFormatOptions& options) {
  AlertRecord record;
  record.signature_id = alert.signature_id;
  record.rev = alert.rev;
  record.category = alert.category;
  record.severity = alert.severity;
  record.ts = alert.ts;
  record.eve_json = formatEveAlert(alert, options);
  return record;
}

}  // namespace tapwatch

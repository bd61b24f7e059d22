#include "output/eve_json.h"

#include <arpa/inet.h>

#include "common/url_host.h"

#include "output/community_id.h"

namespace tapwatch::eve {
namespace {

void putIfSet(json& obj, const char* key, const std::string& value) {
  if (!value.empty()) obj[key] = value;
}

json headerList(const std::vector<HttpHeader>& headers) {
  json list = json::array();
  for (const auto& h : headers) list.push_back(json{{"name", h.name}, {"value", h.value}});
  return list;
}

std::string hex(const std::array<uint8_t, 32>& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (uint8_t b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

}  // namespace

const char* protoName(uint8_t ip_protocol) {
  switch (ip_protocol) {
    case 6: return "TCP";
    case 17: return "UDP";
    case 1: return "ICMP";
    case 58: return "IPv6-ICMP";
    default: return "IP";
  }
}

json header(const EveHeader& h, std::string_view event_type, const EveFormatOptions& options) {
  json root;
  root["timestamp"] = formatEveTimestamp(h.ts);
  // An alert always comes from a flow; other records without one (decode anomalies, stats) leave it out.
  if (h.flow_id != 0 || event_type == "alert") root["flow_id"] = h.flow_id;
  if (!h.in_iface.empty()) root["in_iface"] = h.in_iface;
  root["event_type"] = event_type;
  if (!h.vlan.empty()) root["vlan"] = h.vlan;
  if (h.has_tuple) {
    root["src_ip"] = h.src_ip.toString();
    root["src_port"] = h.src_port;
    root["dest_ip"] = h.dest_ip.toString();
    root["dest_port"] = h.dest_port;
    root["proto"] = protoName(h.ip_protocol);
    if (h.flow_id != 0 && (h.ip_protocol == 6 || h.ip_protocol == 17))
      root["community_id"] =
          communityIdV1(h.src_ip, h.src_port, h.dest_ip, h.dest_port, h.ip_protocol, options.community_id_seed);
  }
  if (!options.host.empty()) root["host"] = options.host;
  return root;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void addHttp(const TransactionContext& ctx, json& root) {
  json http = json::object();
  putIfSet(http, "hostname", ctx.http_hostname);
  putIfSet(http, "url", ctx.http_url);
  putIfSet(http, "http_user_agent", ctx.http_user_agent);
  putIfSet(http, "http_content_type", ctx.http_content_type);
  putIfSet(http, "http_refer", ctx.http_referer);
  putIfSet(http, "http_method", ctx.http_method);
  putIfSet(http, "protocol", ctx.http_protocol);
  if (ctx.http_status != 0) http["status"] = ctx.http_status;
  if (ctx.http_response_length != 0) http["length"] = ctx.http_response_length;
  if (!ctx.http_request_headers.empty()) http["request_headers"] = headerList(ctx.http_request_headers);
  if (!ctx.http_response_headers.empty()) http["response_headers"] = headerList(ctx.http_response_headers);
  if (!http.empty()) root["http"] = std::move(http);
}

void addDns(const TransactionContext& ctx, uint64_t tx_id, json& root) {
  if (ctx.dns_rrname.empty() && ctx.dns_answers.empty() && ctx.dns_rcode.empty()) return;
  // EVE DNS version 3 (Suricata 8): one object for a request or a response,
  // questions under `queries`, answer records under `answers`.
  json dns;
  dns["version"] = 3;
  const bool response = !ctx.dns_rcode.empty() || !ctx.dns_answers.empty();
  dns["type"] = response ? "response" : "request";
  dns["tx_id"] = tx_id;
  dns["id"] = ctx.dns_id;
  if (response && !ctx.dns_rcode.empty()) dns["rcode"] = ctx.dns_rcode;
  if (!ctx.dns_rrname.empty()) {
    json q{{"rrname", ctx.dns_rrname}};
    if (!ctx.dns_rrtype.empty()) q["rrtype"] = ctx.dns_rrtype;
    dns["queries"] = json::array({std::move(q)});
  }
  if (!ctx.dns_answers.empty()) {
    json answers = json::array();
    for (const auto& a : ctx.dns_answers) {
      json r{{"rrname", a.rrname}};
      if (!a.rrtype.empty()) r["rrtype"] = a.rrtype;
      r["ttl"] = a.ttl;
      if (!a.rdata.empty()) r["rdata"] = a.rdata;
      answers.push_back(std::move(r));
    }
    dns["answers"] = std::move(answers);
  }
  root["dns"] = std::move(dns);
}

void addTls(const TransactionContext& ctx, json& root) {
  // subject, issuerdn, serial, fingerprint, notbefore/notafter, version, ja3/ja3s/ja4
  // come with the TLS certificate work; absent until then (never empty strings).
  if (!ctx.tls_sni.empty()) root["tls"] = json{{"sni", ctx.tls_sni}};
}

void addSmtp(const TransactionContext& ctx, json& root) {
  json smtp = json::object();
  putIfSet(smtp, "helo", ctx.smtp_helo);
  putIfSet(smtp, "mail_from", ctx.smtp_mail_from);
  if (!ctx.smtp_rcpt_to.empty()) smtp["rcpt_to"] = ctx.smtp_rcpt_to;
  if (!smtp.empty()) root["smtp"] = std::move(smtp);
}

// email.url and the flags Suricata derives from the links: a host written as
// an IPv4 or [IPv6] literal, a path ending in ".exe" (lures that skip DNS or
// hand out a program are worth a dashboard filter of their own).
void addEmailUrls(const TransactionContext& ctx, json& email) {
  if (ctx.email_urls.empty()) return;
  email["url"] = ctx.email_urls;
  bool v4 = false, v6 = false, exe = false;
  for (const auto& url : ctx.email_urls) {
    const UrlHost host = urlHost(url);
    v6 = v6 || host.bracketed;
    in_addr addr{};
    v4 = v4 || (!host.bracketed && inet_pton(AF_INET, std::string(host.host).c_str(), &addr) == 1);
    std::string_view path = url;
    path = path.substr(0, path.find_first_of("?#"));
    exe = exe || (path.size() >= 4 && (path[path.size() - 4] == '.') && (path[path.size() - 3] | 0x20) == 'e' &&
                  (path[path.size() - 2] | 0x20) == 'x' && (path[path.size() - 1] | 0x20) == 'e');
  }
  if (v4) email["has_ipv4_url"] = true;
  if (v6) email["has_ipv6_url"] = true;
  if (exe) email["has_exe_url"] = true;
}

void addEmail(const TransactionContext& ctx, json& root) {
  json email = json::object();
  putIfSet(email, "from", ctx.email_from);
  if (!ctx.email_to.empty()) email["to"] = ctx.email_to;
  if (!ctx.email_cc.empty()) email["cc"] = ctx.email_cc;
  putIfSet(email, "subject", ctx.email_subject);
  json attachments = json::array();
  for (const auto& f : ctx.files)
    if (!f.filename.empty()) attachments.push_back(f.filename);
  if (!attachments.empty()) email["attachment"] = std::move(attachments);
  addEmailUrls(ctx, email);
  if (!email.empty()) root["email"] = std::move(email);
}

json fileinfo(const FileInfo& file, uint64_t tx_id) {
  // No libmagic: Suricata's `magic` is left out, and the schema has no key
  // for the Content-Type the mail declared.
  json f;
  if (!file.filename.empty()) f["filename"] = file.filename;
  f["gaps"] = false;
  f["state"] = file.truncated ? "TRUNCATED" : "CLOSED";
  if (file.sha256_valid) f["sha256"] = hex(file.sha256);
  f["stored"] = false;
  f["size"] = file.size;
  f["tx_id"] = tx_id;
  return f;
}

}  // namespace tapwatch::eve

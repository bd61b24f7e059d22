#include "detect/rule_program_buffers.h"

#include <array>
#include <utility>

namespace tapwatch {
namespace {

using Alias = std::pair<std::string_view, std::string_view>;

// Sticky buffers of Suricata 7/8 (canonical names map to themselves) and their older spellings.
constexpr auto kStickyBuffers = std::to_array<Alias>({
    {"pkt_data", "pkt_data"},
    {"file.data", "file.data"},
    {"file_data", "file.data"},
    {"file.name", "file.name"},
    {"file.magic", "file.magic"},
    {"http.uri", "http.uri"},
    {"http.uri.raw", "http.uri.raw"},
    {"http.method", "http.method"},
    {"http.header", "http.header"},
    {"http.header.raw", "http.header.raw"},
    {"http.header_names", "http.header_names"},
    {"http_header_names", "http.header_names"},
    {"http.cookie", "http.cookie"},
    {"http.user_agent", "http.user_agent"},
    {"http.host", "http.host"},
    {"http.host.raw", "http.host.raw"},
    {"http.referer", "http.referer"},
    {"http_referer", "http.referer"},
    {"http.content_type", "http.content_type"},
    {"http_content_type", "http.content_type"},
    {"http.content_len", "http.content_len"},
    {"http_content_len", "http.content_len"},
    {"http.accept", "http.accept"},
    {"http_accept", "http.accept"},
    {"http.accept_lang", "http.accept_lang"},
    {"http_accept_lang", "http.accept_lang"},
    {"http.accept_enc", "http.accept_enc"},
    {"http_accept_enc", "http.accept_enc"},
    {"http.connection", "http.connection"},
    {"http_connection", "http.connection"},
    {"http.request_line", "http.request_line"},
    {"http_request_line", "http.request_line"},
    {"http.response_line", "http.response_line"},
    {"http_response_line", "http.response_line"},
    {"http.protocol", "http.protocol"},
    {"http_protocol", "http.protocol"},
    {"http.start", "http.start"},
    {"http_start", "http.start"},
    {"http.stat_code", "http.stat_code"},
    {"http.stat_msg", "http.stat_msg"},
    {"http.server", "http.server"},
    {"http_server", "http.server"},
    {"http.location", "http.location"},
    {"http_location", "http.location"},
    {"http.request_body", "http.request_body"},
    {"http.response_body", "http.response_body"},
    {"http.request_header", "http.request_header"},
    {"http.response_header", "http.response_header"},
    {"http2.header_name", "http2.header_name"},
    {"dns.query", "dns.query"},
    {"dns_query", "dns.query"},
    {"dns.queries.rrname", "dns.queries.rrname"},
    {"dns.answers.rrname", "dns.answers.rrname"},
    {"dns.answer.name", "dns.answer.name"},
    {"dns.query.name", "dns.query.name"},
    {"tls.sni", "tls.sni"},
    {"tls_sni", "tls.sni"},
    {"tls.cert_subject", "tls.cert_subject"},
    {"tls_cert_subject", "tls.cert_subject"},
    {"tls.cert_issuer", "tls.cert_issuer"},
    {"tls_cert_issuer", "tls.cert_issuer"},
    {"tls.cert_serial", "tls.cert_serial"},
    {"tls_cert_serial", "tls.cert_serial"},
    {"tls.cert_fingerprint", "tls.cert_fingerprint"},
    {"tls_cert_fingerprint", "tls.cert_fingerprint"},
    {"tls.certs", "tls.certs"},
    {"tls.subjectaltname", "tls.subjectaltname"},
    {"tls.alpn", "tls.alpn"},
    {"tls.random", "tls.random"},
    {"tls.version", "tls.version"},
    {"ja3.hash", "ja3.hash"},
    {"ja3_hash", "ja3.hash"},
    {"ja3.string", "ja3.string"},
    {"ja3_string", "ja3.string"},
    {"ja3s.hash", "ja3s.hash"},
    {"ja3s_hash", "ja3s.hash"},
    {"ja3s.string", "ja3s.string"},
    {"ja3s_string", "ja3s.string"},
    {"ja4.hash", "ja4.hash"},
    {"quic.sni", "quic.sni"},
    {"quic.ua", "quic.ua"},
    {"quic.version", "quic.version"},
    {"quic.cyu.hash", "quic.cyu.hash"},
    {"quic.cyu.string", "quic.cyu.string"},
    {"email.from", "email.from"},
    {"email.to", "email.to"},
    {"email.cc", "email.cc"},
    {"email.subject", "email.subject"},
    {"email.date", "email.date"},
    {"email.message_id", "email.message_id"},
    {"email.x_mailer", "email.x_mailer"},
    {"email.url", "email.url"},
    {"email.received", "email.received"},
    {"smtp.helo", "smtp.helo"},
    {"smtp.mail_from", "smtp.mail_from"},
    {"smtp.rcpt_to", "smtp.rcpt_to"},
    {"base64_data", "base64_data"},
    {"ssh.proto", "ssh.proto"},
    {"ssh_proto", "ssh.proto"},
    {"ssh.software", "ssh.software"},
    {"ssh_software", "ssh.software"},
    {"ssh.hassh", "ssh.hassh"},
    {"ssh.hassh.string", "ssh.hassh.string"},
    {"ssh.hassh.server", "ssh.hassh.server"},
    {"ssh.hassh.server.string", "ssh.hassh.server.string"},
    {"krb5_cname", "krb5.cname"},
    {"krb5_sname", "krb5.sname"},
    {"sip.method", "sip.method"},
    {"sip.uri", "sip.uri"},
    {"sip.protocol", "sip.protocol"},
    {"sip.stat_code", "sip.stat_code"},
    {"sip.stat_msg", "sip.stat_msg"},
    {"sip.request_line", "sip.request_line"},
    {"sip.response_line", "sip.response_line"},
    {"ftp.command", "ftp.command"},
    {"ftp.command_data", "ftp.command_data"},
    {"smb.named_pipe", "smb.named_pipe"},
    {"smb.share", "smb.share"},
    {"ldap.request.dn", "ldap.request.dn"},
    {"ldap.responses.dn", "ldap.responses.dn"},
    {"mqtt.connect.clientid", "mqtt.connect.clientid"},
    {"mqtt.publish.topic", "mqtt.publish.topic"},
    {"mqtt.publish.message", "mqtt.publish.message"},
    {"rfb.name", "rfb.name"},
    {"snmp.community", "snmp.community"},
    {"dcerpc.stub_data", "dcerpc.stub_data"},
});

// Legacy content modifiers: they move the preceding content into this buffer.
constexpr auto kLegacyModifiers = std::to_array<Alias>({
    {"http_uri", "http.uri"},
    {"http_raw_uri", "http.uri.raw"},
    {"http_header", "http.header"},
    {"http_raw_header", "http.header.raw"},
    {"http_cookie", "http.cookie"},
    {"http_method", "http.method"},
    {"http_client_body", "http.request_body"},
    {"http_server_body", "http.response_body"},
    {"http_stat_code", "http.stat_code"},
    {"http_stat_msg", "http.stat_msg"},
    {"http_user_agent", "http.user_agent"},
    {"http_host", "http.host"},
    {"http_raw_host", "http.host.raw"},
});

// The multi-buffer keywords of Suricata's documentation that this table knows.
constexpr auto kMultiBuffers = std::to_array<std::string_view>({
    "dns.answer.name",   "dns.query.name",  "dns.query",           "file.data",
    "file.magic",        "file.name",       "http.request_header", "http.response_header",
    "http2.header_name", "krb5.cname",      "krb5.sname",          "ldap.responses.dn",
    "quic.cyu.hash",     "quic.cyu.string", "smtp.rcpt_to",        "tls.alpn",
    "tls.cert_subject",  "tls.certs",       "tls.subjectaltname",
});

using TransformName = std::pair<std::string_view, RuleTransform>;
constexpr auto kTransforms = std::to_array<TransformName>({
    {"dotprefix", RuleTransform::DotPrefix},
    {"strip_whitespace", RuleTransform::StripWhitespace},
    {"compress_whitespace", RuleTransform::CompressWhitespace},
    {"to_lowercase", RuleTransform::ToLowercase},
    {"to_uppercase", RuleTransform::ToUppercase},
    {"url_decode", RuleTransform::UrlDecode},
    {"strip_pseudo_headers", RuleTransform::StripPseudoHeaders},
    {"header_lowercase", RuleTransform::HeaderLowercase},
    {"to_md5", RuleTransform::Md5},
    {"to_sha1", RuleTransform::Sha1},
    {"to_sha256", RuleTransform::Sha256},
    {"xor", RuleTransform::Xor},
});

constexpr auto kUnsupportedTransforms = std::to_array<std::string_view>(
    {"pcrexform", "from_base64", "luaxform", "gunzip", "zlib_deflate", "domain", "tld", "casechange"});

template <typename Table>
std::string_view lookup(const Table& table, std::string_view key) {
  for (const auto& [name, value] : table)
    if (name == key) return value;
  return {};
}

}  // namespace

std::string_view ruleStickyBuffer(std::string_view keyword) { return lookup(kStickyBuffers, keyword); }

std::string_view ruleLegacyContentBuffer(std::string_view keyword) { return lookup(kLegacyModifiers, keyword); }

bool ruleMultiBuffer(std::string_view buffer) {
  for (std::string_view name : kMultiBuffers)
    if (name == buffer) return true;
  return false;
}

std::optional<RuleTransform> ruleTransformKeyword(std::string_view keyword) {
  for (const auto& [name, transform] : kTransforms)
    if (name == keyword) return transform;
  return std::nullopt;
}

bool ruleUnsupportedTransform(std::string_view keyword) {
  for (std::string_view name : kUnsupportedTransforms)
    if (name == keyword) return true;
  return false;
}

int ruleBufferFastPatternPriority(std::string_view buffer) {
  if (buffer == "pkt_data" || buffer == "http.method" || buffer == "http.stat_code" || buffer == "http.stat_msg")
    return 3;
  return 2;
}

}  // namespace tapwatch

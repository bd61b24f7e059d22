#include "detect/rule_buffers.h"

#include <array>
#include <string>

namespace tapwatch {
namespace {

struct BufferRow {
  std::string_view buffer;
  Field to_server;  // also the field when the rule sets no direction
  Field to_client;  // the same as to_server for one-sided buffers
};

// Request-side names that Suricata also applies to responses (by direction).
constexpr std::array<BufferRow, 47> kBuffers{{
    {"pkt_data", Field::Payload, Field::Payload},
    {"http.uri", Field::HttpUri, Field::HttpUri},
    {"http.uri.raw", Field::HttpUriRaw, Field::HttpUriRaw},
    {"http.method", Field::HttpMethod, Field::HttpMethod},
    {"http.host", Field::HttpHost, Field::HttpHost},
    {"http.user_agent", Field::HttpUserAgent, Field::HttpUserAgent},
    {"http.header", Field::HttpRequestHeaders, Field::HttpResponseHeaders},
    {"http.header_names", Field::HttpHeaderNames, Field::HttpResponseHeaderNames},
    {"http.cookie", Field::HttpCookie, Field::HttpSetCookie},
    {"http.content_type", Field::HttpContentType, Field::HttpResponseContentType},
    {"http.content_len", Field::HttpContentLen, Field::HttpResponseContentLen},
    {"http.request_body", Field::HttpRequestBody, Field::HttpRequestBody},
    {"http.client_body", Field::HttpRequestBody, Field::HttpRequestBody},
    {"http.response_body", Field::HttpResponseBody, Field::HttpResponseBody},
    {"http.server_body", Field::HttpResponseBody, Field::HttpResponseBody},
    {"http.referer", Field::HttpReferer, Field::HttpReferer},
    {"http.protocol", Field::HttpProtocol, Field::HttpProtocol},
    {"http.request_line", Field::HttpRequestLine, Field::HttpRequestLine},
    {"http.accept", Field::HttpAccept, Field::HttpAccept},
    {"http.accept_lang", Field::HttpAcceptLang, Field::HttpAcceptLang},
    {"http.accept_enc", Field::HttpAcceptEnc, Field::HttpAcceptEnc},
    {"http.connection", Field::HttpConnection, Field::HttpConnection},
    {"http.stat_code", Field::HttpStatCode, Field::HttpStatCode},
    {"http.stat_msg", Field::HttpStatMsg, Field::HttpStatMsg},
    {"http.response_line", Field::HttpResponseLine, Field::HttpResponseLine},
    {"http.server", Field::HttpServer, Field::HttpServer},
    {"http.location", Field::HttpLocation, Field::HttpLocation},
    {"http.start", Field::HttpRequestStart, Field::HttpResponseStart},
    {"dns.query", Field::DnsQuery, Field::DnsQuery},
    {"tls.sni", Field::TlsSni, Field::TlsSni},
    {"tls.cert_subject", Field::TlsCertSubject, Field::TlsCertSubject},
    {"tls.cert_issuer", Field::TlsCertIssuer, Field::TlsCertIssuer},
    {"tls.cert_serial", Field::TlsCertSerial, Field::TlsCertSerial},
    {"tls.cert_fingerprint", Field::TlsCertFingerprint, Field::TlsCertFingerprint},
    {"tls.subjectaltname", Field::TlsCertSan, Field::TlsCertSan},
    {"tls.certs", Field::TlsCerts, Field::TlsCerts},
    {"tls.alpn", Field::TlsAlpn, Field::TlsAlpn},
    {"ja3.hash", Field::TlsJa3, Field::TlsJa3},
    {"ja3.string", Field::TlsJa3String, Field::TlsJa3String},
    {"ja3s.hash", Field::TlsJa3s, Field::TlsJa3s},
    {"ja4.hash", Field::TlsJa4, Field::TlsJa4},
    {"quic.sni", Field::QuicSni, Field::QuicSni},
    {"quic.ua", Field::QuicUa, Field::QuicUa},
    {"smtp.mail_from", Field::SmtpMailFrom, Field::SmtpMailFrom},
    {"smtp.rcpt_to", Field::SmtpRcptTo, Field::SmtpRcptTo},
    {"email.subject", Field::SmtpSubject, Field::SmtpSubject},
    {"email.url", Field::SmtpUrl, Field::SmtpUrl},
}};

}  // namespace

Result<std::vector<Field>> fieldsForBuffer(std::string_view buffer, RuleSide side, std::string_view app) {
  if (buffer == "file.data") {
    if (app == "smtp") return std::vector<Field>{Field::SmtpBody, Field::SmtpAttachment};
    // Suricata's file.data without a direction is the response body (its
    // historic meaning, and what ET's to_client file_data rules rely on).
    return std::vector<Field>{side == RuleSide::ToServer ? Field::HttpRequestBody : Field::HttpResponseBody};
  }
  for (const BufferRow& row : kBuffers)
    if (row.buffer == buffer) return std::vector<Field>{side == RuleSide::ToClient ? row.to_client : row.to_server};
  return makeError(std::string("buffer '").append(buffer) + "' has no Tapwatch field");
}

}  // namespace tapwatch

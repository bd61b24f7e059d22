#include "common/field.h"

namespace tapwatch {
namespace {
// Order must follow enum Field; checked by the static_assert below.
constexpr std::array<FieldInfo, kFieldCount> kFields{{
    {Field::Payload, "stream", Scope::Flow, Direction::ToServer, true, true},
    {Field::HttpMethod, "http.method", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpUri, "http.uri", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpHost, "http.host", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpUserAgent, "http.user_agent", Scope::HttpTransaction, Direction::ToServer, false, false},
    // Suricata's http.header: "Name: value\r\n" per header, Cookie (Set-Cookie) left out.
    {Field::HttpRequestHeaders, "http.request_headers", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpRequestBody, "http.request_body", Scope::HttpTransaction, Direction::ToServer, true, true},
    {Field::HttpResponseHeaders, "http.response_headers", Scope::HttpTransaction, Direction::ToClient, false, false},
    {Field::HttpResponseBody, "http.response_body", Scope::HttpTransaction, Direction::ToClient, true, true},
    {Field::SmtpMailFrom, "smtp.mail_from", Scope::SmtpMessage, Direction::ToServer, false, false},
    {Field::SmtpRcptTo, "smtp.rcpt_to", Scope::SmtpMessage, Direction::ToServer, false, false},
    {Field::SmtpHeaders, "smtp.headers", Scope::SmtpMessage, Direction::ToServer, false, false},
    // Arrives whole but is scanned in streaming mode on purpose: mail
    // signatures name subject and body together, so both fields get the same
    // expressions and share one compiled database (a second, block-mode copy
    // made the shipped packs' cold compile twice as long). Costs one pooled
    // stream reset per message.
    {Field::SmtpSubject, "smtp.subject", Scope::SmtpMessage, Direction::ToServer, false, true},
    {Field::SmtpBody, "smtp.body", Scope::SmtpMessage, Direction::ToServer, true, true},
    {Field::DnsQuery, "dns.query", Scope::DnsQuery, Direction::ToServer, false, false},
    {Field::TlsSni, "tls.sni", Scope::TlsHandshake, Direction::ToServer, false, false},
    // Decoded bytes of non-text MIME parts (attachments), all of one message's
    // attachments as one stream value, like smtp.body for text parts.
    {Field::SmtpAttachment, "smtp.attachment", Scope::SmtpMessage, Direction::ToServer, true, true},
    // Values from a DNS response's answer records: owner names, addresses
    // (dotted / colon form), target names, TXT strings; one value per call.
    {Field::DnsAnswer, "dns.answer", Scope::DnsQuery, Direction::ToClient, false, false},
    // The HTTP buffers below hold what Suricata's sticky buffers of the same
    // names hold (signatures/README.md has an example of each): header
    // values merged over repeated headers with ", ", trimmed; a missing or
    // empty header gives no value.
    // http.uri.raw: the request target as sent (http.uri is its normalised path).
    {Field::HttpUriRaw, "http.uri.raw", Scope::HttpTransaction, Direction::ToServer, false, false},
    // "HTTP/1.1" as written in the request line.
    {Field::HttpProtocol, "http.protocol", Scope::HttpTransaction, Direction::ToServer, false, false},
    // The request line without its line end.
    {Field::HttpRequestLine, "http.request_line", Scope::HttpTransaction, Direction::ToServer, false, false},
    // "\r\nHost\r\nUser-Agent\r\n\r\n": each distinct name once, in first-sent order.
    {Field::HttpHeaderNames, "http.header_names", Scope::HttpTransaction, Direction::ToServer, false, false},
    // Request header values (the Cookie value is not in http.request_headers, as in Suricata).
    {Field::HttpCookie, "http.cookie", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpReferer, "http.referer", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpContentType, "http.content_type", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpContentLen, "http.content_len", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpAccept, "http.accept", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpAcceptLang, "http.accept_lang", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpAcceptEnc, "http.accept_enc", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpConnection, "http.connection", Scope::HttpTransaction, Direction::ToServer, false, false},
    // The status code as sent ("200"), the reason phrase, the status line without its line end.
    {Field::HttpStatCode, "http.stat_code", Scope::HttpTransaction, Direction::ToClient, false, false},
    {Field::HttpStatMsg, "http.stat_msg", Scope::HttpTransaction, Direction::ToClient, false, false},
    {Field::HttpResponseLine, "http.response_line", Scope::HttpTransaction, Direction::ToClient, false, false},
    // As http.header_names, for the response.
    {Field::HttpResponseHeaderNames, "http.response_header_names", Scope::HttpTransaction, Direction::ToClient, false,
     false},
    // Response header values (Set-Cookie is not in http.response_headers, as in Suricata).
    {Field::HttpSetCookie, "http.set_cookie", Scope::HttpTransaction, Direction::ToClient, false, false},
    {Field::HttpResponseContentType, "http.response_content_type", Scope::HttpTransaction, Direction::ToClient, false,
     false},
    {Field::HttpResponseContentLen, "http.response_content_len", Scope::HttpTransaction, Direction::ToClient, false,
     false},
    {Field::HttpServer, "http.server", Scope::HttpTransaction, Direction::ToClient, false, false},
    {Field::HttpLocation, "http.location", Scope::HttpTransaction, Direction::ToClient, false, false},
    {Field::TlsVersion, "tls.version", Scope::TlsHandshake, Direction::ToClient, false, false},
    {Field::TlsAlpn, "tls.alpn", Scope::TlsHandshake, Direction::ToServer, false, false},
    {Field::TlsJa3, "tls.ja3", Scope::TlsHandshake, Direction::ToServer, false, false},
    {Field::TlsJa3s, "tls.ja3s", Scope::TlsHandshake, Direction::ToClient, false, false},
    {Field::TlsJa4, "tls.ja4", Scope::TlsHandshake, Direction::ToServer, false, false},
    {Field::TlsCertSubject, "tls.cert_subject", Scope::TlsHandshake, Direction::ToClient, false, false},
    {Field::TlsCertIssuer, "tls.cert_issuer", Scope::TlsHandshake, Direction::ToClient, false, false},
    {Field::TlsCertSan, "tls.cert_san", Scope::TlsHandshake, Direction::ToClient, false, false},
    {Field::TlsCertSerial, "tls.cert_serial", Scope::TlsHandshake, Direction::ToClient, false, false},
    {Field::TlsCertFingerprint, "tls.cert_fingerprint", Scope::TlsHandshake, Direction::ToClient, false, false},
    // QUIC carries a TLS handshake: its fields share the handshake scope.
    {Field::QuicSni, "quic.sni", Scope::TlsHandshake, Direction::ToServer, false, false},
    {Field::QuicUa, "quic.ua", Scope::TlsHandshake, Direction::ToServer, false, false},
    // One URL per value, as found in a text or HTML part after decoding.
    {Field::SmtpUrl, "smtp.url", Scope::SmtpMessage, Direction::ToServer, false, false},
    // The flow's addresses as text (dotted / colon form), once per flow.
    {Field::IpSrc, "ip.src", Scope::Flow, Direction::ToServer, false, false},
    {Field::IpDst, "ip.dst", Scope::Flow, Direction::ToServer, false, false},
    // The bodies as a reader sees them (protocols/html_text.h): every text
    // part of a mail, and textual HTTP bodies, with HTML rendered to text and
    // zero-width characters dropped. Media bodies (image/audio/video/font,
    // octet-stream, archives) have no text value.
    {Field::SmtpBodyText, "smtp.body_text", Scope::SmtpMessage, Direction::ToServer, true, true},
    {Field::HttpRequestBodyText, "http.request_body_text", Scope::HttpTransaction, Direction::ToServer, true, true},
    {Field::HttpResponseBodyText, "http.response_body_text", Scope::HttpTransaction, Direction::ToClient, true, true},
    // Suricata's http.start: the start line + CRLF, then "Name: value" + CRLF per header name (repeats merged
    // with ", ", Cookie / Set-Cookie included), then a closing CRLF when there is any header.
    {Field::HttpRequestStart, "http.request_start", Scope::HttpTransaction, Direction::ToServer, false, false},
    {Field::HttpResponseStart, "http.response_start", Scope::HttpTransaction, Direction::ToClient, false, false},
    // The ClientHello's JA3 text ("771,4865-4866,0-23,29-23,0"), GREASE values left out as in the hash.
    {Field::TlsJa3String, "tls.ja3_string", Scope::TlsHandshake, Direction::ToServer, false, false},
    // One value per certificate in the server's Certificate message, the DER as sent, leaf first.
    {Field::TlsCerts, "tls.certs", Scope::TlsHandshake, Direction::ToClient, false, false},
    // The sender's own lines of a mail's text parts and of a webmail submission, and a page's own words
    // (protocols/own_text.h).
    {Field::SmtpBodyOwnText, "smtp.body_own_text", Scope::SmtpMessage, Direction::ToServer, true, true},
    {Field::HttpRequestBodyOwnText, "http.request_body_own_text", Scope::HttpTransaction, Direction::ToServer, true,
     true},
    {Field::HttpResponseBodyOwnText, "http.response_body_own_text", Scope::HttpTransaction, Direction::ToClient, true,
     true},
}};

constexpr bool fieldsInEnumOrder() {
  for (size_t i = 0; i < kFields.size(); ++i)
    if (static_cast<size_t>(kFields[i].field) != i) return false;
  return true;
}
static_assert(fieldsInEnumOrder(), "kFields must list fields in enum order");
}  // namespace

const std::array<FieldInfo, kFieldCount>& allFields() { return kFields; }
const FieldInfo& fieldInfo(Field field) { return kFields[static_cast<size_t>(field)]; }

std::optional<Field> fieldFromName(std::string_view name) {
  for (const auto& info : kFields)
    if (info.name == name) return info.field;
  return std::nullopt;
}

std::string_view scopeName(Scope scope) {
  switch (scope) {
    case Scope::Flow: return "flow";
    case Scope::HttpTransaction: return "http transaction";
    case Scope::SmtpMessage: return "smtp message";
    case Scope::DnsQuery: return "dns query";
    case Scope::TlsHandshake: return "tls handshake";
  }
  return "?";
}

}  // namespace tapwatch

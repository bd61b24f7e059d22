#pragma once
// The inspection buffers a signature can name in `fields:`.
// Shared by the protocol parsers (which produce them) and the detector (which
// scans them), so it lives in common/.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "common/direction.h"

namespace tapwatch {

enum class Field : uint8_t {
  // Signatures call it `stream`: the reassembled TCP payload of one direction,
  // or one UDP datagram. Not to be confused with a Hyperscan stream (hs_streaming).
  Payload,
  HttpMethod,
  HttpUri,
  HttpHost,
  HttpUserAgent,
  HttpRequestHeaders,
  HttpRequestBody,
  HttpResponseHeaders,
  HttpResponseBody,
  SmtpMailFrom,
  SmtpRcptTo,
  SmtpHeaders,
  SmtpSubject,
  SmtpBody,
  DnsQuery,
  TlsSni,
  SmtpAttachment,
  DnsAnswer,
  // Request-side HTTP buffers (Suricata's sticky buffers of the same names).
  HttpUriRaw,
  HttpProtocol,
  HttpRequestLine,
  HttpHeaderNames,
  HttpCookie,
  HttpReferer,
  HttpContentType,
  HttpContentLen,
  HttpAccept,
  HttpAcceptLang,
  HttpAcceptEnc,
  HttpConnection,
  // Response-side HTTP buffers (Suricata names them by the rule's direction).
  HttpStatCode,
  HttpStatMsg,
  HttpResponseLine,
  HttpResponseHeaderNames,
  HttpSetCookie,
  HttpResponseContentType,
  HttpResponseContentLen,
  HttpServer,
  HttpLocation,
  // TLS handshake.
  TlsVersion,
  TlsAlpn,
  TlsJa3,
  TlsJa3s,
  TlsJa4,
  TlsCertSubject,
  TlsCertIssuer,
  TlsCertSan,
  TlsCertSerial,
  TlsCertFingerprint,
  // QUIC: the TLS ClientHello inside the Initial packets.
  QuicSni,
  QuicUa,
  // Links in mail bodies.
  SmtpUrl,
  // A flow's addresses, for `kind: ip` lists.
  IpSrc,
  IpDst,
  // What a reader sees of a body (protocols/html_text.h): HTML rendered to
  // text (entities decoded, tags dropped), zero-width characters dropped,
  // whitespace collapsed. The raw fields above stay as sent.
  SmtpBodyText,
  HttpRequestBodyText,
  HttpResponseBodyText,
  // Suricata's http.start, per direction: the start line and the headers.
  HttpRequestStart,
  HttpResponseStart,
  // The JA3 text the JA3 hash is taken of (Suricata's ja3.string).
  TlsJa3String,
  // Each certificate of the server's chain, raw DER (Suricata's tls.certs).
  TlsCerts,
  // The lines of smtp.body_text / http.request_body_text that the sender wrote
  // (protocols/own_text.h): '>'-quoted lines of other people's mail,
  // attribution lines, quoted header lines and trailers dropped; mail also
  // drops the signature and list footer. What the scam packs score.
  SmtpBodyOwnText,
  HttpRequestBodyOwnText,
  // A page's own words (OwnText's Page mode): http.response_body_text without
  // the passages it quotes (<blockquote>, a lure quoted under the page's own
  // "...:", a forwarded chat), so a warning that quotes a scam is not scored
  // as the scam.
  HttpResponseBodyOwnText,
  Count
};
constexpr size_t kFieldCount = static_cast<size_t>(Field::Count);

// The scope a field's condition is evaluated over: a signature alerts at most
// once per scope, and `not` terms are decided when the scope ends.
enum class Scope : uint8_t { Flow, HttpTransaction, SmtpMessage, DnsQuery, TlsHandshake };

struct FieldInfo {
  Field field;
  std::string_view name;  // as written in signatures and metrics, e.g. "http.uri"
  Scope scope;
  // Which way the field's bytes travelled. `stream` carries both (its
  // channel is the direction); ip.src/ip.dst are the flow's, given ToServer.
  Direction direction;
  bool piecewise;     // the value arrives in pieces (InspectionSink contract); else whole, in one call
  bool hs_streaming;  // scanned in Hyperscan streaming mode: every piecewise field, and smtp.subject (field.cc)
};

const std::array<FieldInfo, kFieldCount>& allFields();
const FieldInfo& fieldInfo(Field field);
inline std::string_view fieldName(Field field) { return fieldInfo(field).name; }
std::optional<Field> fieldFromName(std::string_view name);
std::string_view scopeName(Scope scope);

}  // namespace tapwatch

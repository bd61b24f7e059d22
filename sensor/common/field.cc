#include "common/field.h"

namespace tapwatch {
namespace {
// Order must follow enum Field; checked by the static_assert below.
constexpr std::array<FieldInfo, kFieldCount> kFields{{
    {Field::Payload, "stream", Scope::Flow, true, true},
    {Field::HttpMethod, "http.method", Scope::HttpTransaction, false, false},
    {Field::HttpUri, "http.uri", Scope::HttpTransaction, false, false},
    {Field::HttpHost, "http.host", Scope::HttpTransaction, false, false},
    {Field::HttpUserAgent, "http.user_agent", Scope::HttpTransaction, false, false},
    {Field::HttpRequestHeaders, "http.request_headers", Scope::HttpTransaction, false, false},
    {Field::HttpRequestBody, "http.request_body", Scope::HttpTransaction, true, true},
    {Field::HttpResponseHeaders, "http.response_headers", Scope::HttpTransaction, false, false},
    {Field::HttpResponseBody, "http.response_body", Scope::HttpTransaction, true, true},
    {Field::SmtpMailFrom, "smtp.mail_from", Scope::SmtpMessage, false, false},
    {Field::SmtpRcptTo, "smtp.rcpt_to", Scope::SmtpMessage, false, false},
    {Field::SmtpHeaders, "smtp.headers", Scope::SmtpMessage, false, false},
    // Arrives whole but is scanned in streaming mode on purpose: mail
    // signatures name subject and body together, so both fields get the same
    // expressions and share one compiled database (a second, block-mode copy
    // made the shipped packs' cold compile twice as long). Costs one pooled
    // stream reset per message.
    {Field::SmtpSubject, "smtp.subject", Scope::SmtpMessage, false, true},
    {Field::SmtpBody, "smtp.body", Scope::SmtpMessage, true, true},
    {Field::DnsQuery, "dns.query", Scope::DnsQuery, false, false},
    {Field::TlsSni, "tls.sni", Scope::TlsHandshake, false, false},
    // Decoded bytes of non-text MIME parts (attachments), all of one message's
    // attachments as one stream value, like smtp.body for text parts.
    {Field::SmtpAttachment, "smtp.attachment", Scope::SmtpMessage, true, true},
    // Values from a DNS response's answer records: owner names, addresses
    // (dotted / colon form), target names, TXT strings; one value per call.
    {Field::DnsAnswer, "dns.answer", Scope::DnsQuery, false, false},
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

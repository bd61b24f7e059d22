// SMTP sessions (banner, EHLO, MAIL/RCPT/DATA, QUIT) carrying MIME mail:
// single-part or multipart/alternative, bodies in base64, quoted-printable or
// 8bit, some with base64 attachments, RFC 2047 subjects for non-ASCII text.
// Scam flows carry one English or Russian sextortion mail with a bitcoin address.
#include <cstdio>

#include "corpus.h"
#include "encoders.h"
#include "flow_script.h"

namespace tapwatch::gen {
namespace {

enum class BodyEncoding : uint8_t { Base64, QuotedPrintable, EightBit };

std::string_view encodingName(BodyEncoding e) {
  switch (e) {
    case BodyEncoding::Base64: return "base64";
    case BodyEncoding::QuotedPrintable: return "quoted-printable";
    case BodyEncoding::EightBit: return "8bit";
  }
  return "?";
}

std::string encodeBody(std::string_view text, BodyEncoding e) {
  switch (e) {
    case BodyEncoding::Base64: return base64Mime(text);
    case BodyEncoding::QuotedPrintable: return quotedPrintable(text);
    case BodyEncoding::EightBit: return std::string(text);
  }
  return std::string(text);
}

bool isAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string encodedSubject(std::string_view subject) {
  if (isAscii(subject)) return std::string(subject);
  return "=?UTF-8?B?" + base64(subject) + "?=";
}

// SMTP transparency (RFC 5321 4.5.2): a line starting with '.' gets another.
std::string dotStuff(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  bool line_start = true;
  for (char c : text) {
    if (line_start && c == '.') out.push_back('.');
    out.push_back(c);
    line_start = c == '\n';
  }
  return out;
}

std::string htmlFromText(std::string_view text) {
  std::string html = "<html><body><p>";
  for (char c : text) {
    if (c == '\n') html += "<br>\r\n";
    else if (c != '\r') html.push_back(c);
  }
  return html + "</p></body></html>\r\n";
}

std::string part(std::string_view type, std::string_view text, BodyEncoding e) {
  return "Content-Type: " + std::string(type) +
         "; charset=\"utf-8\"\r\nContent-Transfer-Encoding: " + std::string(encodingName(e)) + "\r\n\r\n" +
         encodeBody(text, e) + "\r\n";
}

std::string mimeMessage(Prng& rng, const MailText& mail, const std::string& from, const std::string& to, BodyEncoding e,
                        std::string& layout) {
  char boundary[48];
  std::snprintf(boundary, sizeof boundary, "----=_Part_%llu", static_cast<unsigned long long>(rng.below(1ULL << 40)));
  std::string msg = "From: <" + from + ">\r\nTo: <" + to + ">\r\nSubject: " + encodedSubject(mail.subject) +
                    "\r\nDate: Mon, 01 Jan 2024 12:00:00 +0000\r\nMessage-ID: <" + std::to_string(rng.next()) +
                    "@mail.example.net>\r\nMIME-Version: 1.0\r\n";
  const bool attachment = rng.chance(0.15);
  const bool alternative = rng.chance(0.4);
  if (!attachment && !alternative) {
    layout = "single";
    return msg + part("text/plain", mail.body, e);
  }
  layout = alternative ? "multipart/alternative" : "multipart/mixed";
  msg += "Content-Type: " + layout + "; boundary=\"" + boundary +
         "\"\r\n\r\nThis is a multi-part message in MIME format.\r\n";
  msg += "--" + std::string(boundary) + "\r\n" + part("text/plain", mail.body, e);
  if (alternative) msg += "--" + std::string(boundary) + "\r\n" + part("text/html", htmlFromText(mail.body), e);
  if (attachment) {
    std::string blob(rng.logUniform(4000, 300000), '\0');
    rng.fill(reinterpret_cast<uint8_t*>(blob.data()), blob.size());
    msg += "--" + std::string(boundary) +
           "\r\nContent-Type: application/pdf; name=\"document.pdf\"\r\nContent-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"document.pdf\"\r\n\r\n" +
           base64Mime(blob);
  }
  return msg + "--" + std::string(boundary) + "--\r\n";
}

Message say(bool to_server, std::string text) { return Message{to_server, std::move(text), 0, FillerKind::Random}; }

}  // namespace

FlowScript smtpScript(Prng& rng, ScamKind scam) {
  FlowScript s;
  s.kind = FlowKind::Smtp;
  s.scam = scam;
  s.server_port = rng.chance(0.9) ? 25 : 2525;
  s.messages.push_back(say(false, "220 mx.example.net ESMTP Postfix (Debian/GNU)\r\n"));
  s.messages.push_back(say(true, "EHLO client" + std::to_string(rng.below(1000)) + ".example.com\r\n"));
  s.messages.push_back(say(false, "250-mx.example.net\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-8BITMIME\r\n"
                                  "250-SMTPUTF8\r\n250 CHUNKING\r\n"));
  const size_t mails = rng.chance(0.8) ? 1 : rng.range(2, 3);
  const size_t scam_at = scam != ScamKind::None ? rng.below(mails) : mails;
  for (size_t i = 0; i < mails; ++i) {
    const std::string from = personName(rng) + "@example.org";
    const std::string to = personName(rng) + "@example.net";
    MailText mail;
    BodyEncoding e;
    if (i == scam_at) {
      s.btc = bitcoinAddress(rng);
      mail = scam == ScamKind::SextortionRu ? sextortionMailRussian(rng, s.btc) : sextortionMailEnglish(rng, s.btc);
      const uint64_t r = rng.below(100);
      e = r < 50 ? BodyEncoding::Base64 : r < 85 ? BodyEncoding::QuotedPrintable : BodyEncoding::EightBit;
    } else {
      mail = benignMail(rng);
      e = static_cast<BodyEncoding>(rng.below(3));
    }
    std::string layout;
    const std::string message = mimeMessage(rng, mail, from, to, e, layout);
    if (i == scam_at) s.encoding = "smtp " + layout + " " + std::string(encodingName(e));
    s.messages.push_back(say(true, "MAIL FROM:<" + from + ">\r\n"));
    s.messages.push_back(say(false, "250 2.1.0 Ok\r\n"));
    s.messages.push_back(say(true, "RCPT TO:<" + to + ">\r\n"));
    s.messages.push_back(say(false, "250 2.1.5 Ok\r\n"));
    s.messages.push_back(say(true, "DATA\r\n"));
    s.messages.push_back(say(false, "354 End data with <CR><LF>.<CR><LF>\r\n"));
    s.messages.push_back(say(true, dotStuff(message) + ".\r\n"));
    s.messages.push_back(say(false, "250 2.0.0 Ok: queued as " + std::to_string(rng.below(1ULL << 32)) + "\r\n"));
  }
  s.messages.push_back(say(true, "QUIT\r\n"));
  s.messages.push_back(say(false, "221 2.0.0 Bye\r\n"));
  return s;
}

}  // namespace tapwatch::gen

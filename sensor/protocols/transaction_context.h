#pragma once
// TransactionContext: what a parser knows about the scope it is delivering
// (HTTP transaction, SMTP message, DNS query, TLS handshake), in neutral form.
// Parsers own and update it; the engine copies it into an Alert when a
// signature fires in that scope, and the output side renders it. Protocols
// never see output types. Worker thread only.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tapwatch {

struct FileInfo {
  std::string filename;      // Content-Disposition filename / Content-Type name, decoded
  std::string content_type;  // e.g. "application/zip" (no parameters)
  uint64_t size = 0;         // decoded bytes seen
  std::array<uint8_t, 32> sha256{};
  bool sha256_valid = false;  // false when the part was cut at a cap
  bool truncated = false;     // cut at a cap (EVE state TRUNCATED)
};
struct DnsAnswer {
  std::string rrname, rrtype, rdata;
  uint32_t ttl = 0;
};
struct HttpHeader {
  std::string name, value;
};

// Empty strings (and status 0) mean "not known"; outputs omit them.
struct TransactionContext {
  std::string app_proto;  // "http", "smtp", "dns", "tls", or "" (unknown)
  std::string http_hostname, http_url, http_method, http_user_agent;
  int http_status = 0;
  std::string http_protocol;                                            // "HTTP/1.1" as sent in the request line
  std::string http_content_type;                                        // response Content-Type value
  std::string http_referer;                                             // request Referer
  uint64_t http_response_length = 0;                                    // response body bytes inspected (decoded)
  std::vector<HttpHeader> http_request_headers, http_response_headers;  // only if limits.keep_http_headers
  std::string smtp_mail_from;
  std::vector<std::string> smtp_rcpt_to;
  std::string email_subject;
  std::string smtp_helo;
  std::string email_from;                       // header From
  std::vector<std::string> email_to, email_cc;  // header To / Cc addresses
  std::vector<FileInfo> files;                  // SMTP attachments (non-text MIME parts)
  std::vector<std::string> email_urls;          // links in the text parts (smtp.url), de-duplicated, capped
  std::string dns_rrname;
  std::string dns_rrtype;  // question type, e.g. "A"
  std::string dns_rcode;   // "NOERROR", "NXDOMAIN", ... ("" for a query)
  uint16_t dns_id = 0;
  std::vector<DnsAnswer> dns_answers;
  std::string tls_sni;
};

}  // namespace tapwatch

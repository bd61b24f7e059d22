#pragma once
// TransactionContext: what a parser knows about the scope it is delivering
// (HTTP transaction, SMTP message, DNS query, TLS handshake), in neutral form.
// Parsers own and update it; the engine copies it into an Alert when a
// signature fires in that scope, and the output side renders it. Protocols
// never see output types. Worker thread only.
#include <cstdint>
#include <string>
#include <vector>

namespace tapwatch {

struct HttpHeader {
  std::string name, value;
};  // H1

// Empty strings (and status 0) mean "not known"; outputs omit them.
struct TransactionContext {
  std::string app_proto;  // "http", "smtp", "dns", "tls", or "" (unknown)
  std::string http_hostname, http_url, http_method, http_user_agent;
  int http_status = 0;
  std::string http_protocol;          // "HTTP/1.1" as sent in the request line        (H1)
  std::string http_content_type;      // response Content-Type value                   (H1)
  std::string http_referer;           // request Referer                               (H1)
  uint64_t http_response_length = 0;  // response body bytes inspected (decoded)       (H1)
  std::vector<HttpHeader> http_request_headers, http_response_headers;  // only if limits.keep_http_headers (H1)
  std::string smtp_mail_from;
  std::vector<std::string> smtp_rcpt_to;
  std::string email_subject;
  std::string dns_rrname;
  std::string tls_sni;
};

}  // namespace tapwatch

#pragma once
// TransactionContext: what a parser knows about the scope it is delivering
// (HTTP transaction, SMTP message, DNS query, TLS handshake), in neutral form.
// Parsers own and update it; the engine copies it into an Alert when a
// signature fires in that scope, and the output side renders it. Protocols
// never see output types. Worker thread only.
#include <string>
#include <vector>

namespace tapwatch {

// Empty strings (and status 0) mean "not known"; outputs omit them.
struct TransactionContext {
  std::string app_proto;  // "http", "smtp", "dns", "tls", or "" (unknown)
  std::string http_hostname, http_url, http_method, http_user_agent;
  int http_status = 0;
  std::string smtp_mail_from;
  std::vector<std::string> smtp_rcpt_to;
  std::string email_subject;
  std::string dns_rrname;
  std::string tls_sni;
};

}  // namespace tapwatch

#pragma once
// TLS for /metrics (outputs.prometheus.tls): the server context, loaded from
// a PEM certificate (chain) and its private key. TLS 1.2 and newer only; the
// key must match the certificate. Errors name the config key to fix
// (outputs.prometheus.tls.cert_file or key_file), so `config check` and the
// daemon's start-up report the same thing.
#include <memory>
#include <string>

#include "common/result.h"

namespace boost::asio::ssl {
class context;
}  // namespace boost::asio::ssl

namespace tapwatch {

// `key_file` empty: the key is in `cert_file` (one PEM with both).
Result<std::shared_ptr<boost::asio::ssl::context>> loadMetricsTlsContext(const std::string& cert_file,
                                                                         const std::string& key_file);

// The same checks, for `config check`: readable, PEM, key matches certificate.
Status checkMetricsTlsFiles(const std::string& cert_file, const std::string& key_file);

}  // namespace tapwatch

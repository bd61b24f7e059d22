#include "stats/metrics_tls.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <unistd.h>

#include <boost/asio/ssl/context.hpp>
#include <cerrno>
#include <cstring>

namespace tapwatch {
namespace {

namespace ssl = boost::asio::ssl;

constexpr const char* kCertKey = "outputs.prometheus.tls.cert_file";
constexpr const char* kKeyKey = "outputs.prometheus.tls.key_file";

// OpenSSL's reason ("no start line", "key values mismatch"), not asio's category prefix.
std::string why(const boost::system::error_code& ec) {
  if (ec.category() == boost::asio::error::get_ssl_category()) {
    const char* reason = ERR_reason_error_string(static_cast<unsigned long>(ec.value()));
    if (reason != nullptr) return reason;
  }
  return ec.message();
}

Status readable(const std::string& path, const char* key) {
  if (::access(path.c_str(), R_OK) == 0) return Ok{};
  return makeError(std::string("cannot read ") + path + ": " + std::strerror(errno), {key});
}

}  // namespace

Result<std::shared_ptr<ssl::context>> loadMetricsTlsContext(const std::string& cert_file, const std::string& key_file) {
  const std::string& key_path = key_file.empty() ? cert_file : key_file;
  const char* key_name = key_file.empty() ? kCertKey : kKeyKey;
  if (cert_file.empty()) return makeError("is empty; HTTPS needs a PEM certificate", {kCertKey});
  if (auto s = readable(cert_file, kCertKey); !s) return s.error();
  if (auto s = readable(key_path, key_name); !s) return s.error();
  auto ctx = std::make_shared<ssl::context>(ssl::context::tls_server);
  boost::system::error_code ec;
  // TLS 1.2 is the floor: older versions are off both by option and by minimum.
  ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                       ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use,
                   ec);
  if (ec || SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION) != 1)
    return makeError("cannot restrict TLS to version 1.2 and newer", {kCertKey});
  ctx->use_certificate_chain_file(cert_file, ec);
  if (ec)
    return makeError("cannot load the certificate from " + cert_file + ": " + why(ec) + " (expected PEM)", {kCertKey});
  ctx->use_private_key_file(key_path, ssl::context::pem, ec);
  const auto code = static_cast<unsigned long>(ec.value());
  const bool mismatch = ec && ec.category() == boost::asio::error::get_ssl_category() &&
                        ERR_GET_LIB(code) == ERR_LIB_X509 && ERR_GET_REASON(code) == X509_R_KEY_VALUES_MISMATCH;
  if (ec && !mismatch) {
    return makeError("cannot load the private key from " + key_path + ": " + why(ec) +
                         " (expected an unencrypted PEM key that matches " + cert_file + ")",
                     {key_name});
  }
  if (mismatch || SSL_CTX_check_private_key(ctx->native_handle()) != 1) {
    ERR_clear_error();
    return makeError("the private key in " + key_path + " does not match the certificate in " + cert_file, {key_name});
  }
  return ctx;
}

Status checkMetricsTlsFiles(const std::string& cert_file, const std::string& key_file) {
  auto ctx = loadMetricsTlsContext(cert_file, key_file);
  if (!ctx) return ctx.error();
  return Ok{};
}

}  // namespace tapwatch

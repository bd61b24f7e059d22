#pragma once
// MetricsServer: the Prometheus endpoint (prometheus-cpp's text format, served
// by MetricsHttpServer). Sources are read only when /metrics is scraped, on the
// server's thread,
// so the packet path never touches a prometheus-cpp object.
// Main thread: construct, addSource, destroy. Sources must outlive the server.
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/result.h"
#include "stats/metrics_builder.h"
#include "stats/metrics_http_server.h"

namespace tapwatch {

// Why outputs.prometheus.tls is refused: the endpoint was civetweb's, and
// Debian 12's civetweb (1.15) crashed (SIGSEGV) in the first TLS handshake
// against OpenSSL 3. MetricsHttpServer, which replaced it, speaks plain HTTP
// only; TLS there (Asio + OpenSSL) is future work, so a certificate is still
// refused rather than silently ignored.
inline constexpr const char* kMetricsTlsUnavailable =
    "HTTPS for /metrics is not available in this build (the endpoint speaks plain HTTP only); keep "
    "listen on 127.0.0.1 and put a TLS proxy in front, or use basic_auth on a trusted network";

struct MetricsServerOptions {
  std::string listen = "127.0.0.1:9917";  // host:port; port 0 picks a free one
  std::string basic_auth_user;            // empty = no authentication
  std::string basic_auth_password;
  std::string tls_cert_file;  // non-empty: refused (kMetricsTlsUnavailable)
  std::string tls_key_file;
  size_t max_connections = 64;                     // at the cap the oldest idle connection is closed
  std::chrono::milliseconds header_timeout{2000};  // a client must send its request within this
};

class MetricsServer {
 public:
  static Result<std::unique_ptr<MetricsServer>> start(const MetricsServerOptions& options);
  ~MetricsServer();

  void addSource(const MetricsSource* source);
  int port() const;  // the bound port (useful with port 0)

  // Renders all sources as the Prometheus text format (also used by tests).
  std::string renderText() const;

 private:
  class Collector;
  MetricsServer() = default;
  std::shared_ptr<Collector> collector_;
  std::unique_ptr<MetricsHttpServer> http_;
};

}  // namespace tapwatch

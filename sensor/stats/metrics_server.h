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

struct MetricsServerOptions {
  std::string listen = "127.0.0.1:9917";  // host:port; port 0 picks a free one
  std::string basic_auth_user;            // empty = no authentication
  std::string basic_auth_password;
  std::string tls_cert_file;    // non-empty: HTTPS (TLS 1.2+, Asio + OpenSSL; see metrics_http_server.h)
  std::string tls_key_file;     // empty = the key is in tls_cert_file
  size_t max_connections = 64;  // at the cap the oldest idle connection is closed
  std::chrono::milliseconds header_timeout{2000};  // a client must send its request within this
};

class MetricsServer {
 public:
  static Result<std::unique_ptr<MetricsServer>> start(const MetricsServerOptions& options);
  ~MetricsServer();

  void addSource(const MetricsSource* source);
  int port() const;  // the bound port (useful with port 0)
  // Re-reads the TLS certificate and key (SIGHUP); see MetricsHttpServer::reloadTls.
  Status reloadTls();

  // Renders all sources as the Prometheus text format (also used by tests).
  std::string renderText() const;

 private:
  class Collector;
  MetricsServer() = default;
  std::shared_ptr<Collector> collector_;
  std::unique_ptr<MetricsHttpServer> http_;
};

}  // namespace tapwatch

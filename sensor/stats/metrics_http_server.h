#pragma once
// MetricsHttpServer: a small event-driven HTTP/1.x server that answers
// GET /metrics (and HEAD) with a body rendered at scrape time.
//
// Why not prometheus-cpp's Exposer (civetweb): civetweb gives a connection a
// worker thread for as long as the client sends nothing, so two idle TCP
// connections blocked every scrape for the 30 s request timeout (issue 20).
// Here one Asio thread multiplexes every connection: an idle client costs a
// socket, never a thread. Headers must arrive within header_timeout, and at
// max_connections the oldest connection still waiting for its headers is
// closed to make room, so an honest scraper is always answered promptly.
//
// With a certificate (tls_cert_file) every connection is HTTPS, TLS 1.2 and
// newer: the handshake runs on the same thread and counts against
// header_timeout, so a client that connects and never says hello (or
// handshakes slowly) is shed exactly like one that never sends its request.
// Plain HTTP to the TLS port fails in the handshake. Basic auth is checked
// inside the TLS session as before.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "common/result.h"

namespace tapwatch {

struct MetricsHttpOptions {
  std::string listen;           // "host:port", "[v6]:port"; port 0 picks a free one
  std::string basic_auth_user;  // empty = no authentication
  std::string basic_auth_password;
  size_t max_connections = 64;
  std::chrono::milliseconds header_timeout{2000};
  std::chrono::milliseconds write_timeout{10000};
  std::string tls_cert_file;  // non-empty: HTTPS (PEM certificate chain)
  std::string tls_key_file;   // empty = the key is in tls_cert_file
};

class MetricsHttpServer {
 public:
  using Render = std::function<std::string()>;

  static Result<std::unique_ptr<MetricsHttpServer>> start(const MetricsHttpOptions& options, Render render);
  ~MetricsHttpServer();
  MetricsHttpServer(const MetricsHttpServer&) = delete;
  MetricsHttpServer& operator=(const MetricsHttpServer&) = delete;

  int port() const;
  bool tls() const;
  // Reads the certificate and key again (a renewed certificate); new
  // connections use them, connections in progress finish with the old ones.
  // On error the old ones stay. Any thread. Ok (nothing to do) without TLS.
  Status reloadTls();
  // Connections closed to make room (cap) or for sending no headers in time.
  uint64_t connectionsShed() const;

 private:
  struct Impl;
  explicit MetricsHttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Standard base64 (RFC 4648) for "Authorization: Basic"; false when the text
// is not base64. Exposed for tests.
bool decodeBase64(const std::string& in, std::string& out);

}  // namespace tapwatch

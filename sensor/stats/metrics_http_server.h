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
};

class MetricsHttpServer {
 public:
  using Render = std::function<std::string()>;

  static Result<std::unique_ptr<MetricsHttpServer>> start(const MetricsHttpOptions& options, Render render);
  ~MetricsHttpServer();
  MetricsHttpServer(const MetricsHttpServer&) = delete;
  MetricsHttpServer& operator=(const MetricsHttpServer&) = delete;

  int port() const;
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

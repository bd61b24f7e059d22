#pragma once
// MetricsServer: the Prometheus endpoint (prometheus-cpp Exposer, civetweb).
// Sources are read only when /metrics is scraped, on the Exposer's threads,
// so the packet path never touches a prometheus-cpp object.
// Main thread: construct, addSource, destroy. Sources must outlive the server.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/result.h"
#include "stats/metrics_builder.h"

namespace prometheus {
class Exposer;
}

namespace tapwatch {

struct MetricsServerOptions {
  std::string listen = "127.0.0.1:9917";  // host:port; port 0 picks a free one
  std::string basic_auth_user;            // empty = no authentication
  std::string basic_auth_password;
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
  std::unique_ptr<prometheus::Exposer> exposer_;
};

}  // namespace tapwatch

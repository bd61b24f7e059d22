#include "stats/metrics_server.h"

#include <prometheus/collectable.h>
#include <prometheus/text_serializer.h>

namespace tapwatch {

class MetricsServer::Collector final : public prometheus::Collectable {
 public:
  void add(const MetricsSource* source) {
    std::lock_guard lock(mutex_);
    sources_.push_back(source);
  }
  std::vector<prometheus::MetricFamily> Collect() const override {
    MetricsBuilder builder;
    std::lock_guard lock(mutex_);
    for (const MetricsSource* source : sources_) source->collect(builder);
    return builder.take();
  }

 private:
  mutable std::mutex mutex_;
  std::vector<const MetricsSource*> sources_;
};

Result<std::unique_ptr<MetricsServer>> MetricsServer::start(const MetricsServerOptions& options) {
  std::unique_ptr<MetricsServer> server(new MetricsServer());
  server->collector_ = std::make_shared<Collector>();
  if (!options.tls_cert_file.empty()) return makeError(kMetricsTlsUnavailable, {"outputs.prometheus.tls.cert_file"});
  MetricsHttpOptions http;
  http.listen = options.listen;
  http.basic_auth_user = options.basic_auth_user;
  http.basic_auth_password = options.basic_auth_password;
  http.max_connections = options.max_connections;
  http.header_timeout = options.header_timeout;
  const std::shared_ptr<Collector> collector = server->collector_;
  auto http_server = MetricsHttpServer::start(http, [collector] {
    return prometheus::TextSerializer().Serialize(collector->Collect());
  });
  if (!http_server) return http_server.error();
  server->http_ = std::move(http_server.value());
  return server;
}

MetricsServer::~MetricsServer() = default;

void MetricsServer::addSource(const MetricsSource* source) { collector_->add(source); }

int MetricsServer::port() const { return http_->port(); }

std::string MetricsServer::renderText() const { return prometheus::TextSerializer().Serialize(collector_->Collect()); }

}  // namespace tapwatch

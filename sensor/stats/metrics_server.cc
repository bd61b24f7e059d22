#include "stats/metrics_server.h"

#include <prometheus/collectable.h>
#include <prometheus/exposer.h>
#include <prometheus/text_serializer.h>

#include <stdexcept>

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
  try {
    // civetweb wants "host:port"; an IPv6 host is written "[::1]:9917".
    server->exposer_ = std::make_unique<prometheus::Exposer>(options.listen, 2);
  } catch (const std::exception& e) {
    return makeError(std::string("cannot listen for Prometheus scrapes: ") + e.what(),
                     {"outputs.prometheus.listen " + options.listen});
  }
  if (!options.basic_auth_user.empty()) {
    const std::string user = options.basic_auth_user, password = options.basic_auth_password;
    server->exposer_->RegisterAuth([user, password](const std::string& u,
                                                    const std::string& p) { return u == user && p == password; },
                                   "tapwatch");
  }
  server->exposer_->RegisterCollectable(server->collector_);
  return server;
}

MetricsServer::~MetricsServer() = default;

void MetricsServer::addSource(const MetricsSource* source) { collector_->add(source); }

int MetricsServer::port() const {
  const auto ports = exposer_->GetListeningPorts();
  return ports.empty() ? 0 : ports.front();
}

std::string MetricsServer::renderText() const { return prometheus::TextSerializer().Serialize(collector_->Collect()); }

}  // namespace tapwatch

#include "stats/metrics_server.h"

#include <prometheus/collectable.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <prometheus/summary.h>
#include <prometheus/text_serializer.h>

#include <chrono>

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

namespace {

// The exposer_* series prometheus-cpp's Exposer served (names, types and
// help kept, so dashboards and the metric contract do not change).
struct ScrapeStats {
  prometheus::Registry registry;
  prometheus::Counter& bytes = prometheus::BuildCounter()
                                   .Name("exposer_transferred_bytes_total")
                                   .Help("Transferred bytes to metrics services")
                                   .Register(registry)
                                   .Add({});
  prometheus::Counter& scrapes = prometheus::BuildCounter()
                                     .Name("exposer_scrapes_total")
                                     .Help("Number of times metrics were scraped")
                                     .Register(registry)
                                     .Add({});
  prometheus::Summary& latencies =
      prometheus::BuildSummary()
          .Name("exposer_request_latencies")
          .Help("Latencies of serving scrape requests, in microseconds")
          .Register(registry)
          .Add({}, prometheus::Summary::Quantiles{{0.5, 0.05}, {0.9, 0.01}, {0.99, 0.001}});

  void record(size_t body_bytes, std::chrono::steady_clock::duration took) {
    bytes.Increment(static_cast<double>(body_bytes));
    scrapes.Increment();
    latencies.Observe(static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(took).count()));
  }
};

}  // namespace

Result<std::unique_ptr<MetricsServer>> MetricsServer::start(const MetricsServerOptions& options) {
  std::unique_ptr<MetricsServer> server(new MetricsServer());
  server->collector_ = std::make_shared<Collector>();
  MetricsHttpOptions http;
  http.listen = options.listen;
  http.basic_auth_user = options.basic_auth_user;
  http.basic_auth_password = options.basic_auth_password;
  http.max_connections = options.max_connections;
  http.header_timeout = options.header_timeout;
  http.tls_cert_file = options.tls_cert_file;
  http.tls_key_file = options.tls_key_file;
  const std::shared_ptr<Collector> collector = server->collector_;
  const std::shared_ptr<ScrapeStats> scrape_stats = std::make_shared<ScrapeStats>();
  auto http_server = MetricsHttpServer::start(http, [collector, scrape_stats] {
    const auto started = std::chrono::steady_clock::now();
    std::vector<prometheus::MetricFamily> families = collector->Collect();
    for (auto& family : scrape_stats->registry.Collect()) families.push_back(std::move(family));
    std::string text = prometheus::TextSerializer().Serialize(families);
    scrape_stats->record(text.size(), std::chrono::steady_clock::now() - started);
    return text;
  });
  if (!http_server) return http_server.error();
  server->http_ = std::move(http_server.value());
  return server;
}

MetricsServer::~MetricsServer() = default;

void MetricsServer::addSource(const MetricsSource* source) { collector_->add(source); }

int MetricsServer::port() const { return http_->port(); }

Status MetricsServer::reloadTls() { return http_->reloadTls(); }

std::string MetricsServer::renderText() const { return prometheus::TextSerializer().Serialize(collector_->Collect()); }

}  // namespace tapwatch

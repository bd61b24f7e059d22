#include "stats/metrics_builder.h"

namespace tapwatch {

void MetricsBuilder::family(std::string_view name, std::string_view help, MetricKind kind) {
  auto it = family_index_.find(name);
  if (it != family_index_.end()) {
    current_ = it->second;
    return;
  }
  prometheus::MetricFamily f;
  f.name = std::string(name);
  f.help = std::string(help);
  f.type = kind == MetricKind::Counter ? prometheus::MetricType::Counter : prometheus::MetricType::Gauge;
  families_.push_back(std::move(f));
  current_ = families_.size() - 1;
  family_index_.emplace(std::string(name), current_);
}

prometheus::ClientMetric& MetricsBuilder::sample(const MetricLabels& labels) {
  auto& fam = families_.at(current_);
  auto key = std::make_pair(current_, labels);
  auto it = sample_index_.find(key);
  if (it != sample_index_.end()) return fam.metric[it->second];
  prometheus::ClientMetric m;
  for (const auto& [name, value] : labels) m.label.push_back({name, value});
  fam.metric.push_back(std::move(m));
  sample_index_.emplace(std::move(key), fam.metric.size() - 1);
  return fam.metric.back();
}

void MetricsBuilder::add(const MetricLabels& labels, double value) {
  auto& m = sample(labels);
  if (families_[current_].type == prometheus::MetricType::Counter) m.counter.value += value;
  else m.gauge.value += value;
}

void MetricsBuilder::set(const MetricLabels& labels, double value) {
  auto& m = sample(labels);
  if (families_[current_].type == prometheus::MetricType::Counter) m.counter.value = value;
  else m.gauge.value = value;
}

void MetricsBuilder::addVisited(const MetricInfo& metric, std::string_view label_value, uint64_t value) {
  family(metric);
  if (label_value.empty() || metric.labels.empty()) {
    add(static_cast<double>(value));
  } else {
    add({{std::string(metric.labels), std::string(label_value)}}, static_cast<double>(value));
  }
}

StatsVisitor MetricsBuilder::visitor() {
  return [this](const MetricInfo& metric, std::string_view label_value, uint64_t value) {
    addVisited(metric, label_value, value);
  };
}

std::vector<prometheus::MetricFamily> MetricsBuilder::take() {
  family_index_.clear();
  sample_index_.clear();
  return std::move(families_);
}

}  // namespace tapwatch

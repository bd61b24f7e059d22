#pragma once
// Every metric is declared once, in an X-macro of the module that owns it;
// struct members, the visitor that reports every series and the catalogue
// entries (name, kind, labels, help) are generated from that one list, so
// they cannot drift apart. Lives in common/ so every folder can declare
// metrics without depending on the Prometheus side (stats/).
//
// A stats list: the values a module keeps, written by one thread, read at scrape time.
//   #define TAPWATCH_FOO_STATS(COUNTER, GAUGE, COUNTER_ARRAY, SHARED_COUNTER)
//     COUNTER(member, "tapwatch_foo_total", "label", "label value", "Help.")   "", "" when unlabelled
//     GAUGE(member, "tapwatch_foo_bytes", "label", "label value", "Help.")
//     COUNTER_ARRAY(member, size, label_of, "tapwatch_foo_total", "label", "Help.")
//     SHARED_COUNTER(member, "tapwatch_foo_total", "label", "label value", "Help.")
// COUNTER_ARRAY's element i is labelled label_of(static_cast<Enum>(i)).
// SHARED_COUNTER is a counter several threads bump (rare events only).
// A list names the kinds up to the last it uses and ends with `...`.
// A metric split over members repeats its name, label and help on each.
//
// A metric list: metrics whose values a collect() computes at scrape time.
//   #define TAPWATCH_FOO_METRICS(COUNTER, GAUGE)
//     COUNTER(id, "tapwatch_foo_total", "label_a,label_b", "Help.")
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

#include "common/counter.h"

namespace tapwatch {

enum class MetricKind : uint8_t { Counter, Gauge };

constexpr std::string_view metricKindName(MetricKind kind) { return kind == MetricKind::Counter ? "counter" : "gauge"; }

struct MetricInfo {
  std::string_view name;
  MetricKind kind;
  // Label names, comma-separated; "" when none. A stats series has at most
  // one, which its visited label value fills.
  std::string_view labels;
  std::string_view help;

  auto operator<=>(const MetricInfo&) const = default;
};

// How a module reports its series, at any time from any thread: the metric
// declaration, the label value ("" when unlabelled) and the value.
using StatsVisitor = std::function<void(const MetricInfo& metric, std::string_view label_value, uint64_t value)>;

namespace stats_detail {
template <typename Enum, size_t N>
void visitArray(const std::array<Counter, N>& counters, std::string_view (*label_of)(Enum), const MetricInfo& metric,
                const StatsVisitor& visit) {
  for (size_t i = 0; i < N; ++i) visit(metric, label_of(static_cast<Enum>(i)), counters[i].value());
}
}  // namespace stats_detail

}  // namespace tapwatch

#define TAPWATCH_METRIC_INFO(kind, name, labels, help) \
  ::tapwatch::MetricInfo { name, ::tapwatch::MetricKind::kind, labels, help }

// Stats lists, inside the struct: its members and `static constexpr MetricInfo kMetrics[]`.
#define TAPWATCH_DECLARE_STATS(LIST) \
  LIST(TAPWATCH_STATS_MEMBER_COUNTER, TAPWATCH_STATS_MEMBER_GAUGE, TAPWATCH_STATS_MEMBER_COUNTER_ARRAY, \
       TAPWATCH_STATS_MEMBER_SHARED_COUNTER) \
  static constexpr ::tapwatch::MetricInfo kMetrics[] = {LIST(TAPWATCH_STATS_INFO_COUNTER, TAPWATCH_STATS_INFO_GAUGE, \
                                                             TAPWATCH_STATS_INFO_COUNTER_ARRAY, \
                                                             TAPWATCH_STATS_INFO_COUNTER)};

#define TAPWATCH_STATS_MEMBER_COUNTER(member, name, label, label_value, help) ::tapwatch::Counter member;
#define TAPWATCH_STATS_MEMBER_GAUGE(member, name, label, label_value, help) ::tapwatch::Gauge member;
#define TAPWATCH_STATS_MEMBER_COUNTER_ARRAY(member, size, label_of, name, label, help) \
  std::array<::tapwatch::Counter, size> member;
#define TAPWATCH_STATS_MEMBER_SHARED_COUNTER(member, name, label, label_value, help) ::tapwatch::SharedCounter member;
#define TAPWATCH_STATS_INFO_COUNTER(member, name, label, label_value, help) \
  TAPWATCH_METRIC_INFO(Counter, name, label, help),
#define TAPWATCH_STATS_INFO_GAUGE(member, name, label, label_value, help) \
  TAPWATCH_METRIC_INFO(Gauge, name, label, help),
#define TAPWATCH_STATS_INFO_COUNTER_ARRAY(member, size, label_of, name, label, help) \
  TAPWATCH_METRIC_INFO(Counter, name, label, help),

// Stats lists, in a .cc: `void fn(const Type& stats, const StatsVisitor& visit)`
// reports every series in list order, zeros included, so series exist from the first scrape.
#define TAPWATCH_DEFINE_STATS_VISITOR(fn, Type, LIST) \
  void fn(const Type& stats, const ::tapwatch::StatsVisitor& visit) { \
    LIST(TAPWATCH_STATS_VISIT_COUNTER, TAPWATCH_STATS_VISIT_GAUGE, TAPWATCH_STATS_VISIT_COUNTER_ARRAY, \
         TAPWATCH_STATS_VISIT_COUNTER) \
  }

#define TAPWATCH_STATS_VISIT_COUNTER(member, name, label, label_value, help) \
  visit(TAPWATCH_METRIC_INFO(Counter, name, label, help), label_value, stats.member.value());
#define TAPWATCH_STATS_VISIT_GAUGE(member, name, label, label_value, help) \
  visit(TAPWATCH_METRIC_INFO(Gauge, name, label, help), label_value, stats.member.value());
#define TAPWATCH_STATS_VISIT_COUNTER_ARRAY(member, size, label_of, name, label, help) \
  ::tapwatch::stats_detail::visitArray(stats.member, label_of, TAPWATCH_METRIC_INFO(Counter, name, label, help), visit);

// Metric lists: `struct Name` with one `static constexpr MetricInfo` per id, and kMetrics[] holding them all.
#define TAPWATCH_DECLARE_METRICS(Name, LIST) \
  struct Name { \
    LIST(TAPWATCH_METRIC_CONSTANT_COUNTER, TAPWATCH_METRIC_CONSTANT_GAUGE) \
    static constexpr ::tapwatch::MetricInfo kMetrics[] = {LIST(TAPWATCH_METRIC_ENTRY, TAPWATCH_METRIC_ENTRY)}; \
  }

#define TAPWATCH_METRIC_CONSTANT_COUNTER(id, name, labels, help) \
  static constexpr ::tapwatch::MetricInfo id = TAPWATCH_METRIC_INFO(Counter, name, labels, help);
#define TAPWATCH_METRIC_CONSTANT_GAUGE(id, name, labels, help) \
  static constexpr ::tapwatch::MetricInfo id = TAPWATCH_METRIC_INFO(Gauge, name, labels, help);
#define TAPWATCH_METRIC_ENTRY(id, name, labels, help) id,

// ScopeScan::scan of one value of each field with the shipped signatures
// (signatures/): what a field costs per byte, Hyperscan plus the sensor's
// bookkeeping (slots, tails, domain-list tokens). Values are realistic and
// match nothing, the common case. Fields no shipped signature looks at are
// skipped with a note.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "common/bytes.h"
#include "detect/detection_set.h"
#include "detect/scan_scratch.h"
#include "detect/scope_scan.h"

namespace tapwatch::bench {
namespace {

class IgnoreHits final : public HitSink {
 public:
  void onHit(const Signature&, Field, uint32_t, std::string_view, PatternMask) override {}
};

const std::shared_ptr<const DetectionSet>& shippedSet() {
  static const std::shared_ptr<const DetectionSet> set = [] {
    auto loaded = DetectionSet::load({TAPWATCH_SIGNATURES_DIR}, {});
    if (!loaded) {
      std::fprintf(stderr, "field_scan_bench: %s\n", loaded.error().describe().c_str());
      std::abort();
    }
    return *loaded;
  }();
  return set;
}

// A body-sized mix of English and Russian prose (streaming fields), or a
// typical short value (block fields).
std::string sampleValue(Field field) {
  if (fieldInfo(field).piecewise) {
    std::string text;
    while (text.size() < 16384)
      text += "Thank you for your order. Your parcel will be delivered on Monday between 9 and 18. "
              "Спасибо за заказ! Посылка будет доставлена в понедельник с 9 до 18 часов. ";
    return text;
  }
  switch (field) {
    case Field::HttpUri: return "/catalog/item.php?id=18274&ref=newsletter";
    case Field::HttpHost: return "shop.example-market.com";
    case Field::DnsQuery: return "cdn.images.example-market.com";
    case Field::TlsSni: return "api.example-market.com";
    default: return "Mozilla/5.0 (X11; Linux x86_64) text/html; charset=utf-8";
  }
}

void BM_FieldScan(benchmark::State& state) {
  const auto field = static_cast<Field>(state.range(0));
  const auto& set = shippedSet();
  state.SetLabel(std::string(fieldName(field)));
  if (!set->inspects(field)) {
    state.SkipWithError("no shipped signature looks at this field");
    return;
  }
  DetectStats stats;
  ScanScratch detector(stats);
  detector.prepare(*set);
  const std::string value = sampleValue(field);
  IgnoreHits sink;
  ScopeScan scan(set, fieldInfo(field).scope);
  for (auto _ : state) {
    scan.scan(detector, field, 0, asBytes(value), true, sink);
    scan.close(detector, sink);
    scan.reset(set, fieldInfo(field).scope);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * value.size()));
}
BENCHMARK(BM_FieldScan)->DenseRange(0, static_cast<int>(kFieldCount) - 1);

}  // namespace
}  // namespace tapwatch::bench

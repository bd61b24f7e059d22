// WorkerContext::field_tap (bench/packs/field_dump.cc): a real Worker over
// HTTP exchanges hands the tap every field value it scans, as ScopeScan gets
// it (the page's text, not its markup), and not a media body the sensor
// does not scan; every value it saw ends (last piece or closed scope).
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>

#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/field_tap.h"
#include "engine/worker.h"
#include "worker_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

constexpr const char* kSignatures = R"(signatures:
  - id: 41
    name: gift card text
    category: test
    fields: [http.response_body, http.response_body_text]
    patterns: [{literal: "redeem your gift card"}]
)";

class RecordingTap final : public FieldTap {
 public:
  void fieldData(const void* scope, Field field, ByteSpan data, bool last) override {
    values[{scope, field}].append(reinterpret_cast<const char*>(data.data()), data.size());
    if (last) ended.insert({scope, field});
  }
  void scopeClosed(const void* scope) override {
    for (const auto& [key, value] : values)
      if (key.first == scope) ended.insert(key);
  }
  std::string valueOf(Field field) const {
    std::string out;
    for (const auto& [key, value] : values)
      if (key.second == field) out += value;
    return out;
  }
  std::map<std::pair<const void*, Field>, std::string> values;
  std::set<std::pair<const void*, Field>> ended;
};

struct Fixture {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  RecordingTap tap;
  std::unique_ptr<Worker> worker;

  Fixture() {
    auto sigs = loadSignatureText(kSignatures, "tap.yaml");
    EXPECT_TRUE(sigs.ok()) << sigs.error().describe();
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    WorkerContext context{config, sink, counters, ""};
    context.field_tap = &tap;
    worker = std::make_unique<Worker>(0, context, stats, *set);
  }
};

TEST(EngineWorkerFieldTap, SeesThePageTextAsScanned) {
  Fixture f;
  sendHttpExchange(*f.worker, 1, "text/html",
                   "<html><body><p>Please <b>redeem</b> your gift card today</p></body></html>");
  f.worker->closeAllFlows();
  EXPECT_EQ(f.sink.alerts, 1);
  const std::string page = f.tap.valueOf(Field::HttpResponseBodyText);
  EXPECT_NE(page.find("Please redeem your gift card today"), std::string::npos) << page;
  EXPECT_EQ(page.find("<b>"), std::string::npos) << "the text, not the markup";
  EXPECT_NE(f.tap.valueOf(Field::HttpResponseBody).find("<b>redeem</b>"), std::string::npos);
  EXPECT_TRUE(f.tap.valueOf(Field::HttpUri).empty()) << "no signature reads http.uri";
  EXPECT_EQ(f.tap.ended.size(), f.tap.values.size()) << "every value ends";
}

TEST(EngineWorkerFieldTap, DoesNotSeeAMediaBodyTheSensorSkips) {
  Fixture f;
  sendHttpExchange(*f.worker, 2, "image/jpeg", "\xff\xd8\xff redeem your gift card \xff\xd9");
  f.worker->closeAllFlows();
  EXPECT_EQ(f.stats.detect.bodies_skipped_media.value(), 1u);
  EXPECT_TRUE(f.tap.valueOf(Field::HttpResponseBody).empty());
}

}  // namespace
}  // namespace tapwatch

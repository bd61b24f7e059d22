// A real Worker with an AlertFilter: signature thresholds (from the YAML
// `threshold:`) and suppression rules decide which hits become alerts, and a
// worker without a filter still emits every hit.
#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include "../decode/packet_builder.h"
#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/worker.h"
#include "output/eve_format.h"

namespace tapwatch {
namespace {

using namespace test;

class RecordingAlertSink final : public AlertSink {
 public:
  // Alerts only, rendered as the output thread would (other event types are not this test's subject).
  void emit(EveEvent&& event) override {
    if (event.type() == EveType::Alert) records.push_back(makeAlertRecord(*std::get<1>(event.payload), {}));
  }
  std::vector<AlertRecord> records;
};

constexpr const char* kSignatures = R"(signatures:
  - id: 11
    name: plain
    category: test
    patterns: [{literal: "pay the ransom"}]
  - id: 12
    name: thresholded by source
    category: test
    patterns: [{literal: "mule job offer"}]
    threshold: {count: 3, seconds: 60, track: by_src}
  - id: 13
    name: thresholded by flow
    category: test
    patterns: [{literal: "flow counted"}]
    threshold: {count: 2, seconds: 60, track: by_flow}
)";

struct Fixture {
  Config config;
  RecordingAlertSink sink;
  AlertCounters counters;
  AlertFilter filter{counters};
  WorkerStats stats;
  std::unique_ptr<Worker> worker;

  explicit Fixture(bool with_filter = true) {
    auto sigs = loadSignatureText(kSignatures, "filter.yaml");
    EXPECT_TRUE(sigs.ok()) << sigs.error().describe();
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    WorkerContext context{config, sink, counters, ""};
    if (with_filter) context.alert_filter = &filter;
    worker = std::make_unique<Worker>(0, context, stats, *set);
  }
  // One UDP datagram from 10.0.0.<src>:<sport> to 192.0.2.25:9999 (no protocol parser).
  void datagram(uint8_t src, uint16_t sport, const std::string& payload, int64_t sec) {
    Ipv4Spec ip;
    ip.src = {10, 0, 0, src};
    ip.dst = {192, 0, 2, 25};
    ip.protocol = 17;
    const Bytes frame = ethernet(0x0800, ipv4(ip, udp(sport, 9999, text(payload))));
    worker->handlePacket(DLT_EN10MB, Timestamp{sec, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                         static_cast<uint32_t>(frame.size()));
  }
  size_t alertsOf(uint32_t sid) const {
    size_t n = 0;
    for (const auto& r : sink.records)
      if (r.signature_id == sid) ++n;
    return n;
  }
};

TEST(EngineWorkerFilter, ThresholdBySourceCountsAcrossFlows) {
  Fixture f;
  // Each datagram on its own flow (new source port): one hit per flow.
  f.datagram(1, 5001, "mule job offer", 1000);
  f.datagram(1, 5002, "mule job offer", 1001);
  f.datagram(2, 5003, "mule job offer", 1002);  // another source: its own count
  EXPECT_EQ(f.alertsOf(12), 0u);
  f.datagram(1, 5004, "mule job offer", 1003);  // third from 10.0.0.1
  EXPECT_EQ(f.alertsOf(12), 1u);
  f.datagram(1, 5005, "mule job offer", 1004);
  EXPECT_EQ(f.alertsOf(12), 2u);
  EXPECT_EQ(f.filter.signatureCounters().counts(12).hits, 5u);
  EXPECT_EQ(f.filter.signatureCounters().counts(12).suppressed_threshold, 3u);
}

TEST(EngineWorkerFilter, ThresholdByFlowNeedsRepeatsInOneFlow) {
  Fixture f;
  f.datagram(3, 6001, "flow counted", 1000);
  f.datagram(3, 6002, "flow counted", 1000);
  EXPECT_EQ(f.alertsOf(13), 0u) << "two flows, one hit each: below count 2 per flow";
  EXPECT_EQ(f.filter.signatureCounters().counts(13).hits, 2u);
}

TEST(EngineWorkerFilter, SuppressionByCidrDropsOnlyCoveredSources) {
  Fixture f;
  SignaturesConfig config;
  config.suppress = {{11, "by_src", "10.0.0.0/30"}};  // 10.0.0.0 - 10.0.0.3
  ASSERT_TRUE(f.filter.loadSuppressions(config));
  f.datagram(2, 7001, "pay the ransom", 1000);
  f.datagram(9, 7002, "pay the ransom", 1000);
  ASSERT_EQ(f.alertsOf(11), 1u);
  EXPECT_NE(f.sink.records[0].eve_json.find("\"src_ip\":\"10.0.0.9\""), std::string::npos)
      << f.sink.records[0].eve_json;
  uint64_t suppressed = 0;
  f.counters.forEachSuppressed([&](const std::string& reason, uint64_t n) {
    if (reason == "suppress") suppressed = n;
  });
  EXPECT_EQ(suppressed, 1u);
  EXPECT_EQ(f.counters.totalAlerts(), 1u);
}

TEST(EngineWorkerFilter, WithoutAFilterEveryHitAlerts) {
  Fixture f(/*with_filter=*/false);
  f.datagram(1, 5001, "mule job offer", 1000);
  EXPECT_EQ(f.alertsOf(12), 1u);
}

}  // namespace
}  // namespace tapwatch

// EVE flow_id: one id per flow, the same in both directions and in every
// record of the flow; unique across workers (each worker holds other flows)
// and across runs (a restarted sensor sees its flows start at other times).
#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include <set>

#include "../decode/packet_builder.h"
#include "common/flow_id.h"
#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/worker.h"

namespace tapwatch {
namespace {

using namespace test;

class FlowSink final : public AlertSink {
 public:
  void emit(EveEvent&& event) override {
    if (event.type() == EveType::Flow) flows.push_back(*std::get<3>(event.payload));
    if (event.type() == EveType::Alert) alert_ids.push_back(std::get<1>(event.payload)->flow_id);
  }
  std::vector<FlowEndEvent> flows;
  std::vector<uint64_t> alert_ids;
};

constexpr const char* kSignatures = R"(signatures:
  - id: 1
    name: both ways
    category: test
    patterns: [{literal: "ping-me"}]
)";

// One run of one worker: `flows` UDP conversations (request and answer), starting at `start`.
std::vector<FlowEndEvent> runWorker(uint32_t worker_id, uint8_t subnet, int flows, int64_t start,
                                    std::vector<uint64_t>* alert_ids = nullptr) {
  Config config;
  FlowSink sink;
  AlertCounters counters;
  WorkerStats stats;
  auto sigs = loadSignatureText(kSignatures, "flow_id.yaml");
  EXPECT_TRUE(sigs.ok());
  auto set = DetectionSet::build(std::move(sigs.value()), {});
  EXPECT_TRUE(set.ok());
  Worker worker(worker_id, WorkerContext{config, sink, counters, ""}, stats, *set);
  for (int i = 0; i < flows; ++i) {
    for (bool request : {true, false}) {
      Ipv4Spec ip;
      ip.protocol = 17;
      const std::array<uint8_t, 4> client{127, subnet, 0, static_cast<uint8_t>(i + 1)};
      const std::array<uint8_t, 4> server{127, subnet, 1, 1};
      ip.src = request ? client : server;
      ip.dst = request ? server : client;
      const auto port = static_cast<uint16_t>(40000 + i);
      const Bytes frame =
          ethernet(0x0800, ipv4(ip, udp(request ? port : 7000, request ? 7000 : port, text("ping-me"))));
      worker.handlePacket(DLT_EN10MB, Timestamp{start + i, request ? 0u : 1000u}, frame.data(),
                          static_cast<uint32_t>(frame.size()), static_cast<uint32_t>(frame.size()));
    }
  }
  worker.closeAllFlows();
  if (alert_ids) *alert_ids = sink.alert_ids;
  return sink.flows;
}

TEST(FlowId, OnePerFlowInBothDirections) {
  std::vector<uint64_t> alert_ids;
  const auto flows = runWorker(0, 1, 20, 1700000000, &alert_ids);
  ASSERT_EQ(flows.size(), 20u);
  std::set<uint64_t> ids;
  for (const auto& f : flows) {
    ids.insert(f.header.flow_id);
    EXPECT_EQ(f.pkts_toserver, 1u);
    EXPECT_EQ(f.pkts_toclient, 1u);
    EXPECT_TRUE(f.alerted);
  }
  EXPECT_EQ(ids.size(), 20u);
  // The alert (a signature alerts once per flow on `stream`) carries its flow's id.
  ASSERT_EQ(alert_ids.size(), 20u);
  for (uint64_t id : alert_ids) EXPECT_TRUE(ids.count(id)) << id;
}

TEST(FlowId, UniqueAcrossTwoWorkersAndTwoRuns) {
  std::set<uint64_t> seen;
  size_t total = 0;
  for (int64_t run_start : {int64_t{1700000000}, int64_t{1700003600}}) {  // a restart an hour later
    for (uint32_t worker = 0; worker < 2; ++worker) {
      for (const auto& f : runWorker(worker, static_cast<uint8_t>(worker + 1), 500, run_start)) {
        EXPECT_GT(f.header.flow_id, 0u);
        EXPECT_LE(f.header.flow_id, kFlowIdMask) << "flow_id must stay a JSON-safe positive integer";
        seen.insert(f.header.flow_id);
        ++total;
      }
    }
  }
  EXPECT_EQ(total, 2000u);
  EXPECT_EQ(seen.size(), total) << "a flow_id repeated across workers or runs";
}

TEST(FlowId, SameFlowSameIdWhateverTheWorker) {
  // The id is a property of the flow (key + start), not of the worker that holds it.
  const auto a = runWorker(0, 3, 5, 1700000000);
  const auto b = runWorker(1, 3, 5, 1700000000);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].header.flow_id, b[i].header.flow_id);
}

}  // namespace
}  // namespace tapwatch

// A UDP flow's `stream` scan goes back to the worker's pool between datagrams
// when it remembers nothing (memory: an idle DNS flow no longer holds two
// Hyperscan streams and their tails). These tests pin what must not change
// with that: a signature whose patterns arrive in different datagrams of one
// flow still fires, once per flow, and every flow alerts on its own.
#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include <string>

#include "../decode/packet_builder.h"
#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/worker.h"
#include "worker_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

constexpr const char* kSignatures = R"(signatures:
  - id: 1
    name: seed and wallet
    category: test
    patterns: [{id: s, literal: "seed words"}, {id: w, literal: "wallet key"}]
    condition: "s and w"
  - id: 2
    name: lone phrase
    category: test
    patterns: [{literal: "pay the fee"}]
)";

struct UdpFixture {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  std::unique_ptr<Worker> worker;

  UdpFixture() {
    config.outputs.eve.types = {"alert"};
    auto sigs = loadSignatureText(kSignatures, "udp.yaml");
    EXPECT_TRUE(sigs.ok());
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    worker = std::make_unique<Worker>(0, WorkerContext{config, sink, counters, ""}, stats, *set);
  }
  // One datagram of flow `n` (10.0.0.n:4000 -> 10.0.1.n:7000), or its answer.
  void datagram(uint8_t n, const std::string& text, bool answer = false) {
    Ipv4Spec ip;
    ip.protocol = 17;
    ip.src = {10, 0, 0, n};
    ip.dst = {10, 0, 1, n};
    if (answer) std::swap(ip.src, ip.dst);
    const Bytes payload(text.begin(), text.end());
    const Bytes frame = ethernet(0x0800, ipv4(ip, answer ? udp(7000, 4000, payload) : udp(4000, 7000, payload)));
    worker->handlePacket(DLT_EN10MB, Timestamp{1700000000, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                         static_cast<uint32_t>(frame.size()));
  }
};

TEST(WorkerUdpStreamScan, PatternsInSeparateDatagramsOfAFlowStillCombine) {
  UdpFixture f;
  f.datagram(1, "nothing to see");          // idle after it: the scan goes back to the pool
  f.datagram(2, "unrelated flow, pooled");  // another flow takes the same pooled scan
  f.datagram(1, "here are the seed words");
  EXPECT_EQ(f.sink.alerts, 0);
  f.datagram(2, "a wallet key on flow 2");  // flow 2 never saw the seed words
  EXPECT_EQ(f.sink.alerts, 0);
  f.datagram(1, "and the wallet key", true);  // completes `s and w` on flow 1, from the other direction
  EXPECT_EQ(f.sink.alerts, 1);
  f.datagram(1, "seed words and wallet key again");  // once per flow
  EXPECT_EQ(f.sink.alerts, 1);
}

TEST(WorkerUdpStreamScan, EachFlowAlertsOnceAndIdleFlowsShareThePool) {
  UdpFixture f;
  for (uint8_t n = 1; n <= 20; ++n) f.datagram(n, "hello");
  for (uint8_t n = 1; n <= 20; ++n) f.datagram(n, "please pay the fee");
  EXPECT_EQ(f.sink.alerts, 20);
  for (uint8_t n = 1; n <= 20; ++n) f.datagram(n, "pay the fee now");  // fired flows keep their scan
  EXPECT_EQ(f.sink.alerts, 20);
}

}  // namespace
}  // namespace tapwatch

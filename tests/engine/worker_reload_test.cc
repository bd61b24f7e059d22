// A replaced signature set is freed soon after a reload, not when the last
// flow opened under it ends: open flows move to the newest set at a message
// boundary (between HTTP transactions), when idle, or all at once when the
// sets cap forces it. Nothing in the worker (its pool of recycled scans in
// particular) keeps an old set — and with it every compiled database — alive.
// A daemon reloaded every minute with long-lived connections would otherwise
// hold one set per reload.
#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include <memory>

#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/worker.h"
#include "worker_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

std::shared_ptr<const DetectionSet> buildYaml(const std::string& signatures) {
  auto sigs = loadSignatureText("signatures:\n" + signatures, "reload.yaml");
  EXPECT_TRUE(sigs.ok());
  auto set = DetectionSet::build(std::move(sigs.value()), {});
  EXPECT_TRUE(set.ok()) << set.error().describe();
  return *set;
}

std::shared_ptr<const DetectionSet> buildSet(const std::string& uri) {
  return buildYaml("  - {id: 1, name: uri, fields: [http.uri], patterns: [{literal: \"" + uri + "\"}]}\n");
}

std::string request(const std::string& uri) { return "GET " + uri + " HTTP/1.1\r\nHost: a.example\r\n\r\n"; }
const char* const kResponse = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

struct Harness {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  std::unique_ptr<Worker> worker;
  int64_t clock = 1700000000;

  explicit Harness(std::shared_ptr<const DetectionSet> set)
      : worker(std::make_unique<Worker>(0, WorkerContext{config, sink, counters, ""}, stats, std::move(set))) {}
  void feed(const Bytes& frame) {
    worker->handlePacket(DLT_EN10MB, Timestamp{clock, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                         static_cast<uint32_t>(frame.size()));
  }
  void open(Connection& c) {
    feed(c.frame(true, 0x02, {}));
    feed(c.frame(false, 0x12, {}));
    feed(c.frame(true, 0x10, {}));
  }
  void transaction(Connection& c, const std::string& uri) {
    feed(c.frame(true, 0x18, text(request(uri))));
    feed(c.frame(false, 0x18, text(kResponse)));
  }
  void reload(std::shared_ptr<const DetectionSet> set) {
    worker->requestSignatureSet(std::move(set));
    worker->tick(Timestamp{clock, 0});  // picks the new set up
  }
};

TEST(WorkerReload, KeepAliveFlowMovesToTheNewSetBetweenTransactions) {
  auto first = buildSet("/pay-now");
  std::weak_ptr<const DetectionSet> first_alive = first;
  Harness h(std::move(first));
  // A keep-alive connection: finished transactions park their scans in the worker's pool.
  Connection c{1, 80};
  h.open(c);
  for (int k = 0; k < 20; ++k) h.transaction(c, "/pay-now/" + std::to_string(k));
  EXPECT_EQ(h.sink.alerts, 20);

  h.reload(buildSet("/other"));
  // The connection sits between two transactions: it moved, and the old set went with it.
  EXPECT_TRUE(first_alive.expired()) << "the replaced set outlived the reload on an idle keep-alive flow";
  EXPECT_EQ(h.stats.flows_migrated.value(), 1u);
  h.transaction(c, "/pay-now/last");
  EXPECT_EQ(h.sink.alerts, 20) << "the old flow still scans with the replaced set";
  h.transaction(c, "/other");
  EXPECT_EQ(h.sink.alerts, 21) << "the old flow does not see the new set's signature";

  // New connections use the new set.
  Connection d{2, 80};
  h.open(d);
  h.transaction(d, "/other");
  EXPECT_EQ(h.sink.alerts, 22);
}

TEST(WorkerReload, OpenTransactionFinishesOnItsSetThenTheFlowMoves) {
  auto first = buildSet("/pay-now");
  std::weak_ptr<const DetectionSet> first_alive = first;
  Harness h(std::move(first));
  Connection c{1, 80};
  h.open(c);
  h.feed(c.frame(true, 0x18, text(request("/pay-now/1"))));  // the response has not come yet
  EXPECT_EQ(h.sink.alerts, 1);

  h.reload(buildSet("/other"));
  EXPECT_FALSE(first_alive.expired()) << "a transaction in progress must finish on the set it started with";
  EXPECT_EQ(h.stats.flows_migrated.value(), 0u);
  h.feed(c.frame(false, 0x18, text(kResponse)));  // the transaction ends
  h.transaction(c, "/other");                     // the next one runs on the new set
  EXPECT_TRUE(first_alive.expired());
  EXPECT_EQ(h.stats.flows_migrated.value(), 1u);
  EXPECT_EQ(h.sink.alerts, 2);
}

TEST(WorkerReload, StreamScanCutAtTheBoundaryNeitherRepeatsNorMissesAlerts) {
  // The http.uri signature makes the worker parse HTTP, so transactions give boundaries.
  const std::string stream_sig = "  - {id: 7, name: give, fields: [stream], patterns: [{literal: \"GIVEAWAY\"}]}\n"
                                 "  - {id: 9, name: uri, fields: [http.uri], patterns: [{literal: \"/never\"}]}\n";
  auto first = buildYaml(stream_sig);
  std::weak_ptr<const DetectionSet> first_alive = first;
  Harness h(std::move(first));
  Connection c{1, 80};
  h.open(c);
  h.transaction(c, "/GIVEAWAY");
  EXPECT_EQ(h.sink.alerts, 1);

  // The same signature plus a new one: the flow's `stream` scan is cut between transactions.
  h.reload(buildYaml(stream_sig + "  - {id: 8, name: new, fields: [stream], patterns: [{literal: \"FRESHRULE\"}]}\n"));
  h.transaction(c, "/GIVEAWAY/again");
  EXPECT_TRUE(first_alive.expired());
  EXPECT_EQ(h.sink.alerts, 1) << "signature 7 already alerted on this flow's stream";
  h.transaction(c, "/FRESHRULE");
  EXPECT_EQ(h.sink.alerts, 2) << "the new set's stream signature is missed on the old flow";
}

TEST(WorkerReload, RawTcpFlowMovesWhenIdleOrWhenForced) {
  const std::string stream_sig = "  - {id: 7, name: give, fields: [stream], patterns: [{literal: \"GIVEAWAY\"}]}\n";
  auto first = buildYaml(stream_sig);
  std::weak_ptr<const DetectionSet> first_alive = first;
  Harness h(std::move(first));
  Connection raw{1, 9999};  // no parser: no message boundaries
  h.open(raw);
  h.feed(raw.frame(true, 0x18, text("hello GIVE")));

  auto second = buildYaml(stream_sig);
  std::weak_ptr<const DetectionSet> second_alive = second;
  h.reload(std::move(second));
  EXPECT_FALSE(first_alive.expired()) << "a busy raw stream moves only when idle or forced";
  h.feed(raw.frame(true, 0x18, text("AWAY")));  // the pattern straddles the reload: still seen
  EXPECT_EQ(h.sink.alerts, 1);

  h.clock += 3;  // idle for 3 s of capture time
  h.worker->tick(Timestamp{h.clock, 0});
  EXPECT_TRUE(first_alive.expired()) << "an idle flow keeps a replaced set";
  EXPECT_EQ(h.stats.flows_migrated.value(), 1u);

  h.feed(raw.frame(true, 0x18, text("more bytes")));
  h.reload(buildYaml(stream_sig + "  - {id: 8, name: new, fields: [stream], patterns: [{literal: \"FRESHRULE\"}]}\n"));
  EXPECT_FALSE(second_alive.expired());
  h.worker->requestMigrateAll();
  h.worker->tick(Timestamp{h.clock, 0});
  EXPECT_TRUE(second_alive.expired()) << "a forced move left the flow on its old set";
  EXPECT_EQ(h.stats.flows_migrated.value(), 2u);
  h.feed(raw.frame(true, 0x18, text("FRESHRULE GIVEAWAY")));
  EXPECT_EQ(h.sink.alerts, 2) << "only the new signature alerts; 7 already did on this flow";
}

TEST(WorkerReload, BusyRawFlowIsMovedAfterAMinuteWithoutABoundary) {
  auto first = buildYaml("  - {id: 7, name: give, fields: [stream], patterns: [{literal: \"GIVEAWAY\"}]}\n");
  std::weak_ptr<const DetectionSet> first_alive = first;
  Harness h(std::move(first));
  Connection raw{1, 9999};
  h.open(raw);
  h.feed(raw.frame(true, 0x18, text("its `stream` scan is open from here")));
  h.reload(buildYaml("  - {id: 8, name: new, fields: [stream], patterns: [{literal: \"FRESHRULE\"}]}\n"));
  for (int second = 0; second < 55; ++second) {
    h.clock += 1;
    h.feed(raw.frame(true, 0x18, text("busy")));  // never idle; its tick runs first
  }
  EXPECT_FALSE(first_alive.expired()) << "moved by force before the minute was up";
  for (int second = 0; second < 5; ++second) {
    h.clock += 1;
    h.feed(raw.frame(true, 0x18, text("busy")));
  }
  h.feed(raw.frame(true, 0x18, text("FRESHRULE")));
  EXPECT_TRUE(first_alive.expired()) << "a busy flow without boundaries keeps a replaced set for good";
  EXPECT_EQ(h.sink.alerts, 1);
}

}  // namespace
}  // namespace tapwatch

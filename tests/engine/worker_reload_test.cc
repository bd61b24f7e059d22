// A replaced signature set is freed once the flows that started on it end:
// nothing in the worker (its pool of recycled scans in particular) keeps an
// old set — and with it every compiled database — alive. A daemon reloaded
// every minute for a day would otherwise hold 1,440 sets.
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

std::shared_ptr<const DetectionSet> buildSet(const std::string& uri) {
  auto sigs = loadSignatureText("signatures:\n  - {id: 1, name: uri, fields: [http.uri], patterns: [{literal: \"" +
                                    uri + "\"}]}\n",
                                "reload.yaml");
  EXPECT_TRUE(sigs.ok());
  auto set = DetectionSet::build(std::move(sigs.value()), {});
  EXPECT_TRUE(set.ok()) << set.error().describe();
  return *set;
}

TEST(WorkerReload, ReplacedSetIsFreedOnceItsFlowsEnd) {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  auto first = buildSet("/pay-now");
  std::weak_ptr<const DetectionSet> first_alive = first;
  Worker worker(0, WorkerContext{config, sink, counters, ""}, stats, std::move(first));
  int64_t clock = 1700000000;
  auto feed = [&](const Bytes& frame) {
    worker.handlePacket(DLT_EN10MB, Timestamp{clock, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                        static_cast<uint32_t>(frame.size()));
  };

  // A keep-alive connection: finished transactions park their scans in the worker's pool.
  Connection c{1, 80};
  feed(c.frame(true, 0x02, {}));
  feed(c.frame(false, 0x12, {}));
  feed(c.frame(true, 0x10, {}));
  for (int k = 0; k < 20; ++k) {
    feed(c.frame(true, 0x18, text("GET /pay-now/" + std::to_string(k) + " HTTP/1.1\r\nHost: a.example\r\n\r\n")));
    feed(c.frame(false, 0x18, text("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")));
  }
  EXPECT_EQ(sink.alerts, 20);

  worker.requestSignatureSet(buildSet("/other"));
  worker.tick(Timestamp{clock, 0});  // picks the new set up
  // The open connection still uses the first set, until it ends.
  feed(c.frame(true, 0x18, text("GET /pay-now/last HTTP/1.1\r\nHost: a.example\r\n\r\n")));
  feed(c.frame(false, 0x18, text("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")));
  EXPECT_EQ(sink.alerts, 21);
  EXPECT_FALSE(first_alive.expired());
  feed(c.frame(true, 0x11, {}));
  feed(c.frame(false, 0x11, {}));
  feed(c.frame(true, 0x10, {}));
  clock += 24 * 3600;
  worker.tick(Timestamp{clock, 0});  // the closed connection times out
  EXPECT_TRUE(first_alive.expired()) << "the replaced set outlived its last flow";

  // New connections use the new set.
  Connection d{2, 80};
  feed(d.frame(true, 0x02, {}));
  feed(d.frame(false, 0x12, {}));
  feed(d.frame(true, 0x10, {}));
  feed(d.frame(true, 0x18, text("GET /other HTTP/1.1\r\nHost: a.example\r\n\r\n")));
  feed(d.frame(false, 0x18, text("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")));
  EXPECT_EQ(sink.alerts, 22);
}

}  // namespace
}  // namespace tapwatch

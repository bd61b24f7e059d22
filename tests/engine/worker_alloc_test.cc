// The per-packet path does not allocate in the steady state: once flows are
// open and warm, decode + flow lookup + reassembly + protocol parsing +
// Hyperscan scanning of further packets make no heap allocation. Counts every
// operator new in this binary while a real Worker processes real frames.
#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <thread>

#include "../decode/packet_builder.h"
#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/pipeline.h"
#include "engine/worker.h"

#include "../support/counting_new.h"
#include "worker_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

constexpr const char* kSignatures = R"(signatures:
  - id: 1
    name: stream phrase
    category: test
    patterns: [{literal: "I recorded you"}]
  - id: 2
    name: uri phrase
    category: test
    fields: [http.uri]
    patterns: [{literal: "/pay-now"}]
)";

struct Fixture {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  std::unique_ptr<Worker> worker;
  int64_t clock = 1700000000;

  // `types`: the EVE event types; alerts only by default, since logging a
  // transaction or a flow allocates its event (per event, not per packet).
  explicit Fixture(std::vector<std::string> types = {"alert"}) {
    config.outputs.eve.types = std::move(types);
    auto sigs = loadSignatureText(kSignatures, "alloc.yaml");
    EXPECT_TRUE(sigs.ok());
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    worker = std::make_unique<Worker>(0, WorkerContext{config, sink, counters, ""}, stats, *set);
  }
  void feed(const Bytes& frame) {
    worker->handlePacket(DLT_EN10MB, Timestamp{clock, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                         static_cast<uint32_t>(frame.size()));
  }
};

TEST(WorkerAllocations, BulkTcpStreamsAllocateNothingOnceWarm) {
  Fixture f;
  std::vector<Connection> conns;
  for (uint8_t n = 1; n <= 8; ++n) conns.push_back(Connection{n, 9000});
  for (auto& c : conns) {
    f.feed(c.frame(true, 0x02, {}));
    f.feed(c.frame(false, 0x12, {}));
    f.feed(c.frame(true, 0x10, {}));
  }
  // Pre-build the data frames so the measurement counts only the sensor.
  const Bytes data = pattern(1400, 7);
  std::vector<Bytes> frames;
  for (int round = 0; round < 300; ++round)
    for (auto& c : conns) {
      frames.push_back(c.frame(true, 0x18, data));
      frames.push_back(c.frame(false, 0x10, {}));
      frames.push_back(c.frame(false, 0x18, pattern(600, 3)));
    }
  size_t i = 0;
  for (; i < frames.size() / 3; ++i) f.feed(frames[i]);  // warm-up
  const uint64_t n = allocationsDuring([&] {
    for (; i < frames.size(); ++i) f.feed(frames[i]);
  });
  EXPECT_EQ(n, 0u) << "allocations over " << frames.size() * 2 / 3 << " steady-state packets";
  EXPECT_GT(f.stats.detect.scanned_bytes[0].value(), 1000000u) << "the stream must really be scanned";
}

TEST(WorkerAllocations, HttpKeepAliveTransactionsAllocateNothingOnceWarm) {
  Fixture f;
  Connection c{9, 80};
  f.feed(c.frame(true, 0x02, {}));
  f.feed(c.frame(false, 0x12, {}));
  f.feed(c.frame(true, 0x10, {}));
  std::vector<Bytes> frames;
  const std::string req = "GET /index.html HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: t\r\n\r\n";
  const std::string resp =
      "HTTP/1.1 200 OK\r\nContent-Length: 20\r\nContent-Type: text/html\r\n\r\n<html>hello</html>\r\n";
  for (int k = 0; k < 600; ++k) {
    frames.push_back(c.frame(true, 0x18, text(req)));
    frames.push_back(c.frame(false, 0x18, text(resp)));
  }
  size_t i = 0;
  for (; i < 200; ++i) f.feed(frames[i]);
  const uint64_t n = allocationsDuring([&] {
    for (; i < frames.size(); ++i) f.feed(frames[i]);
  });
  EXPECT_EQ(n, 0u) << "allocations over " << frames.size() - 200 << " packets of keep-alive HTTP";
  EXPECT_GE(f.stats.protocols.transactions_http.value(), 600u);
}

const std::vector<std::string> kAllEveTypes = {"alert", "anomaly", "flow", "http",     "dns",
                                               "tls",   "quic",    "smtp", "fileinfo", "stats"};

TEST(WorkerAllocations, FullEventLoggingAddsNothingPerPacketToBulkStreams) {
  // Every event type on: bulk data raises no event, and watching the anomaly
  // counters costs no allocation.
  Fixture f(kAllEveTypes);
  std::vector<Connection> conns;
  for (uint8_t n = 1; n <= 4; ++n) conns.push_back(Connection{n, 9000});
  for (auto& c : conns) {
    f.feed(c.frame(true, 0x02, {}));
    f.feed(c.frame(false, 0x12, {}));
    f.feed(c.frame(true, 0x10, {}));
  }
  const Bytes data = pattern(1400, 7);
  std::vector<Bytes> frames;
  for (int round = 0; round < 200; ++round)
    for (auto& c : conns) {
      frames.push_back(c.frame(true, 0x18, data));
      frames.push_back(c.frame(false, 0x10, {}));
    }
  size_t i = 0;
  for (; i < frames.size() / 4; ++i) f.feed(frames[i]);
  const uint64_t n = allocationsDuring([&] {
    for (; i < frames.size(); ++i) f.feed(frames[i]);
  });
  EXPECT_EQ(n, 0u) << "allocations over " << frames.size() * 3 / 4 << " packets with every event type on";
}

TEST(WorkerAllocations, TransactionLoggingAllocatesPerTransactionOnly) {
  // With http records on, each transaction's event is built when it ends: a
  // few allocations per transaction (the event and its strings), whatever the
  // number of packets it took.
  Fixture f(kAllEveTypes);
  Connection c{9, 80};
  f.feed(c.frame(true, 0x02, {}));
  f.feed(c.frame(false, 0x12, {}));
  f.feed(c.frame(true, 0x10, {}));
  std::vector<Bytes> frames;
  const std::string req = "GET /index.html HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: t\r\n\r\n";
  const std::string resp =
      "HTTP/1.1 200 OK\r\nContent-Length: 20\r\nContent-Type: text/html\r\n\r\n<html>hello</html>\r\n";
  for (int k = 0; k < 300; ++k) {
    frames.push_back(c.frame(true, 0x18, text(req)));
    frames.push_back(c.frame(false, 0x18, text(resp)));
  }
  size_t i = 0;
  for (; i < 100; ++i) f.feed(frames[i]);
  const uint64_t before = f.stats.protocols.transactions_http.value();
  const uint64_t n = allocationsDuring([&] {
    for (; i < frames.size(); ++i) f.feed(frames[i]);
  });
  const uint64_t transactions = f.stats.protocols.transactions_http.value() - before;
  ASSERT_GE(transactions, 200u);
  EXPECT_LE(n, transactions * 16) << n << " allocations for " << transactions << " logged transactions";
}

// A DNS query for `name`, id `id`, type A.
Bytes dnsQuery(uint16_t id, std::string_view name) {
  Bytes b{static_cast<uint8_t>(id >> 8), static_cast<uint8_t>(id), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0};
  size_t start = 0;
  while (start <= name.size()) {
    size_t dot = name.find('.', start);
    if (dot == std::string_view::npos) dot = name.size();
    b.push_back(static_cast<uint8_t>(dot - start));
    b.insert(b.end(), name.begin() + static_cast<long>(start), name.begin() + static_cast<long>(dot));
    start = dot + 1;
  }
  b.insert(b.end(), {0, 0, 1, 0, 1});
  return b;
}

TEST(WorkerAllocations, DnsQueriesAllocateNothingOnceWarm) {
  Fixture f;
  std::vector<Bytes> frames;
  for (int k = 0; k < 800; ++k) {
    Ipv4Spec ip;
    ip.protocol = 17;
    ip.src = {10, 0, 0, 53};
    ip.dst = {10, 0, 1, 53};
    frames.push_back(ethernet(0x0800, ipv4(ip, udp(5353, 53, dnsQuery(static_cast<uint16_t>(k), "www.shop.example")))));
  }
  size_t i = 0;
  for (; i < 200; ++i) f.feed(frames[i]);
  const uint64_t n = allocationsDuring([&] {
    for (; i < frames.size(); ++i) f.feed(frames[i]);
  });
  EXPECT_EQ(n, 0u) << "allocations over " << frames.size() - 200 << " DNS datagrams";
  EXPECT_GE(f.stats.protocols.transactions_dns.value(), 800u);
}

// ip.src / ip.dst are scanned once, when the flow opens: an IP list adds
// nothing to the packets of a warm flow, and alerts once per flow.
TEST(WorkerAllocations, IpListsAlertOncePerFlowAndAllocateNothingOnceWarm) {
  const auto dir = std::filesystem::temp_directory_path() / ("tapwatch-alloc-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "ips.txt") << "10.0.1.0/24\n2001:db8::/32\n";
  const std::string yaml = R"(signatures:
  - id: 7
    name: listed address
    category: test
    fields: [ip.src, ip.dst, dns.answer]
    patterns: [{list: ips.txt, kind: ip}]
)";
  std::ofstream(dir / "ips.yaml") << yaml;
  Fixture f;
  auto set = DetectionSet::load({(dir / "ips.yaml").string()}, {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  f.worker = std::make_unique<Worker>(0, WorkerContext{f.config, f.sink, f.counters, ""}, f.stats, *set);
  std::vector<Bytes> frames;
  for (int k = 0; k < 600; ++k) {
    Ipv4Spec ip;
    ip.protocol = 17;
    ip.src = {10, 0, 0, 53};
    ip.dst = {10, 0, 1, 53};
    frames.push_back(ethernet(0x0800, ipv4(ip, udp(5353, 53, dnsQuery(static_cast<uint16_t>(k), "www.shop.example")))));
  }
  size_t i = 0;
  for (; i < 100; ++i) f.feed(frames[i]);
  const uint64_t n = allocationsDuring([&] {
    for (; i < frames.size(); ++i) f.feed(frames[i]);
  });
  EXPECT_EQ(n, 0u) << "allocations over " << frames.size() - 100 << " datagrams of a flow to a listed address";
  EXPECT_EQ(f.stats.alerts.value(), 1u);  // one flow, one alert (ip.dst), not one per packet
  std::filesystem::remove_all(dir);
}

// The capture-side paths add nothing per packet either: one worker handles
// packets inline on the capture thread, two take them from their rings in
// batches (every thread's allocations are counted).
TEST(WorkerAllocations, PipelinePathsAllocateNothingOnceWarm) {
  for (uint32_t workers : {1u, 2u}) {
    Config config;
    config.outputs.eve.types = {"alert"};
    config.capture.ring_mb = 1;
    CountingSink sink;
    AlertCounters counters;
    auto sigs = loadSignatureText(kSignatures, "alloc.yaml");
    ASSERT_TRUE(sigs.ok());
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    ASSERT_TRUE(set.ok()) << set.error().describe();
    Pipeline pipeline(config, WorkerContext{config, sink, counters, ""}, *set, workers, /*live=*/false);
    EXPECT_EQ(pipeline.isInline(), workers == 1);
    pipeline.start();
    std::vector<Connection> conns;
    for (uint8_t n = 1; n <= 8; ++n) conns.push_back(Connection{n, 9000});
    std::vector<Bytes> frames;
    for (auto& c : conns) {
      frames.push_back(c.frame(true, 0x02, {}));
      frames.push_back(c.frame(false, 0x12, {}));
      frames.push_back(c.frame(true, 0x10, {}));
    }
    const Bytes data = pattern(1400, 7);
    for (int round = 0; round < 300; ++round)
      for (auto& c : conns) {
        frames.push_back(c.frame(true, 0x18, data));
        frames.push_back(c.frame(false, 0x10, {}));
      }
    const auto dispatch = [&](size_t from, size_t to) {
      for (size_t i = from; i < to; ++i) {
        RawPacket p;
        p.ts = Timestamp{1700000000, static_cast<uint32_t>(i)};
        p.caplen = p.wire_length = static_cast<uint32_t>(frames[i].size());
        p.data = frames[i].data();
        pipeline.dispatch(DLT_EN10MB, p);
      }
      // Workers count handled packets once a batch: the end of the input
      // publishes a partial one (inline mode; worker threads end theirs when the ring is empty).
      pipeline.sourceDone();
      // Wait until the workers have handled every packet dispatched so far.
      for (;;) {
        uint64_t handled = 0;
        for (size_t w = 0; w < pipeline.workerCount(); ++w) handled += pipeline.workerStats(w).packets.value();
        if (handled == to) break;
        std::this_thread::yield();
      }
    };
    const size_t warm = frames.size() / 3;
    dispatch(0, warm);
    const uint64_t n = allocationsDuring([&] { dispatch(warm, frames.size()); });
    EXPECT_EQ(n, 0u) << workers << " workers: allocations over " << frames.size() - warm << " steady-state packets";
    pipeline.finish();
    uint64_t scanned = 0;
    for (size_t w = 0; w < pipeline.workerCount(); ++w)
      scanned += pipeline.workerStats(w).detect.scanned_bytes[0].value();
    EXPECT_GT(scanned, 1000000u) << "the stream must really be scanned";
  }
}

}  // namespace
}  // namespace tapwatch

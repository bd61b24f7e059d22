// File fanout (engine/file_fanout.h) against the two other ways of reading a
// capture file: one worker handling every packet inline, and the capture
// thread dispatching copies into rings. Same alerts (timestamps included),
// same flow ends, each packet counted exactly once, and each worker's clock
// following every packet of the file, not only its own.
#include "engine/file_fanout.h"

#include <gtest/gtest.h>
#include <pcap/pcap.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/capture_loop.h"
#include "worker_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

constexpr const char* kSignatures = R"(signatures:
  - id: 21
    name: ransom note
    category: test
    patterns: [{literal: "pay the ransom"}]
  - id: 22
    name: mule offer
    category: test
    patterns: [{literal: "mule job offer"}]
)";

// Alerts and flow ends as text, so runs compare as sets and print readably.
class RecordingSink final : public AlertSink {
 public:
  void emit(EveEvent&& event) override {
    std::lock_guard lock(mutex_);
    if (event.payload.index() == 1) {
      const Alert& a = *std::get<1>(event.payload);
      alerts.insert(std::to_string(a.signature_id) + " " + a.src_ip.toString() + ":" + std::to_string(a.src_port) +
                    " > " + a.dest_ip.toString() + ":" + std::to_string(a.dest_port) + " at " + stamp(a.ts));
    } else if (event.payload.index() == 3) {
      const FlowEndEvent& f = *std::get<3>(event.payload);
      static constexpr const char* kCauses[] = {"timeout", "forced", "shutdown"};
      flow_ends.insert(f.header.src_ip.toString() + ":" + std::to_string(f.header.src_port) + " > " +
                       f.header.dest_ip.toString() + ":" + std::to_string(f.header.dest_port) + " " +
                       std::to_string(f.pkts_toserver) + "/" + std::to_string(f.pkts_toclient) + " pkts, " +
                       kCauses[static_cast<int>(f.reason)]);
    }
  }
  static std::string stamp(Timestamp ts) { return std::to_string(ts.sec) + "." + std::to_string(ts.nsec); }

  std::multiset<std::string> alerts;
  std::multiset<std::string> flow_ends;

 private:
  std::mutex mutex_;
};

struct Record {
  Timestamp ts;
  Bytes frame;
};

std::string tempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("tapwatch_fanout_" + name + "_" + std::to_string(::getpid())))
      .string();
}

void writeCapture(const std::string& path, const std::vector<Record>& records) {
  pcap_t* dead = pcap_open_dead_with_tstamp_precision(DLT_EN10MB, 65535, PCAP_TSTAMP_PRECISION_NANO);
  pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
  ASSERT_NE(dumper, nullptr);
  for (const Record& r : records) {
    pcap_pkthdr h{};
    h.ts.tv_sec = r.ts.sec;
    h.ts.tv_usec = static_cast<suseconds_t>(r.ts.nsec);  // nanoseconds in a nanosecond file
    h.caplen = h.len = static_cast<bpf_u_int32>(r.frame.size());
    pcap_dump(reinterpret_cast<u_char*>(dumper), &h, r.frame.data());
  }
  pcap_dump_close(dumper);
  pcap_close(dead);
}

Bytes datagram(uint8_t host, uint16_t sport, const std::string& payload) {
  Ipv4Spec ip;
  ip.src = {10, 0, 0, host};
  ip.dst = {192, 0, 2, 25};
  ip.protocol = 17;
  return ethernet(0x0800, ipv4(ip, udp(sport, 9999, text(payload))));
}

enum class Mode { OneWorkerInline, Dispatch, Fanout };

struct RunResult {
  std::multiset<std::string> alerts;
  std::multiset<std::string> flow_ends;
  CaptureTotals totals;
  std::vector<uint64_t> producer_packets;  // per capture thread / fanout worker
  uint64_t worker_packets = 0;             // summed over the workers' own counts
  uint64_t read = 0;                       // what the readers returned
};

// Builds one pipeline the way `scan` does for `mode` and reads `paths` in order.
class Harness {
 public:
  Harness(Mode mode, uint32_t workers) : mode_(mode) {
    config_.outputs.eve.enabled = true;
    config_.outputs.eve.types = {"alert", "flow"};
    config_.flow.timeouts.udp = 60;
    auto sigs = loadSignatureText(kSignatures, "fanout.yaml");
    EXPECT_TRUE(sigs.ok()) << sigs.error().describe();
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    const WorkerContext context{config_, sink_, counters_, ""};
    pipeline_ =
        std::make_unique<Pipeline>(config_, context, *set, workers, /*live=*/false, mode == Mode::Fanout ? workers : 1);
    if (mode == Mode::Fanout) pipeline_->startFileFanout();
    else pipeline_->start();
  }
  Pipeline& pipeline() { return *pipeline_; }

  RunResult read(const std::vector<std::string>& paths) {
    RunResult r;
    std::atomic<bool> stop{false};
    CaptureLoop loop(*pipeline_, CaptureLoop::kHashDispatch, stop);
    FileFanout fanout(*pipeline_, stop);
    for (const std::string& path : paths) {
      auto source = PcapSource::openFile(path, "", FileRead::Mapped);
      EXPECT_TRUE(source.ok()) << source.error().describe();
      if (!source) continue;
      EXPECT_TRUE(source->isMapped());
      r.read += mode_ == Mode::Fanout ? fanout.run(*source) : loop.run(*source);
    }
    pipeline_->finish();
    r.alerts = sink_.alerts;
    r.flow_ends = sink_.flow_ends;
    r.totals = pipeline_->captureTotals();
    for (size_t i = 0; i < pipeline_->producerCount(); ++i)
      r.producer_packets.push_back(pipeline_->captureStats(i).packets.value());
    for (size_t i = 0; i < pipeline_->workerCount(); ++i) r.worker_packets += pipeline_->workerStats(i).packets.value();
    return r;
  }

 private:
  Mode mode_;
  Config config_;
  RecordingSink sink_;
  AlertCounters counters_;
  std::unique_ptr<Pipeline> pipeline_;
};

RunResult runMode(Mode mode, uint32_t workers, const std::vector<std::string>& paths) {
  return Harness(mode, workers).read(paths);
}

// Many flows between many address pairs (so every worker gets some): TCP
// connections and UDP datagrams carrying the signatures' phrases, a few
// undecodable frames, time moving on in order across several minutes (UDP
// flows time out on the way), split over two files.
std::vector<std::vector<Record>> multiFlowCapture() {
  std::vector<std::vector<Record>> files(2);
  int64_t sec = 1700000000;
  uint32_t nsec = 0;
  const auto at = [&](uint32_t step_ns) {
    nsec += step_ns;
    if (nsec >= 1000000000) {
      sec += nsec / 1000000000;
      nsec %= 1000000000;
    }
    return Timestamp{sec, nsec};
  };
  for (int round = 0; round < 6; ++round) {
    auto& out = files[round < 3 ? 0 : 1];
    std::vector<Connection> connections;
    for (uint8_t n = 1; n <= 24; ++n) connections.push_back(Connection{static_cast<uint8_t>(n + round * 30), 80});
    for (auto& c : connections) out.push_back({at(1000), c.frame(true, 0x02, {})});
    for (auto& c : connections) out.push_back({at(1000), c.frame(false, 0x12, {})});
    for (auto& c : connections) out.push_back({at(1000), c.frame(true, 0x10, {})});
    for (size_t i = 0; i < connections.size(); ++i) {
      Connection& c = connections[i];
      out.push_back({at(250000000), c.frame(true, 0x18, text("GET /note HTTP/1.0\r\n\r\n"))});
      const std::string body = i % 3 == 0 ? "please pay the ransom today" : (i % 3 == 1 ? "mule job offer" : "hello");
      out.push_back({at(1000), c.frame(false, 0x18, text(body))});
    }
    for (uint8_t host = 1; host <= 24; ++host)
      out.push_back({at(300000), datagram(static_cast<uint8_t>(host + round), static_cast<uint16_t>(5000 + round),
                                          host % 2 ? "mule job offer by udp" : "nothing")});
    out.push_back({at(1000), Bytes{0x00, 0x01, 0x02}});  // too short for Ethernet: hashed as nothing, counted once
    for (auto& c : connections) out.push_back({at(1000), c.frame(true, 0x11, {})});
    for (auto& c : connections) out.push_back({at(1000), c.frame(false, 0x11, {})});
    sec += 45;  // a quiet gap: the previous round's UDP flows expire during the next one
  }
  return files;
}

class EngineFileFanout : public testing::Test {
 protected:
  void TearDown() override {
    for (const auto& p : paths_) std::filesystem::remove(p);
  }
  std::vector<std::string> write(const std::vector<std::vector<Record>>& files) {
    std::vector<std::string> paths;
    for (size_t i = 0; i < files.size(); ++i) {
      paths.push_back(tempPath(testing::UnitTest::GetInstance()->current_test_info()->name() + std::to_string(i)));
      writeCapture(paths.back(), files[i]);
    }
    paths_.insert(paths_.end(), paths.begin(), paths.end());
    return paths;
  }
  std::vector<std::string> paths_;
};

TEST_F(EngineFileFanout, SameAlertsFlowsAndCountsAsOneWorkerAndAsDispatch) {
  const auto files = multiFlowCapture();
  const auto paths = write(files);
  uint64_t records = 0, bytes = 0;
  for (const auto& file : files)
    for (const Record& r : file) {
      ++records;
      bytes += r.frame.size();
    }

  const RunResult one = runMode(Mode::OneWorkerInline, 1, paths);
  ASSERT_GT(one.alerts.size(), 50u);
  EXPECT_EQ(one.totals.packets, records);
  EXPECT_EQ(one.totals.bytes, bytes);
  const RunResult dispatch = runMode(Mode::Dispatch, 2, paths);
  EXPECT_EQ(dispatch.alerts, one.alerts);
  EXPECT_EQ(dispatch.flow_ends, one.flow_ends);

  for (uint32_t workers : {2u, 3u}) {
    SCOPED_TRACE(std::to_string(workers) + " workers");
    const RunResult fanout = runMode(Mode::Fanout, workers, paths);
    EXPECT_EQ(fanout.alerts, one.alerts);
    EXPECT_EQ(fanout.flow_ends, one.flow_ends);
    EXPECT_EQ(fanout.read, records);  // each file's records, once
    EXPECT_EQ(fanout.totals.packets, records);
    EXPECT_EQ(fanout.totals.bytes, bytes);
    EXPECT_EQ(fanout.totals.file_errors, 0u);
    EXPECT_EQ(fanout.worker_packets, records);
    ASSERT_EQ(fanout.producer_packets.size(), workers);
    for (uint64_t share : fanout.producer_packets) EXPECT_GT(share, 0u);  // 150 address pairs: every worker has some
  }
}

// A worker's flows time out by the clock of every packet in the file: the
// only packets after a flow's last one belong to other workers' flows, and it
// still ends by timeout (as with one worker), not at shutdown. And an alert
// raised on a packet whose timestamp is behind an earlier packet of another
// worker carries the later time, as one worker's clock would.
TEST_F(EngineFileFanout, ClockFollowsOtherWorkersPackets) {
  Harness fanout(Mode::Fanout, 2);
  // Host 1's flows on one worker (x); host b's on the other (y): try hosts until they differ.
  const auto workerOf = [&](const Bytes& frame) {
    return fanout.pipeline().workerOf(DLT_EN10MB, frame.data(), static_cast<uint32_t>(frame.size()));
  };
  const Bytes a_first = datagram(1, 4000, "hello");
  uint8_t b_host = 2;
  while (b_host < 250 && workerOf(datagram(b_host, 4000, "x")) == workerOf(a_first)) ++b_host;
  ASSERT_LT(b_host, 250);
  const int64_t t0 = 1700000000;
  const std::vector<Record> records = {
      {{t0, 0}, a_first},                                             // x
      {{t0 + 1, 500}, datagram(b_host, 4000, "warming up")},          // y
      {{t0 + 30, 900000000}, datagram(1, 4001, "still here")},        // x: the latest time so far
      {{t0 + 30, 100}, datagram(b_host, 4002, "pay the ransom")},     // y, out of order: alerts at x's time
      {{t0 + 100, 900000000}, datagram(b_host, 4003, "much later")},  // y: x's flows are past their 60 s
  };
  const auto paths = write({records});
  const RunResult one = runMode(Mode::OneWorkerInline, 1, paths);
  const RunResult shared = fanout.read(paths);
  for (const std::string x_end :
       {"10.0.0.1:4000 > 192.0.2.25:9999 1/0 pkts, timeout", "10.0.0.1:4001 > 192.0.2.25:9999 1/0 pkts, timeout"}) {
    EXPECT_EQ(one.flow_ends.count(x_end), 1u) << x_end;
    EXPECT_EQ(shared.flow_ends.count(x_end), 1u) << x_end;
  }
  EXPECT_EQ(shared.flow_ends, one.flow_ends);
  ASSERT_EQ(one.alerts.size(), 1u);
  EXPECT_EQ(*one.alerts.begin(), "21 10.0.0." + std::to_string(b_host) + ":4002 > 192.0.2.25:9999 at " +
                                     RecordingSink::stamp({t0 + 30, 900000000}));
  EXPECT_EQ(shared.alerts, one.alerts);
}

// A file cut inside its last record: every worker stops at the same place,
// the error is counted once, and what was read is kept.
TEST_F(EngineFileFanout, ReadErrorIsCountedOnce) {
  auto files = multiFlowCapture();
  files.resize(1);
  const auto paths = write(files);
  std::filesystem::resize_file(paths[0], std::filesystem::file_size(paths[0]) - 5);
  const RunResult one = runMode(Mode::OneWorkerInline, 1, paths);
  const RunResult fanout = runMode(Mode::Fanout, 2, paths);
  EXPECT_EQ(one.totals.file_errors, 1u);
  EXPECT_EQ(fanout.totals.file_errors, 1u);
  EXPECT_EQ(fanout.totals.packets, files[0].size() - 1);
  EXPECT_EQ(fanout.totals.packets, one.totals.packets);
  EXPECT_EQ(fanout.alerts, one.alerts);
}

TEST_F(EngineFileFanout, SuitsOnlyClassicPcapWithoutFilter) {
  const auto paths = write({{{{1700000000, 0}, datagram(1, 4000, "x")}}});
  EXPECT_TRUE(FileFanout::suits(paths, ""));
  EXPECT_FALSE(FileFanout::suits(paths, "udp"));  // libpcap filters the records
  EXPECT_FALSE(FileFanout::suits({"-"}, ""));     // stdin cannot be read twice
  const std::string pcapng = tempPath("pcapng");
  paths_.push_back(pcapng);
  // A minimal pcapng section header block and interface description block.
  const uint8_t shb[] = {0x0a, 0x0d, 0x0d, 0x0a, 28,   0,    0,    0,    0x4d, 0x3c, 0x2b, 0x1a, 1, 0,
                         0,    0,    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 28,   0,    0, 0};
  const uint8_t idb[] = {1, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 0xff, 0xff, 0, 0, 20, 0, 0, 0};
  std::string bytes(reinterpret_cast<const char*>(shb), sizeof shb);
  bytes.append(reinterpret_cast<const char*>(idb), sizeof idb);
  std::FILE* f = std::fopen(pcapng.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  EXPECT_FALSE(FileFanout::suits({paths[0], pcapng}, ""));
  EXPECT_TRUE(FileFanout::suits({paths[0], tempPath("no-such-file")}, ""));  // left to the reader's own error
}

}  // namespace
}  // namespace tapwatch

// File fanout adds no allocation per packet: every worker reading the whole
// file, handling its share in place and moving its clock on the others' packets
// allocates only per file (its reader, its thread), never per packet. Counts
// every operator new of this binary, on every thread.
#include <gtest/gtest.h>
#include <pcap/pcap.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/file_fanout.h"

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
)";

std::string writeCapture(const std::string& name, const std::vector<Bytes>& frames, int64_t& clock) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("tapwatch_fanout_alloc_" + name + "_" + std::to_string(::getpid()) + ".pcap"))
                               .string();
  pcap_t* dead = pcap_open_dead(DLT_EN10MB, 65535);
  pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
  EXPECT_NE(dumper, nullptr);
  for (size_t i = 0; i < frames.size(); ++i) {
    pcap_pkthdr h{};
    if (i % 64 == 0) ++clock;  // seconds pass: ticks run, from own and from others' packets
    h.ts.tv_sec = clock;
    h.ts.tv_usec = static_cast<suseconds_t>(i % 1000);
    h.caplen = h.len = static_cast<bpf_u_int32>(frames[i].size());
    pcap_dump(reinterpret_cast<u_char*>(dumper), &h, frames[i].data());
  }
  pcap_dump_close(dumper);
  pcap_close(dead);
  return path;
}

TEST(FileFanoutAllocations, ABiggerFileAllocatesNoMoreThanASmallOne) {
  Config config;
  config.outputs.eve.types = {"alert"};
  CountingSink sink;
  AlertCounters counters;
  auto sigs = loadSignatureText(kSignatures, "alloc.yaml");
  ASSERT_TRUE(sigs.ok());
  auto set = DetectionSet::build(std::move(sigs.value()), {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  Pipeline pipeline(config, WorkerContext{config, sink, counters, ""}, *set, 2, /*live=*/false, 2);
  pipeline.startFileFanout();

  std::vector<Connection> conns;
  for (uint8_t n = 1; n <= 16; ++n) conns.push_back(Connection{n, 9000});
  std::vector<Bytes> warm;
  for (auto& c : conns) {
    warm.push_back(c.frame(true, 0x02, {}));
    warm.push_back(c.frame(false, 0x12, {}));
    warm.push_back(c.frame(true, 0x10, {}));
  }
  const Bytes data = pattern(600, 7);
  const auto bulk = [&](int rounds) {
    std::vector<Bytes> frames;
    for (int round = 0; round < rounds; ++round)
      for (auto& c : conns) {
        frames.push_back(c.frame(true, 0x18, data));
        frames.push_back(c.frame(false, 0x10, {}));
      }
    return frames;
  };
  for (Bytes& frame : bulk(100)) warm.push_back(std::move(frame));
  int64_t clock = 1700000000;
  const std::string warm_path = writeCapture("warm", warm, clock);
  const std::string small_path = writeCapture("small", bulk(50), clock);
  const std::string big_path = writeCapture("big", bulk(400), clock);

  std::atomic<bool> stop{false};
  FileFanout fanout(pipeline, stop);
  const auto readFile = [&](const std::string& path) {
    auto source = PcapSource::openFile(path, "", FileRead::Mapped);
    ASSERT_TRUE(source.ok());
    ASSERT_TRUE(source->isMapped());
    fanout.run(*source);
  };
  readFile(warm_path);
  readFile(small_path);  // the per-file allocations warm up too
  const uint64_t small = allocationsDuring([&] { readFile(small_path); });
  const uint64_t big = allocationsDuring([&] { readFile(big_path); });
  EXPECT_EQ(big, small) << "a file of " << 400 * 32 << " packets against one of " << 50 * 32;
  pipeline.finish();
  EXPECT_GT(pipeline.captureStats(0).packets.value(), 0u);
  EXPECT_GT(pipeline.captureStats(1).packets.value(), 0u);
  uint64_t scanned = 0;
  for (size_t w = 0; w < pipeline.workerCount(); ++w)
    scanned += pipeline.workerStats(w).detect.scanned_bytes[0].value();
  EXPECT_GT(scanned, 1000000u) << "the streams must really be scanned";
  for (const auto& p : {warm_path, small_path, big_path}) std::filesystem::remove(p);
}

}  // namespace
}  // namespace tapwatch

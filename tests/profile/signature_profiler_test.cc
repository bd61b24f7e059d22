// SignatureProfiler: packets are held in memory within a cap, every enabled
// signature gets a cost row with the hits of the full run, and the table
// honours `top`.
#include "profile/signature_profiler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace tapwatch {
namespace {

const std::string kDemo = std::string(TAPWATCH_SOURCE_DIR) + "/demo/demo.pcap";

Signature literalSignature(uint32_t id, std::string text, Field field, bool enabled = true) {
  Signature sig;
  sig.id = id;
  sig.name = "profile test " + std::to_string(id);
  sig.category = "test";
  sig.enabled = enabled;
  sig.fields = {field};
  Pattern p;
  p.kind = PatternKind::Literal;
  p.text = std::move(text);
  sig.patterns.push_back(std::move(p));
  return sig;
}

const SignatureCost* costOf(const ProfileReport& report, uint32_t id) {
  const auto it = std::find_if(report.signatures.begin(), report.signatures.end(),
                               [id](const SignatureCost& c) { return c.id == id; });
  return it == report.signatures.end() ? nullptr : &*it;
}

TEST(SignatureProfiler, HoldsEveryPacketOfTheCapture) {
  CapturedPackets packets;
  ASSERT_TRUE(packets.load(kDemo, 64u << 20));
  EXPECT_GT(packets.count(), 100u);
  EXPECT_GT(packets.bytes(), packets.count() * 40) << "wire bytes, at least a header per packet";
  for (const auto& p : packets.packets()) ASSERT_GT(p.caplen, 0u);
}

TEST(SignatureProfiler, RefusesCapturesLargerThanTheCap) {
  CapturedPackets packets;
  const Status st = packets.load(kDemo, 4096);
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().where.file, kDemo);
  EXPECT_NE(st.error().message.find("profile a smaller sample"), std::string::npos) << st.error().message;
}

TEST(SignatureProfiler, CostsEachEnabledSignatureWithTheFullRunsHits) {
  CapturedPackets packets;
  ASSERT_TRUE(packets.load(kDemo, 64u << 20));
  const std::vector<Signature> signatures{
      literalSignature(10, "shop.example.net", Field::HttpHost),
      literalSignature(11, "\x01never-in-this-capture\x02", Field::HttpHost),
      literalSignature(12, "shop.example.net", Field::HttpHost, /*enabled=*/false),
  };
  ProfileOptions options;
  options.repeat = 1;
  const Config config;  // named: GCC 12 -O3 flags a temporary Config's strings maybe-uninitialized
  auto report = profileSignatures(config, signatures, packets, options);
  ASSERT_TRUE(report) << report.error().describe();

  EXPECT_EQ(report->packets, packets.count());
  ASSERT_EQ(report->signatures.size(), 2u) << "a disabled signature is not profiled";
  const SignatureCost* hit = costOf(*report, 10);
  const SignatureCost* miss = costOf(*report, 11);
  ASSERT_NE(hit, nullptr);
  ASSERT_NE(miss, nullptr);
  EXPECT_GT(hit->hits, 0u);
  EXPECT_EQ(miss->hits, 0u);
  EXPECT_EQ(hit->fields, "http.host");
  EXPECT_GE(hit->cost_seconds, 0.0);
  EXPECT_GE(report->signatures[0].cost_seconds, report->signatures[1].cost_seconds) << "most expensive first";
  const bool scanned_hosts = std::any_of(report->scanned_bytes.begin(), report->scanned_bytes.end(),
                                         [](const auto& f) { return f.first == "http.host" && f.second > 0; });
  EXPECT_TRUE(scanned_hosts);

  const std::string table = formatProfile(*report, 1);
  EXPECT_NE(table.find("... 1 more (use --top 0 for all)"), std::string::npos) << table;
  EXPECT_EQ(formatProfile(*report, 0).find("more (use --top 0"), std::string::npos);
}

}  // namespace
}  // namespace tapwatch

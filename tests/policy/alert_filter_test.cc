// AlertFilter and SuppressList: suppression rules by signature and CIDR,
// thresholds, the order between them, per-signature and per-reason counts,
// and reloading the suppress file.
#include "policy/alert_filter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace tapwatch {
namespace {

IpAddress ip(const char* text) { return *IpAddress::parse(text); }

const IpAddress kInside = ip("10.20.1.5");
const IpAddress kOutside = ip("203.0.113.7");
const IpAddress kServer = ip("192.0.2.25");

TEST(PolicySuppressList, MatchesBySignatureAndTrackedAddress) {
  auto list = SuppressList::build({{1, "by_src", "10.20.0.0/16"},
                                   {2, "by_dst", "192.0.2.0/24"},
                                   {3, "by_either", "10.20.0.0/16"},
                                   {4, "by_either", ""},
                                   {5, "by_src", "2001:db8::/32"}});
  ASSERT_TRUE(list) << list.error().describe();
  const SuppressList& s = **list;
  EXPECT_EQ(s.size(), 5u);
  EXPECT_TRUE(s.suppresses(1, kInside, kServer));
  EXPECT_FALSE(s.suppresses(1, kServer, kInside)) << "by_src looks at the source only";
  EXPECT_FALSE(s.suppresses(1, kOutside, kServer));
  EXPECT_TRUE(s.suppresses(2, kOutside, kServer));
  EXPECT_FALSE(s.suppresses(2, kServer, kOutside));
  EXPECT_TRUE(s.suppresses(3, kServer, kInside));
  EXPECT_TRUE(s.suppresses(3, kInside, kServer));
  EXPECT_FALSE(s.suppresses(3, kOutside, kServer));
  EXPECT_TRUE(s.suppresses(4, kOutside, kServer)) << "no cidr: the whole signature";
  EXPECT_TRUE(s.suppresses(5, ip("2001:db8::1"), kServer));
  EXPECT_FALSE(s.suppresses(5, kInside, kServer));
  EXPECT_FALSE(s.suppresses(6, kInside, kServer)) << "no rule for signature 6";
}

TEST(PolicySuppressList, SignatureZeroCoversEverySignature) {
  auto list = SuppressList::build({{0, "by_src", "10.20.1.5"}});
  ASSERT_TRUE(list);
  EXPECT_TRUE((*list)->suppresses(12345, kInside, kServer));
  EXPECT_FALSE((*list)->suppresses(12345, kOutside, kServer));
}

TEST(PolicySuppressList, RejectsRulesTheConfigReaderWouldHaveRejected) {
  EXPECT_FALSE(SuppressList::build({{1, "by_src", "10.0.0.0/99"}}));
  EXPECT_FALSE(SuppressList::build({{1, "sideways", "10.0.0.0/8"}}));
}

Signature signature(uint32_t id, std::optional<Threshold> threshold = std::nullopt) {
  Signature sig;
  sig.id = id;
  sig.threshold = threshold;
  return sig;
}

uint64_t suppressedFor(const AlertCounters& counters, const std::string& reason) {
  uint64_t n = 0;
  counters.forEachSuppressed([&](const std::string& r, uint64_t v) {
    if (r == reason) n = v;
  });
  return n;
}

TEST(PolicyAlertFilter, SuppressionThenThresholdWithCounts) {
  AlertCounters counters;
  AlertFilter filter(counters);
  SignaturesConfig config;
  config.suppress = {{7, "by_src", "10.20.0.0/16"}};
  ASSERT_TRUE(filter.loadSuppressions(config));
  const Signature sig = signature(7, Threshold{2, 60, ThresholdTrack::ByDst});

  EXPECT_EQ(filter.decide(sig, kInside, kServer, 1, {100, 0}), AlertVerdict::Suppressed);
  EXPECT_EQ(filter.decide(sig, kInside, kServer, 2, {100, 0}), AlertVerdict::Suppressed);
  // Suppressed events did not count toward the threshold: this is the first.
  EXPECT_EQ(filter.decide(sig, kOutside, kServer, 3, {101, 0}), AlertVerdict::BelowThreshold);
  EXPECT_EQ(filter.decide(sig, kOutside, kServer, 4, {102, 0}), AlertVerdict::Emit);

  const auto c = filter.signatureCounters().counts(7);
  EXPECT_EQ(c.hits, 4u);
  EXPECT_EQ(c.suppressed_rule, 2u);
  EXPECT_EQ(c.suppressed_threshold, 1u);
  EXPECT_EQ(suppressedFor(counters, "suppress"), 2u);
  EXPECT_EQ(suppressedFor(counters, "threshold"), 1u);
  EXPECT_EQ(filter.signatureCounters().counts(8).hits, 0u);
}

TEST(PolicyAlertFilter, NoRulesNoThresholdEmitsEverything) {
  AlertCounters counters;
  AlertFilter filter(counters);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(filter.decide(signature(1), kInside, kServer, 1, {1, 0}), AlertVerdict::Emit);
  EXPECT_EQ(filter.signatureCounters().counts(1).hits, 3u);
}

class PolicySuppressFileReload : public ::testing::Test {
 protected:
  void write(const std::string& text) { std::ofstream(path_, std::ios::binary) << text; }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string path_ = ::testing::TempDir() + "alert_filter_test_" + std::to_string(::getpid()) + ".yaml";
};

TEST_F(PolicySuppressFileReload, FileRulesJoinConfigRulesAndABadFileKeepsTheOldOnes) {
  AlertCounters counters;
  AlertFilter filter(counters);
  SignaturesConfig config;
  config.suppress = {{1, "by_either", ""}};
  config.suppress_file = path_;
  write("suppress:\n  - {signature_id: 2, cidr: 203.0.113.0/24, track: by_src}\n");
  ASSERT_TRUE(filter.loadSuppressions(config));
  EXPECT_EQ(filter.suppressList()->size(), 2u);
  EXPECT_EQ(filter.decide(signature(2), kOutside, kServer, 1, {1, 0}), AlertVerdict::Suppressed);

  write("suppress:\n  - {signature_id: 2, cidr: not-an-address}\n");
  auto failed = filter.loadSuppressions(config);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().where.file, path_);
  EXPECT_EQ(failed.error().where.line, 2u);
  EXPECT_EQ(filter.decide(signature(2), kOutside, kServer, 1, {1, 0}), AlertVerdict::Suppressed)
      << "the rules in force before the failed reload stay";

  write("suppress: []\n");
  ASSERT_TRUE(filter.loadSuppressions(config));
  EXPECT_EQ(filter.decide(signature(2), kOutside, kServer, 1, {1, 0}), AlertVerdict::Emit);

  std::filesystem::remove(path_);
  EXPECT_FALSE(filter.loadSuppressions(config)) << "a configured file that vanished is an error";
}

}  // namespace
}  // namespace tapwatch

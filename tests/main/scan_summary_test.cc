// writeSummaryJson: the machine-readable run summary carries every count.
#include "main/scan_summary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "main_test_util.h"

namespace tapwatch {
namespace {

using test::TempDir;

TEST(ScanSummaryJson, HoldsEveryCountAndBreakdown) {
  TempDir dir;
  ScanSummary s;
  s.packets = 2697;
  s.bytes = 2354457;
  s.flows = 47;
  s.alerts = 4;
  s.stream_gaps = 2;
  s.file_errors = 1;
  s.elapsed_seconds = 0.25;
  s.decode_errors = {{"truncated_ipv4", 3}};
  s.defrag = {{"reassembled", 5}};
  s.flow = {{"flows_evicted_total{cap}", 6}};
  s.protocols = {{"http_transactions_total", 7}};
  const std::string path = dir.file("summary.json");
  ASSERT_TRUE(writeSummaryJson(s, path));

  const auto j = nlohmann::json::parse(test::readFile(path));
  EXPECT_EQ(j.at("packets"), 2697);
  EXPECT_EQ(j.at("bytes"), 2354457);
  EXPECT_EQ(j.at("flows"), 47);
  EXPECT_EQ(j.at("alerts"), 4);
  EXPECT_EQ(j.at("stream_gaps"), 2);
  EXPECT_EQ(j.at("file_errors"), 1);
  EXPECT_DOUBLE_EQ(j.at("elapsed_seconds").get<double>(), 0.25);
  EXPECT_EQ(j.at("decode_errors").at("truncated_ipv4"), 3);
  EXPECT_EQ(j.at("defrag").at("reassembled"), 5);
  EXPECT_EQ(j.at("flow").at("flows_evicted_total{cap}"), 6);
  EXPECT_EQ(j.at("protocols").at("http_transactions_total"), 7);
}

TEST(ScanSummaryJson, EmptyBreakdownsAreEmptyObjects) {
  TempDir dir;
  const std::string path = dir.file("summary.json");
  ASSERT_TRUE(writeSummaryJson(ScanSummary{}, path));
  const auto j = nlohmann::json::parse(test::readFile(path));
  EXPECT_EQ(j.at("packets"), 0);
  EXPECT_EQ(j.at("alerts"), 0);
  for (const char* key : {"decode_errors", "defrag", "flow", "protocols"}) {
    ASSERT_TRUE(j.at(key).is_object()) << key << ": " << j.at(key).dump();
    EXPECT_TRUE(j.at(key).empty()) << key;
  }
}

TEST(ScanSummaryJson, RewritingReplacesTheOldSummary) {
  TempDir dir;
  const std::string path = dir.file("summary.json");
  ScanSummary s;
  s.alerts = 9;
  ASSERT_TRUE(writeSummaryJson(s, path));
  s.alerts = 1;
  ASSERT_TRUE(writeSummaryJson(s, path));
  EXPECT_EQ(nlohmann::json::parse(test::readFile(path)).at("alerts"), 1);
}

TEST(ScanSummaryJson, UnwritablePathIsReported) {
  TempDir dir;
  EXPECT_FALSE(writeSummaryJson(ScanSummary{}, dir.file("no-such-dir/summary.json")));
}

// The summary is small enough to sit in the stream's buffer until close, so a
// full disk only shows at the final flush; that must still count as a failure.
TEST(ScanSummaryJson, FullDiskAtTheFinalFlushIsReported) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "needs /dev/full, a device whose writes always fail";
  EXPECT_FALSE(writeSummaryJson(ScanSummary{}, "/dev/full"));
}

}  // namespace
}  // namespace tapwatch

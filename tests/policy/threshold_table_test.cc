// ThresholdTable: count-th event semantics, windows by capture time, each
// track keeps its own counts, the cap evicts (counted), and concurrent
// workers never lose or double an event.
#include "policy/threshold_table.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace tapwatch {
namespace {

IpAddress ip(const char* text) { return *IpAddress::parse(text); }
Timestamp at(int64_t sec, uint32_t nsec = 0) { return Timestamp{sec, nsec}; }

const IpAddress kA = ip("10.0.0.1");
const IpAddress kB = ip("10.0.0.2");
const IpAddress kServer = ip("192.0.2.25");

Threshold threshold(uint32_t count, uint32_t seconds, ThresholdTrack track) { return Threshold{count, seconds, track}; }

TEST(PolicyThresholdTable, AlertsFromTheCountthEventInTheWindow) {
  ThresholdTable table;
  const Threshold t = threshold(3, 60, ThresholdTrack::BySrc);
  EXPECT_FALSE(table.record(1, t, kA, kServer, 1, at(100)));
  EXPECT_FALSE(table.record(1, t, kA, kServer, 2, at(110)));
  EXPECT_TRUE(table.record(1, t, kA, kServer, 3, at(120)));
  EXPECT_TRUE(table.record(1, t, kA, kServer, 4, at(159, 999999999))) << "still inside the 60 s window";
  // 60 s after the window start a new window begins at 1.
  EXPECT_FALSE(table.record(1, t, kA, kServer, 5, at(160)));
  EXPECT_FALSE(table.record(1, t, kA, kServer, 6, at(161)));
  EXPECT_TRUE(table.record(1, t, kA, kServer, 7, at(162)));
  EXPECT_EQ(table.entries(), 1u);
}

// Suricata's threshold types (rule `threshold: type ...`), one window of 60 s.
std::vector<bool> decisions(ThresholdMode mode, uint32_t count, int events) {
  ThresholdTable table;
  Threshold t{count, 60, ThresholdTrack::ByRule, mode};
  std::vector<bool> out;
  for (int i = 0; i < events; ++i) out.push_back(table.record(1, t, kA, kServer, 1, at(100 + i)));
  return out;
}

TEST(PolicyThresholdTable, SuricataThresholdTypes) {
  EXPECT_EQ(decisions(ThresholdMode::EveryCount, 2, 5), (std::vector<bool>{false, true, false, true, false}));
  EXPECT_EQ(decisions(ThresholdMode::Limit, 2, 4), (std::vector<bool>{true, true, false, false}));
  EXPECT_EQ(decisions(ThresholdMode::Limit, 1, 3), (std::vector<bool>{true, false, false}));
  EXPECT_EQ(decisions(ThresholdMode::Both, 3, 5), (std::vector<bool>{false, false, true, false, false}));
  EXPECT_EQ(decisions(ThresholdMode::Both, 1, 2), (std::vector<bool>{true, false}));
}

// Suricata "Thresholding Keywords", type backoff: count 1 multiplier 2 alerts at 1, 2, 4, 8, ...; count 5
// multiplier 5 at 5, 25, ...; never windowed (a day later the count goes on).
TEST(PolicyThresholdTable, BackoffAlertsAtCountTimesPowersOfTheMultiplier) {
  auto alerted_at = [](uint32_t count, uint32_t multiplier, int events, int64_t step_seconds) {
    ThresholdTable table;
    Threshold t{count, 0, ThresholdTrack::ByFlow, ThresholdMode::Backoff, multiplier};
    std::vector<int> out;
    for (int i = 1; i <= events; ++i)
      if (table.record(1, t, kA, kServer, 7, at(100 + i * step_seconds))) out.push_back(i);
    return out;
  };
  EXPECT_EQ(alerted_at(1, 2, 20, 1), (std::vector<int>{1, 2, 4, 8, 16}));
  EXPECT_EQ(alerted_at(5, 5, 130, 1), (std::vector<int>{5, 25, 125}));
  EXPECT_EQ(alerted_at(1, 10, 120, 3600), (std::vector<int>{1, 10, 100}));
}

TEST(PolicyThresholdTable, CountOneNeverTouchesTheTable) {
  ThresholdTable table;
  EXPECT_TRUE(table.record(1, threshold(1, 60, ThresholdTrack::BySrc), kA, kServer, 1, at(1)));
  EXPECT_EQ(table.entries(), 0u);
}

TEST(PolicyThresholdTable, EventsSlightlyBeforeTheWindowStartCount) {
  // Two workers' capture clocks are not in lock-step.
  ThresholdTable table;
  const Threshold t = threshold(2, 10, ThresholdTrack::ByRule);
  EXPECT_FALSE(table.record(1, t, kA, kServer, 1, at(100)));
  EXPECT_TRUE(table.record(1, t, kB, kServer, 2, at(99, 500000000)));
}

TEST(PolicyThresholdTable, TracksKeepSeparateCounts) {
  struct Case {
    ThresholdTrack track;
    // Second event: (src, dst, flow); does it share the first event's count?
    IpAddress src, dst;
    uint64_t flow;
    bool shares;
  };
  const Case cases[] = {
      {ThresholdTrack::BySrc, kA, ip("192.0.2.99"), 2, true},  {ThresholdTrack::BySrc, kB, kServer, 1, false},
      {ThresholdTrack::ByDst, kB, kServer, 2, true},           {ThresholdTrack::ByDst, kA, ip("192.0.2.99"), 1, false},
      {ThresholdTrack::ByBoth, kA, kServer, 2, true},          {ThresholdTrack::ByBoth, kA, ip("192.0.2.99"), 1, false},
      {ThresholdTrack::ByBoth, kB, kServer, 1, false},         {ThresholdTrack::ByRule, kB, ip("192.0.2.99"), 2, true},
      {ThresholdTrack::ByFlow, kB, ip("192.0.2.99"), 1, true}, {ThresholdTrack::ByFlow, kA, kServer, 2, false},
  };
  for (const Case& c : cases) {
    ThresholdTable table;
    const Threshold t = threshold(2, 60, c.track);
    ASSERT_FALSE(table.record(7, t, kA, kServer, 1, at(100)));
    EXPECT_EQ(table.record(7, t, c.src, c.dst, c.flow, at(101)), c.shares)
        << thresholdTrackName(c.track) << " second event " << c.src.toString() << " -> " << c.dst.toString() << " flow "
        << c.flow;
  }
}

TEST(PolicyThresholdTable, SignaturesDoNotShareCounts) {
  ThresholdTable table;
  const Threshold t = threshold(2, 60, ThresholdTrack::BySrc);
  EXPECT_FALSE(table.record(1, t, kA, kServer, 1, at(100)));
  EXPECT_FALSE(table.record(2, t, kA, kServer, 1, at(100)));
  EXPECT_TRUE(table.record(1, t, kA, kServer, 1, at(100)));
}

TEST(PolicyThresholdTable, CapEvictsLeastRecentlyUsedAndCounts) {
  ThresholdTable table(ThresholdTable::kShards * 2);  // two entries per shard
  const Threshold t = threshold(2, 3600, ThresholdTrack::BySrc);
  // Many distinct sources (e.g. a spoofed flood) cannot grow the table.
  for (uint32_t i = 0; i < 5000; ++i) {
    IpAddress src = kA;
    src.bytes[2] = static_cast<uint8_t>(i >> 8);
    src.bytes[3] = static_cast<uint8_t>(i);
    table.record(1, t, src, kServer, i, at(100));
  }
  EXPECT_LE(table.entries(), table.maxEntries());
  EXPECT_EQ(table.evictions(), 5000u - table.entries());
  // An entry used recently survives in its shard; re-using it keeps it.
  ThresholdTable small(ThresholdTable::kShards);  // one entry per shard
  EXPECT_FALSE(small.record(9, t, kA, kServer, 1, at(1)));
  EXPECT_TRUE(small.record(9, t, kA, kServer, 1, at(2)));
}

TEST(PolicyThresholdTable, ConcurrentWorkersCountEveryEvent) {
  ThresholdTable table;
  const Threshold t = threshold(1000, 3600, ThresholdTrack::BySrc);
  std::atomic<int> emitted{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < 4; ++w)
    threads.emplace_back([&] {
      for (int i = 0; i < 500; ++i)
        if (table.record(5, t, kA, kServer, 1, at(100))) emitted.fetch_add(1);
    });
  for (auto& th : threads) th.join();
  // 2000 events: exactly events 1000..2000 alert.
  EXPECT_EQ(emitted.load(), 1001);
}

}  // namespace
}  // namespace tapwatch

// XbitsTable: Suricata's host-bit / ippair-bit semantics (set keeps a live
// bit's expiry, toggle, unset, expiry by packet time, ip_pair in both
// directions, host and pair bits apart), its bound (least recently set bit
// evicted, counted), and two Workers sharing one table: a bit one worker's
// flow sets is seen by another worker's flow of the same host.
#include "engine/xbits_table.h"

#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include "../decode/packet_builder.h"
#include "detect/detection_set.h"
#include "detect/rule_loader.h"
#include "engine/worker.h"

namespace tapwatch {
namespace {

RuleXbit bit(RuleXbit::Op op, RuleXbit::Track track, const char* name = "zq", uint32_t expire = 30) {
  RuleXbit b;
  b.op = op;
  b.track = track;
  b.name = name;
  b.name_hash = xbitNameHash(name);
  b.expire_seconds = expire;
  return b;
}

const IpAddress kA = *IpAddress::parse("127.0.0.1");
const IpAddress kB = *IpAddress::parse("127.0.0.2");
const IpAddress kC = *IpAddress::parse("127.0.0.3");

Timestamp at(int64_t sec, uint32_t nsec = 0) { return Timestamp{sec, nsec}; }

using Op = RuleXbit::Op;
using Track = RuleXbit::Track;

TEST(XbitsTable, SetIssetIsnotsetUnsetOnHosts) {
  XbitsTable t;
  const RuleXbit isset = bit(Op::IsSet, Track::IpSrc), isnotset = bit(Op::IsNotSet, Track::IpSrc);
  EXPECT_FALSE(t.holds(isset, kA, kB, at(100)));
  EXPECT_TRUE(t.holds(isnotset, kA, kB, at(100)));
  t.apply(bit(Op::Set, Track::IpSrc), kA, kB, at(100));
  EXPECT_TRUE(t.holds(isset, kA, kC, at(101)));   // any flow of host A
  EXPECT_FALSE(t.holds(isset, kB, kA, at(101)));  // host B has no bit
  EXPECT_FALSE(t.holds(isnotset, kA, kC, at(101)));
  // ip_dst names the same host table: the bit set on A is seen when A is the destination.
  EXPECT_TRUE(t.holds(bit(Op::IsSet, Track::IpDst), kB, kA, at(101)));
  EXPECT_EQ(t.entries(), 1u);
  t.apply(bit(Op::Unset, Track::IpSrc), kA, kB, at(102));
  EXPECT_FALSE(t.holds(isset, kA, kB, at(102)));
  EXPECT_EQ(t.entries(), 0u);
  t.apply(bit(Op::Unset, Track::IpSrc), kA, kB, at(102));  // unset of nothing is fine
  EXPECT_FALSE(t.holds(bit(Op::IsSet, Track::IpSrc, "other"), kA, kB, at(102)));
}

TEST(XbitsTable, ExpiryByPacketTimeAndSetKeepsTheFirstExpiry) {
  XbitsTable t;
  const RuleXbit isset = bit(Op::IsSet, Track::IpSrc);
  t.apply(bit(Op::Set, Track::IpSrc, "zq", 10), kA, kB, at(100));
  EXPECT_TRUE(t.holds(isset, kA, kB, at(110)));                    // at the expiry: still set (expired once passed)
  t.apply(bit(Op::Set, Track::IpSrc, "zq", 10), kA, kB, at(105));  // live: expiry stays 110, as in Suricata
  EXPECT_FALSE(t.holds(isset, kA, kB, at(110, 1)));
  EXPECT_EQ(t.entries(), 0u);  // an expired bit found is dropped
  t.apply(bit(Op::Set, Track::IpSrc, "zq", 10), kA, kB, at(200));
  EXPECT_TRUE(t.holds(isset, kA, kB, at(205)));
}

TEST(XbitsTable, ToggleFlipsAndAnExpiredBitCountsAsUnset) {
  XbitsTable t;
  const RuleXbit toggle = bit(Op::Toggle, Track::IpSrc, "zq", 5), isset = bit(Op::IsSet, Track::IpSrc);
  t.apply(toggle, kA, kB, at(100));
  EXPECT_TRUE(t.holds(isset, kA, kB, at(101)));
  t.apply(toggle, kA, kB, at(102));
  EXPECT_FALSE(t.holds(isset, kA, kB, at(103)));
  t.apply(toggle, kA, kB, at(104));
  t.apply(toggle, kA, kB, at(200));  // expired at 109: the toggle sets it again
  EXPECT_TRUE(t.holds(isset, kA, kB, at(201)));
}

TEST(XbitsTable, PairsAreUnorderedAndApartFromHostBits) {
  XbitsTable t;
  t.apply(bit(Op::Set, Track::IpPair), kA, kB, at(100));
  EXPECT_TRUE(t.holds(bit(Op::IsSet, Track::IpPair), kB, kA, at(101)));
  EXPECT_TRUE(t.holds(bit(Op::IsSet, Track::IpPair), kA, kB, at(101)));
  EXPECT_FALSE(t.holds(bit(Op::IsSet, Track::IpPair), kA, kC, at(101)));
  EXPECT_FALSE(t.holds(bit(Op::IsSet, Track::IpSrc), kA, kB, at(101)));
  EXPECT_FALSE(t.holds(bit(Op::IsSet, Track::IpDst), kA, kB, at(101)));
}

TEST(XbitsTable, BoundedByEvictingTheLeastRecentlySet) {
  XbitsTable t(XbitsTable::kShards * 2);  // two bits per shard
  EXPECT_EQ(t.maxEntries(), XbitsTable::kShards * 2);
  for (int i = 0; i < 200; ++i) {
    const std::string name = "zq" + std::to_string(i);
    t.apply(bit(Op::Set, Track::IpSrc, name.c_str()), kA, kB, at(100 + i));
  }
  EXPECT_LE(t.entries(), t.maxEntries());
  EXPECT_EQ(t.entries() + t.evictions(), 200u);
  // The newest bit is kept.
  EXPECT_TRUE(t.holds(bit(Op::IsSet, Track::IpSrc, "zq199"), kA, kB, at(300)));
}

// Two workers, one table: a UDP flow of host 127.0.0.1 on worker 0 sets a bit that a
// different flow of that host on worker 1 checks. Each worker alone (no shared table)
// would not see it.
class Recording final : public AlertSink {
 public:
  void emit(EveEvent&& event) override {
    if (event.type() == EveType::Alert) ++alerts;
  }
  int alerts = 0;
};

constexpr const char* kRules =
    "alert udp any any -> any 9999 (content:\"ZQ-LOGIN\"; xbits:set,zq,track ip_src; noalert; sid:1;)\n"
    "alert udp any any -> any 9999 (content:\"ZQ-FETCH\"; xbits:isset,zq,track ip_src; sid:2;)\n";

struct TwoWorkers {
  explicit TwoWorkers(bool shared) {
    RuleLoadContext context;
    context.vars = ruleVarsWithDefaults({});
    auto loaded = loadRuleText(kRules, "x.rules", context);
    EXPECT_EQ(loaded.signatures.size(), 2u);
    auto set = DetectionSet::build(std::move(loaded.signatures), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    WorkerContext ctx{config, sink, counters, ""};
    if (shared) ctx.xbits = &table;
    first = std::make_unique<Worker>(0, ctx, stats[0], *set);
    second = std::make_unique<Worker>(1, ctx, stats[1], *set);
  }
  static void send(Worker& w, uint16_t sport, const std::string& payload, int64_t sec) {
    test::Ipv4Spec ip;
    ip.src = {127, 0, 0, 1};
    ip.dst = {127, 0, 0, 9};
    ip.protocol = 17;
    const test::Bytes frame = test::ethernet(0x0800, test::ipv4(ip, test::udp(sport, 9999, test::text(payload))));
    w.handlePacket(DLT_EN10MB, Timestamp{sec, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                   static_cast<uint32_t>(frame.size()));
  }
  Config config;
  Recording sink;
  AlertCounters counters;
  XbitsTable table;
  WorkerStats stats[2];
  std::unique_ptr<Worker> first, second;
};

TEST(XbitsWorkers, ABitSetOnOneWorkerIsSeenOnAnother) {
  TwoWorkers shared(true);
  TwoWorkers::send(*shared.first, 40001, "ZQ-LOGIN", 1700000000);
  TwoWorkers::send(*shared.second, 40002, "ZQ-FETCH", 1700000001);
  EXPECT_EQ(shared.sink.alerts, 1);
  EXPECT_EQ(shared.table.entries(), 1u);

  TwoWorkers apart(false);
  TwoWorkers::send(*apart.first, 40001, "ZQ-LOGIN", 1700000000);
  TwoWorkers::send(*apart.second, 40002, "ZQ-FETCH", 1700000001);
  EXPECT_EQ(apart.sink.alerts, 0);
}

}  // namespace
}  // namespace tapwatch

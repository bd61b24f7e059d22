// Header-only rules and packet keywords cost no allocation per packet: a
// Worker with a set of packet rules (IP lists, ports, flags, ttl, dsize,
// flowbits, flowint) and a payload rule with dsize processes warm TCP and UDP flows
// and ICMP packets (no flow) without one heap allocation. Counts every
// operator new in this binary.
#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include "../decode/packet_builder.h"
#include "detect/detection_set.h"
#include "detect/rule_loader.h"
#include "engine/worker.h"

#include "../support/counting_new.h"
#include "worker_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

// None of them matches the steady-state traffic (an alert allocates its event, per alert).
constexpr const char* kRules =
    "alert ip [127.9.0.0/16,127.8.1.1,127.8.1.2] any -> $HOME_NET any (msg:\"listed\"; sid:1;)\n"
    "alert tcp any any -> $HOME_NET 4444 (msg:\"port\"; flags:S; sid:2;)\n"
    "alert tcp any any -> any any (msg:\"ttl\"; flow:established,to_server; flags:PA; ttl:<5; sid:3;)\n"
    "alert udp any any -> any any (msg:\"dsize\"; dsize:>5000; sid:4;)\n"
    "alert icmp any any -> any any (msg:\"icmp\"; itype:13; sid:5;)\n"
    "alert tcp any any -> any any (msg:\"bits\"; flowbits:isset,never; flags:A; sid:6;)\n"
    "alert tcp any any <> any any (msg:\"both\"; tcp.mss:<10; sid:7;)\n"
    "alert tcp any any -> any any (msg:\"payload\"; content:\"I recorded you\"; dsize:<10; sid:8;)\n"
    // flowint: every packet of a flow adds to it; the flow's table is made on its first write (warm-up)
    "alert tcp any any -> any any (msg:\"ints\"; flowint:pkts,+,1; flowint:pkts,>,100000; sid:9;)\n";

TEST(PacketRuleAllocations, WarmFlowsAndIcmpAllocateNothing) {
  Config config;
  config.outputs.eve.types = {"alert"};
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults({{"HOME_NET", "[127.0.0.0/8]"}});
  auto loaded = loadRuleText(kRules, "alloc.rules", context);
  ASSERT_TRUE(loaded.refused.empty()) << loaded.refused[0].describe();
  auto set = DetectionSet::build(std::move(loaded.signatures), {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  Worker worker(0, WorkerContext{config, sink, counters, ""}, stats, *set);
  int64_t clock = 1700000000;
  auto feed = [&](const Bytes& frame) {
    worker.handlePacket(DLT_EN10MB, Timestamp{clock, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                        static_cast<uint32_t>(frame.size()));
  };
  std::vector<Connection> conns;
  for (uint8_t n = 1; n <= 4; ++n) conns.push_back(Connection{n, 9000});
  for (auto& c : conns) {
    feed(c.frame(true, 0x02, {}));
    feed(c.frame(false, 0x12, {}));
    feed(c.frame(true, 0x10, {}));
  }
  std::vector<Bytes> frames;
  const Bytes data = pattern(1400, 7);
  for (int round = 0; round < 200; ++round) {
    for (auto& c : conns) {
      frames.push_back(c.frame(true, 0x18, data));
      frames.push_back(c.frame(false, 0x10, {}));
    }
    Ipv4Spec u;
    u.protocol = 17;
    u.src = {127, 0, 0, 53};
    u.dst = {127, 0, 1, 53};
    frames.push_back(ethernet(0x0800, ipv4(u, udp(5353, 9999, pattern(100, 1)))));
    Ipv4Spec i;
    i.protocol = 1;
    i.src = {127, 0, 0, 9};
    i.dst = {127, 0, 1, 9};
    frames.push_back(ethernet(0x0800, ipv4(i, Bytes{8, 0, 0, 0, 0, 1, 0, static_cast<uint8_t>(round), 'p'})));
  }
  size_t next = 0;
  for (; next < frames.size() / 4; ++next) feed(frames[next]);
  const uint64_t n = allocationsDuring([&] {
    for (; next < frames.size(); ++next) feed(frames[next]);
  });
  EXPECT_EQ(n, 0u) << "allocations over " << frames.size() * 3 / 4 << " packets with packet rules";
  EXPECT_EQ(sink.alerts, 0);
  // The rules were really evaluated: a listed source alerts.
  Ipv4Spec listed;
  listed.protocol = 17;
  listed.src = {127, 9, 3, 3};
  listed.dst = {127, 0, 1, 53};
  feed(ethernet(0x0800, ipv4(listed, udp(5353, 9999, pattern(10, 1)))));
  EXPECT_EQ(sink.alerts, 1);
}

}  // namespace
}  // namespace tapwatch

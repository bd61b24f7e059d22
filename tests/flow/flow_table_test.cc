#include "flow/flow_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "common/flow_id.h"
#include "flow/fast_divisor.h"
#include "flow_test_util.h"

namespace tapwatch {
namespace {

using test::at;
using test::Endpoint;
using test::gapMark;
using test::makeText;
using test::Recorder;
using test::tcpPacket;
using test::udpPacket;

constexpr uint8_t kSyn = tcp_flags::Syn, kAck = tcp_flags::Ack, kFin = tcp_flags::Fin, kRst = tcp_flags::Rst,
                  kPsh = tcp_flags::Psh;

// One TCP connection's packets. Payloads point into up/down, which must
// outlive processing.
struct Conn {
  Endpoint c{"10.0.0.1", 40000};
  Endpoint s{"192.0.2.25", 25};
  uint32_t cisn = 1000;
  uint32_t sisn = 900000;
  std::string up;    // client -> server bytes
  std::string down;  // server -> client bytes

  DecodedPacket syn(Timestamp ts = {}) const { return tcpPacket(c, s, kSyn, cisn, 0, {}, ts); }
  DecodedPacket synAck(Timestamp ts = {}) const { return tcpPacket(s, c, kSyn | kAck, sisn, cisn + 1, {}, ts); }
  DecodedPacket ack(Timestamp ts = {}) const { return tcpPacket(c, s, kAck, cisn + 1, sisn + 1, {}, ts); }
  DecodedPacket toServer(size_t b, size_t e, Timestamp ts = {}) const {
    return tcpPacket(c, s, kAck | kPsh, cisn + 1 + static_cast<uint32_t>(b), sisn + 1,
                     std::string_view(up).substr(b, e - b), ts);
  }
  DecodedPacket toClient(size_t b, size_t e, Timestamp ts = {}) const {
    return tcpPacket(s, c, kAck | kPsh, sisn + 1 + static_cast<uint32_t>(b), cisn + 1,
                     std::string_view(down).substr(b, e - b), ts);
  }
  // The server acknowledging client bytes up to `upto`.
  DecodedPacket serverAck(size_t upto, Timestamp ts = {}) const {
    return tcpPacket(s, c, kAck, sisn + 1, cisn + 1 + static_cast<uint32_t>(upto), {}, ts);
  }
  DecodedPacket finFromClient(Timestamp ts = {}) const {
    return tcpPacket(c, s, kFin | kAck, cisn + 1 + static_cast<uint32_t>(up.size()), sisn + 1, {}, ts);
  }
  DecodedPacket finFromServer(Timestamp ts = {}) const {
    return tcpPacket(s, c, kFin | kAck, sisn + 1 + static_cast<uint32_t>(down.size()),
                     cisn + 2 + static_cast<uint32_t>(up.size()), {}, ts);
  }
  DecodedPacket rstFromServer(Timestamp ts = {}) const {
    return tcpPacket(s, c, kRst, sisn + 1 + static_cast<uint32_t>(down.size()), 0, {}, ts);
  }
};

class FlowTableTest : public testing::Test {
 protected:
  FlowTableTest() {
    flow_config_.max_flows = 1000;
    flow_config_.timeouts = FlowTimeouts{.tcp_established = 100, .tcp_closed = 5, .tcp_syn = 10, .udp = 20};
    stream_config_.depth_bytes = 0;
  }

  FlowTable& table() {
    if (!table_) table_ = std::make_unique<FlowTable>(flow_config_, stream_config_, stats_, 1);
    return *table_;
  }
  void process(const DecodedPacket& p) { table().process(p, events_); }
  void handshake(const Conn& conn, Timestamp ts = {}) {
    process(conn.syn(ts));
    process(conn.synAck(ts));
    process(conn.ack(ts));
  }

  FlowConfig flow_config_;
  StreamConfig stream_config_;
  FlowStats stats_;
  Recorder events_;
  std::unique_ptr<FlowTable> table_;
};

TEST_F(FlowTableTest, FullConnectionDeliversBothStreamsAndClosesAfterTheClosedTimeout) {
  Conn conn;
  conn.up = makeText(150, 1);
  conn.down = makeText(200, 2);
  process(conn.syn(at(1)));
  Flow* flow = table().find(conn.syn());
  ASSERT_NE(flow, nullptr);
  EXPECT_EQ(flow->tcp_state, TcpState::SynSent);
  process(conn.synAck(at(1)));
  EXPECT_EQ(flow->tcp_state, TcpState::SynReceived);
  process(conn.ack(at(1)));
  EXPECT_EQ(flow->tcp_state, TcpState::Established);
  process(conn.toServer(0, 100, at(2)));
  process(conn.toClient(0, 200, at(2)));
  process(conn.toServer(100, 150, at(3)));
  process(conn.finFromClient(at(3)));
  EXPECT_EQ(flow->tcp_state, TcpState::Established) << "half closed";
  process(conn.finFromServer(at(4)));
  EXPECT_EQ(flow->tcp_state, TcpState::Closed);
  EXPECT_EQ(flow->packets[index(Direction::ToServer)], 5u);
  EXPECT_EQ(flow->packets[index(Direction::ToClient)], 3u);
  EXPECT_EQ(flow->client_port, 40000);
  EXPECT_EQ(flow->server_port, 25);
  EXPECT_EQ(flow->first_seen, at(1));
  EXPECT_EQ(flow->last_seen, at(4));

  Recorder::Record& r = events_.only();
  EXPECT_EQ(r.stream[index(Direction::ToServer)], conn.up);
  EXPECT_EQ(r.stream[index(Direction::ToClient)], conn.down);
  EXPECT_EQ(r.client_ip, test::ip("10.0.0.1"));

  table().expire(at(9), events_);  // idle exactly tcp_closed: not yet
  EXPECT_EQ(r.closes, 0);
  table().expire(at(9, 1), events_);
  EXPECT_EQ(r.closes, 1);
  EXPECT_EQ(r.reason, FlowEndReason::TcpClosed);
  EXPECT_EQ(table().activeFlows(), 0u);
  EXPECT_EQ(events_.log.front(), "open " + std::to_string(r.id));
  EXPECT_EQ(events_.log.back(), "close " + std::to_string(r.id) + " tcp_closed");
  EXPECT_EQ(stats_.flows_total.value(), 1u);
  EXPECT_EQ(stats_.flows_active.value(), 0u);
  EXPECT_EQ(stats_.timeout_tcp_closed.value(), 1u);
  EXPECT_EQ(table().find(conn.syn()), nullptr);
}

TEST_F(FlowTableTest, FlowFirstSeenAtSynAckHasTheReceiverAsClient) {
  Conn conn;
  conn.up = makeText(40, 3);
  conn.down = makeText(60, 4);
  process(conn.synAck());
  process(conn.ack());
  process(conn.toServer(0, 40));
  process(conn.toClient(0, 60));
  Recorder::Record& r = events_.only();
  EXPECT_EQ(r.client_ip, test::ip("10.0.0.1"));
  EXPECT_EQ(r.client_port, 40000);
  EXPECT_EQ(r.stream[index(Direction::ToServer)], conn.up);
  EXPECT_EQ(r.stream[index(Direction::ToClient)], conn.down);
  EXPECT_EQ(table().find(conn.ack())->tcp_state, TcpState::Established);
}

TEST_F(FlowTableTest, MidstreamPickupUsesThePortRule) {
  Conn conn;
  conn.up = makeText(50, 5);
  conn.down = makeText(80, 6);
  process(conn.toClient(0, 30));  // first packet: server port 25 -> 40000
  process(conn.toServer(0, 50));
  process(conn.toClient(30, 80));
  Recorder::Record& r = events_.only();
  EXPECT_EQ(r.client_ip, test::ip("10.0.0.1")) << "the well-known-port sender is the server";
  EXPECT_EQ(r.stream[index(Direction::ToServer)], conn.up);
  EXPECT_EQ(r.stream[index(Direction::ToClient)], conn.down);
  const Flow* flow = table().find(conn.ack());
  ASSERT_NE(flow, nullptr);
  EXPECT_TRUE(flow->midstream);
  EXPECT_EQ(flow->tcp_state, TcpState::Established);
  EXPECT_EQ(stats_.tcp_midstream_flows.value(), 1u);
}

TEST_F(FlowTableTest, MidstreamDisabledIgnoresFlowsWithoutSyn) {
  stream_config_.midstream = false;
  Conn conn;
  conn.up = makeText(50, 7);
  process(conn.toServer(0, 20));
  process(conn.toServer(20, 50));
  EXPECT_EQ(table().activeFlows(), 0u);
  EXPECT_EQ(events_.open_count, 0);
  EXPECT_EQ(stats_.ignored_no_syn.value(), 2u);
  handshake(conn);
  process(conn.toServer(0, 50));
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], conn.up);
}

TEST_F(FlowTableTest, RstWithoutAFlowCreatesNone) {
  Conn conn;
  process(conn.rstFromServer());
  EXPECT_EQ(table().activeFlows(), 0u);
  EXPECT_EQ(stats_.ignored_orphan_rst.value(), 1u);
}

TEST_F(FlowTableTest, NonTcpUdpPacketsAreIgnored) {
  DecodedPacket icmp = udpPacket({"10.0.0.1", 0}, {"10.0.0.2", 0}, "ping");
  icmp.ip_protocol = 1;
  process(icmp);
  DecodedPacket not_ip;
  process(not_ip);
  EXPECT_EQ(table().activeFlows(), 0u);
  EXPECT_EQ(stats_.ignored_not_tcp_udp.value(), 2u);
}

TEST_F(FlowTableTest, RstClosesTheConnection) {
  Conn conn;
  conn.up = makeText(30, 8);
  handshake(conn, at(1));
  process(conn.toServer(0, 30, at(1)));
  process(conn.rstFromServer(at(2)));
  Flow* flow = table().find(conn.ack());
  ASSERT_NE(flow, nullptr);
  EXPECT_EQ(flow->tcp_state, TcpState::Closed);
  table().expire(at(8), events_);
  EXPECT_EQ(events_.only().reason, FlowEndReason::TcpClosed);
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], conn.up);
}

TEST_F(FlowTableTest, EachStateHasItsOwnTimeout) {
  Conn syn_only, established, reset;
  syn_only.c.port = 1001;
  established.c.port = 1002;
  reset.c.port = 1003;
  process(syn_only.syn(at(0)));
  handshake(established, at(0));
  handshake(reset, at(0));
  process(reset.rstFromServer(at(0)));
  process(udpPacket({"10.0.0.1", 5353}, {"10.0.0.2", 53}, "q", at(0)));
  ASSERT_EQ(table().activeFlows(), 4u);

  auto reasonOf = [&](const Conn& conn) {
    for (auto& [id, r] : events_.records)
      if (r.client_port == conn.c.port) return r.closes == 1 ? std::string(flowEndReasonName(r.reason)) : "open";
    return std::string("missing");
  };

  table().expire(at(5), events_);
  EXPECT_EQ(table().activeFlows(), 4u);
  table().expire(at(6), events_);  // tcp_closed = 5
  EXPECT_EQ(table().activeFlows(), 3u);
  EXPECT_EQ(reasonOf(reset), "tcp_closed");
  table().expire(at(11), events_);  // tcp_syn = 10
  EXPECT_EQ(table().activeFlows(), 2u);
  EXPECT_EQ(reasonOf(syn_only), "timeout");
  table().expire(at(21), events_);  // udp = 20
  EXPECT_EQ(table().activeFlows(), 1u);
  table().expire(at(100), events_);
  EXPECT_EQ(reasonOf(established), "open");
  table().expire(at(101), events_);  // tcp_established = 100
  EXPECT_EQ(reasonOf(established), "timeout");
  EXPECT_EQ(table().activeFlows(), 0u);
  EXPECT_EQ(stats_.timeout_tcp_closed.value(), 1u);
  EXPECT_EQ(stats_.timeout_tcp_syn.value(), 1u);
  EXPECT_EQ(stats_.timeout_udp.value(), 1u);
  EXPECT_EQ(stats_.timeout_tcp_established.value(), 1u);
}

TEST_F(FlowTableTest, ActivityPostponesTheTimeout) {
  process(udpPacket({"10.0.0.1", 5353}, {"10.0.0.2", 53}, "q", at(0)));
  process(udpPacket({"10.0.0.2", 53}, {"10.0.0.1", 5353}, "r", at(15)));
  table().expire(at(21), events_);
  EXPECT_EQ(table().activeFlows(), 1u);
  table().expire(at(36), events_);
  EXPECT_EQ(table().activeFlows(), 0u);
}

TEST_F(FlowTableTest, FullTableEvictsTheLeastRecentlyUsedFlow) {
  flow_config_.max_flows = 3;
  auto packet = [](uint16_t port, int64_t t) { return udpPacket({"10.0.0.1", port}, {"10.0.0.2", 53}, "q", at(t)); };
  process(packet(1, 1));
  process(packet(2, 2));
  process(packet(3, 3));
  process(packet(1, 4));  // flow 1 is fresh again: flow 2 is now the oldest
  process(packet(4, 5));
  EXPECT_EQ(table().activeFlows(), 3u);
  EXPECT_EQ(stats_.evicted_cap.value(), 1u);
  EXPECT_NE(table().find(packet(1, 0)), nullptr);
  EXPECT_EQ(table().find(packet(2, 0)), nullptr);
  EXPECT_NE(table().find(packet(3, 0)), nullptr);
  EXPECT_NE(table().find(packet(4, 0)), nullptr);
  int evicted = 0;
  for (auto& [id, r] : events_.records) {
    if (r.closes == 0) continue;
    ++evicted;
    EXPECT_EQ(r.client_port, 2);
    EXPECT_EQ(r.reason, FlowEndReason::Evicted);
  }
  EXPECT_EQ(evicted, 1);
}

TEST_F(FlowTableTest, EvictionFlushesTheVictimsBufferedBytes) {
  flow_config_.max_flows = 1;
  Conn conn;
  conn.up = makeText(100, 9);
  handshake(conn, at(1));
  process(conn.toServer(0, 40, at(1)));
  process(conn.toServer(60, 100, at(1)));  // [40,60) lost, [60,100) buffered
  process(udpPacket({"10.9.9.9", 7}, {"10.9.9.8", 7}, "x", at(2)));
  const uint64_t tcp_id = events_.records.begin()->first;
  Recorder::Record& r = events_.records.at(tcp_id);
  EXPECT_EQ(r.reason, FlowEndReason::Evicted);
  EXPECT_EQ(r.stream[index(Direction::ToServer)], conn.up.substr(0, 40) + gapMark(20) + conn.up.substr(60));
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u);
}

TEST_F(FlowTableTest, UdpDatagramsAreDeliveredWholePerDirection) {
  process(udpPacket({"10.0.0.1", 40000}, {"10.0.0.2", 53}, "query-1"));
  process(udpPacket({"10.0.0.2", 53}, {"10.0.0.1", 40000}, "answer-1"));
  process(udpPacket({"10.0.0.1", 40000}, {"10.0.0.2", 53}, "query-2"));
  process(udpPacket({"10.0.0.1", 40000}, {"10.0.0.2", 53}, ""));  // empty datagram: nothing to deliver
  Recorder::Record& r = events_.only();
  EXPECT_EQ(r.datagrams[index(Direction::ToServer)], (std::vector<std::string>{"query-1", "query-2"}));
  EXPECT_EQ(r.datagrams[index(Direction::ToClient)], (std::vector<std::string>{"answer-1"}));
  EXPECT_EQ(r.server_port, 53);
  const Flow* flow = table().find(udpPacket({"10.0.0.1", 40000}, {"10.0.0.2", 53}, ""));
  ASSERT_NE(flow, nullptr);
  EXPECT_EQ(flow->packets[index(Direction::ToServer)], 3u);
  EXPECT_EQ(flow->packets[index(Direction::ToClient)], 1u);
}

TEST_F(FlowTableTest, ServerAckBeyondAHoleRevealsTheGap) {
  Conn conn;
  conn.up = makeText(300, 10);
  handshake(conn);
  process(conn.toServer(0, 100));
  process(conn.toServer(200, 300));  // [100,200) lost
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], conn.up.substr(0, 100));
  process(conn.serverAck(300));
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)],
            conn.up.substr(0, 100) + gapMark(100) + conn.up.substr(200));
  EXPECT_EQ(stats_.tcp_gaps.value(), 1u);
}

TEST_F(FlowTableTest, CloseAllFlushesBufferedDataWithGaps) {
  Conn conn;
  conn.up = makeText(120, 11);
  handshake(conn);
  process(conn.toServer(0, 50));
  process(conn.toServer(80, 120));
  table().closeAll(events_);
  Recorder::Record& r = events_.only();
  EXPECT_EQ(r.stream[index(Direction::ToServer)], conn.up.substr(0, 50) + gapMark(30) + conn.up.substr(80));
  EXPECT_EQ(r.reason, FlowEndReason::Shutdown);
  EXPECT_EQ(table().activeFlows(), 0u);
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u);
}

TEST_F(FlowTableTest, NewSynOnAClosedFlowStartsANewFlow) {
  Conn first;
  first.up = "hello";
  handshake(first);
  process(first.toServer(0, 5));
  process(first.finFromClient());
  process(first.finFromServer());
  Conn second = first;
  second.cisn = 777777;
  second.up = "again";
  handshake(second);
  process(second.toServer(0, 5));
  ASSERT_EQ(events_.records.size(), 2u);
  auto it = events_.records.begin();
  EXPECT_EQ(it->second.stream[0], "hello");
  EXPECT_EQ(it->second.reason, FlowEndReason::TcpClosed);
  EXPECT_EQ(it->second.closes, 1);
  ++it;
  EXPECT_EQ(it->second.stream[0], "again");
  EXPECT_EQ(it->second.closes, 0);
  EXPECT_EQ(stats_.tcp_port_reuse.value(), 1u);
  EXPECT_EQ(table().activeFlows(), 1u);
}

TEST_F(FlowTableTest, DataOnTheSynIsDelivered) {
  Conn conn;
  conn.up = "fastopen+more";
  process(tcpPacket(conn.c, conn.s, kSyn, conn.cisn, 0, std::string_view(conn.up).substr(0, 8)));
  process(conn.synAck());
  process(conn.toServer(8, conn.up.size()));
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], conn.up);
}

TEST_F(FlowTableTest, DepthCapAppliesPerDirection) {
  stream_config_.depth_bytes = 10;
  Conn conn;
  conn.up = makeText(30, 12);
  conn.down = makeText(8, 13);
  handshake(conn);
  process(conn.toServer(0, 30));
  process(conn.toClient(0, 8));
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], conn.up.substr(0, 10));
  EXPECT_EQ(events_.only().stream[index(Direction::ToClient)], conn.down);
  EXPECT_EQ(stats_.depth_truncated.value(), 1u);
}

TEST_F(FlowTableTest, FlowIdsAreUniqueAndIndependentOfTheWorker) {
  // EVE flow_id (common/flow_id.h): a hash of the key and the start time, so
  // another table (worker) holding other flows gives other ids, and the same
  // flow gets the same id whichever worker holds it.
  FlowTable other(flow_config_, stream_config_, stats_, 7);
  FlowTable same(flow_config_, stream_config_, stats_, 3);
  Recorder other_events, same_events;
  for (uint16_t port = 1; port <= 50; ++port) {
    process(udpPacket({"10.0.0.1", port}, {"10.0.0.2", 53}, "q"));
    same.process(udpPacket({"10.0.0.1", port}, {"10.0.0.2", 53}, "q"), same_events);
    other.process(udpPacket({"10.0.0.1", static_cast<uint16_t>(port + 50)}, {"10.0.0.2", 53}, "q"), other_events);
  }
  std::set<uint64_t> ids, same_ids;
  for (auto& [id, r] : events_.records) ids.insert(id);
  for (auto& [id, r] : same_events.records) same_ids.insert(id);
  EXPECT_EQ(ids, same_ids);
  for (auto& [id, r] : other_events.records) ids.insert(id);
  EXPECT_EQ(ids.size(), 100u);
  for (uint64_t id : ids) {
    EXPECT_GT(id, 0u);
    EXPECT_LE(id, kFlowIdMask) << "EVE flow_id stays a positive integer a JSON double holds exactly";
  }
  other.closeAll(other_events);
  same.closeAll(same_events);
}

TEST_F(FlowTableTest, ManyFlowsSurviveIndexGrowthAndDeletion) {
  flow_config_.max_flows = 100000;
  constexpr int kFlows = 6000;
  auto packet = [](int i, int64_t t) {
    return udpPacket({"10.1." + std::to_string(i / 250) + "." + std::to_string(i % 250), 1234}, {"10.2.0.1", 53}, "q",
                     at(t));
  };
  for (int i = 0; i < kFlows; ++i) process(packet(i, i < kFlows / 2 ? 0 : 50));
  EXPECT_EQ(table().activeFlows(), static_cast<size_t>(kFlows));
  table().expire(at(60), events_);  // the first half idled 60 s > 20
  EXPECT_EQ(table().activeFlows(), static_cast<size_t>(kFlows / 2));
  EXPECT_EQ(events_.close_count, kFlows / 2);
  // Every survivor is still found; every expired one is gone.
  for (int i = 0; i < kFlows; ++i) EXPECT_EQ(table().find(packet(i, 0)) != nullptr, i >= kFlows / 2) << i;
  for (int i = 0; i < kFlows; ++i) process(packet(i, 61));
  EXPECT_EQ(events_.open_count, kFlows + kFlows / 2) << "only the expired flows were opened again";
  EXPECT_EQ(table().activeFlows(), static_cast<size_t>(kFlows));
  table().closeAll(events_);
  EXPECT_EQ(events_.close_count, kFlows / 2 + kFlows);
}

// Hundreds of connections, both directions, reordered and interleaved with
// each other: every stream comes out exactly as sent.
TEST_F(FlowTableTest, ManyInterleavedFlows) {
  constexpr int kConns = 300;
  std::mt19937 rng(42);
  std::vector<Conn> conns(kConns);
  std::vector<std::deque<DecodedPacket>> queues(kConns);
  for (int i = 0; i < kConns; ++i) {
    Conn& conn = conns[i];
    conn.c = Endpoint{"10.3." + std::to_string(i % 7) + ".1", static_cast<uint16_t>(20000 + i)};
    conn.s = Endpoint{i % 2 ? "2001:db8::25" : "192.0.2.80", static_cast<uint16_t>(i % 2 ? 25 : 80)};
    if (i % 2) conn.c.addr = "2001:db8:1::" + std::to_string(i % 7 + 1);
    conn.cisn = static_cast<uint32_t>(rng());
    conn.sisn = static_cast<uint32_t>(rng());
    conn.up = makeText(500 + rng() % 4000, rng());
    conn.down = makeText(500 + rng() % 8000, rng());
  }
  for (int i = 0; i < kConns; ++i) {
    const Conn& conn = conns[i];
    std::deque<DecodedPacket>& q = queues[i];
    q.push_back(conn.syn());
    q.push_back(conn.synAck());
    q.push_back(conn.ack());
    std::vector<DecodedPacket> data;
    for (size_t b = 0; b < conn.up.size();) {
      const size_t e = std::min(conn.up.size(), b + 1 + rng() % 1460);
      data.push_back(conn.toServer(b, e));
      b = e;
    }
    for (size_t b = 0; b < conn.down.size();) {
      const size_t e = std::min(conn.down.size(), b + 1 + rng() % 1460);
      data.push_back(conn.toClient(b, e));
      b = e;
    }
    for (size_t k = 1; k < data.size(); ++k)
      if (rng() % 3 == 0) std::swap(data[k - 1], data[k]);
    q.insert(q.end(), data.begin(), data.end());
    q.push_back(conn.finFromClient());
    q.push_back(conn.finFromServer());
  }
  std::vector<int> live(kConns);
  for (int i = 0; i < kConns; ++i) live[i] = i;
  while (!live.empty()) {
    const size_t pick = rng() % live.size();
    std::deque<DecodedPacket>& q = queues[live[pick]];
    process(q.front());
    q.pop_front();
    if (q.empty()) {
      live[pick] = live.back();
      live.pop_back();
    }
  }
  EXPECT_EQ(table().activeFlows(), static_cast<size_t>(kConns));
  table().closeAll(events_);
  ASSERT_EQ(events_.records.size(), static_cast<size_t>(kConns));
  int matched = 0;
  for (const Conn& conn : conns) {
    for (auto& [id, r] : events_.records) {
      if (r.client_port != conn.c.port) continue;
      EXPECT_EQ(r.stream[index(Direction::ToServer)], conn.up) << conn.c.port;
      EXPECT_EQ(r.stream[index(Direction::ToClient)], conn.down) << conn.c.port;
      EXPECT_EQ(r.closes, 1);
      ++matched;
    }
  }
  EXPECT_EQ(matched, kConns);
  EXPECT_EQ(stats_.tcp_gaps.value(), 0u);
  EXPECT_EQ(stats_.ooo_bytes_buffered.value(), 0u);
}

// ---- insertion and evasion

// An RST the receiver would ignore (outside its window) must not end inspection.
TEST_F(FlowTableTest, RstOutsideTheWindowIsCountedAndIgnored) {
  Conn conn;
  conn.up = makeText(40, 21);
  handshake(conn, at(1));
  process(conn.toServer(0, 20, at(1)));
  DecodedPacket server_ack = conn.serverAck(20, at(1));
  server_ack.tcp_window = 1000;
  process(server_ack);
  // Far beyond the server's window (its last ACK + 1000).
  process(tcpPacket(conn.c, conn.s, kRst | kAck, conn.cisn + 1 + 20 + 5000, conn.sisn + 1, {}, at(2)));
  // Just behind the server's next expected byte: also outside.
  process(tcpPacket(conn.c, conn.s, kRst, conn.cisn + 1 + 19, 0, {}, at(2)));
  EXPECT_EQ(stats_.rst_out_of_window.value(), 2u);
  Flow* flow = table().find(conn.ack());
  ASSERT_NE(flow, nullptr);
  EXPECT_EQ(flow->tcp_state, TcpState::Established);
  process(conn.toServer(20, 40, at(3)));
  table().closeAll(events_);
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], conn.up) << "inspection went on";
}

TEST_F(FlowTableTest, RstInsideTheWindowEndsInspection) {
  Conn conn;
  conn.up = makeText(40, 22);
  handshake(conn, at(1));
  process(conn.toServer(0, 10, at(1)));
  process(conn.toServer(20, 30, at(1)));  // buffered behind a hole: flushed at the RST
  DecodedPacket server_ack = conn.serverAck(10, at(1));
  server_ack.tcp_window = 1000;
  process(server_ack);
  // Inside the window but not at its left edge: the host accepts it (RFC 793).
  process(tcpPacket(conn.c, conn.s, kRst, conn.cisn + 1 + 10 + 500, 0, {}, at(2)));
  EXPECT_EQ(stats_.rst_out_of_window.value(), 0u);
  Flow* flow = table().find(conn.ack());
  ASSERT_NE(flow, nullptr);
  EXPECT_EQ(flow->tcp_state, TcpState::Closed);
  process(conn.toServer(10, 40, at(3)));  // the host ignores this, so does the sensor
  table().closeAll(events_);
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)],
            conn.up.substr(0, 10) + gapMark(10) + conn.up.substr(20, 10));
}

TEST_F(FlowTableTest, RstWindowHonoursWindowScaling) {
  Conn conn;
  conn.up = makeText(20, 23);
  DecodedPacket syn = conn.syn(at(1));
  syn.tcp_window_scale = 7;
  DecodedPacket syn_ack = conn.synAck(at(1));
  syn_ack.tcp_window_scale = 7;
  process(syn);
  process(syn_ack);
  process(conn.ack(at(1)));
  DecodedPacket server_ack = conn.serverAck(0, at(1));
  server_ack.tcp_window = 502;  // 502 << 7 = 64256 bytes
  process(server_ack);
  process(tcpPacket(conn.c, conn.s, kRst, conn.cisn + 1 + 60000, 0, {}, at(2)));
  EXPECT_EQ(stats_.rst_out_of_window.value(), 0u) << "inside the scaled window";
  EXPECT_EQ(table().find(conn.ack())->tcp_state, TcpState::Closed);
}

TEST_F(FlowTableTest, SynDataStartsTheClientStream) {
  Conn conn;
  conn.up = makeText(30, 24);
  process(tcpPacket(conn.c, conn.s, kSyn, conn.cisn, 0, conn.up));  // TCP Fast Open: all of it on the SYN
  DecodedPacket syn_ack = tcpPacket(conn.s, conn.c, kSyn | kAck, conn.sisn, conn.cisn + 31);
  process(syn_ack);
  process(tcpPacket(conn.c, conn.s, kAck, conn.cisn + 31, conn.sisn + 1));
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], conn.up);
}

TEST_F(FlowTableTest, OverlapPolicyIsTheReceivingHosts) {
  // Client-bound bytes follow the client's policy, server-bound bytes the server's.
  HostOsPolicyTable policies(OverlapPolicy::First);
  policies.add(Cidr::parse("192.0.2.0/24").value(), OverlapPolicy::Last);
  table_ = std::make_unique<FlowTable>(flow_config_, stream_config_, stats_, 1, policies);
  Conn conn;
  conn.up = std::string(30, 'u');
  conn.down = std::string(30, 'd');
  handshake(conn, at(1));
  Flow* flow = table().find(conn.ack());
  ASSERT_NE(flow, nullptr);
  EXPECT_EQ(flow->stream(Direction::ToServer).policy(), OverlapPolicy::Last);
  EXPECT_EQ(flow->stream(Direction::ToClient).policy(), OverlapPolicy::First);
  const std::string lie(10, 'X');
  // Each direction: a hole at [0,10), real bytes [10,20), a lie over them, then the hole.
  process(conn.toServer(10, 20));
  process(tcpPacket(conn.c, conn.s, kAck, conn.cisn + 11, conn.sisn + 1, lie));
  process(conn.toServer(0, 10));
  process(conn.toClient(10, 20));
  process(tcpPacket(conn.s, conn.c, kAck, conn.sisn + 11, conn.cisn + 1, lie));
  process(conn.toClient(0, 10));
  table().closeAll(events_);
  EXPECT_EQ(events_.only().stream[index(Direction::ToServer)], std::string(10, 'u') + lie) << "server: last";
  EXPECT_EQ(events_.only().stream[index(Direction::ToClient)], std::string(20, 'd')) << "client: first";
}

}  // namespace
}  // namespace tapwatch

namespace tapwatch {

// flowAt() divides flow numbers by the chunk size with a multiply; it must
// agree with / and % for every divisor a table can have and any number.
TEST(FastDivisor, AgreesWithDivisionAndRemainder) {
  std::mt19937 rng(21);
  std::vector<uint32_t> divisors = {1, 2, 3, 5, 7, 64, 100, 4095, 6553, 6554, 65535, 65536, 1u << 31, UINT32_MAX};
  for (int i = 0; i < 200; ++i) divisors.push_back(std::uniform_int_distribution<uint32_t>(1, UINT32_MAX)(rng));
  for (const uint32_t d : divisors) {
    const FastDivisor divisor(d);
    std::vector<uint32_t> numbers = {0, 1, d - 1, d, UINT32_MAX, UINT32_MAX - 1, UINT32_MAX - d};
    if (d < UINT32_MAX) numbers.push_back(d + 1);
    if (d <= UINT32_MAX / 3) numbers.insert(numbers.end(), {2 * d - 1, 2 * d, 3 * d + 1});
    for (int i = 0; i < 2000; ++i) numbers.push_back(static_cast<uint32_t>(rng()));
    for (const uint32_t n : numbers) {
      const uint32_t q = divisor.quotient(n);
      ASSERT_EQ(q, n / d) << n << " / " << d;
      ASSERT_EQ(divisor.remainder(n, q), n % d) << n << " % " << d;
    }
  }
}

}  // namespace tapwatch

#pragma once
// Test helpers for the flow tests: packet builders, deterministic payloads,
// and recorders that rebuild what the flow module delivered.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "decode/decoded_packet.h"
#include "flow/flow_events.h"
#include "flow/tcp_reassembler.h"

namespace tapwatch::test {

// Deterministic pseudo-random printable bytes, so content mistakes show.
inline std::string makeText(size_t length, uint32_t seed = 1) {
  std::mt19937 rng(seed);
  std::string text(length, '\0');
  for (char& c : text) c = static_cast<char>('!' + rng() % 90);
  return text;
}

inline IpAddress ip(std::string_view text) {
  auto parsed = IpAddress::parse(text);
  EXPECT_TRUE(parsed.has_value()) << text;
  return parsed.value_or(IpAddress{});
}

struct Endpoint {
  std::string addr;
  uint16_t port;
};

// A TCP packet; `payload` must outlive the process() call.
inline DecodedPacket tcpPacket(const Endpoint& src, const Endpoint& dst, uint8_t flags, uint32_t seq, uint32_t ack,
                               std::string_view payload = {}, Timestamp ts = {}) {
  DecodedPacket p;
  p.ts = ts;
  p.src = ip(src.addr);
  p.dst = ip(dst.addr);
  p.ip_version = p.src.family;
  p.ip_protocol = kIpProtoTcp;
  p.src_port = src.port;
  p.dst_port = dst.port;
  p.tcp_flags = flags;
  p.tcp_seq = seq;
  p.tcp_ack = ack;
  p.payload = reinterpret_cast<const uint8_t*>(payload.data());
  p.payload_length = static_cast<uint32_t>(payload.size());
  p.wire_length = 54 + p.payload_length;
  return p;
}

inline DecodedPacket udpPacket(const Endpoint& src, const Endpoint& dst, std::string_view payload, Timestamp ts = {}) {
  DecodedPacket p;
  p.ts = ts;
  p.src = ip(src.addr);
  p.dst = ip(dst.addr);
  p.ip_version = p.src.family;
  p.ip_protocol = kIpProtoUdp;
  p.src_port = src.port;
  p.dst_port = dst.port;
  p.payload = reinterpret_cast<const uint8_t*>(payload.data());
  p.payload_length = static_cast<uint32_t>(payload.size());
  p.wire_length = 42 + p.payload_length;
  return p;
}

inline Timestamp at(int64_t sec, uint32_t nsec = 0) { return Timestamp{sec, nsec}; }

inline std::string gapMark(uint64_t n) { return "[gap:" + std::to_string(n) + "]"; }

// Reassembler sink: the delivered bytes with gaps written as [gap:N].
struct StreamRecorder final : ReassemblySink {
  std::string out;
  std::vector<uint64_t> gaps;
  std::vector<const uint8_t*> data_pointers;
  void streamData(ByteSpan data) override {
    EXPECT_FALSE(data.empty());
    data_pointers.push_back(data.data());
    out.append(asStringView(data));
  }
  void streamGap(uint64_t missing) override {
    EXPECT_GT(missing, 0u);
    gaps.push_back(missing);
    out += gapMark(missing);
  }
};

// Reassembler sink that checks every delivered byte sits at its true stream
// offset in `original` (gaps advance the offset), so any duplicate, lost or
// misplaced byte fails.
struct PositionChecker final : ReassemblySink {
  explicit PositionChecker(std::string_view original_in) : original(original_in) {}
  std::string_view original;
  uint64_t offset = 0;
  uint64_t delivered = 0;
  uint64_t gap_bytes = 0;
  void streamData(ByteSpan data) override {
    ASSERT_LE(offset + data.size(), original.size());
    EXPECT_EQ(asStringView(data), original.substr(offset, data.size())) << "at offset " << offset;
    offset += data.size();
    delivered += data.size();
  }
  void streamGap(uint64_t missing) override {
    EXPECT_GT(missing, 0u);
    offset += missing;
    gap_bytes += missing;
  }
};

// FlowEvents recorder: per flow, the delivered bytes per direction (gaps as
// [gap:N]), UDP datagrams, open/close, and an ordered event log.
class Recorder final : public FlowEvents {
 public:
  struct Record {
    uint64_t id = 0;
    int opens = 0;
    int closes = 0;
    FlowEndReason reason = FlowEndReason::Shutdown;
    std::string stream[2];
    std::vector<std::string> datagrams[2];
    IpAddress client_ip, server_ip;
    uint16_t client_port = 0, server_port = 0;
  };

  void onFlowOpen(Flow& flow) override {
    Record& r = records[flow.id];
    EXPECT_EQ(r.opens, 0) << "flow id reused";
    ++r.opens;
    r.id = flow.id;
    r.client_ip = flow.client_ip;
    r.server_ip = flow.server_ip;
    r.client_port = flow.client_port;
    r.server_port = flow.server_port;
    log.push_back("open " + std::to_string(flow.id));
    ++open_count;
  }
  void onStreamData(Flow& flow, Direction dir, ByteSpan data, const DecodedPacket& packet) override {
    Record& r = records[flow.id];
    EXPECT_EQ(r.opens, 1) << "data before open";
    EXPECT_EQ(r.closes, 0) << "data after close";
    EXPECT_FALSE(data.empty());
    // The packet handed along always travels in `dir`.
    const bool to_server = dir == Direction::ToServer;
    EXPECT_EQ(packet.src, to_server ? flow.client_ip : flow.server_ip);
    EXPECT_EQ(packet.src_port, to_server ? flow.client_port : flow.server_port);
    EXPECT_EQ(packet.dst_port, to_server ? flow.server_port : flow.client_port);
    if (flow.isTcp()) {
      r.stream[index(dir)].append(asStringView(data));
    } else {
      r.datagrams[index(dir)].emplace_back(asStringView(data));
    }
    log.push_back("data " + std::to_string(flow.id) + " " + std::string(directionName(dir)) + " " +
                  std::to_string(data.size()));
  }
  void onStreamGap(Flow& flow, Direction dir, uint64_t missing) override {
    Record& r = records[flow.id];
    EXPECT_EQ(r.closes, 0);
    r.stream[index(dir)] += gapMark(missing);
    log.push_back("gap " + std::to_string(flow.id) + " " + std::string(directionName(dir)) + " " +
                  std::to_string(missing));
  }
  void onFlowClose(Flow& flow, FlowEndReason reason) override {
    Record& r = records[flow.id];
    EXPECT_EQ(r.closes, 0) << "closed twice";
    ++r.closes;
    r.reason = reason;
    log.push_back("close " + std::to_string(flow.id) + " " + std::string(flowEndReasonName(reason)));
    ++close_count;
  }

  // The only record (fails if there is not exactly one).
  Record& only() {
    EXPECT_EQ(records.size(), 1u);
    return records.begin()->second;
  }

  std::map<uint64_t, Record> records;
  std::vector<std::string> log;
  int open_count = 0;
  int close_count = 0;
};

}  // namespace tapwatch::test

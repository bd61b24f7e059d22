#include "payload_loader.h"

#include <gtest/gtest.h>

#include <cstring>

#include "frame_builder.h"
#include "generator.h"
#include "pcap_writer.h"
#include "test_pcap.h"

namespace tapwatch {
namespace {

TEST(PayloadLoader, AgreesWithTheGeneratorOnEveryPayloadByte) {
  gen::GeneratorOptions o;
  o.out = test::tempPath("loader.pcap");
  o.target_bytes = 3u << 20;
  o.flows = 80;
  o.ipv6_share = 0.4;
  o.vlan = true;
  auto report = gen::generate(o);
  ASSERT_TRUE(report);
  auto set = loadPayloads(o.out);
  ASSERT_TRUE(set) << set.error().message;
  EXPECT_EQ(set->packets, report->packets);
  EXPECT_EQ(set->captured_bytes, report->wire_bytes);
  EXPECT_EQ(set->bytes.size(), report->payload_bytes);
  EXPECT_EQ(set->fragments, 0u);
  EXPECT_EQ(set->other, 0u);
  EXPECT_EQ(set->tcp_packets + set->udp_packets, report->packets);
  // Every flow has data both ways (requests and replies), so two directions each.
  EXPECT_EQ(set->streams(), 2 * report->flows);
  uint64_t sum = 0;
  std::vector<uint32_t> last(set->streams(), 0);
  for (uint32_t i = 0; i < set->items.size(); ++i) {
    const PayloadItem& it = set->items[i];
    EXPECT_EQ(it.offset, sum) << "items are back to back in capture order";
    EXPECT_GT(it.size, 0u);
    sum += it.size;
    ASSERT_LT(it.stream, set->streams());
    last[it.stream] = i;
  }
  EXPECT_EQ(last, set->last_item);
}

// Hand-made frames for the walker's edge cases, written with the generator's writer.
class HostileFrames : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = test::tempPath("hostile.pcap");
    ASSERT_TRUE(writer_.open(path_, gen::TimestampPrecision::Micro));
    path4_.src.bytes = {10, 0, 0, 1};
    path4_.dst.bytes = {10, 0, 0, 2};
    path4_.sport = 40000;
    path4_.dport = 80;
  }
  void put(std::span<const uint8_t> frame) {
    ASSERT_TRUE(writer_.write(++ts_, frame.data(), static_cast<uint32_t>(frame.size())));
  }
  std::vector<uint8_t> tcpFrame(std::string_view payload) {
    const auto f = builder_.tcp(path4_, gen::TcpFields{1, 1, gen::tcp_flag::Ack, 100, 0, 0, 0},
                                {reinterpret_cast<const uint8_t*>(payload.data()), payload.size()});
    return {f.begin(), f.end()};
  }

  std::string path_;
  gen::PcapWriter writer_;
  gen::FrameBuilder builder_;
  gen::Path path4_;
  uint64_t ts_ = 0;
};

TEST_F(HostileFrames, MalformedFramesAreCountedNotScanned) {
  put(tcpFrame("hello"));  // good: 5 bytes
  auto frag = tcpFrame("fragment");
  frag[14 + 6] = 0x20;  // MF set, fragment offset 8 bytes:
  frag[14 + 7] = 0x01;  // a fragment is skipped, not scanned
  put(frag);
  auto short_tcp = tcpFrame("");
  short_tcp.resize(14 + 20 + 10);  // TCP header cut after 10 bytes
  short_tcp[14 + 3] = static_cast<uint8_t>(20 + 10);
  put(short_tcp);
  auto bad_offset = tcpFrame("abc");
  bad_offset[14 + 20 + 12] = 0xf0;  // data offset 60 > segment
  put(bad_offset);
  auto lying_ip = tcpFrame("xyz");
  lying_ip[14] = 0x4f;  // IHL 60 bytes, more than there is
  put(lying_ip);
  const uint8_t arp[42] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2, 0, 0, 0, 0, 1, 0x08, 0x06};
  put(arp);
  const uint8_t runt[5] = {1, 2, 3, 4, 5};
  put(runt);
  auto vlan_cut = std::vector<uint8_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x81, 0x00, 0x00};
  put(vlan_cut);
  put(tcpFrame("world!"));  // good: 6 bytes, same direction
  ASSERT_TRUE(writer_.close());

  auto set = loadPayloads(path_);
  ASSERT_TRUE(set) << set.error().message;
  EXPECT_EQ(set->packets, 9u);
  EXPECT_EQ(set->fragments, 1u);
  EXPECT_EQ(set->other, 6u);
  ASSERT_EQ(set->items.size(), 2u);
  EXPECT_EQ(std::string(set->bytes.begin(), set->bytes.end()), "helloworld!");
  EXPECT_EQ(set->streams(), 1u);
}

TEST_F(HostileFrames, TruncatedFileStopsWithAnErrorOrCleanly) {
  for (int i = 0; i < 10; ++i) put(tcpFrame("0123456789"));
  ASSERT_TRUE(writer_.close());
  auto bytes = test::readFile(path_);
  bytes.resize(bytes.size() - 7);  // cut inside the last record
  const std::string cut = test::tempPath("cut.pcap");
  FILE* f = std::fopen(cut.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  auto set = loadPayloads(cut);
  if (set) {
    EXPECT_EQ(set->items.size(), 9u);
  } else {
    EXPECT_NE(set.error().message.find("after 9 packets"), std::string::npos) << set.error().message;
  }
}

TEST(PayloadLoader, NotACaptureIsAnError) {
  const std::string path = test::tempPath("garbage.pcap");
  FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fputs("this is not a capture file at all, just text\n", f);
  std::fclose(f);
  auto set = loadPayloads(path);
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().message.find(path), std::string::npos);
  EXPECT_FALSE(loadPayloads(test::tempPath("does-not-exist.pcap")));
}

}  // namespace
}  // namespace tapwatch

// Packet keywords on decoded frames (the decoder leaves the header pointers
// they read), header-only rule admission with and without a flow, and the
// PacketRules index (networks, ports, protocol buckets, no double visits).
#include "engine/rule_packet_match.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../decode/decoder_fixture.h"
#include "detect/detection_set.h"
#include "detect/rule_loader.h"
#include "engine/packet_rules.h"

namespace tapwatch {
namespace {

using namespace test;

class PacketMatchTest : public DecoderTest {
 protected:
  PacketMatchTest() { context_.vars = ruleVarsWithDefaults({{"HOME_NET", "[127.0.0.0/16]"}}); }

  // Loads one rule and says whether its packet keywords hold on the last decoded packet.
  bool holds(const std::string& options) {
    auto loaded = loadRuleText("alert ip any any -> any any (" + options + " sid:1;)", "t.rules", context_);
    EXPECT_EQ(loaded.signatures.size(), 1u) << (loaded.refused.empty() ? "" : loaded.refused[0].describe());
    if (loaded.signatures.empty()) return false;
    return packetTestsHold(loaded.signatures[0].rule->packet, packet_);
  }
  void tcpFrame(uint8_t flags, Bytes options = {}, Bytes payload = {}) {
    Ipv4Spec ip;
    ip.src = {127, 0, 0, 1};
    ip.dst = {127, 0, 1, 1};
    ip.dont_fragment = true;
    TcpSpec t;
    t.flags = flags;
    t.options = std::move(options);
    ASSERT_EQ(decode(link::kEthernet, ethernet(0x0800, ipv4(ip, tcp(t, payload)))), DecodeStatus::Ok);
  }
  void icmpFrame(uint8_t type, uint8_t code, uint16_t id, uint16_t seq) {
    Ipv4Spec ip;
    ip.protocol = 1;
    ip.src = {127, 0, 0, 1};
    ip.dst = {127, 0, 0, 1};
    Bytes m{type,
            code,
            0,
            0,
            static_cast<uint8_t>(id >> 8),
            static_cast<uint8_t>(id),
            static_cast<uint8_t>(seq >> 8),
            static_cast<uint8_t>(seq),
            'p',
            'i',
            'n',
            'g'};
    ASSERT_EQ(decode(link::kEthernet, ethernet(0x0800, ipv4(ip, m))), DecodeStatus::Ok);
  }
  RuleLoadContext context_;
  RuleScratch scratch_;
};

TEST_F(PacketMatchTest, IcmpRulesMatchTheirContentOnTheIcmpData) {
  auto loaded = loadRuleText("alert icmp any any -> any any (itype:8; content:\"ping\"; depth:4; sid:1;)\n"
                             "alert icmp any any -> any any (content:\"pong\"; sid:2;)\n",
                             "t.rules", context_);
  ASSERT_EQ(loaded.signatures.size(), 2u);
  EXPECT_TRUE(loaded.signatures[0].patterns.empty()) << "per-packet rules need no Hyperscan pattern";
  auto set = DetectionSet::build(std::move(loaded.signatures), {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  PacketRules rules(**set);
  icmpFrame(8, 0, 1, 1);
  std::vector<uint32_t> fired;
  rules.evaluate(packet_, nullptr, Direction::ToServer, "", nullptr, scratch_,
                 [&](const Signature& sig) { fired.push_back(sig.id); });
  EXPECT_EQ(fired, (std::vector<uint32_t>{1}));
}

TEST_F(PacketMatchTest, TcpFlagsWithModifiersAndIgnoredBits) {
  tcpFrame(0x02 | 0x40 | 0x80);  // SYN with ECE and CWR
  EXPECT_FALSE(holds("flags:S;"));
  EXPECT_TRUE(holds("flags:S,CE;"));
  EXPECT_TRUE(holds("flags:S,12;"));
  EXPECT_TRUE(holds("flags:+S;"));
  EXPECT_TRUE(holds("flags:*SA;"));
  EXPECT_FALSE(holds("flags:*FR;"));
  EXPECT_TRUE(holds("flags:!A;"));
  EXPECT_FALSE(holds("flags:0;"));
  tcpFrame(0x00);
  EXPECT_TRUE(holds("flags:0;"));
}

TEST_F(PacketMatchTest, IpHeaderFieldsAndOptions) {
  tcpFrame(0x18, {}, text("hello"));
  EXPECT_TRUE(holds("ttl:64;"));
  EXPECT_TRUE(holds("ttl:>63;"));
  EXPECT_FALSE(holds("ttl:<64;"));
  EXPECT_TRUE(holds("id:4660;"));  // the builder's 0x1234
  EXPECT_TRUE(holds("tos:0;"));
  EXPECT_TRUE(holds("tos:!x10;"));
  EXPECT_TRUE(holds("fragbits:D;"));
  EXPECT_FALSE(holds("fragbits:!D;"));
  EXPECT_TRUE(holds("ip_proto:TCP;"));
  EXPECT_TRUE(holds("ip_proto:!17;"));
  EXPECT_TRUE(holds("dsize:5;"));
  EXPECT_FALSE(holds("dsize:1<>5;"));  // ranges are exclusive
  EXPECT_FALSE(holds("ipopts:any;"));
  EXPECT_FALSE(holds("sameip;"));
  EXPECT_TRUE(holds("window:64240;"));  // the builder's 0xfaf0
  EXPECT_TRUE(holds("seq:16909060; ack:2695938256;"));
}

TEST_F(PacketMatchTest, TcpMssOnlyWhenTheOptionIsThere) {
  tcpFrame(0x02, {1, 2, 4, 0x05, 0xb4, 1, 1, 0});  // NOP, MSS 1460, NOP NOP EOL padding
  EXPECT_TRUE(holds("tcp.mss:1460;"));
  EXPECT_TRUE(holds("tcp.mss:>1000;"));
  tcpFrame(0x02);
  EXPECT_FALSE(holds("tcp.mss:>0;"));
}

TEST_F(PacketMatchTest, IcmpTypeCodeIdAndSequence) {
  icmpFrame(8, 0, 0x1234, 7);
  EXPECT_TRUE(holds("itype:8; icode:0;"));
  EXPECT_TRUE(holds("icmp_id:4660; icmp_seq:7;"));
  EXPECT_TRUE(holds("sameip;"));
  EXPECT_TRUE(holds("dsize:4;"));  // data after the 8-byte ICMP header
  EXPECT_FALSE(holds("flags:S;"));
  icmpFrame(3, 3, 0, 0);  // port unreachable: bytes 4..7 are not an id
  EXPECT_TRUE(holds("itype:3; icode:>2;"));
  EXPECT_FALSE(holds("icmp_id:0;"));
}

TEST_F(PacketMatchTest, RefusedFormsSayWhy) {
  auto r = loadRuleText("alert ip any any -> any any (fragbits:M; sid:1;)\n"
                        "alert ip any any -> any any (ttl:300; sid:2;)\n"
                        "alert ip any any -> any any (flags:SX; sid:3;)\n"
                        "alert http any any -> any any (http.uri; content:\"a\"; dsize:>1; sid:4;)\n"
                        "alert icmp any any -> any any (http.uri; content:\"a\"; sid:5;)\n",
                        "t.rules", context_);
  ASSERT_EQ(r.refused.size(), 5u);
  EXPECT_EQ(r.refused[0].describe(), "t.rules:1: sid 1: fragbits: M: IP fragments are inspected only after reassembly");
  EXPECT_EQ(r.refused[1].keyword, "ttl");
  EXPECT_EQ(r.refused[2].keyword, "flags");
  EXPECT_EQ(r.refused[3].keyword, "dsize");
  EXPECT_EQ(r.refused[4].keyword, "protocol");
}

TEST_F(PacketMatchTest, HeaderOnlyRulesWithAndWithoutAFlow) {
  tcpFrame(0x02);
  auto loaded = loadRuleText("alert tcp $HOME_NET any -> any 80 (flags:S; sid:1;)\n"
                             "alert tcp any any -> any any (flow:to_server; flags:S; sid:2;)\n"
                             "alert tcp any any -> any any (flowbits:isset,x; flags:S; sid:3;)\n"
                             "alert tcp any any -> $HOME_NET 81 (flags:S; sid:4;)\n",
                             "t.rules", context_);
  ASSERT_EQ(loaded.signatures.size(), 4u);
  auto verdict = [&](size_t i, const Flow* flow, FlowbitSet* bits) {
    return admitPacketRule(*loaded.signatures[i].rule, packet_, flow, Direction::ToServer, "", bits, scratch_);
  };
  EXPECT_EQ(verdict(0, nullptr, nullptr), RuleVerdict::Alert);
  EXPECT_EQ(verdict(1, nullptr, nullptr), RuleVerdict::NoMatch);  // a side needs a flow
  EXPECT_EQ(verdict(2, nullptr, nullptr), RuleVerdict::NoMatch);
  EXPECT_EQ(verdict(3, nullptr, nullptr), RuleVerdict::NoMatch);  // port 80, not 81
  Flow flow;
  flow.key.protocol = 6;
  FlowbitSet bits;
  EXPECT_EQ(verdict(1, &flow, &bits), RuleVerdict::Alert);
  EXPECT_EQ(verdict(2, &flow, &bits), RuleVerdict::NoMatch);
  bits.set(0);
  EXPECT_EQ(verdict(2, &flow, &bits), RuleVerdict::Alert);
}

TEST_F(PacketMatchTest, IndexFindsEachMatchingRuleOnce) {
  auto loaded = loadRuleText(
      "alert ip [127.0.0.1,127.0.0.0/24,10.9.9.9] any -> any any (sid:1;)\n"  // twice in the index for 127.0.0.1
      "alert tcp any any -> any 80 (flags:S; sid:2;)\n"
      "alert tcp any any -> any 81 (flags:S; sid:3;)\n"
      "alert udp any any -> any any (sid:4;)\n"
      "alert ip any any -> [127.0.1.0/24] any (ttl:64; sid:5;)\n"
      "alert tcp any any <> any any (flags:S; sid:6;)\n"
      "alert tcp any any -> any any (content:\"x\"; sid:7;)\n",  // has a buffer: not a packet rule
      "t.rules", context_);
  ASSERT_EQ(loaded.signatures.size(), 7u);
  auto set = DetectionSet::build(std::move(loaded.signatures), {});
  ASSERT_TRUE(set.ok()) << set.error().describe();
  PacketRules rules(**set);
  EXPECT_EQ(rules.size(), 6u);
  tcpFrame(0x02);
  std::vector<uint32_t> fired;
  rules.evaluate(packet_, nullptr, Direction::ToServer, "", nullptr, scratch_,
                 [&](const Signature& sig) { fired.push_back(sig.id); });
  std::sort(fired.begin(), fired.end());
  EXPECT_EQ(fired, (std::vector<uint32_t>{1, 2, 5, 6}));
}

}  // namespace
}  // namespace tapwatch

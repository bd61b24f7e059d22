// Every valid frame cut at every byte offset: never a crash or an out-of-bounds
// read (each cut is decoded from its own exact-size heap copy, so ASan sees
// overreads), and the outcome follows from where the cut falls. Then random
// mutations of the same frames, checking the decoder's invariants.
#include <gtest/gtest.h>

#include <random>

#include "decoder_fixture.h"

namespace tapwatch {
namespace {

using namespace test;

struct Case {
  const char* name;
  int dlt;
  Bytes frame;
  uint32_t header_end;  // where the L4 payload starts
};

std::vector<Case> cases() {
  const Bytes payload = pattern(30, 3);
  std::vector<Case> all;

  TcpSpec with_options;
  with_options.options = Bytes(12, 1);
  Ipv4Spec ip_options;
  ip_options.options = {1, 1, 1, 0};
  all.push_back({"ethernet_vlan_ipv4opt_tcpopt", link::kEthernet,
                 ethernet(0x0800, ipv4(ip_options, tcp(with_options, payload)), {{0x8100, 10}}), 14 + 4 + 24 + 32});

  Bytes v6_chain = cat(ipv6Options(60, 8), ipv6Options(6, 16));
  all.push_back({"ethernet_qinq_ipv6ext_tcp", link::kEthernet,
                 ethernet(0x86dd, ipv6({.next_header = 0}, cat(v6_chain, tcp({}, payload))),
                          {{0x88a8, 1}, {0x8100, 2}}),
                 14 + 8 + 40 + 24 + 20});

  all.push_back({"sll_ipv4_udp", link::kLinuxSll, sll(0x0800, ipv4({.protocol = 17}, udp(1, 2, payload))),
                 16 + 20 + 8});
  all.push_back({"sll2_ipv6_udp", link::kLinuxSll2, sll2(0x86dd, ipv6({.next_header = 17}, udp(1, 2, payload))),
                 20 + 40 + 8});
  all.push_back({"null_ipv4_tcp", link::kNull, loopback(2, ipv4({}, tcp({}, payload)), false), 4 + 20 + 20});
  // Tunnels: every byte up to the inner payload is needed.
  Bytes inner_eth = ethernet(0x0800, ipv4({.protocol = 17}, udp(1, 2, payload)), {{0x8100, 4}});
  all.push_back({"ethernet_ipv4_gre_teb", link::kEthernet,
                 ethernet(0x0800, ipv4({.protocol = 47}, gre({.protocol = 0x6558, .key = 9}, inner_eth))),
                 14 + 20 + 8 + 18 + 20 + 8});
  all.push_back({"ethernet_ipv4_erspan3_platform", link::kEthernet,
                 ethernet(0x0800,
                          ipv4({.protocol = 47}, gre({.protocol = 0x22eb, .sequence = 1}, erspan3(inner_eth, true)))),
                 14 + 20 + 8 + 20 + 18 + 20 + 8});
  all.push_back({"ethernet_ipv4_vxlan", link::kEthernet,
                 ethernet(0x0800, ipv4({.protocol = 17}, udp(9, 4789, vxlan(3, inner_eth)))),
                 14 + 20 + 8 + 8 + 18 + 20 + 8});
  all.push_back({"ethernet_ipv6_geneve_options", link::kEthernet,
                 ethernet(0x86dd,
                          ipv6({.next_header = 17}, udp(9, 6081,
                                                        geneve(0x0800, ipv4({.protocol = 17}, udp(1, 2, payload)),
                                                               {{0x0103, 1, Bytes(4, 1)}})))),
                 14 + 40 + 8 + 16 + 20 + 8});
  all.push_back({"ethernet_ipv4_6in4", link::kEthernet,
                 ethernet(0x0800, ipv4({.protocol = 41}, ipv6({.next_header = 17}, udp(1, 2, payload)))),
                 14 + 20 + 40 + 8});
  all.push_back({"ethernet_mpls_pseudowire", link::kEthernet,
                 ethernet(0x8847, mpls({10, 20}, cat({0, 0, 0, 0}, inner_eth))), 14 + 8 + 4 + 18 + 20 + 8});
  all.push_back({"ethernet_pppoe_ipv6", link::kEthernet,
                 ethernet(0x8864, pppoeSession(0x0057, ipv6({.next_header = 17}, udp(1, 2, payload)))),
                 14 + 8 + 40 + 8});
  all.push_back({"cisco_hdlc_ipv4", link::kCiscoHdlc, ciscoHdlc(0x0800, ipv4({.protocol = 17}, udp(1, 2, payload))),
                 4 + 20 + 8});
  all.push_back({"raw_ipv6_ah_udp", link::kRaw, ipv6({.next_header = 51}, cat(ipv6Ah(17, 16), udp(7, 8, payload))),
                 40 + 16 + 8});
  return all;
}

class DecodeTruncationTest : public DecoderTest {
 protected:
  // Decodes the first `cut` bytes from an exact-size heap copy.
  DecodeStatus decodeCut(const Case& c, uint32_t cut, uint32_t wire) {
    copy_.assign(c.frame.begin(), c.frame.begin() + cut);
    copy_.shrink_to_fit();
    return decoder_.decode(c.dlt, {1, 0}, copy_.data(), cut, wire, packet_);
  }
  Bytes copy_;
};

TEST_F(DecodeTruncationTest, SnaplenCutAtEveryOffset) {
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.name);
    const uint32_t full = static_cast<uint32_t>(c.frame.size());
    const uint32_t payload_wire = full - c.header_end;
    for (uint32_t cut = 0; cut <= full; ++cut) {
      SCOPED_TRACE(cut);
      uint64_t errors_before = stats_.totalErrors();
      DecodeStatus status = decodeCut(c, cut, full);
      if (cut < c.header_end) {
        EXPECT_EQ(status, DecodeStatus::Error);
        EXPECT_EQ(stats_.totalErrors(), errors_before + 1) << "each error counted exactly once";
      } else {
        ASSERT_EQ(status, DecodeStatus::Ok);
        EXPECT_EQ(stats_.totalErrors(), errors_before);
        EXPECT_EQ(packet_.payload_length, cut - c.header_end);
        EXPECT_EQ(packet_.payload_wire_length, payload_wire);
        EXPECT_EQ(packet_.payload, copy_.data() + c.header_end);
      }
    }
  }
}

TEST_F(DecodeTruncationTest, TruncatedOnTheWireIsAlwaysAnError) {
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.name);
    const uint32_t full = static_cast<uint32_t>(c.frame.size());
    for (uint32_t cut = 0; cut < full; ++cut) {
      SCOPED_TRACE(cut);
      uint64_t errors_before = stats_.totalErrors();
      EXPECT_EQ(decodeCut(c, cut, cut), DecodeStatus::Error);  // the IP length now lies
      EXPECT_EQ(stats_.totalErrors(), errors_before + 1);
    }
    EXPECT_EQ(decodeCut(c, full, full), DecodeStatus::Ok);
  }
}

uint64_t sum(const auto& counters) {
  uint64_t total = 0;
  for (const Counter& c : counters) total += c.value();
  return total;
}

TEST_F(DecodeTruncationTest, RandomMutationsKeepInvariants) {
  std::mt19937 rng(20240611);  // fixed seed: reproducible
  const std::vector<Case> all = cases();
  const int dlts[] = {link::kNull, link::kEthernet,  link::kRaw,  link::kLinuxSll, link::kIpv4,
                      link::kIpv6, link::kLinuxSll2, link::kLoop, link::kCiscoHdlc};
  for (int round = 0; round < 20000; ++round) {
    const Case& c = all[rng() % all.size()];
    Bytes frame = c.frame;
    for (int flips = 1 + rng() % 4; flips > 0; --flips) frame[rng() % frame.size()] = static_cast<uint8_t>(rng());
    const uint32_t cap = static_cast<uint32_t>(rng() % (frame.size() + 1));
    const uint32_t wire = rng() % 2 ? static_cast<uint32_t>(frame.size()) : cap;
    const int dlt = rng() % 4 == 0 ? dlts[rng() % std::size(dlts)] : c.dlt;
    copy_.assign(frame.begin(), frame.begin() + cap);
    copy_.shrink_to_fit();

    uint64_t errors = stats_.totalErrors() + stats_.defrag.memcap_drops.value() +
                      stats_.defrag.too_many_fragments.value();
    uint64_t skips = sum(stats_.skipped);
    DecodeStatus status = decoder_.decode(dlt, {round, 0}, copy_.data(), cap, wire, packet_);
    switch (status) {
      case DecodeStatus::Ok:
        if (!packet_.from_fragments && packet_.payload_length > 0) {
          ASSERT_GE(packet_.payload, copy_.data());
          ASSERT_LE(packet_.payload + packet_.payload_length, copy_.data() + cap);
        }
        ASSERT_LE(packet_.payload_length, packet_.payload_wire_length);
        ASSERT_TRUE(packet_.ip_version == 4 || packet_.ip_version == 6);
        break;
      case DecodeStatus::Error:
        ASSERT_GT(stats_.totalErrors() + stats_.defrag.memcap_drops.value() + stats_.defrag.too_many_fragments.value(),
                  errors)
            << "an Error must be counted";
        break;
      case DecodeStatus::Skipped: ASSERT_EQ(sum(stats_.skipped), skips + 1); break;
      case DecodeStatus::Held: break;
    }
  }
}

}  // namespace
}  // namespace tapwatch

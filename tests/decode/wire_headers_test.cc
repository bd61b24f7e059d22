#include "decode/wire_headers.h"

#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include "common/link_types.h"
#include "packet_builder.h"

namespace tapwatch {
namespace {

using namespace test;

TEST(DecodeLinkTypes, MatchLibpcapOnThisPlatform) {
  EXPECT_EQ(link::kNull, DLT_NULL);
  EXPECT_EQ(link::kEthernet, DLT_EN10MB);
  EXPECT_EQ(link::kRaw, DLT_RAW);
  EXPECT_EQ(link::kLoop, DLT_LOOP);
  EXPECT_EQ(link::kLinuxSll, DLT_LINUX_SLL);
  EXPECT_EQ(link::kIpv4, DLT_IPV4);
  EXPECT_EQ(link::kIpv6, DLT_IPV6);
#ifdef DLT_LINUX_SLL2
  EXPECT_EQ(link::kLinuxSll2, DLT_LINUX_SLL2);
  EXPECT_EQ(link::kCiscoHdlc, DLT_C_HDLC);
#endif
}

TEST(DecodeWireHeaders, Ipv4FlagsAndOffset) {
  Ipv4Spec spec;
  spec.fragment_offset = 1480;
  spec.more_fragments = true;
  spec.dont_fragment = true;  // must not leak into the offset
  spec.options = Bytes(8, 1);
  Bytes b = ipv4(spec, Bytes(3));
  const auto* h = headerAt<Ipv4Header>(b.data());
  EXPECT_EQ(h->version(), 4);
  EXPECT_EQ(h->headerLength(), 28u);
  EXPECT_EQ(h->totalLength(), 31);
  EXPECT_EQ(h->identification(), 0x1234);
  EXPECT_TRUE(h->moreFragments());
  EXPECT_EQ(h->fragmentOffset(), 1480u);
  EXPECT_TRUE(h->isFragment());

  spec.fragment_offset = 0;
  spec.more_fragments = false;
  b = ipv4(spec, {});
  EXPECT_FALSE(headerAt<Ipv4Header>(b.data())->isFragment());
}

TEST(DecodeWireHeaders, Ipv6FragmentHeader) {
  Bytes b = ipv6Fragment(17, 65528, true, 0xdeadbeef);
  const auto* h = headerAt<Ipv6FragmentHeader>(b.data());
  EXPECT_EQ(h->next_header, 17);
  EXPECT_EQ(h->fragmentOffset(), 65528u);
  EXPECT_TRUE(h->moreFragments());
  EXPECT_EQ(h->identification(), 0xdeadbeefu);
}

TEST(DecodeWireHeaders, ExtensionHeaderLengthUnits) {
  Bytes options = ipv6Options(6, 24);
  EXPECT_EQ(headerAt<Ipv6ExtHeader>(options.data())->byteLength(), 24u);
  Bytes ah = ipv6Ah(6, 24);
  EXPECT_EQ(headerAt<Ipv6ExtHeader>(ah.data())->ahByteLength(), 24u);
}

TEST(DecodeWireHeaders, VlanIdIgnoresPriorityAndDei) {
  Bytes b;
  put16(b, 0xf000 | 0x0abc);  // PCP 7, DEI 1, id 0xabc
  put16(b, 0x0800);
  const auto* tag = headerAt<VlanTag>(b.data());
  EXPECT_EQ(tag->vlanId(), 0x0abc);
  EXPECT_EQ(tag->etherType(), 0x0800);
}

TEST(DecodeWireHeaders, GreFlagsAndHeaderLength) {
  Bytes plain = gre({}, {});
  EXPECT_EQ(headerAt<GreHeader>(plain.data())->headerLength(), 4u);
  Bytes full = gre({.protocol = 0x6558, .key = 1, .sequence = 2, .checksum = true}, {});
  const auto* h = headerAt<GreHeader>(full.data());
  EXPECT_TRUE(h->checksumPresent() && h->keyPresent() && h->sequencePresent());
  EXPECT_FALSE(h->routingPresent());
  EXPECT_EQ(h->headerLength(), 16u);
  EXPECT_EQ(h->protocolType(), 0x6558);
  Bytes pptp = gre({.key = 1, .version = 1}, {});
  EXPECT_EQ(headerAt<GreHeader>(pptp.data())->version(), 1);
}

TEST(DecodeWireHeaders, ErspanVxlanGeneveMplsFields) {
  Bytes two = erspan2({}, 0x3ff);
  EXPECT_EQ(headerAt<ErspanIIHeader>(two.data())->version(), 1);
  EXPECT_EQ(headerAt<ErspanIIHeader>(two.data())->sessionId(), 0x3ff);
  EXPECT_EQ(headerAt<ErspanIIHeader>(two.data())->vlanId(), 10);
  Bytes three = erspan3({}, true, 2);
  const auto* e3 = headerAt<ErspanIIIHeader>(three.data());
  EXPECT_EQ(e3->version(), 2);
  EXPECT_EQ(e3->frameType(), 2);
  EXPECT_TRUE(e3->platformSubheader());
  EXPECT_FALSE(headerAt<ErspanIIIHeader>(erspan3({}, false).data())->platformSubheader());

  Bytes vx = vxlan(0xabcdef, {});
  EXPECT_TRUE(headerAt<VxlanHeader>(vx.data())->vniValid());
  EXPECT_EQ(headerAt<VxlanHeader>(vx.data())->networkId(), 0xabcdefu);

  Bytes gv = geneve(0x86dd, {}, {{1, 2, Bytes(8, 0)}});
  EXPECT_EQ(headerAt<GeneveHeader>(gv.data())->optionsLength(), 12u);
  EXPECT_EQ(headerAt<GeneveHeader>(gv.data())->protocolType(), 0x86dd);
  EXPECT_EQ(headerAt<GeneveOption>(gv.data() + 8)->byteLength(), 12u);

  Bytes stack = mpls({0xfffff, 17}, {});
  EXPECT_EQ(headerAt<MplsLabel>(stack.data())->label(), 0xfffffu);
  EXPECT_FALSE(headerAt<MplsLabel>(stack.data())->bottomOfStack());
  EXPECT_EQ(headerAt<MplsLabel>(stack.data() + 4)->label(), 17u);
  EXPECT_TRUE(headerAt<MplsLabel>(stack.data() + 4)->bottomOfStack());

  Bytes pppoe = pppoeSession(0x0021, Bytes(10));
  EXPECT_EQ(headerAt<PppoeHeader>(pppoe.data())->payloadLength(), 12);
  EXPECT_EQ(headerAt<PppoeHeader>(pppoe.data())->sessionId(), 0x42);
}

TEST(DecodeWireHeaders, TcpAndUdpFields) {
  TcpSpec spec;
  spec.options = Bytes(12, 1);
  Bytes t = tcp(spec, {});
  const auto* h = headerAt<TcpHeader>(t.data());
  EXPECT_EQ(h->srcPort(), 40000);
  EXPECT_EQ(h->dstPort(), 80);
  EXPECT_EQ(h->sequence(), 0x01020304u);
  EXPECT_EQ(h->acknowledgement(), 0xa0b0c0d0u);
  EXPECT_EQ(h->headerLength(), 32u);
  EXPECT_EQ(h->windowSize(), 0xfaf0);

  Bytes u = udp(53, 5353, Bytes(5));
  const auto* uh = headerAt<UdpHeader>(u.data());
  EXPECT_EQ(uh->srcPort(), 53);
  EXPECT_EQ(uh->dstPort(), 5353);
  EXPECT_EQ(uh->datagramLength(), 13);
}

TEST(DecodeWireHeaders, CookedHeaders) {
  Bytes a = sll(0x86dd, {}, 824);
  EXPECT_EQ(headerAt<SllHeader>(a.data())->protocolType(), 0x86dd);
  EXPECT_EQ(headerAt<SllHeader>(a.data())->arphrdType(), 824);
  Bytes b = sll2(0x0800, {});
  EXPECT_EQ(headerAt<Sll2Header>(b.data())->protocolType(), 0x0800);
  EXPECT_EQ(headerAt<Sll2Header>(b.data())->interfaceIndex(), 3u);
  EXPECT_EQ(headerAt<Sll2Header>(b.data())->arphrdType(), 1);
}

}  // namespace
}  // namespace tapwatch

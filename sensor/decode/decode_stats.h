#pragma once
// DecodeStats: the decoder's and defragmenter's counters for one worker.
// Written only by that worker's Decoder (single writer); read by the metrics
// exporter's thread at scrape time through visitDecodeStats().
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/stats_macros.h"

namespace tapwatch {

// One sorted-by-layer X-macro list so enum, reason names and counters never drift.
// Most reasons make decode() return Error; the ones marked "(decoded)" are
// anomalies that are counted while the packet is still decoded and returned Ok.
#define TAPWATCH_DECODE_ERRORS(X) \
  X(UnsupportedLinkType, "unsupported_link_type") \
  X(TruncatedEthernet, "truncated_ethernet") \
  X(TruncatedVlan, "truncated_vlan") \
  X(VlanTooDeep, "vlan_too_deep")          /* (decoded) more than kMaxVlanTags tags */ \
  X(UnknownEthertype, "unknown_ethertype") /* may hide IP we cannot see: MPLS, PPPoE... */ \
  X(TruncatedSll, "truncated_sll") \
  X(TruncatedSll2, "truncated_sll2") \
  X(TruncatedLoopback, "truncated_loopback") \
  X(UnknownLoopbackFamily, "unknown_loopback_family") \
  X(TruncatedIp, "truncated_ip") /* raw link type, empty packet */ \
  X(BadIpVersion, "bad_ip_version") \
  X(TruncatedIpv4, "truncated_ipv4") \
  X(BadIpv4Checksum, "bad_ipv4_checksum") /* the host drops it: not inspected */ \
  X(BadIpv4HeaderLength, "bad_ipv4_header_length") \
  X(BadIpv4TotalLength, "bad_ipv4_total_length") \
  X(IpZeroLengthTso, "ip_zero_length_tso") /* (decoded) length 0: host capture with TSO */ \
  X(TruncatedIpv6, "truncated_ipv6") \
  X(BadIpv6PayloadLength, "bad_ipv6_payload_length") \
  X(TruncatedIpv6ExtHeader, "truncated_ipv6_ext_header") \
  X(BadIpv6ExtHeaderLength, "bad_ipv6_ext_header_length") \
  X(Ipv6ExtHeaderLoop, "ipv6_ext_header_loop") /* more than kMaxIpv6ExtHeaders */ \
  X(Ipv6NestedFragment, "ipv6_nested_fragment") \
  X(TruncatedFragment, "truncated_fragment")      /* snaplen cut a fragment: cannot reassemble */ \
  X(BadFragmentLength, "bad_fragment_length")     /* empty, or non-last not a multiple of 8 */ \
  X(FragmentTooLarge, "fragment_too_large")       /* reassembled datagram would exceed 65535 */ \
  X(FragmentEndConflict, "fragment_end_conflict") /* two different ends / data past end */ \
  X(TruncatedTcp, "truncated_tcp") \
  X(BadTcpDataOffset, "bad_tcp_data_offset") \
  X(BadTcpChecksum, "bad_tcp_checksum") /* the host drops it: not inspected */ \
  X(TruncatedUdp, "truncated_udp") \
  X(BadUdpLength, "bad_udp_length") \
  X(BadUdpChecksum, "bad_udp_checksum")             /* the host drops it: not inspected */ \
  X(BadChecksumInspected, "bad_checksum_inspected") /* (decoded) auto mode, still learning: looks like offload */ \
  TAPWATCH_DECODE_TUNNEL_ERRORS(X)

// Encapsulations (decode_tunnel.cc, decode_mpls_pppoe.cc): a tunnel the decoder sees
// but cannot open is counted here by name, never dropped silently.
#define TAPWATCH_DECODE_TUNNEL_ERRORS(X) \
  X(TunnelTooDeep, "tunnel_too_deep")                              /* more than kMaxTunnelLayers encapsulations */ \
  X(FragmentInReassembledTunnel, "fragment_in_reassembled_tunnel") /* inner fragment of an outer one */ \
  X(TruncatedGre, "truncated_gre") \
  X(UnsupportedGreHeader, "unsupported_gre_header") /* version != 0 (PPTP) or RFC 1701 source routes */ \
  X(UnsupportedGreProtocol, "unsupported_gre_protocol") \
  X(TruncatedErspan, "truncated_erspan") \
  X(UnsupportedErspan, "unsupported_erspan") /* unknown ERSPAN version or type III frame type */ \
  X(TruncatedVxlan, "truncated_vxlan") \
  X(BadVxlanFlags, "bad_vxlan_flags") /* (decoded) I flag clear: kept as the outer UDP datagram */ \
  X(TruncatedGeneve, "truncated_geneve") \
  X(BadGeneveHeader, "bad_geneve_header") /* version != 0, or options that do not add up */ \
  X(UnsupportedGeneveProtocol, "unsupported_geneve_protocol") \
  X(TruncatedMpls, "truncated_mpls") \
  X(MplsStackTooDeep, "mpls_stack_too_deep")    /* more than kMaxMplsLabels labels */ \
  X(UnknownMplsPayload, "unknown_mpls_payload") /* first nibble after the stack is not 4, 6 or 0 */ \
  X(TruncatedPppoe, "truncated_pppoe") \
  X(BadPppoeHeader, "bad_pppoe_header") /* version/type != 0x11, code != 0 or length past the frame */ \
  X(UnsupportedPppProtocol, "unsupported_ppp_protocol") \
  X(TruncatedCiscoHdlc, "truncated_cisco_hdlc") \
  X(TruncatedEtherIp, "truncated_etherip") \
  X(UnsupportedEtherIpVersion, "unsupported_etherip_version") \
  X(UnopenedTunnelL2tp, "unopened_tunnel_l2tp") /* (decoded) UDP 1701 or IP 115: left as the outer packet */ \
  X(UnopenedTunnelGtp, "unopened_tunnel_gtp")   /* (decoded) GTP-U, UDP 2152: left as the outer packet */

#define TAPWATCH_DECODE_SKIPS(X) \
  X(Arp, "arp")                /* ARP and RARP */ \
  X(Llc, "llc")                /* IEEE 802.3 length-field frames: STP, CDP, ... */ \
  X(NonIp, "non_ip")           /* other known non-IP ethertypes and netlink */ \
  X(PppControl, "ppp_control") /* PPPoE session carrying LCP, IPCP, authentication, ... */

enum class DecodeError : uint8_t {
#define TAPWATCH_X(name, text) name,
  TAPWATCH_DECODE_ERRORS(TAPWATCH_X)
#undef TAPWATCH_X
};

enum class SkipReason : uint8_t {
#define TAPWATCH_X(name, text) name,
  TAPWATCH_DECODE_SKIPS(TAPWATCH_X)
#undef TAPWATCH_X
};

// Encapsulations opened, one count per layer, by its most specific name: GRE
// carrying an Ethernet frame is `teb`, GRE carrying ERSPAN is `erspan2`, ...
#define TAPWATCH_DECODE_TUNNELS(X) \
  X(Gre, "gre") /* GRE carrying IPv4, IPv6 or MPLS */ \
  X(Teb, "teb") /* GRE transparent Ethernet bridging (0x6558), NVGRE */ \
  X(Erspan1, "erspan1") \
  X(Erspan2, "erspan2") \
  X(Erspan3, "erspan3") \
  X(Vxlan, "vxlan") \
  X(Geneve, "geneve") \
  X(IpIp, "ipip") /* IPv4 or IPv6 directly in IPv4 or IPv6 (protocols 4 and 41) */ \
  X(EtherIp, "etherip") \
  X(Mpls, "mpls") /* one label stack, whatever its depth */ \
  X(Pppoe, "pppoe")

enum class TunnelType : uint8_t {
#define TAPWATCH_X(name, text) name,
  TAPWATCH_DECODE_TUNNELS(TAPWATCH_X)
#undef TAPWATCH_X
};

#define TAPWATCH_X(name, text) +1
constexpr size_t kDecodeErrorCount = 0 TAPWATCH_DECODE_ERRORS(TAPWATCH_X);
constexpr size_t kSkipReasonCount = 0 TAPWATCH_DECODE_SKIPS(TAPWATCH_X);
constexpr size_t kTunnelTypeCount = 0 TAPWATCH_DECODE_TUNNELS(TAPWATCH_X);
#undef TAPWATCH_X

std::string_view decodeErrorName(DecodeError error);
std::string_view skipReasonName(SkipReason reason);
std::string_view tunnelTypeName(TunnelType type);

// Defragmentation counters. Fragments that are themselves malformed are counted
// as DecodeError reasons instead (bad_fragment_length, fragment_too_large, ...).
// memcap_drops: dropped or evicted, oldest first, to stay under defrag.memcap_mb;
// timeouts: after defrag.timeout_seconds; overlaps count duplicates too, and a
// mismatch (overlapping bytes that differ) is an evasion attempt.
#define TAPWATCH_DEFRAG_STATS(COUNTER, GAUGE, ...) \
  COUNTER(memcap_drops, "tapwatch_memcap_drops_total", "pool", "defrag", \
          "Data dropped or evicted to honour a memory cap, by pool.") \
  COUNTER(fragments, "tapwatch_defrag_fragments_total", "", "", "IP fragments handed to the defragmenter.") \
  COUNTER(reassembled, "tapwatch_defrag_reassembled_total", "", "", "Fragmented datagrams reassembled.") \
  COUNTER(timeouts, "tapwatch_defrag_timeouts_total", "", "", \
          "Incomplete datagrams dropped after the defrag timeout.") \
  COUNTER(overlaps, "tapwatch_defrag_overlaps_total", "", "", "Fragments overlapping data already held.") \
  COUNTER(overlap_mismatches, "tapwatch_defrag_overlap_mismatches_total", "", "", \
          "Overlapping fragments whose bytes differed.") \
  COUNTER(too_many_fragments, "tapwatch_defrag_too_many_fragments_total", "", "", \
          "Datagrams dropped for exceeding the fragment cap.") \
  GAUGE(datagrams_active, "tapwatch_defrag_datagrams_active", "", "", "Incomplete fragmented datagrams held.") \
  GAUGE(memory_bytes, "tapwatch_defrag_memory_bytes", "", "", "Bytes held by the defragmenter.")

struct DefragStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_DEFRAG_STATS)
};

#define TAPWATCH_DECODE_STATS(COUNTER, GAUGE, COUNTER_ARRAY, ...) \
  GAUGE(checksum_validation, "tapwatch_decode_checksum_validation", "", "", \
        "1 while IPv4, TCP and UDP checksums are verified (bad ones are not inspected), 0 when off: " \
        "decode.checksum_validation no, or auto found a capture with checksum offload.") \
  COUNTER_ARRAY(errors, kDecodeErrorCount, decodeErrorName, "tapwatch_decode_errors_total", "reason", \
                "Malformed, truncated or unsupported packets, by reason.") \
  COUNTER_ARRAY(skipped, kSkipReasonCount, skipReasonName, "tapwatch_decode_skipped_total", "reason", \
                "Well-formed frames that carry no IP (ARP, LLC, ...).") \
  COUNTER_ARRAY(tunnels, kTunnelTypeCount, tunnelTypeName, "tapwatch_decode_tunnels_total", "type", \
                "Encapsulation layers opened to reach the inner packet, by type.")

struct DecodeStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_DECODE_STATS)
  DefragStats defrag;

  void count(DecodeError e) { errors[static_cast<size_t>(e)].add(); }
  void count(SkipReason r) { skipped[static_cast<size_t>(r)].add(); }
  void count(TunnelType t) { tunnels[static_cast<size_t>(t)].add(); }
  uint64_t value(TunnelType t) const { return tunnels[static_cast<size_t>(t)].value(); }
  uint64_t value(DecodeError e) const { return errors[static_cast<size_t>(e)].value(); }
  uint64_t value(SkipReason r) const { return skipped[static_cast<size_t>(r)].value(); }
  uint64_t totalErrors() const;
};

// Any thread (scrape time): every series of DecodeStats and its DefragStats.
void visitDecodeStats(const DecodeStats& stats, const StatsVisitor& visit);

}  // namespace tapwatch

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
  X(BadChecksumInspected, "bad_checksum_inspected") /* (decoded) auto mode, still learning: looks like offload */

#define TAPWATCH_DECODE_SKIPS(X) \
  X(Arp, "arp")      /* ARP and RARP */ \
  X(Llc, "llc")      /* IEEE 802.3 length-field frames: STP, CDP, ... */ \
  X(NonIp, "non_ip") /* other known non-IP ethertypes and netlink */

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

#define TAPWATCH_X(name, text) +1
constexpr size_t kDecodeErrorCount = 0 TAPWATCH_DECODE_ERRORS(TAPWATCH_X);
constexpr size_t kSkipReasonCount = 0 TAPWATCH_DECODE_SKIPS(TAPWATCH_X);
#undef TAPWATCH_X

std::string_view decodeErrorName(DecodeError error);
std::string_view skipReasonName(SkipReason reason);

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
                "Well-formed frames that carry no IP (ARP, LLC, ...).")

struct DecodeStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_DECODE_STATS)
  DefragStats defrag;

  void count(DecodeError e) { errors[static_cast<size_t>(e)].add(); }
  void count(SkipReason r) { skipped[static_cast<size_t>(r)].add(); }
  uint64_t value(DecodeError e) const { return errors[static_cast<size_t>(e)].value(); }
  uint64_t value(SkipReason r) const { return skipped[static_cast<size_t>(r)].value(); }
  uint64_t totalErrors() const;
};

// Any thread (scrape time): every series of DecodeStats and its DefragStats.
void visitDecodeStats(const DecodeStats& stats, const StatsVisitor& visit);

}  // namespace tapwatch

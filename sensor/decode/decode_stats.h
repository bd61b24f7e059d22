#pragma once
// DecodeStats: the decoder's and defragmenter's counters for one worker.
// Written only by that worker's Decoder (single writer); read by the metrics
// exporter's thread at scrape time through visitDecodeStats().
//
// Metrics (visitDecodeStats names them; the label key follows from the name):
//   tapwatch_decode_errors_total{reason}     malformed/lying/unsupported packets, by DecodeError
//   tapwatch_decode_skipped_total{reason}    well-formed frames that carry no IP (ARP, LLC, ...)
//   tapwatch_memcap_drops_total{pool="defrag"}  datagrams dropped or evicted to respect defrag.memcap_mb
//   tapwatch_defrag_<name>_total             defrag counters, no label
//   tapwatch_defrag_datagrams_active, tapwatch_defrag_memory_bytes   gauges, no label
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

#include "common/counter.h"

namespace tapwatch {

// One sorted-by-layer X-macro list so enum, reason names and counters never drift.
// Most reasons make decode() return Error; the ones marked "(decoded)" are
// anomalies that are counted while the packet is still decoded and returned Ok.
#define TAPWATCH_DECODE_ERRORS(X)                                                          \
  X(UnsupportedLinkType, "unsupported_link_type")                                         \
  X(TruncatedEthernet, "truncated_ethernet")                                              \
  X(TruncatedVlan, "truncated_vlan")                                                      \
  X(VlanTooDeep, "vlan_too_deep") /* (decoded) more than kMaxVlanTags tags */              \
  X(UnknownEthertype, "unknown_ethertype") /* may hide IP we cannot see: MPLS, PPPoE... */ \
  X(TruncatedSll, "truncated_sll")                                                        \
  X(TruncatedSll2, "truncated_sll2")                                                      \
  X(TruncatedLoopback, "truncated_loopback")                                              \
  X(UnknownLoopbackFamily, "unknown_loopback_family")                                     \
  X(TruncatedIp, "truncated_ip") /* raw link type, empty packet */                        \
  X(BadIpVersion, "bad_ip_version")                                                       \
  X(TruncatedIpv4, "truncated_ipv4")                                                      \
  X(BadIpv4HeaderLength, "bad_ipv4_header_length")                                        \
  X(BadIpv4TotalLength, "bad_ipv4_total_length")                                          \
  X(IpZeroLengthTso, "ip_zero_length_tso") /* (decoded) length 0: host capture with TSO */ \
  X(TruncatedIpv6, "truncated_ipv6")                                                      \
  X(BadIpv6PayloadLength, "bad_ipv6_payload_length")                                      \
  X(TruncatedIpv6ExtHeader, "truncated_ipv6_ext_header")                                  \
  X(BadIpv6ExtHeaderLength, "bad_ipv6_ext_header_length")                                 \
  X(Ipv6ExtHeaderLoop, "ipv6_ext_header_loop") /* more than kMaxIpv6ExtHeaders */          \
  X(Ipv6NestedFragment, "ipv6_nested_fragment")                                           \
  X(TruncatedFragment, "truncated_fragment") /* snaplen cut a fragment: cannot reassemble */ \
  X(BadFragmentLength, "bad_fragment_length") /* empty, or non-last not a multiple of 8 */ \
  X(FragmentTooLarge, "fragment_too_large") /* reassembled datagram would exceed 65535 */  \
  X(FragmentEndConflict, "fragment_end_conflict") /* two different ends / data past end */ \
  X(TruncatedTcp, "truncated_tcp")                                                        \
  X(BadTcpDataOffset, "bad_tcp_data_offset")                                              \
  X(TruncatedUdp, "truncated_udp")                                                        \
  X(BadUdpLength, "bad_udp_length")

#define TAPWATCH_DECODE_SKIPS(X)                                        \
  X(Arp, "arp")      /* ARP and RARP */                                  \
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
struct DefragStats {
  Counter fragments;           // fragments handed to the defragmenter
  Counter reassembled;         // datagrams completed
  Counter timeouts;            // incomplete datagrams dropped after defrag.timeout_seconds
  Counter overlaps;            // fragments overlapping data already held (duplicates included)
  Counter overlap_mismatches;  // ... whose overlapping bytes differed: an evasion attempt
  Counter memcap_drops;        // datagrams dropped or evicted (oldest first) to stay under the memcap
  Counter too_many_fragments;  // datagrams dropped for exceeding the per-datagram fragment cap
  Counter datagrams_active;    // gauge: incomplete datagrams held
  Counter memory_bytes;        // gauge: bytes accounted against the memcap
};

struct DecodeStats {
  std::array<Counter, kDecodeErrorCount> errors;
  std::array<Counter, kSkipReasonCount> skipped;
  DefragStats defrag;

  void count(DecodeError e) { errors[static_cast<size_t>(e)].add(); }
  void count(SkipReason r) { skipped[static_cast<size_t>(r)].add(); }
  uint64_t value(DecodeError e) const { return errors[static_cast<size_t>(e)].value(); }
  uint64_t value(SkipReason r) const { return skipped[static_cast<size_t>(r)].value(); }
  uint64_t totalErrors() const;
};

// (metric name, label value or "" when the metric has no label, value).
// Every reason is visited, zeros included, so series exist from the first scrape.
void visitDecodeStats(const DecodeStats& stats, const CounterVisitor& visit);

}  // namespace tapwatch

#pragma once
// Decoder: turns one captured frame into a DecodedPacket. One per worker thread
// (owns that worker's Defragmenter); never shared, no locks, no allocation per
// packet in steady state, no exceptions. Every read is preceded by a length
// check on the narrowed (data, length) window; a malformed packet is counted by
// reason in DecodeStats and returned as Error.
//
// Decisions:
// - Checksums (IPv4 header, TCP and UDP over IPv4 and IPv6) are verified as
//   config decode.checksum_validation says (checksum_validator.h): a packet
//   the destination host would drop for a bad checksum must not feed the
//   sensor decoy bytes (insertion). Dropped packets are Errors counted as
//   bad_ipv4_checksum / bad_tcp_checksum / bad_udp_checksum. A UDP checksum
//   of 0 means "none" (IPv4; over IPv6 too, as RFC 6935 allows for tunnels).
//   Not verifiable, so not verified: packets the snaplen cut, and TSO
//   captures (zero IP length). In fragmented datagrams each fragment's IPv4
//   header is checked on arrival and the L4 checksum after reassembly. The
//   IPv6 pseudo-header uses the header's destination (a routing header's
//   final destination is not looked up).
// - Total length (IPv4) / payload length (IPv6) is checked against the bytes
//   on the wire (pcap len): a header that claims more than the wire carried is
//   an Error; one that claims more than was captured (snaplen) is Ok, with the
//   payload cut at caplen and payload_wire_length telling how much is missing.
//   Trailing bytes beyond the IP length (Ethernet padding, FCS) are ignored.
// - A zero IPv4 total length / IPv6 payload length with data behind it is what
//   a host capture with TCP segmentation offload records: decoded using the
//   wire length and counted as ip_zero_length_tso.
// - VLAN: 0x8100, 0x88a8 and 0x9100 tags are all walked (each costs 4 bytes,
//   so the walk is bounded by the frame); the outermost kMaxVlanTags ids are
//   kept, deeper stacks are still decoded and counted as vlan_too_deep.
// - Non-IP frames we recognise (ARP, LLC/STP, LLDP, LACP, EAPOL, ...) are
//   Skipped and counted by SkipReason; other ethertypes (MACsec, unknown) are
//   Errors (unknown_ethertype) because they may carry IP the sensor cannot
//   see, which operators should know.
// - IP protocols other than TCP, UDP and the tunnels below (ICMP, ESP, ...):
//   Ok with ports 0 and the IP payload as payload; the caller looks at
//   ip_protocol and skips.
// - Tunnels (decode_tunnel.cc, decode_mpls_pppoe.cc) are opened, because taps
//   deliver mirrored traffic in them: GRE (IPv4, IPv6, MPLS, transparent
//   Ethernet bridging / NVGRE), ERSPAN types I, II and III (with the type III
//   platform subheader), VXLAN and Geneve on the decode.vxlan_ports /
//   decode.geneve_ports UDP destination ports, IPv4/IPv6 in IPv4/IPv6
//   (protocols 4 and 41), EtherIP, MPLS label stacks (over Ethernet, GRE or
//   IP; payload guessed from its first nibble: 4, 6, or 0 for a pseudowire
//   control word + Ethernet), PPPoE sessions (PPP IPv4/IPv6/MPLS) and Cisco
//   HDLC. `out` then describes the innermost packet only: the flow key and
//   detection see the inner 5-tuple. When a tunnel rides on IP (everything but
//   MPLS and PPPoE on a link) the outer VLAN ids are dropped too, since they
//   belong to the tap's transport network; inner Ethernet tags are kept.
// - Each encapsulation opened is counted by type (tapwatch_decode_tunnels_total)
//   and at most kMaxTunnelLayers are opened: a deeper one is an Error
//   (tunnel_too_deep). This bounds the recursion between the layers.
// - Tunnels seen but not opened are counted by name: an unknown GRE protocol,
//   GRE version 1 (PPTP) or with source routes, a Geneve protocol other than
//   Ethernet/IP, MPLS with an unguessable payload, non-IP PPP are Errors;
//   L2TP (UDP 1701, IP 115) and GTP-U (UDP 2152) stay Ok as the outer packet
//   and are counted as unopened_tunnel_* so their flows are still inspected.
// - A VXLAN header without the I flag is not VXLAN as far as we can tell: the
//   datagram stays Ok as plain UDP and is counted (bad_vxlan_flags).
// - GRE checksums are not verified (as for IP; see above). Keys and sequence
//   numbers are parsed past, not used: both directions of a flow may use
//   different keys.
// - An IP fragment inside a datagram that was itself reassembled is an Error
//   (fragment_in_reassembled_tunnel): the reassembled buffer belongs to the
//   defragmenter, which cannot take its own data as a new fragment. Inner
//   fragments of an unfragmented tunnel packet are reassembled normally.
// - IPv6 extension headers walked: hop-by-hop, routing, destination options,
//   AH and fragment, at most kMaxIpv6ExtHeaders of them. ESP, "no next header"
//   and unknown values end the walk as the upper-layer protocol. Atomic
//   fragments (offset 0, M=0; RFC 6946) are decoded without the defragmenter.
// - Fragments go to the Defragmenter (see defragmenter.h): decode() returns
//   Held until the datagram is complete, then Ok with from_fragments=true, the
//   L4 header decoded from the reassembled buffer, ts/vlan/wire_length of the
//   completing fragment, and payload pointing into the defragmenter's buffer
//   (valid until the next decode()). A fragment the snaplen cut is an Error.
//   The capture dispatcher must send all fragments of a datagram to the same
//   worker (hash on addresses only for fragments).
#include <bitset>
#include <cstdint>
#include <vector>

#include "config/config.h"
#include "config/host_os_policy.h"
#include "decode/checksum_validator.h"
#include "decode/decode_stats.h"
#include "decode/decoded_packet.h"
#include "decode/defragmenter.h"

namespace tapwatch {

enum class DecodeStatus : uint8_t {
  Ok,       // `out` is fully filled
  Held,     // a fragment was buffered; nothing to do yet
  Skipped,  // a well-formed frame with no IP in it (ARP, ...); counted by SkipReason
  Error,    // malformed or unsupported; counted by DecodeError (or a defrag counter)
};

constexpr uint32_t kMaxIpv6ExtHeaders = 8;
constexpr uint8_t kMaxTunnelLayers = 4;
constexpr uint32_t kMaxMplsLabels = 16;

// What a Decoder is told besides the defrag limits.
struct DecoderOptions {
  // UDP destination ports of the tunnels opened by port (decode.vxlan_ports / decode.geneve_ports).
  std::vector<uint16_t> vxlan_ports{4789};
  std::vector<uint16_t> geneve_ports{6081};
  ChecksumMode checksum = ChecksumMode::Auto;
  uint32_t checksum_auto_sample = ChecksumValidator::kAutoSample;
  HostOsPolicyTable overlap_policies;  // fragment overlaps, by destination address

  static DecoderOptions fromConfig(const Config& config);
};

class Decoder {
 public:
  explicit Decoder(const Config& config, DecodeStats& stats);
  Decoder(const DefragConfig& config, DecodeStats& stats);
  Decoder(const DefragLimits& limits, DecodeStats& stats, const DecoderOptions& options = {});
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  // datalink: pcap_datalink() value (see link_types.h). On anything but Ok the
  // contents of `out` are unspecified.
  DecodeStatus decode(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                      DecodedPacket& out);

  // Drops defrag state older than the timeout; call periodically with the
  // capture time of the latest packet.
  void expire(Timestamp now) { defrag_.expire(now); }

  const Defragmenter& defragmenter() const { return defrag_; }

 private:
  // Each layer gets the window it may read: `cap` bytes captured from `p`,
  // `wire` bytes that were on the wire from `p` (wire >= cap).
  DecodeStatus decodeEthernet(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeSll(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeSll2(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeCiscoHdlc(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeLoopback(bool network_order, const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeEthertype(uint16_t type, const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeRawIp(uint8_t want_version, const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeIpv4(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeIpv6(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  // Walks IPv6 extension headers from `next`; `unfragmentable` is how many
  // bytes of IPv6 payload precede p (for the 65535 reassembly limit).
  DecodeStatus decodeIpv6Chain(uint8_t next, const uint8_t* p, uint32_t cap, uint32_t wire, uint32_t unfragmentable,
                               bool reassembled, DecodedPacket& out);
  DecodeStatus decodeFragment(const Fragment& fragment, DecodedPacket& out);
  DecodeStatus decodeTransport(uint8_t protocol, const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeTcp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeUdp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);

  // Tunnels (decode_tunnel.cc). Each gets the window after the outer header.
  DecodeStatus decodeGre(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeErspanII(bool has_sequence, const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeErspanIII(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeVxlan(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeGeneve(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodeEtherIp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  // MPLS and PPPoE (decode_mpls_pppoe.cc). `over_ip`: MPLS-in-IP / MPLS-in-GRE.
  DecodeStatus decodeMpls(bool over_ip, const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  DecodeStatus decodePppoe(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out);
  // Counts one opened encapsulation and clears `out` for the inner packet
  // (keeping capture facts, and the VLAN ids unless `over_ip`). False when
  // kMaxTunnelLayers are already open: the caller fails with tunnel_too_deep.
  bool enterTunnel(TunnelType type, bool over_ip, DecodedPacket& out);

  DecodeStatus fail(DecodeError error) {
    stats_.count(error);
    return DecodeStatus::Error;
  }
  // One verdict per packet (checksum_validator.h): true when it is to be
  // dropped; the reason has been counted then.
  bool dropForChecksum(std::optional<DecodeError> bad_reason) { return checksums_.verdict(bad_reason); }
  // The L4 checksum verdict of a whole TCP/UDP segment (and of the IPv4 header
  // seen before it), in decode_checksum.cc.
  bool dropForTransportChecksum(uint8_t protocol, const uint8_t* l4, uint32_t cap, uint32_t wire,
                                const DecodedPacket& out);
  DecodeStatus skip(SkipReason reason) {
    stats_.count(reason);
    return DecodeStatus::Skipped;
  }

  DecodeStats& stats_;
  ChecksumValidator checksums_;
  bool l4_checksum_unknown_ = false;  // this packet's L4 checksum cannot be verified (TSO capture)
  bool ipv4_header_bad_ = false;      // this packet's IPv4 header checksum failed (verdict pending)
  Defragmenter defrag_;
  std::bitset<65536> vxlan_ports_;  // UDP destination ports (decode.vxlan_ports)
  std::bitset<65536> geneve_ports_;
};

}  // namespace tapwatch

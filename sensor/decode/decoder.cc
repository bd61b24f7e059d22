// Decoder entry point and link layers: Ethernet (+VLAN), Linux cooked v1/v2,
// Cisco HDLC, BSD loopback, raw IP. IP and transport layers are in
// decode_ip.cc and decode_transport.cc, tunnels in decode_tunnel.cc and
// decode_mpls_pppoe.cc.
#include "decode/decoder.h"

#include <algorithm>
#include <cstddef>
#include <type_traits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common/link_types.h"
#include "decode/wire_headers.h"

namespace tapwatch {

namespace {

bool isVlanType(uint16_t type) {
  return type == ethertype::kVlan || type == ethertype::kQinQ || type == ethertype::kVlanLegacyQinQ;
}

// Link-local and management protocols that never carry IP: seeing them is normal.
bool isKnownNonIp(uint16_t type) {
  switch (type) {
    case 0x0842:  // Wake-on-LAN
    case 0x22ea:  // Stream Reservation Protocol
    case 0x22f0:  // AVTP
    case 0x6002:  // DEC MOP
    case 0x809b:  // AppleTalk
    case 0x80f3:  // AARP
    case 0x8137:  // IPX
    case 0x8808:  // Ethernet flow control (PAUSE)
    case 0x8809:  // slow protocols: LACP, OAM
    case 0x8863:  // PPPoE discovery
    case 0x888e:  // EAPOL (802.1X)
    case 0x8892:  // PROFINET
    case 0x88a4:  // EtherCAT
    case 0x88b8:  // IEC 61850 GOOSE
    case 0x88ba:  // IEC 61850 sampled values
    case 0x88cc:  // LLDP
    case 0x88e1:  // HomePlug AV
    case 0x88e3:  // Media Redundancy Protocol
    case 0x88f7:  // PTP
    case 0x8902:  // 802.1ag CFM
    case 0x893a:  // IEEE 1905.1
    case 0x9000:  // Ethernet configuration test (loopback)
      return true;
    default: return false;
  }
}

}  // namespace

DecoderOptions DecoderOptions::fromConfig(const Config& config) {
  DecoderOptions options;
  options.vxlan_ports = config.decode.vxlan_ports;
  options.geneve_ports = config.decode.geneve_ports;
  options.checksum = parseChecksumMode(config.decode.checksum_validation).value_or(ChecksumMode::Auto);
  options.overlap_policies = HostOsPolicyTable::fromConfig(config.host_os_policy);
  return options;
}

Decoder::Decoder(const Config& config, DecodeStats& stats)
    : Decoder(DefragLimits::fromConfig(config.defrag), stats, DecoderOptions::fromConfig(config)) {}

Decoder::Decoder(const DefragConfig& config, DecodeStats& stats) : Decoder(DefragLimits::fromConfig(config), stats) {}

Decoder::Decoder(const DefragLimits& limits, DecodeStats& stats, const DecoderOptions& options)
    : stats_(stats),
      checksums_(options.checksum, stats, options.checksum_auto_sample),
      defrag_(limits, stats, options.overlap_policies) {
  for (uint16_t port : options.vxlan_ports) vxlan_ports_.set(port);
  for (uint16_t port : options.geneve_ports) geneve_ports_.set(port);
}

namespace {

// `out = DecodedPacket{}` without `rep stos`: GCC zeroes the 128 bytes with
// it, and its start-up cost was over half of decode()'s samples (perf
// annotate, small packets). Eight 16-byte copies of a blank packet do the
// same, defaults included (tcp_window_scale = -1).
void resetPacket(DecodedPacket& out) {
#ifdef __SSE2__
  static_assert(std::is_trivially_copyable_v<DecodedPacket> && sizeof(DecodedPacket) % 16 == 0);
  static const DecodedPacket blank{};
  const auto* from = reinterpret_cast<const __m128i*>(&blank);  // __m128i may alias anything
  auto* to = reinterpret_cast<__m128i*>(&out);
  for (size_t i = 0; i < sizeof(DecodedPacket) / 16; ++i) _mm_storeu_si128(to + i, _mm_loadu_si128(from + i));
#else
  out = DecodedPacket{};
#endif
}

}  // namespace

DecodeStatus Decoder::decode(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                             DecodedPacket& out) {
  defrag_.releaseCompleted();  // the previous reassembled payload is no longer in use
  resetPacket(out);
  l4_checksum_unknown_ = false;
  ipv4_header_bad_ = false;
  out.ts = ts;
  out.wire_length = wire_length;
  if (data == nullptr) caplen = 0;
  // A pcap len below caplen is a lie; the captured bytes at least were on the wire.
  const uint32_t wire = std::max(wire_length, caplen);

  switch (datalink) {
    case link::kEthernet: return decodeEthernet(data, caplen, wire, out);
    case link::kLinuxSll: return decodeSll(data, caplen, wire, out);
    case link::kLinuxSll2: return decodeSll2(data, caplen, wire, out);
    case link::kCiscoHdlc: return decodeCiscoHdlc(data, caplen, wire, out);
    case link::kRaw:
    case link::kRawBsdOs:
    case link::kLinktypeRaw: return decodeRawIp(0, data, caplen, wire, out);
    case link::kIpv4: return decodeRawIp(4, data, caplen, wire, out);
    case link::kIpv6: return decodeRawIp(6, data, caplen, wire, out);
    case link::kNull:
    case link::kLoop: return decodeLoopback(datalink == link::kLoop, data, caplen, wire, out);
    default: return fail(DecodeError::UnsupportedLinkType);
  }
}

DecodeStatus Decoder::decodeEthernet(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(EthernetHeader)) return fail(DecodeError::TruncatedEthernet);
  uint16_t type = headerAt<EthernetHeader>(p)->etherType();
  constexpr uint32_t n = sizeof(EthernetHeader);
  return decodeEthertype(type, p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeSll(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(SllHeader)) return fail(DecodeError::TruncatedSll);
  const auto* h = headerAt<SllHeader>(p);
  if (h->arphrdType() == kArphrdNetlink) return skip(SkipReason::NonIp);
  constexpr uint32_t n = sizeof(SllHeader);
  return decodeEthertype(h->protocolType(), p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeSll2(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(Sll2Header)) return fail(DecodeError::TruncatedSll2);
  const auto* h = headerAt<Sll2Header>(p);
  if (h->arphrdType() == kArphrdNetlink) return skip(SkipReason::NonIp);
  constexpr uint32_t n = sizeof(Sll2Header);
  return decodeEthertype(h->protocolType(), p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeCiscoHdlc(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  // The address byte (unicast/broadcast) and control byte carry nothing we need.
  if (cap < sizeof(CiscoHdlcHeader)) return fail(DecodeError::TruncatedCiscoHdlc);
  constexpr uint32_t n = sizeof(CiscoHdlcHeader);
  return decodeEthertype(headerAt<CiscoHdlcHeader>(p)->protocolType(), p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeLoopback(bool network_order, const uint8_t* p, uint32_t cap, uint32_t wire,
                                     DecodedPacket& out) {
  if (cap < 4) return fail(DecodeError::TruncatedLoopback);
  // DLT_NULL stores the family in the capturing host's byte order. AF values
  // are small, so only one of the two readings is below 2^16.
  uint32_t little = loadLe32(p);
  uint32_t family = network_order || little > 0xffff ? loadBe32(p) : little;
  switch (family) {
    case link::kAfInet: return decodeRawIp(4, p + 4, cap - 4, wire - 4, out);
    case link::kAfInet6Linux:
    case link::kAfInet6Bsd:
    case link::kAfInet6FreeBsd:
    case link::kAfInet6Darwin: return decodeRawIp(6, p + 4, cap - 4, wire - 4, out);
    default: return fail(DecodeError::UnknownLoopbackFamily);
  }
}

DecodeStatus Decoder::decodeEthertype(uint16_t type, const uint8_t* p, uint32_t cap, uint32_t wire,
                                      DecodedPacket& out) {
  bool too_deep = false;
  // Each tag consumes 4 bytes, so the frame length bounds this walk.
  while (isVlanType(type)) {
    if (cap < sizeof(VlanTag)) return fail(DecodeError::TruncatedVlan);
    const auto* tag = headerAt<VlanTag>(p);
    if (out.vlan_count < kMaxVlanTags) {
      out.vlan[out.vlan_count++] = tag->vlanId();
    } else if (!too_deep) {
      too_deep = true;
      stats_.count(DecodeError::VlanTooDeep);
    }
    type = tag->etherType();
    p += sizeof(VlanTag);
    cap -= sizeof(VlanTag);
    wire -= sizeof(VlanTag);
  }

  if (type == ethertype::kIpv4) return decodeIpv4(p, cap, wire, out);
  if (type == ethertype::kIpv6) return decodeIpv6(p, cap, wire, out);
  if (type == ethertype::kMplsUnicast || type == ethertype::kMplsMulticast) return decodeMpls(false, p, cap, wire, out);
  if (type == ethertype::kPppoeSession) return decodePppoe(p, cap, wire, out);
  if (type < ethertype::kMinEthertype) return skip(SkipReason::Llc);
  if (type == ethertype::kArp || type == ethertype::kRarp) return skip(SkipReason::Arp);
  if (isKnownNonIp(type)) return skip(SkipReason::NonIp);
  return fail(DecodeError::UnknownEthertype);
}

DecodeStatus Decoder::decodeRawIp(uint8_t want_version, const uint8_t* p, uint32_t cap, uint32_t wire,
                                  DecodedPacket& out) {
  if (cap < 1) return fail(DecodeError::TruncatedIp);
  uint8_t version = p[0] >> 4;
  if (want_version != 0 && version != want_version) return fail(DecodeError::BadIpVersion);
  if (version == 4) return decodeIpv4(p, cap, wire, out);
  if (version == 6) return decodeIpv6(p, cap, wire, out);
  return fail(DecodeError::BadIpVersion);
}

}  // namespace tapwatch

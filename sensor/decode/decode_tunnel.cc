// Decoder: tunnels that ride on IP: GRE (IP, MPLS, transparent Ethernet
// bridging), ERSPAN types I/II/III, VXLAN, Geneve and EtherIP, and the layer
// accounting every encapsulation shares (enterTunnel). IP-in-IP is two cases
// in decode_transport.cc; MPLS and PPPoE are in decode_mpls_pppoe.cc. Each
// header is validated before its layer is counted as opened.
#include "decode/decoder.h"
#include "decode/wire_headers.h"

namespace tapwatch {

bool Decoder::enterTunnel(TunnelType type, bool over_ip, DecodedPacket& out) {
  if (out.tunnel_layers >= kMaxTunnelLayers) return false;
  stats_.count(type);
  // The inner packet starts afresh: nothing of the outer addresses, ports or
  // protocol may reach the flow key (an inner ICMP packet would otherwise keep
  // the outer UDP ports). The capture facts stay.
  DecodedPacket inner;
  inner.ts = out.ts;
  inner.wire_length = out.wire_length;
  inner.from_fragments = out.from_fragments;
  inner.tunnel_layers = static_cast<uint8_t>(out.tunnel_layers + 1);
  if (!over_ip) {
    inner.vlan = out.vlan;
    inner.vlan_count = out.vlan_count;
  }
  out = inner;
  return true;
}

DecodeStatus Decoder::decodeGre(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(GreHeader)) return fail(DecodeError::TruncatedGre);
  const auto* gre = headerAt<GreHeader>(p);
  // Version 1 is PPTP's enhanced GRE (PPP inside); RFC 1701 source routes
  // would need a walk of their own and are not seen from real taps.
  if (gre->version() != 0 || gre->routingPresent()) return fail(DecodeError::UnsupportedGreHeader);
  const uint32_t n = gre->headerLength();
  if (cap < n) return fail(DecodeError::TruncatedGre);
  const uint16_t type = gre->protocolType();
  const bool has_sequence = gre->sequencePresent();
  p += n;
  cap -= n;
  wire -= n;
  switch (type) {
    case ethertype::kIpv4:
      if (!enterTunnel(TunnelType::Gre, true, out)) return fail(DecodeError::TunnelTooDeep);
      return decodeIpv4(p, cap, wire, out);
    case ethertype::kIpv6:
      if (!enterTunnel(TunnelType::Gre, true, out)) return fail(DecodeError::TunnelTooDeep);
      return decodeIpv6(p, cap, wire, out);
    case ethertype::kMplsUnicast:
    case ethertype::kMplsMulticast:
      if (!enterTunnel(TunnelType::Gre, true, out)) return fail(DecodeError::TunnelTooDeep);
      return decodeMpls(true, p, cap, wire, out);
    case ethertype::kTransparentEthernet:
      if (!enterTunnel(TunnelType::Teb, true, out)) return fail(DecodeError::TunnelTooDeep);
      return decodeEthernet(p, cap, wire, out);
    case ethertype::kErspanTypeII: return decodeErspanII(has_sequence, p, cap, wire, out);
    case ethertype::kErspanTypeIII: return decodeErspanIII(p, cap, wire, out);
    default: return fail(DecodeError::UnsupportedGreProtocol);
  }
}

DecodeStatus Decoder::decodeErspanII(bool has_sequence, const uint8_t* p, uint32_t cap, uint32_t wire,
                                     DecodedPacket& out) {
  // Type I has no ERSPAN header and no GRE sequence number: the mirrored
  // frame follows the GRE header directly.
  if (!has_sequence) {
    if (!enterTunnel(TunnelType::Erspan1, true, out)) return fail(DecodeError::TunnelTooDeep);
    return decodeEthernet(p, cap, wire, out);
  }
  constexpr uint32_t n = sizeof(ErspanIIHeader);
  if (cap < n) return fail(DecodeError::TruncatedErspan);
  if (headerAt<ErspanIIHeader>(p)->version() != 1) return fail(DecodeError::UnsupportedErspan);
  // The header's VLAN field describes the mirrored port, not the flow: the
  // frame's own tags (if the switch kept them) are what the flow key uses.
  if (!enterTunnel(TunnelType::Erspan2, true, out)) return fail(DecodeError::TunnelTooDeep);
  return decodeEthernet(p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeErspanIII(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(ErspanIIIHeader)) return fail(DecodeError::TruncatedErspan);
  const auto* h = headerAt<ErspanIIIHeader>(p);
  if (h->version() != 2) return fail(DecodeError::UnsupportedErspan);
  const uint32_t n = static_cast<uint32_t>(sizeof(ErspanIIIHeader)) +
                     (h->platformSubheader() ? kErspanPlatformSubheaderLength : 0);
  if (cap < n) return fail(DecodeError::TruncatedErspan);
  const uint8_t frame_type = h->frameType();
  if (frame_type != kErspanFrameEthernet && frame_type != kErspanFrameIp) return fail(DecodeError::UnsupportedErspan);
  if (!enterTunnel(TunnelType::Erspan3, true, out)) return fail(DecodeError::TunnelTooDeep);
  if (frame_type == kErspanFrameIp) return decodeRawIp(0, p + n, cap - n, wire - n, out);
  return decodeEthernet(p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeVxlan(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  constexpr uint32_t n = sizeof(VxlanHeader);
  if (cap < n) return fail(DecodeError::TruncatedVxlan);
  if (!headerAt<VxlanHeader>(p)->vniValid()) {
    stats_.count(DecodeError::BadVxlanFlags);  // not VXLAN after all: inspect it as the UDP it is
    return DecodeStatus::Ok;
  }
  if (!enterTunnel(TunnelType::Vxlan, true, out)) return fail(DecodeError::TunnelTooDeep);
  return decodeEthernet(p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeGeneve(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(GeneveHeader)) return fail(DecodeError::TruncatedGeneve);
  const auto* h = headerAt<GeneveHeader>(p);
  if (h->version() != 0) return fail(DecodeError::BadGeneveHeader);
  const uint32_t n = static_cast<uint32_t>(sizeof(GeneveHeader)) + h->optionsLength();
  if (n > wire) return fail(DecodeError::BadGeneveHeader);
  if (n > cap) return fail(DecodeError::TruncatedGeneve);
  // Options are walked (not used) so a length field that does not add up is
  // seen: at most 63 words of options, each option at least one word.
  for (uint32_t at = sizeof(GeneveHeader); at < n;) {
    if (n - at < sizeof(GeneveOption)) return fail(DecodeError::BadGeneveHeader);
    const uint32_t length = headerAt<GeneveOption>(p + at)->byteLength();
    if (length > n - at) return fail(DecodeError::BadGeneveHeader);
    at += length;
  }
  const uint16_t type = h->protocolType();
  if (type != ethertype::kTransparentEthernet && type != ethertype::kIpv4 && type != ethertype::kIpv6)
    return fail(DecodeError::UnsupportedGeneveProtocol);
  if (!enterTunnel(TunnelType::Geneve, true, out)) return fail(DecodeError::TunnelTooDeep);
  if (type == ethertype::kIpv4) return decodeIpv4(p + n, cap - n, wire - n, out);
  if (type == ethertype::kIpv6) return decodeIpv6(p + n, cap - n, wire - n, out);
  return decodeEthernet(p + n, cap - n, wire - n, out);
}

DecodeStatus Decoder::decodeEtherIp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  constexpr uint32_t n = sizeof(EtherIpHeader);
  if (cap < n) return fail(DecodeError::TruncatedEtherIp);
  if (headerAt<EtherIpHeader>(p)->version() != 3) return fail(DecodeError::UnsupportedEtherIpVersion);
  if (!enterTunnel(TunnelType::EtherIp, true, out)) return fail(DecodeError::TunnelTooDeep);
  return decodeEthernet(p + n, cap - n, wire - n, out);
}

}  // namespace tapwatch

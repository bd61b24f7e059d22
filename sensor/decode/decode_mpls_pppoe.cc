// Decoder: MPLS label stacks (over Ethernet, GRE, IP or PPP) and PPPoE
// sessions, the two shims that sit between a link header and IP.
#include <algorithm>

#include "decode/decoder.h"
#include "decode/wire_headers.h"

namespace tapwatch {

DecodeStatus Decoder::decodeMpls(bool over_ip, const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  uint32_t bottom_label = 0;
  for (uint32_t labels = 0;; ++labels) {
    if (labels >= kMaxMplsLabels) return fail(DecodeError::MplsStackTooDeep);
    if (cap < sizeof(MplsLabel)) return fail(DecodeError::TruncatedMpls);
    const auto* entry = headerAt<MplsLabel>(p);
    p += sizeof(MplsLabel);
    cap -= sizeof(MplsLabel);
    wire -= sizeof(MplsLabel);
    if (entry->bottomOfStack()) {
      bottom_label = entry->label();
      break;
    }
  }
  // Nothing says what follows the stack. The explicit-null labels do; else
  // the first nibble is the IP version, or 0 for the pseudowire control word
  // (RFC 4385) in front of an Ethernet frame (RFC 4448). A pseudowire without
  // control word is ambiguous (a MAC address may start with 4 or 6) and
  // anything else cannot be read: both counted as unknown_mpls_payload.
  uint8_t nibble = 0xff;
  if (bottom_label == kMplsLabelIpv4ExplicitNull) {
    nibble = 4;
  } else if (bottom_label == kMplsLabelIpv6ExplicitNull) {
    nibble = 6;
  } else {
    if (cap < 1) return fail(DecodeError::TruncatedMpls);
    nibble = p[0] >> 4;
  }
  if (nibble != 4 && nibble != 6 && nibble != 0) return fail(DecodeError::UnknownMplsPayload);
  if (nibble == 0 && cap < 4) return fail(DecodeError::TruncatedMpls);
  if (!enterTunnel(TunnelType::Mpls, over_ip, out)) return fail(DecodeError::TunnelTooDeep);
  if (nibble == 4) return decodeIpv4(p, cap, wire, out);
  if (nibble == 6) return decodeIpv6(p, cap, wire, out);
  return decodeEthernet(p + 4, cap - 4, wire - 4, out);
}

DecodeStatus Decoder::decodePppoe(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  constexpr uint32_t n = sizeof(PppoeHeader);
  if (cap < n) return fail(DecodeError::TruncatedPppoe);
  const auto* h = headerAt<PppoeHeader>(p);
  const uint32_t length = h->payloadLength();
  if (h->version_type != 0x11 || h->code != 0 || length > wire - n) return fail(DecodeError::BadPppoeHeader);
  // The PPPoE length bounds the PPP frame: bytes after it are Ethernet padding.
  p += n;
  wire = length;
  cap = std::min(cap - n, length);
  // PPP protocol field: two bytes, or one when compressed (RFC 1661 PFC: odd first byte).
  if (cap < 1) return fail(length < 1 ? DecodeError::BadPppoeHeader : DecodeError::TruncatedPppoe);
  uint16_t protocol = p[0];
  uint32_t field = 1;
  if ((p[0] & 0x01) == 0) {
    if (cap < 2) return fail(length < 2 ? DecodeError::BadPppoeHeader : DecodeError::TruncatedPppoe);
    protocol = loadBe16(p);
    field = 2;
  }
  p += field;
  cap -= field;
  wire -= field;
  switch (protocol) {
    case pppproto::kIpv4:
    case pppproto::kIpv6:
    case pppproto::kMplsUnicast:
    case pppproto::kMplsMulticast: break;
    default:
      if (protocol >= pppproto::kFirstControl) return skip(SkipReason::PppControl);
      return fail(DecodeError::UnsupportedPppProtocol);
  }
  if (!enterTunnel(TunnelType::Pppoe, false, out)) return fail(DecodeError::TunnelTooDeep);
  if (protocol == pppproto::kIpv4) return decodeIpv4(p, cap, wire, out);
  if (protocol == pppproto::kIpv6) return decodeIpv6(p, cap, wire, out);
  return decodeMpls(false, p, cap, wire, out);
}

}  // namespace tapwatch

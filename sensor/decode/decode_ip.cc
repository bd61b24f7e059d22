// Decoder: IPv4, IPv6 with extension headers, and the hand-off to the
// Defragmenter. Every layer narrows (p, cap, wire) before the next reads.
#include <algorithm>

#include "decode/checksum.h"
#include "decode/decoder.h"
#include "decode/ip_address_store.h"
#include "decode/wire_headers.h"

namespace tapwatch {

namespace {
constexpr uint32_t kMaxIpPacket = 65535;
}

DecodeStatus Decoder::decodeIpv4(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(Ipv4Header)) return fail(DecodeError::TruncatedIpv4);
  const auto* ip = headerAt<Ipv4Header>(p);
  if (ip->version() != 4) return fail(DecodeError::BadIpVersion);
  const uint32_t header_length = ip->headerLength();
  if (header_length < sizeof(Ipv4Header)) return fail(DecodeError::BadIpv4HeaderLength);
  uint32_t total = ip->totalLength();
  if (total == 0 && wire > header_length) {
    stats_.count(DecodeError::IpZeroLengthTso);
    total = wire;
    l4_checksum_unknown_ = true;  // the NIC fills in lengths and checksums later
  }
  if (total < header_length || total > wire) return fail(DecodeError::BadIpv4TotalLength);
  if (header_length > cap) return fail(DecodeError::TruncatedIpv4);  // options cut by the snaplen
  ipv4_header_bad_ = checksums_.active() && !ipv4HeaderChecksumValid(p, header_length);

  out.ip_version = 4;
  out.ip_protocol = ip->protocol;
  out.ip_header = p;
  out.ip_header_length = static_cast<uint16_t>(header_length);
  storeV4(out.src, ip->src);
  storeV4(out.dst, ip->dst);
  const uint8_t* l4 = p + header_length;
  const uint32_t l4_wire = total - header_length;
  const uint32_t l4_cap = std::min(total, cap) - header_length;  // trims Ethernet padding

  if (!ip->isFragment()) return decodeTransport(ip->protocol, l4, l4_cap, l4_wire, out);
  if (out.from_fragments) return fail(DecodeError::FragmentInReassembledTunnel);
  if (l4_cap < l4_wire) return fail(DecodeError::TruncatedFragment);
  // A fragment the host drops never joins its datagram; the L4 checksum is checked after reassembly.
  if (checksums_.active() &&
      dropForChecksum(ipv4_header_bad_ ? std::optional(DecodeError::BadIpv4Checksum) : std::nullopt))
    return DecodeStatus::Error;
  ipv4_header_bad_ = false;
  Fragment fragment;
  fragment.family = 4;
  fragment.protocol = ip->protocol;
  fragment.src = out.src;
  fragment.dst = out.dst;
  fragment.id = ip->identification();
  fragment.offset = ip->fragmentOffset();
  fragment.more = ip->moreFragments();
  fragment.max_end = kMaxIpPacket - header_length;
  fragment.ts = out.ts;
  fragment.data = l4;
  fragment.length = l4_wire;
  return decodeFragment(fragment, out);
}

DecodeStatus Decoder::decodeIpv6(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  constexpr uint32_t n = sizeof(Ipv6Header);
  if (cap < n) return fail(DecodeError::TruncatedIpv6);
  const auto* ip = headerAt<Ipv6Header>(p);
  if (ip->version() != 6) return fail(DecodeError::BadIpVersion);
  uint32_t payload = ip->payloadLength();
  if (payload == 0 && wire > n && ip->next_header != ipproto::kNoNext) {
    stats_.count(DecodeError::IpZeroLengthTso);  // also where a jumbogram (RFC 2675) ends up
    payload = wire - n;
    l4_checksum_unknown_ = true;
  }
  if (payload > wire - n) return fail(DecodeError::BadIpv6PayloadLength);

  out.ip_version = 6;
  out.ip_protocol = ip->next_header;
  out.ip_header = p;
  out.ip_header_length = static_cast<uint16_t>(n);
  out.src = IpAddress::v6(ip->src);
  out.dst = IpAddress::v6(ip->dst);
  return decodeIpv6Chain(ip->next_header, p + n, std::min(cap - n, payload), payload, 0, false, out);
}

DecodeStatus Decoder::decodeIpv6Chain(uint8_t next, const uint8_t* p, uint32_t cap, uint32_t wire,
                                      uint32_t unfragmentable, bool reassembled, DecodedPacket& out) {
  for (uint32_t walked = 0;; ++walked) {
    switch (next) {
      case ipproto::kHopByHop:
      case ipproto::kRouting:
      case ipproto::kDstOpts:
      case ipproto::kAh: {
        if (walked >= kMaxIpv6ExtHeaders) return fail(DecodeError::Ipv6ExtHeaderLoop);
        if (cap < sizeof(Ipv6ExtHeader))
          return fail(wire < sizeof(Ipv6ExtHeader) ? DecodeError::BadIpv6ExtHeaderLength
                                                   : DecodeError::TruncatedIpv6ExtHeader);
        const auto* ext = headerAt<Ipv6ExtHeader>(p);
        uint32_t length = next == ipproto::kAh ? ext->ahByteLength() : ext->byteLength();
        if (length > wire) return fail(DecodeError::BadIpv6ExtHeaderLength);
        if (length > cap) return fail(DecodeError::TruncatedIpv6ExtHeader);
        next = ext->next_header;
        p += length;
        cap -= length;
        wire -= length;
        unfragmentable += length;
        break;
      }
      case ipproto::kFragment: {
        constexpr uint32_t n = sizeof(Ipv6FragmentHeader);
        if (walked >= kMaxIpv6ExtHeaders) return fail(DecodeError::Ipv6ExtHeaderLoop);
        if (reassembled) return fail(DecodeError::Ipv6NestedFragment);
        if (wire < n) return fail(DecodeError::BadIpv6ExtHeaderLength);
        if (cap < n) return fail(DecodeError::TruncatedIpv6ExtHeader);
        const auto* fh = headerAt<Ipv6FragmentHeader>(p);
        p += n;
        cap -= n;
        wire -= n;
        if (fh->fragmentOffset() == 0 && !fh->moreFragments()) {  // atomic fragment: RFC 6946
          next = fh->next_header;
          unfragmentable += n;
          break;
        }
        if (out.from_fragments) return fail(DecodeError::FragmentInReassembledTunnel);
        if (cap < wire) return fail(DecodeError::TruncatedFragment);
        Fragment fragment;
        fragment.family = 6;
        fragment.protocol = fh->next_header;
        fragment.src = out.src;
        fragment.dst = out.dst;
        fragment.id = fh->identification();
        fragment.offset = fh->fragmentOffset();
        fragment.more = fh->moreFragments();
        fragment.max_end = unfragmentable >= kMaxIpPacket ? 0 : kMaxIpPacket - unfragmentable;
        fragment.ts = out.ts;
        fragment.data = p;
        fragment.length = wire;
        return decodeFragment(fragment, out);
      }
      default: return decodeTransport(next, p, cap, wire, out);
    }
  }
}

DecodeStatus Decoder::decodeFragment(const Fragment& fragment, DecodedPacket& out) {
  ReassembledDatagram datagram;
  switch (defrag_.add(fragment, datagram)) {
    case DefragStatus::Held: return DecodeStatus::Held;
    case DefragStatus::Dropped: return DecodeStatus::Error;  // counted by the defragmenter
    case DefragStatus::Complete: break;
  }
  out.from_fragments = true;
  if (fragment.family == 4)
    return decodeTransport(datagram.protocol, datagram.data, datagram.length, datagram.length, out);
  return decodeIpv6Chain(datagram.protocol, datagram.data, datagram.length, datagram.length, 0, true, out);
}

}  // namespace tapwatch

// Decoder: the checksum verdict of one packet (the IPv4 header result found
// earlier plus the TCP/UDP checksum). Malformed headers are left to
// decodeTcp()/decodeUdp(), which report them with their own reasons.
#include "decode/checksum.h"
#include "decode/decoder.h"
#include "decode/wire_headers.h"

namespace tapwatch {

bool Decoder::dropForTransportChecksum(uint8_t protocol, const uint8_t* l4, uint32_t cap, uint32_t wire,
                                       const DecodedPacket& out) {
  bool checked = out.ip_version == 4 && !out.from_fragments;  // the IPv4 header checksum was computed
  std::optional<DecodeError> bad;
  if (ipv4_header_bad_) bad = DecodeError::BadIpv4Checksum;
  ipv4_header_bad_ = false;
  // Not verifiable: bytes the snaplen cut, and TSO captures (the NIC fills the checksum in later).
  const bool verifiable = !bad && !l4_checksum_unknown_ && cap == wire;
  if (verifiable && protocol == ipproto::kTcp && cap >= sizeof(TcpHeader)) {
    checked = true;
    if (!transportChecksumValid(out.src, out.dst, protocol, l4, wire)) bad = DecodeError::BadTcpChecksum;
  } else if (verifiable && protocol == ipproto::kUdp && cap >= sizeof(UdpHeader)) {
    const auto* udp = headerAt<UdpHeader>(l4);
    const uint32_t length = udp->datagramLength();
    // 0: the sender computed none. A bad length is decodeUdp()'s to report.
    if (loadBe16(udp->checksum) != 0 && length >= sizeof(UdpHeader) && length <= wire) {
      checked = true;
      if (!transportChecksumValid(out.src, out.dst, protocol, l4, length)) bad = DecodeError::BadUdpChecksum;
    }
  }
  return checked && dropForChecksum(bad);
}

}  // namespace tapwatch

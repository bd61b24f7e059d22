// Decoder: TCP and UDP headers; other IP protocols pass through with ports 0.
#include <algorithm>

#include "decode/decoder.h"
#include "decode/wire_headers.h"

namespace tapwatch {

DecodeStatus Decoder::decodeTransport(uint8_t protocol, const uint8_t* p, uint32_t cap, uint32_t wire,
                                      DecodedPacket& out) {
  out.ip_protocol = protocol;
  if (protocol == ipproto::kTcp) return decodeTcp(p, cap, wire, out);
  if (protocol == ipproto::kUdp) return decodeUdp(p, cap, wire, out);
  out.payload = p;
  out.payload_length = cap;
  out.payload_wire_length = wire;
  return DecodeStatus::Ok;
}

DecodeStatus Decoder::decodeTcp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(TcpHeader)) return fail(DecodeError::TruncatedTcp);
  const auto* tcp = headerAt<TcpHeader>(p);
  const uint32_t header_length = tcp->headerLength();  // options are skipped, not parsed
  if (header_length < sizeof(TcpHeader) || header_length > wire) return fail(DecodeError::BadTcpDataOffset);
  if (header_length > cap) return fail(DecodeError::TruncatedTcp);
  out.src_port = tcp->srcPort();
  out.dst_port = tcp->dstPort();
  out.tcp_seq = tcp->sequence();
  out.tcp_ack = tcp->acknowledgement();
  out.tcp_window = tcp->windowSize();
  out.tcp_flags = tcp->flags;
  out.payload = p + header_length;
  out.payload_length = cap - header_length;
  out.payload_wire_length = wire - header_length;
  return DecodeStatus::Ok;
}

DecodeStatus Decoder::decodeUdp(const uint8_t* p, uint32_t cap, uint32_t wire, DecodedPacket& out) {
  if (cap < sizeof(UdpHeader)) return fail(DecodeError::TruncatedUdp);
  const auto* udp = headerAt<UdpHeader>(p);
  const uint32_t length = udp->datagramLength();
  // Shorter than the IP payload is allowed (trailing bytes are ignored); longer is a lie.
  if (length < sizeof(UdpHeader) || length > wire) return fail(DecodeError::BadUdpLength);
  out.src_port = udp->srcPort();
  out.dst_port = udp->dstPort();
  out.payload = p + sizeof(UdpHeader);
  out.payload_length = std::min(cap, length) - static_cast<uint32_t>(sizeof(UdpHeader));
  out.payload_wire_length = length - static_cast<uint32_t>(sizeof(UdpHeader));
  return DecodeStatus::Ok;
}

}  // namespace tapwatch

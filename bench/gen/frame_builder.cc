#include "frame_builder.h"

#include <cstring>

namespace tapwatch::gen {
namespace {

void put16(uint8_t* p, uint16_t v) {
  p[0] = static_cast<uint8_t>(v >> 8);
  p[1] = static_cast<uint8_t>(v);
}
void put32(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v >> 24);
  p[1] = static_cast<uint8_t>(v >> 16);
  p[2] = static_cast<uint8_t>(v >> 8);
  p[3] = static_cast<uint8_t>(v);
}

// Ones'-complement sum of big-endian 16-bit words, 4 bytes at a time into a
// 64-bit accumulator (the carries fold in at the end): several GB/s.
uint64_t sumWords(const uint8_t* p, size_t n, uint64_t acc) {
  while (n >= 4) {
    acc += (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
    p += 4;
    n -= 4;
  }
  if (n >= 2) {
    acc += (uint32_t{p[0]} << 8) | p[1];
    p += 2;
    n -= 2;
  }
  if (n == 1) acc += uint32_t{p[0]} << 8;
  return acc;
}
uint16_t fold(uint64_t acc) {
  while (acc >> 16) acc = (acc & 0xffff) + (acc >> 16);
  return static_cast<uint16_t>(~acc & 0xffff);
}

uint64_t pseudoHeaderSum(const Path& path, uint8_t proto, size_t l4_size) {
  const size_t alen = path.src.v6 ? 16 : 4;
  uint64_t acc = sumWords(path.src.bytes.data(), alen, 0);
  acc = sumWords(path.dst.bytes.data(), alen, acc);
  return acc + proto + l4_size;
}

constexpr uint8_t kProtoTcp = 6;
constexpr uint8_t kProtoUdp = 17;

}  // namespace

size_t FrameBuilder::linkAndIp(const Path& path, uint8_t proto, size_t l4_size) {
  uint8_t* p = frame_.data();
  std::memcpy(p, path.dst_mac.data(), 6);
  std::memcpy(p + 6, path.src_mac.data(), 6);
  size_t off = 12;
  if (path.outer_vlan != 0) {
    put16(p + off, 0x88a8);
    put16(p + off + 2, path.outer_vlan);
    off += 4;
  }
  if (path.vlan != 0) {
    put16(p + off, 0x8100);
    put16(p + off + 2, path.vlan);
    off += 4;
  }
  if (!path.src.v6) {
    put16(p + off, 0x0800);
    off += 2;
    uint8_t* ip = p + off;
    ip[0] = 0x45;
    ip[1] = 0;
    put16(ip + 2, static_cast<uint16_t>(20 + l4_size));
    put16(ip + 4, ip_id_++);
    put16(ip + 6, 0x4000);  // DF: like most TCP stacks with path-MTU discovery
    ip[8] = 64;
    ip[9] = proto;
    put16(ip + 10, 0);
    std::memcpy(ip + 12, path.src.bytes.data(), 4);
    std::memcpy(ip + 16, path.dst.bytes.data(), 4);
    put16(ip + 10, fold(sumWords(ip, 20, 0)));
    return off + 20;
  }
  put16(p + off, 0x86dd);
  off += 2;
  uint8_t* ip = p + off;
  put32(ip, 0x60000000);
  put16(ip + 4, static_cast<uint16_t>(l4_size));
  ip[6] = proto;
  ip[7] = 64;
  std::memcpy(ip + 8, path.src.bytes.data(), 16);
  std::memcpy(ip + 24, path.dst.bytes.data(), 16);
  return off + 40;
}

uint8_t* FrameBuilder::payloadSlot(const Path& path, bool is_tcp, bool syn) {
  size_t off = 14 + (path.outer_vlan ? 4 : 0) + (path.vlan ? 4 : 0) + (path.src.v6 ? 40 : 20);
  off += is_tcp ? tcpHeaderSize(syn) : 8;
  return frame_.data() + off;
}

std::span<const uint8_t> FrameBuilder::tcp(const Path& path, const TcpFields& tcp, std::span<const uint8_t> payload) {
  uint8_t* slot = payloadSlot(path, true, (tcp.flags & tcp_flag::Syn) != 0);
  if (!payload.empty()) std::memmove(slot, payload.data(), payload.size());
  return tcpInPlace(path, tcp, payload.size());
}

std::span<const uint8_t> FrameBuilder::tcpInPlace(const Path& path, const TcpFields& tcp, size_t payload_size) {
  const bool syn = (tcp.flags & tcp_flag::Syn) != 0;
  const size_t hlen = tcpHeaderSize(syn);
  const size_t l4 = hlen + payload_size;
  const size_t off = linkAndIp(path, kProtoTcp, l4);
  uint8_t* t = frame_.data() + off;
  put16(t, path.sport);
  put16(t + 2, path.dport);
  put32(t + 4, tcp.seq);
  put32(t + 8, tcp.ack);
  t[12] = static_cast<uint8_t>((hlen / 4) << 4);
  t[13] = tcp.flags;
  put16(t + 14, tcp.window);
  put16(t + 16, 0);
  put16(t + 18, 0);
  uint8_t* o = t + 20;
  if (syn) {  // MSS, SACK-permitted, timestamps, NOP, window scale 7: Linux's SYN layout
    o[0] = 2, o[1] = 4, put16(o + 2, tcp.mss);
    o[4] = 4, o[5] = 2;
    o[6] = 8, o[7] = 10, put32(o + 8, tcp.tsval), put32(o + 12, tcp.tsecr);
    o[16] = 1;
    o[17] = 3, o[18] = 3, o[19] = 7;
  } else {  // NOP, NOP, timestamps
    o[0] = 1, o[1] = 1;
    o[2] = 8, o[3] = 10, put32(o + 4, tcp.tsval), put32(o + 8, tcp.tsecr);
  }
  put16(t + 16, fold(sumWords(t, l4, pseudoHeaderSum(path, kProtoTcp, l4))));
  return {frame_.data(), off + l4};
}

std::span<const uint8_t> FrameBuilder::udp(const Path& path, std::span<const uint8_t> payload) {
  uint8_t* slot = payloadSlot(path, false, false);
  if (!payload.empty()) std::memmove(slot, payload.data(), payload.size());
  const size_t l4 = 8 + payload.size();
  const size_t off = linkAndIp(path, kProtoUdp, l4);
  uint8_t* u = frame_.data() + off;
  put16(u, path.sport);
  put16(u + 2, path.dport);
  put16(u + 4, static_cast<uint16_t>(l4));
  put16(u + 6, 0);
  uint16_t sum = fold(sumWords(u, l4, pseudoHeaderSum(path, kProtoUdp, l4)));
  put16(u + 6, sum == 0 ? 0xffff : sum);  // 0 means "no checksum" in UDP
  return {frame_.data(), off + l4};
}

}  // namespace tapwatch::gen

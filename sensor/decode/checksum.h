#pragma once
// Internet checksum (RFC 1071): the 16-bit one's complement sum used by the
// IPv4 header, TCP and UDP. Pure functions, no allocation, any thread.
//
// Speed: whole 64-byte blocks are summed as 16-bit words in AVX2 or SSE2
// lanes (checksum_vector.h, picked once for the CPU), the tail as native
// 32-bit words in 64-bit accumulators (no carry handling in the loops), and
// the total folded once at the end. One's complement addition is commutative and
// byte-order independent (RFC 1071 section 2(B)), so summing native words and
// swapping the folded result once gives the network-order sum.
#include <bit>
#include <cstddef>
#include <cstdint>

#include "common/ip_address.h"

namespace tapwatch {

// Running sum of `length` bytes at `data` added to `sum` (start with 0). Every
// chunk but the last must have an even length, as the words must line up.
uint64_t checksumAdd(uint64_t sum, const uint8_t* data, size_t length);

// The 16-bit one's complement sum (network byte order value) of a running sum.
// Inline: it runs once or twice a packet, on a handful of instructions.
inline uint16_t checksumFold(uint64_t sum) {
  sum = (sum & 0xffffffffu) + (sum >> 32);
  sum = (sum & 0xffffffffu) + (sum >> 32);
  sum = (sum & 0xffffu) + (sum >> 16);
  sum = (sum & 0xffffu) + (sum >> 16);
  sum = (sum & 0xffffu) + (sum >> 16);
  auto folded = static_cast<uint16_t>(sum);
  if constexpr (std::endian::native == std::endian::little)
    folded = static_cast<uint16_t>((folded >> 8) | (folded << 8));
  return folded;
}

// Sum of the TCP/UDP pseudo-header (RFC 793 / RFC 8200 section 8.1): both
// addresses of `src`'s family, the protocol and the upper-layer length.
uint64_t pseudoHeaderSum(const IpAddress& src, const IpAddress& dst, uint8_t protocol, uint32_t length);

// True when the bytes, checksum field included, sum to 0xffff: the checksum is right.
inline bool checksumValid(uint64_t sum) { return checksumFold(sum) == 0xffff; }

// An IPv4 header of `header_length` bytes (options included) has a right checksum.
inline bool ipv4HeaderChecksumValid(const uint8_t* header, size_t header_length) {
  return checksumValid(checksumAdd(0, header, header_length));
}

// A TCP segment or UDP datagram of `length` bytes (header + data) has a right checksum.
inline bool transportChecksumValid(const IpAddress& src, const IpAddress& dst, uint8_t protocol, const uint8_t* l4,
                                   uint32_t length) {
  return checksumValid(checksumAdd(pseudoHeaderSum(src, dst, protocol, length), l4, length));
}

}  // namespace tapwatch

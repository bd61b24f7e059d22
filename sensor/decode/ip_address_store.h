#pragma once
// storeV4(): an IPv4 address from the wire into an IpAddress with a single
// 16-byte store. IpAddress::v4() builds the value in pieces (a 4-byte copy
// into zeroed bytes) and then copies it out with one 16-byte load, which
// cannot be forwarded from the narrower stores: a store-forwarding stall on
// each address of every packet (perf annotate: over half of the samples of
// peekIp() and decodeIpv4() sat on the instruction after that load). Later
// readers (flow key, hash) load words that one store covers, so they forward.
#include <cstdint>
#include <cstring>

#include "common/ip_address.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tapwatch {

inline void storeV4(IpAddress& out, const uint8_t* wire) {
#ifdef __SSE2__
  int32_t v;
  std::memcpy(&v, wire, sizeof v);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out.bytes.data()), _mm_cvtsi32_si128(v));
  out.family = 4;
#else
  out = IpAddress::v4(wire);
#endif
}

}  // namespace tapwatch

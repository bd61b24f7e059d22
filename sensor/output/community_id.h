#pragma once
// Community ID v1 (github.com/corelight/community-id-spec), as Zeek and
// Suricata emit it, so records of one flow can be joined across tools:
//   "1:" + base64(SHA-1(seed(2 bytes, big endian) + lower endpoint address +
//   other address + protocol (1 byte) + 0 (1 byte) + their ports (2 bytes each)))
// where "lower" orders endpoints by address bytes, then port. TCP/UDP only
// here (ICMP's type/code mapping is not needed: flows are TCP or UDP).
// Output thread only (computed when a record is formatted, not per packet).
#include <cstdint>
#include <string>

#include "common/ip_address.h"

namespace tapwatch {

std::string communityIdV1(const IpAddress& src, uint16_t src_port, const IpAddress& dst, uint16_t dst_port,
                          uint8_t ip_protocol, uint16_t seed);

}  // namespace tapwatch

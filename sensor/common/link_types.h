#pragma once
// Link-layer type numbers (pcap DLT_* as returned by pcap_datalink()) and the
// loopback address-family values the decoder understands. Spelled out here
// rather than taken from <pcap/dlt.h> because several differ by platform
// (DLT_RAW is 12 or 14, DLT_LOOP is 12 on OpenBSD) and files may carry the
// LINKTYPE_* value instead; tests check them against <pcap/dlt.h>.
#include <cstdint>

namespace tapwatch::link {

constexpr int kNull = 0;           // DLT_NULL: 4-byte AF_ value in the capturing host's byte order
constexpr int kEthernet = 1;       // DLT_EN10MB
constexpr int kRaw = 12;           // DLT_RAW on Linux and most BSDs
constexpr int kRawBsdOs = 14;      // DLT_RAW on BSD/OS
constexpr int kLinktypeRaw = 101;  // LINKTYPE_RAW as stored in pcap files
constexpr int kCiscoHdlc = 104;    // DLT_C_HDLC: Cisco HDLC, 4-byte header ending in an ethertype
constexpr int kLoop = 108;         // DLT_LOOP (OpenBSD; AF_ value in network byte order).
                                   // OpenBSD's own DLT_LOOP=12 is read as DLT_RAW: this is a Linux daemon.
constexpr int kLinuxSll = 113;     // DLT_LINUX_SLL: Linux "cooked" v1, 16-byte header
constexpr int kIpv4 = 228;         // DLT_IPV4: raw IPv4 only
constexpr int kIpv6 = 229;         // DLT_IPV6: raw IPv6 only
constexpr int kLinuxSll2 = 276;    // DLT_LINUX_SLL2: Linux "cooked" v2, 20-byte header

// AF_INET is 2 everywhere; AF_INET6 is not (see pcap-linktype(7), LINKTYPE_NULL).
constexpr uint32_t kAfInet = 2;
constexpr uint32_t kAfInet6Linux = 10;
constexpr uint32_t kAfInet6Bsd = 24;  // NetBSD, OpenBSD, BSD/OS
constexpr uint32_t kAfInet6FreeBsd = 28;
constexpr uint32_t kAfInet6Darwin = 30;

}  // namespace tapwatch::link

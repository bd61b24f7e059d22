#pragma once
// Presentation forms of DNS header codes and resource-record data, for the
// alert context and dns.answer: type and rcode mnemonics (RFC 1035, 3596,
// 6895), addresses in dotted / colon form, TXT strings with non-printable
// bytes escaped as \DDD (RFC 1035 §5.1). No allocation beyond the caller's
// strings. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/bytes.h"

namespace tapwatch {

constexpr size_t kDnsMaxRdataText = 1024;  // TXT presentation kept per record; longer is cut

// "A", "AAAA", "MX", ... or "TYPE<n>" (RFC 3597) for the rest.
void dnsTypeName(uint16_t type, std::string& out);
// "NOERROR", "NXDOMAIN", ... or "RCODE<n>".
void dnsRcodeName(unsigned rcode, std::string& out);
// 4 bytes -> "192.0.2.1"; 16 bytes -> RFC 5952 text ("2001:db8::1").
void dnsAddressText(ByteSpan rdata, std::string& out);
// TXT rdata (a sequence of <length><bytes> strings) -> the strings joined
// (SPF and DKIM split long values into 255-byte strings meant to be joined),
// cut at kDnsMaxRdataText. False if a length runs past the rdata.
bool dnsTxtText(ByteSpan rdata, std::string& out);

}  // namespace tapwatch

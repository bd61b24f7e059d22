#include "protocols/dns_records.h"

#include <arpa/inet.h>

#include <charconv>

namespace tapwatch {
namespace {

void appendNumber(std::string& out, unsigned n) {
  char buf[12];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), n);
  (void)ec;
  out.append(buf, end);
}

}  // namespace

void dnsTypeName(uint16_t type, std::string& out) {
  std::string_view name;
  switch (type) {
    case 1: name = "A"; break;
    case 2: name = "NS"; break;
    case 5: name = "CNAME"; break;
    case 6: name = "SOA"; break;
    case 12: name = "PTR"; break;
    case 13: name = "HINFO"; break;
    case 15: name = "MX"; break;
    case 16: name = "TXT"; break;
    case 28: name = "AAAA"; break;
    case 33: name = "SRV"; break;
    case 35: name = "NAPTR"; break;
    case 39: name = "DNAME"; break;
    case 41: name = "OPT"; break;
    case 43: name = "DS"; break;
    case 46: name = "RRSIG"; break;
    case 47: name = "NSEC"; break;
    case 48: name = "DNSKEY"; break;
    case 64: name = "SVCB"; break;
    case 65: name = "HTTPS"; break;
    case 99: name = "SPF"; break;
    case 252: name = "AXFR"; break;
    case 255: name = "ANY"; break;
    case 257: name = "CAA"; break;
    default: break;
  }
  if (!name.empty()) {
    out.assign(name);
    return;
  }
  out.assign("TYPE");
  appendNumber(out, type);
}

void dnsRcodeName(unsigned rcode, std::string& out) {
  static constexpr std::string_view kNames[] = {"NOERROR",  "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED",
                                                "YXDOMAIN", "YXRRSET", "NXRRSET",  "NOTAUTH",  "NOTZONE"};
  if (rcode < std::size(kNames)) {
    out.assign(kNames[rcode]);
    return;
  }
  out.assign("RCODE");
  appendNumber(out, rcode);
}

void dnsAddressText(ByteSpan rdata, std::string& out) {
  char buf[INET6_ADDRSTRLEN];
  const int family = rdata.size() == 4 ? AF_INET : AF_INET6;
  out.assign(inet_ntop(family, rdata.data(), buf, sizeof(buf)) != nullptr ? buf : "");
}

bool dnsTxtText(ByteSpan rdata, std::string& out) {
  out.clear();
  size_t pos = 0;
  while (pos < rdata.size()) {
    const size_t len = rdata[pos++];
    if (pos + len > rdata.size()) return false;
    for (size_t i = 0; i < len && out.size() < kDnsMaxRdataText; ++i) {
      const uint8_t c = rdata[pos + i];
      if (c >= 0x20 && c < 0x7F && c != '\\') {
        out.push_back(static_cast<char>(c));
      } else {  // \DDD, as in zone files
        out.push_back('\\');
        out.push_back(static_cast<char>('0' + c / 100));
        out.push_back(static_cast<char>('0' + c / 10 % 10));
        out.push_back(static_cast<char>('0' + c % 10));
      }
    }
    pos += len;
  }
  if (out.size() > kDnsMaxRdataText) out.resize(kDnsMaxRdataText);
  return true;
}

}  // namespace tapwatch

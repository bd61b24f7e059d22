#include "config/cidr.h"

namespace tapwatch {

// Messages start from std::string("'").append(...) rather than "'" + std::string(...): GCC 12 at -O3 reports a
// false -Wrestrict on a literal prepended to a std::string.
Result<Cidr> Cidr::parse(std::string_view text) {
  const size_t slash = text.find('/');
  const std::string_view addr_text = text.substr(0, slash);
  auto address = IpAddress::parse(addr_text);
  if (!address) return makeError(std::string("'").append(text) + "' is not an IPv4 or IPv6 address or network");
  const unsigned max_prefix = address->family == 4 ? 32 : 128;
  unsigned prefix = max_prefix;
  if (slash != std::string_view::npos) {
    const std::string_view digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3) return makeError(std::string("'").append(text) + "': bad prefix length");
    prefix = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return makeError(std::string("'").append(text) + "': bad prefix length");
      prefix = prefix * 10 + static_cast<unsigned>(c - '0');
    }
    if (prefix > max_prefix)
      return makeError(std::string("'").append(text) + "': prefix length must be at most " +
                       std::to_string(max_prefix));
  }
  Cidr cidr;
  cidr.network = *address;
  cidr.prefix = static_cast<uint8_t>(prefix);
  // Clear the host bits and refuse the network if any were set.
  bool host_bits = false;
  for (unsigned bit = prefix; bit < max_prefix; ++bit) {
    uint8_t& byte = cidr.network.bytes[bit / 8];
    const auto mask = static_cast<uint8_t>(0x80u >> (bit % 8));
    if (byte & mask) host_bits = true;
    byte = static_cast<uint8_t>(byte & ~mask);
  }
  if (host_bits)
    return makeError(std::string("'").append(text) + "' has host bits set; did you mean " + cidr.toString() + "?");
  return cidr;
}

bool Cidr::contains(const IpAddress& address) const {
  if (address.family != network.family) return false;
  const unsigned full = prefix / 8;
  for (unsigned i = 0; i < full; ++i)
    if (address.bytes[i] != network.bytes[i]) return false;
  const unsigned rest = prefix % 8;
  if (rest == 0) return true;
  const auto mask = static_cast<uint8_t>(0xFFu << (8 - rest));
  return (address.bytes[full] & mask) == network.bytes[full];
}

std::string Cidr::toString() const { return network.toString() + "/" + std::to_string(prefix); }

}  // namespace tapwatch

#include "output/community_id.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cstring>

namespace tapwatch {

std::string communityIdV1(const IpAddress& src, uint16_t src_port, const IpAddress& dst, uint16_t dst_port,
                          uint8_t ip_protocol, uint16_t seed) {
  const size_t addr_len = src.family == 6 ? 16 : 4;
  const int order = std::memcmp(src.bytes.data(), dst.bytes.data(), addr_len);
  const bool keep = order < 0 || (order == 0 && src_port <= dst_port);
  const IpAddress& a = keep ? src : dst;
  const IpAddress& b = keep ? dst : src;
  const uint16_t pa = keep ? src_port : dst_port;
  const uint16_t pb = keep ? dst_port : src_port;

  uint8_t buf[2 + 16 + 16 + 2 + 4];
  size_t n = 0;
  buf[n++] = static_cast<uint8_t>(seed >> 8);
  buf[n++] = static_cast<uint8_t>(seed);
  std::memcpy(buf + n, a.bytes.data(), addr_len);
  n += addr_len;
  std::memcpy(buf + n, b.bytes.data(), addr_len);
  n += addr_len;
  buf[n++] = ip_protocol;
  buf[n++] = 0;
  buf[n++] = static_cast<uint8_t>(pa >> 8);
  buf[n++] = static_cast<uint8_t>(pa);
  buf[n++] = static_cast<uint8_t>(pb >> 8);
  buf[n++] = static_cast<uint8_t>(pb);

  unsigned char digest[SHA_DIGEST_LENGTH];
  SHA1(buf, n, digest);
  unsigned char b64[4 * ((SHA_DIGEST_LENGTH + 2) / 3) + 1];
  const int len = EVP_EncodeBlock(b64, digest, SHA_DIGEST_LENGTH);
  return "1:" + std::string(reinterpret_cast<const char*>(b64), static_cast<size_t>(len));
}

}  // namespace tapwatch

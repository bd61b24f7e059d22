#include "capture/capture_file_kind.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace tapwatch {
namespace {

constexpr uint32_t kPcapMicro = 0xa1b2c3d4;
constexpr uint32_t kPcapNano = 0xa1b23c4d;
constexpr uint32_t kPcapngSection = 0x0a0d0d0a;  // the same in both byte orders

uint32_t swapped(uint32_t v) { return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24); }

}  // namespace

CaptureFileKind sniffCaptureFile(const std::string& path, std::string* detail) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    if (detail) *detail = std::strerror(errno);
    return CaptureFileKind::Unreadable;
  }
  std::array<unsigned char, 4> bytes{};
  size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  if (got < bytes.size()) {
    if (detail) *detail = "shorter than a capture header (" + std::to_string(got) + " bytes)";
    return CaptureFileKind::Other;
  }
  // Read as little-endian; a big-endian writer's magic then reads swapped.
  const uint32_t magic = static_cast<uint32_t>(bytes[0]) | static_cast<uint32_t>(bytes[1]) << 8 |
                         static_cast<uint32_t>(bytes[2]) << 16 | static_cast<uint32_t>(bytes[3]) << 24;
  if (magic == kPcapngSection) return CaptureFileKind::Pcapng;
  for (const uint32_t known : {kPcapMicro, kPcapNano})
    if (magic == known || magic == swapped(known)) return CaptureFileKind::Pcap;
  if (detail) {
    char hex[40];
    std::snprintf(hex, sizeof hex, "starts with %02x %02x %02x %02x", bytes[0], bytes[1], bytes[2], bytes[3]);
    *detail = hex;
  }
  return CaptureFileKind::Other;
}

bool isTemporaryCaptureName(std::string_view file_name) {
  return file_name.empty() || file_name.front() == '.' || file_name.ends_with(".tmp") || file_name.ends_with(".part");
}

}  // namespace tapwatch

#include "pcap_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tapwatch::gen {
namespace {

constexpr size_t kBufferBytes = 8u << 20;
constexpr uint32_t kMagicMicro = 0xa1b2c3d4;
constexpr uint32_t kMagicNano = 0xa1b23c4d;
constexpr uint32_t kLinktypeEthernet = 1;

// Host byte order is what the magic number announces, so plain memcpy of
// native integers is a valid pcap on any machine.
struct FileHeader {
  uint32_t magic;
  uint16_t version_major;
  uint16_t version_minor;
  int32_t thiszone;
  uint32_t sigfigs;
  uint32_t snaplen;
  uint32_t linktype;
};
struct RecordHeader {
  uint32_t ts_sec;
  uint32_t ts_frac;
  uint32_t caplen;
  uint32_t len;
};
static_assert(sizeof(FileHeader) == 24);
static_assert(sizeof(RecordHeader) == 16);

}  // namespace

PcapWriter::~PcapWriter() { (void)close(); }

Status PcapWriter::open(const std::string& path, TimestampPrecision precision, uint32_t snaplen) {
  path_ = path;
  precision_ = precision;
  if (path == "-") {
    fd_ = STDOUT_FILENO;
    owns_fd_ = false;
  } else {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) return makeError("cannot create " + path + ": " + std::strerror(errno));
    owns_fd_ = true;
  }
  buffer_.resize(kBufferBytes);
  used_ = 0;
  const FileHeader header{
      precision == TimestampPrecision::Nano ? kMagicNano : kMagicMicro, 2, 4, 0, 0, snaplen, kLinktypeEthernet};
  put(&header, sizeof header);
  return Ok{};
}

void PcapWriter::put(const void* data, size_t size) {
  std::memcpy(buffer_.data() + used_, data, size);
  used_ += size;
  file_bytes_ += size;
}

Status PcapWriter::write(uint64_t ts_ns, const uint8_t* frame, uint32_t size) {
  if (fd_ < 0) return makeError("pcap writer is not open");
  if (used_ + sizeof(RecordHeader) + size > buffer_.size()) {
    if (auto st = flush(); !st) return st;
  }
  const uint32_t frac = precision_ == TimestampPrecision::Nano ? static_cast<uint32_t>(ts_ns % 1000000000ULL)
                                                               : static_cast<uint32_t>(ts_ns % 1000000000ULL / 1000);
  const RecordHeader record{static_cast<uint32_t>(ts_ns / 1000000000ULL), frac, size, size};
  put(&record, sizeof record);
  put(frame, size);
  ++packets_;
  return Ok{};
}

Status PcapWriter::flush() {
  size_t done = 0;
  while (done < used_) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, used_ - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return makeError("write to " + path_ + " failed: " + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  used_ = 0;
  return Ok{};
}

Status PcapWriter::close() {
  if (fd_ < 0) return Ok{};
  Status st = flush();
  if (owns_fd_ && ::close(fd_) != 0 && st) st = makeError("closing " + path_ + " failed: " + std::strerror(errno));
  fd_ = -1;
  return st;
}

}  // namespace tapwatch::gen

#pragma once
// PcapWriter: writes a classic pcap file (LINKTYPE_ETHERNET) with microsecond
// or nanosecond timestamps, straight from memory through one large buffer, so
// a gigabyte takes a few hundred write() calls. No libpcap: the format is 24 +
// 16 bytes of header and writing it ourselves keeps the generator fast and free
// of pcap_dump's per-packet stdio. Single thread.
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"

namespace tapwatch::gen {

enum class TimestampPrecision : uint8_t { Micro, Nano };

class PcapWriter {
 public:
  PcapWriter() = default;
  ~PcapWriter();
  PcapWriter(const PcapWriter&) = delete;
  PcapWriter& operator=(const PcapWriter&) = delete;

  // `path` "-" writes to stdout. Writes the file header.
  Status open(const std::string& path, TimestampPrecision precision, uint32_t snaplen = 65535);
  // `ts_ns` nanoseconds since the Unix epoch; rounded down for microsecond files.
  Status write(uint64_t ts_ns, const uint8_t* frame, uint32_t size);
  // Flushes and closes; the destructor does this too but cannot report errors.
  Status close();

  uint64_t packets() const { return packets_; }
  uint64_t fileBytes() const { return file_bytes_; }

 private:
  Status flush();
  void put(const void* data, size_t size);

  int fd_ = -1;
  bool owns_fd_ = false;
  std::string path_;
  TimestampPrecision precision_ = TimestampPrecision::Micro;
  std::vector<uint8_t> buffer_;
  size_t used_ = 0;
  uint64_t packets_ = 0;
  uint64_t file_bytes_ = 0;
};

}  // namespace tapwatch::gen

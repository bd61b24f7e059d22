#pragma once
// PcapFileMap: the records of a classic pcap file read in place from a
// read-only mapping of the file: no read() copy into a stdio buffer and no
// copy into libpcap's packet buffer, so a packet's bytes are touched first by
// the decoder. Pages already passed are dropped from the mapping as reading
// goes on, so resident memory stays a few MiB whatever the file size.
//
// Only what libpcap would read the same way: a regular file in classic pcap
// format (either byte order, microsecond or nanosecond timestamps). pcapng,
// stdin and link types whose headers libpcap rewrites stay with libpcap
// (PcapSource decides). The file must not shrink while it is mapped (reading
// a page beyond the new end would raise SIGBUS), so only `scan` asks for it.
#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>

#include "capture/pcap_source.h"

namespace tapwatch {

class PcapFileMap {
 public:
  // Maps the file open as `fd` (not taken over); `snapshot` is libpcap's
  // snapshot length for it (pcap_snapshot). nullptr when it is not one this
  // reader takes (the caller keeps reading with libpcap).
  static std::unique_ptr<PcapFileMap> open(int fd, uint32_t snapshot);
  ~PcapFileMap();
  PcapFileMap(const PcapFileMap&) = delete;
  PcapFileMap& operator=(const PcapFileMap&) = delete;

  // Packet, End, or Error with `error` set to what libpcap says for the same file.
  ReadStatus next(RawPacket& out, std::string& error);
  // Bytes of the file consumed so far (progress).
  uint64_t position() const { return offset_; }

 private:
  PcapFileMap(const uint8_t* base, size_t size, uint32_t snapshot) : base_(base), size_(size), snapshot_(snapshot) {}
  uint32_t field(const uint8_t* p) const;
  void dropPassedPages();
  void populateAhead();

  const uint8_t* base_;
  size_t size_;
  uint32_t snapshot_;
  size_t offset_ = 24;    // past the file header
  size_t dropped_ = 0;    // bytes at the start of the mapping already given back
  size_t populated_ = 0;  // bytes at the start of the mapping already mapped in (populateAhead)
  bool swapped_ = false;
  bool nano_ = false;
};

}  // namespace tapwatch

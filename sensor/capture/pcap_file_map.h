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
//
// share() adds a reader of its own over the same mapping (file fanout:
// engine/file_fanout.h, one reader per worker): each has its own position;
// pages are mapped in once, by the reader in front, and given back once the
// slowest reader has passed them (a reader 16 MiB ahead of the slowest waits
// for it, for a while). Readers of one mapping may run on different
// threads (the shared page bookkeeping is atomic); one reader, one thread.
#include <sys/types.h>

#include <array>
#include <atomic>
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
  // Another reader of the same mapping, at the first record; nullptr past kMaxReaders.
  std::unique_ptr<PcapFileMap> share() const;
  static constexpr size_t kMaxReaders = 64;
  ~PcapFileMap();
  PcapFileMap(const PcapFileMap&) = delete;
  PcapFileMap& operator=(const PcapFileMap&) = delete;

  // Packet, End, or Error with `error` set to what libpcap says for the same file.
  ReadStatus next(RawPacket& out, std::string& error);
  // Bytes of the file consumed so far (progress).
  uint64_t position() const { return offset_; }

 private:
  // The mapping and the page bookkeeping of all its readers.
  struct Mapping {
    Mapping(const uint8_t* b, size_t n) : base(b), size(n) {}
    ~Mapping();
    const uint8_t* const base;
    const size_t size;
    std::atomic<size_t> populated{0};  // bytes at the start already mapped in (populateAhead)
    std::atomic<size_t> dropped{0};    // bytes at the start already given back (dropPassedPages)
    std::atomic<size_t> readers{0};
    std::array<std::atomic<size_t>, kMaxReaders> positions{};  // each reader's last published offset
  };
  PcapFileMap(std::shared_ptr<Mapping> mapping, size_t reader, uint32_t snapshot, bool swapped, bool nano);
  uint32_t field(const uint8_t* p) const;
  void dropPassedPages();
  void populateAhead();
  void finished();
  size_t slowestReader() const;  // the least offset any reader of the mapping published (this one's included)

  std::shared_ptr<Mapping> mapping_;
  const uint8_t* base_;
  size_t size_;
  size_t reader_;  // this reader's slot in mapping_->positions
  uint32_t snapshot_;
  size_t offset_ = 24;          // past the file header
  size_t populated_seen_ = 0;   // mapping_->populated as last read
  size_t next_drop_check_ = 0;  // offset at which to look at giving pages back again
  size_t prefetched_ = 0;       // bytes at the start of the mapping already prefetched into the cache
  bool swapped_ = false;
  bool nano_ = false;
};

}  // namespace tapwatch

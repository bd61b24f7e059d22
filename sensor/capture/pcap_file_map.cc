#include "capture/pcap_file_map.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace tapwatch {
namespace {

constexpr uint32_t kMagicMicro = 0xa1b2c3d4;
constexpr uint32_t kMagicNano = 0xa1b23c4d;
constexpr size_t kFileHeaderBytes = 24;
constexpr size_t kRecordHeaderBytes = 16;
// libpcap refuses records larger than this (its maximum snapshot length).
constexpr uint32_t kMaxCaplen = 262144;
// Passed pages are given back in steps of this many bytes, and the next
// 2 * kDropStep are mapped ahead: up to about four times this much of the file
// is resident at a time (peak RSS of `scan`; 2 MiB steps kept 8 MiB). Each
// step costs two madvise calls, about 1,200 per GiB read.
constexpr size_t kDropStep = 1u << 20;

uint32_t load32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

std::unique_ptr<PcapFileMap> PcapFileMap::open(int fd, uint32_t snapshot) {
  struct stat st {};
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || static_cast<size_t>(st.st_size) < kFileHeaderBytes)
    return nullptr;
  const auto size = static_cast<size_t>(st.st_size);
  void* mapped = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (mapped == MAP_FAILED) return nullptr;
  madvise(mapped, size, MADV_SEQUENTIAL);
  std::unique_ptr<PcapFileMap> map(new PcapFileMap(static_cast<const uint8_t*>(mapped), size, snapshot));
  const uint32_t magic = load32(map->base_);
  if (magic == kMagicMicro || magic == kMagicNano) {
    map->nano_ = magic == kMagicNano;
  } else if (magic == __builtin_bswap32(kMagicMicro) || magic == __builtin_bswap32(kMagicNano)) {
    map->swapped_ = true;
    map->nano_ = magic == __builtin_bswap32(kMagicNano);
  } else {
    return nullptr;  // pcapng or something libpcap must judge
  }
  return map;
}

PcapFileMap::~PcapFileMap() { munmap(const_cast<uint8_t*>(base_), size_); }

uint32_t PcapFileMap::field(const uint8_t* p) const {
  const uint32_t v = load32(p);
  return swapped_ ? __builtin_bswap32(v) : v;
}

ReadStatus PcapFileMap::next(RawPacket& out, std::string& error) {
  const size_t left = size_ - offset_;
  if (left == 0) return ReadStatus::End;
  // The same checks and messages as libpcap's pcap_next_packet() (sf-pcap.c).
  if (left < kRecordHeaderBytes) {
    error = "truncated dump file; tried to read " + std::to_string(kRecordHeaderBytes) + " header bytes, only got " +
            std::to_string(left);
    offset_ = size_;
    return ReadStatus::Error;
  }
  const uint8_t* record = base_ + offset_;
  const uint32_t caplen = field(record + 8);
  if (caplen > kMaxCaplen) {
    error = "invalid packet capture length " + std::to_string(caplen) +
            (caplen > snapshot_ ? ", bigger than snaplen of " + std::to_string(snapshot_)
                                : ", bigger than maximum of " + std::to_string(kMaxCaplen));
    offset_ = size_;
    return ReadStatus::Error;
  }
  // A record longer than the file's snapshot length: libpcap keeps its first
  // snapshot bytes and skips the rest.
  const uint32_t keep = std::min(caplen, snapshot_);
  if (left - kRecordHeaderBytes < keep) {
    error = "truncated dump file; tried to read " + std::to_string(keep) + " captured bytes, only got " +
            std::to_string(left - kRecordHeaderBytes);
    offset_ = size_;
    return ReadStatus::Error;
  }
  if (left - kRecordHeaderBytes < caplen) {
    error = "truncated dump file; tried to read " + std::to_string(caplen) + " captured bytes, only got " +
            std::to_string(left - kRecordHeaderBytes);
    offset_ = size_;
    return ReadStatus::Error;
  }
  out.ts.sec = field(record);
  const uint32_t fraction = field(record + 4);
  out.ts.nsec = nano_ ? fraction : fraction * 1000u;
  out.caplen = keep;
  out.wire_length = field(record + 12);
  out.data = record + kRecordHeaderBytes;
  offset_ += kRecordHeaderBytes + caplen;
  if (offset_ + kDropStep > populated_) populateAhead();
  if (offset_ - dropped_ >= 2 * kDropStep) dropPassedPages();
  return ReadStatus::Packet;
}

// Maps the next pages in one call instead of one page fault per 64 KiB
// (the kernel's fault-around), which cost about 8% of a small-packet scan.
// Best effort: kernels before 5.14 do not know MADV_POPULATE_READ and fault.
void PcapFileMap::populateAhead() {
  const size_t length = std::min(2 * kDropStep, size_ - populated_);
#ifdef MADV_POPULATE_READ
  if (length != 0) madvise(const_cast<uint8_t*>(base_) + populated_, length, MADV_POPULATE_READ);
#endif
  populated_ += length;
}

// Gives back the pages before the current record (kept: it is still being
// handled), so a long file does not stay resident; the page cache keeps them.
void PcapFileMap::dropPassedPages() {
  const auto page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  const size_t current = offset_ - kDropStep;  // well behind the record just returned
  const size_t upto = current / page * page;
  if (upto <= dropped_) return;
  madvise(const_cast<uint8_t*>(base_) + dropped_, upto - dropped_, MADV_DONTNEED);
  dropped_ = upto;
}

}  // namespace tapwatch

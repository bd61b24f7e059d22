#include "capture/pcap_file_map.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <thread>

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
// Both the windows mapped ahead and the pages given back start and end on
// 2 MiB boundaries of the file: when the page cache holds the file in 2 MiB
// folios (written in large writes, or read cold: ext4 on Linux 6.18 reads
// ahead in them), the kernel maps each with one PMD and drops it whole; a
// window that cuts one splits it into 512 page-table entries. Measured on
// the 1.1 GiB small-packet capture (bench/README.md): kernel time of `scan`
// 0.20-0.30 s when the file is cached in 4 KiB pages (mapped and unmapped
// page by page; nothing here changes that), 0.05-0.07 s in 2 MiB folios
// with 1 MiB drop steps, 0.03-0.04 s with these aligned windows.
constexpr size_t kHugeWindow = 2u << 20;
static_assert(2 * kDropStep % kHugeWindow == 0, "mapped-ahead windows must stay 2 MiB aligned");
constexpr size_t kPrefetchBytes = 4096;
// Readers sharing a mapping (share()): one further ahead than this of the
// slowest waits for it, since pages stay mapped until every reader has
// passed them; this bounds the resident file bytes when a thread is held up.
constexpr size_t kMaxLead = 16u << 20;
// ... but no longer than this at a time: a reader that stopped early (scan
// interrupted) must not hold the others up for good.
constexpr auto kMaxLeadWait = std::chrono::milliseconds(100);

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
  // Asks for a file not yet cached to be read in 2 MiB folios where
  // readahead would not choose them itself; mmap places a file mapping this
  // big at a 2 MiB-aligned address, so the windows below line up with them.
  // Best effort: refused when transparent huge pages are off.
  madvise(mapped, size, MADV_HUGEPAGE);
  auto mapping = std::make_shared<Mapping>(static_cast<const uint8_t*>(mapped), size);
  const uint32_t magic = load32(mapping->base);
  bool swapped = false, nano = false;
  if (magic == kMagicMicro || magic == kMagicNano) {
    nano = magic == kMagicNano;
  } else if (magic == __builtin_bswap32(kMagicMicro) || magic == __builtin_bswap32(kMagicNano)) {
    swapped = true;
    nano = magic == __builtin_bswap32(kMagicNano);
  } else {
    return nullptr;  // pcapng or something libpcap must judge
  }
  mapping->readers.store(1);
  return std::unique_ptr<PcapFileMap>(new PcapFileMap(std::move(mapping), 0, snapshot, swapped, nano));
}

std::unique_ptr<PcapFileMap> PcapFileMap::share() const {
  const size_t reader = mapping_->readers.fetch_add(1);
  if (reader >= kMaxReaders) {
    mapping_->readers.fetch_sub(1);
    return nullptr;
  }
  return std::unique_ptr<PcapFileMap>(new PcapFileMap(mapping_, reader, snapshot_, swapped_, nano_));
}

PcapFileMap::PcapFileMap(std::shared_ptr<Mapping> mapping, size_t reader, uint32_t snapshot, bool swapped, bool nano)
    : mapping_(std::move(mapping)),
      base_(mapping_->base),
      size_(mapping_->size),
      reader_(reader),
      snapshot_(snapshot),
      swapped_(swapped),
      nano_(nano) {
  mapping_->positions[reader_].store(offset_, std::memory_order_relaxed);
}

PcapFileMap::~PcapFileMap() { finished(); }

// A reader that is done no longer holds pages for the others.
void PcapFileMap::finished() { mapping_->positions[reader_].store(SIZE_MAX, std::memory_order_relaxed); }

size_t PcapFileMap::slowestReader() const {
  const Mapping& m = *mapping_;
  size_t slowest = offset_;
  const size_t readers = std::min(m.readers.load(std::memory_order_relaxed), kMaxReaders);
  for (size_t i = 0; i < readers; ++i) slowest = std::min(slowest, m.positions[i].load(std::memory_order_relaxed));
  return slowest;
}

PcapFileMap::Mapping::~Mapping() { munmap(const_cast<uint8_t*>(base), size); }

uint32_t PcapFileMap::field(const uint8_t* p) const {
  const uint32_t v = load32(p);
  return swapped_ ? __builtin_bswap32(v) : v;
}

ReadStatus PcapFileMap::next(RawPacket& out, std::string& error) {
  const size_t left = size_ - offset_;
  if (left == 0) {
    finished();
    return ReadStatus::End;
  }
  // The same checks and messages as libpcap's pcap_next_packet() (sf-pcap.c).
  if (left < kRecordHeaderBytes) {
    error = "truncated dump file; tried to read " + std::to_string(kRecordHeaderBytes) + " header bytes, only got " +
            std::to_string(left);
    offset_ = size_;
    finished();
    return ReadStatus::Error;
  }
  const uint8_t* record = base_ + offset_;
  const uint32_t caplen = field(record + 8);
  if (caplen > kMaxCaplen) {
    error = "invalid packet capture length " + std::to_string(caplen) +
            (caplen > snapshot_ ? ", bigger than snaplen of " + std::to_string(snapshot_)
                                : ", bigger than maximum of " + std::to_string(kMaxCaplen));
    offset_ = size_;
    finished();
    return ReadStatus::Error;
  }
  // A record longer than the file's snapshot length: libpcap keeps its first
  // snapshot bytes and skips the rest.
  const uint32_t keep = std::min(caplen, snapshot_);
  if (left - kRecordHeaderBytes < keep) {
    error = "truncated dump file; tried to read " + std::to_string(keep) + " captured bytes, only got " +
            std::to_string(left - kRecordHeaderBytes);
    offset_ = size_;
    finished();
    return ReadStatus::Error;
  }
  if (left - kRecordHeaderBytes < caplen) {
    error = "truncated dump file; tried to read " + std::to_string(caplen) + " captured bytes, only got " +
            std::to_string(left - kRecordHeaderBytes);
    offset_ = size_;
    finished();
    return ReadStatus::Error;
  }
  out.ts.sec = field(record);
  const uint32_t fraction = field(record + 4);
  out.ts.nsec = nano_ ? fraction : fraction * 1000u;
  out.caplen = keep;
  out.wire_length = field(record + 12);
  out.data = record + kRecordHeaderBytes;
  offset_ += kRecordHeaderBytes + caplen;
  // Each record's place follows from the one before, so walking headers is a
  // chain of dependent loads; touching the lines a few KiB ahead turns each
  // into a cache hit (what the hardware prefetcher does poorly when a reader
  // skips most bytes, as file fanout workers do).
  for (const size_t until = std::min(offset_ + kPrefetchBytes, size_); prefetched_ < until; prefetched_ += 64)
    __builtin_prefetch(base_ + prefetched_);
  if (offset_ + kDropStep > populated_seen_) populateAhead();
  if (offset_ >= next_drop_check_) dropPassedPages();
  return ReadStatus::Packet;
}

// Maps the next pages in one call instead of one page fault per 64 KiB
// (the kernel's fault-around), which cost about 8% of a small-packet scan.
// Best effort: kernels before 5.14 do not know MADV_POPULATE_READ and fault.
// With several readers the one in front maps them in, once.
void PcapFileMap::populateAhead() {
  size_t populated = mapping_->populated.load(std::memory_order_relaxed);
  if (offset_ + kDropStep > populated && populated < size_) {
    const size_t length = std::min(2 * kDropStep, size_ - populated);
    if (mapping_->populated.compare_exchange_strong(populated, populated + length, std::memory_order_relaxed)) {
#ifdef MADV_POPULATE_READ
      madvise(const_cast<uint8_t*>(base_) + populated, length, MADV_POPULATE_READ);
#endif
      populated += length;
    }
  }
  populated_seen_ = populated;
}

// Gives back the pages well before the current record (it and a few before
// it may still be queued for handling), so a long file does not stay
// resident; the page cache keeps them. With several readers: the pages all of
// them have passed. A reader whose page went away early (a late position)
// reads it again from the page cache, so a race costs a fault, never data.
void PcapFileMap::dropPassedPages() {
  next_drop_check_ = offset_ + kDropStep / 2;
  Mapping& m = *mapping_;
  m.positions[reader_].store(offset_, std::memory_order_relaxed);
  size_t slowest = slowestReader();
  if (offset_ - slowest > kMaxLead) {
    const auto give_up = std::chrono::steady_clock::now() + kMaxLeadWait;
    while (offset_ - slowest > kMaxLead && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::microseconds(50));
      slowest = slowestReader();
    }
  }
  if (slowest < 2 * kDropStep) return;
  // Whole 2 MiB windows only (kHugeWindow), so a huge folio is never split.
  const size_t upto = (slowest - kDropStep) / kHugeWindow * kHugeWindow;
  size_t dropped = m.dropped.load(std::memory_order_relaxed);
  if (upto < dropped + kHugeWindow) return;  // in steps of 2 MiB: about one madvise call per MiB read, at most
  if (!m.dropped.compare_exchange_strong(dropped, upto, std::memory_order_relaxed)) return;
  madvise(const_cast<uint8_t*>(base_) + dropped, upto - dropped, MADV_DONTNEED);
}

}  // namespace tapwatch

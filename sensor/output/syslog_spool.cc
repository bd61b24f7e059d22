#include "output/syslog_spool.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/bytes.h"
#include "common/log.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;

constexpr uint64_t kFirstId = 1ull << 40;  // leaves room below for prepended segments

uint32_t crcOf(std::string_view data, uint32_t crc = 0) {
  return static_cast<uint32_t>(::crc32(crc, reinterpret_cast<const Bytef*>(data.data()),
                                       static_cast<uInt>(data.size())));
}

constexpr std::string_view kMagicText("TWS2", 4);  // SyslogSpool::kMagic as it lies in the file
constexpr size_t kLegacyHeader = 8;                // first format: [u32 length][u32 crc32 of the payload]

constexpr uint64_t kFirstSeq = 1ull << 40;  // leaves room below for prepended records

// The CRC of a record covers its length and sequence bytes and its payload.
uint32_t recordCrc(std::string_view length_and_seq, std::string_view payload) {
  return crcOf(payload, crcOf(length_and_seq));
}

uint64_t loadLe64(const char* p) {
  const auto* b = reinterpret_cast<const uint8_t*>(p);
  return uint64_t{loadLe32(b)} | (uint64_t{loadLe32(b + 4)} << 32);
}
uint64_t seqAt(std::string_view data, size_t pos) { return loadLe64(data.data() + pos + 8); }

// The size of the record at data[pos] when magic, length and CRC agree, else 0.
size_t validRecordAt(std::string_view data, size_t pos) {
  constexpr size_t header = SyslogSpool::kHeader;
  if (pos > data.size() || data.size() - pos < header || data.substr(pos, 4) != kMagicText) return 0;
  const auto* p = reinterpret_cast<const uint8_t*>(data.data() + pos);
  const uint32_t len = loadLe32(p + 4);
  if (len > SyslogSpool::kMaxRecord || data.size() - pos - header < len) return 0;
  if (recordCrc(data.substr(pos + 4, 12), data.substr(pos + header, len)) != loadLe32(p + 16)) return 0;
  return header + len;
}

// A record of the first format ([u32 length][u32 crc32 of the payload]) at data[pos].
bool legacyRecordAt(std::string_view data, size_t pos) {
  if (data.size() - pos < kLegacyHeader) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(data.data() + pos);
  const uint32_t len = loadLe32(p);
  if (len > SyslogSpool::kMaxRecord || data.size() - pos - kLegacyHeader < len) return false;
  return crcOf(data.substr(pos + kLegacyHeader, len)) == loadLe32(p + 4);
}

// A record cut short by the end of the data (a crash during its write).
bool incompleteRecordAt(std::string_view data, size_t pos) {
  if (data.size() - pos < SyslogSpool::kHeader) return true;
  const uint32_t len = loadLe32(reinterpret_cast<const uint8_t*>(data.data() + pos + 4));
  return len <= SyslogSpool::kMaxRecord && data.size() - pos - SyslogSpool::kHeader < len;
}

// Every valid record of `data`, resynchronising after damage at the next
// valid one. `prev_seq`: the sequence number of the last good record before
// `data` (0: unknown). Damage with a good record after it is counted here;
// damage that runs to the end of `data` is left open (tail_*) for the caller,
// who may know the next segment's first sequence number.
struct RecordScan {
  std::string kept;  // the valid records, back to back
  size_t records = 0;
  uint64_t lost_torn = 0;
  uint64_t lost_corrupt = 0;
  size_t first_damage = std::string_view::npos;
  size_t resume = std::string_view::npos;  // the first valid record after the first damage
  uint64_t first_seq = 0;                  // of the first valid record (0: none)
  uint64_t last_seq = 0;                   // of the last valid record, or prev_seq
  bool head_damaged = false;               // damage before the first valid record
  bool tail_open = false;                  // damage runs to the end
  uint64_t tail_starts = 0;                // record starts found in that damage
  bool tail_torn = false;                  // it is one record cut short
};

RecordScan scanRecords(std::string_view data, uint64_t prev_seq) {
  RecordScan scan;
  scan.last_seq = prev_seq;
  size_t pos = 0;
  while (pos < data.size()) {
    if (const size_t n = validRecordAt(data, pos); n > 0) {
      scan.kept.append(data.substr(pos, n));
      if (scan.records++ == 0) scan.first_seq = seqAt(data, pos);
      scan.last_seq = seqAt(data, pos);
      pos += n;
      continue;
    }
    size_t next = std::string_view::npos;
    uint64_t starts = 0;
    for (size_t m = data.find(kMagicText, pos); m != std::string_view::npos; m = data.find(kMagicText, m + 1)) {
      if (m > pos && validRecordAt(data, m) > 0) {
        next = m;
        break;
      }
      ++starts;
    }
    if (scan.first_damage == std::string_view::npos) {
      scan.first_damage = pos;
      scan.resume = next;
      scan.head_damaged = scan.records == 0;
    }
    if (next == std::string_view::npos) {
      scan.tail_open = true;
      scan.tail_starts = starts;
      scan.tail_torn = starts <= 1 && incompleteRecordAt(data, pos);
      break;
    }
    // The sequence gap to the next good record is what was lost; without a
    // known predecessor, every record start in the damage (at least one).
    const uint64_t next_seq = seqAt(data, next);
    const bool gap_known = scan.last_seq != 0 && next_seq > scan.last_seq;
    scan.lost_corrupt += gap_known ? next_seq - scan.last_seq - 1 : std::max<uint64_t>(1, starts);
    pos = next;
  }
  return scan;
}

void putLe32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

bool preadAll(int fd, char* buf, size_t len, uint64_t off) {
  while (len > 0) {
    const ssize_t n = ::pread(fd, buf, len, static_cast<off_t>(off));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buf += n;
    len -= static_cast<size_t>(n);
    off += static_cast<uint64_t>(n);
  }
  return true;
}

std::string errnoText(const char* what, const std::string& path) {
  return std::string(what) + " " + path + ": " + std::strerror(errno);
}

}  // namespace

SyslogSpool::~SyslogSpool() {
  sync();
  closeWriter();
  if (read_fd_ >= 0) ::close(read_fd_);
}

void SyslogSpool::encode(std::string& out, std::string_view message, uint64_t seq) {
  out += kMagicText;
  const size_t length_at = out.size();
  putLe32(out, static_cast<uint32_t>(message.size()));
  putLe32(out, static_cast<uint32_t>(seq));
  putLe32(out, static_cast<uint32_t>(seq >> 32));
  putLe32(out, recordCrc(std::string_view(out).substr(length_at, 12), message));
  out += message;
}

void SyslogSpool::countLost(uint64_t records, bool torn, const std::string& where) {
  if (records == 0) return;
  (torn ? lost_torn_ : lost_corrupt_) += records;
  ++corrupt_regions_;
  logWarning(options_.label + " spool: " + where + ": " + std::to_string(records) + " message(s) lost to a " +
             (torn ? "torn" : "corrupt") + " record (counted as dropped, reason " + (torn ? "torn" : "corrupt") + ")");
}

std::string SyslogSpool::segmentPath(uint64_t id) const {
  char name[48];
  std::snprintf(name, sizeof name, "seg-%020" PRIu64 ".log", id);
  return options_.dir + "/" + name;
}

Result<std::unique_ptr<SyslogSpool>> SyslogSpool::open(const SpoolOptions& options) {
  std::unique_ptr<SyslogSpool> spool(new SyslogSpool(options));
  Status st = spool->load();
  if (!st) return st.error();
  return spool;
}

Status SyslogSpool::load() {
  std::error_code ec;
  fs::create_directories(options_.dir, ec);
  if (ec) return makeError("cannot create spool directory " + options_.dir + ": " + ec.message());

  uint64_t cursor_id = 0, cursor_off = 0;
  {
    std::ifstream in(options_.dir + "/cursor");
    if (in && !(in >> cursor_id >> cursor_off)) cursor_id = cursor_off = 0;
    uint64_t committed = 0, next = 0;
    if (in >> committed >> next) {  // absent in cursors of the first format
      committed_seq_ = committed;
      synced_next_seq_ = next;
    }
  }
  std::vector<uint64_t> ids;
  for (const auto& entry : fs::directory_iterator(options_.dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".tmp")) {
      fs::remove(entry.path(), ec);  // an interrupted prepend: its content is still in the old segment
      continue;
    }
    if (name.size() != 28 || !name.starts_with("seg-") || !name.ends_with(".log")) continue;
    uint64_t id = 0;
    if (std::sscanf(name.c_str() + 4, "%20" SCNu64, &id) == 1) ids.push_back(id);
  }
  if (ec) return makeError("cannot list spool directory " + options_.dir + ": " + ec.message());
  std::sort(ids.begin(), ids.end());

  next_id_ = std::max(cursor_id + 1, kFirstId);
  next_seq_ = kFirstSeq;
  OpenTail tail;
  tail.prev_seq = committed_seq_;
  for (uint64_t id : ids) {
    next_id_ = std::max(next_id_, id + 1);
    if (id < cursor_id) {  // delivered before the last restart
      ::unlink(segmentPath(id).c_str());
      continue;
    }
    Segment seg;
    seg.id = id;
    const bool is_cursor_seg = segments_.empty() && id == cursor_id;
    struct stat sb {};
    if (::stat(segmentPath(id).c_str(), &sb) != 0) continue;
    seg.size = static_cast<uint64_t>(sb.st_size);
    uint64_t from = 0;
    if (is_cursor_seg) from = std::min<uint64_t>(cursor_off, seg.size);
    Status st = scanSegment(seg, from, tail);
    if (!st) return st;
    if (is_cursor_seg) {
      commit_off_ = from;
      seg.first = 0;  // records are counted from the cursor on
    }
    if (seg.records == 0 && seg.size <= from) {
      ::unlink(segmentPath(id).c_str());
      continue;
    }
    segments_.push_back(seg);
    pending_ += seg.records;
  }
  closeTail(tail);
  next_seq_ = std::max(next_seq_, synced_next_seq_);
  if (!segments_.empty()) {
    if (segments_.front().id != cursor_id) commit_off_ = 0;
    read_seg_ = segments_.front().id;
    read_off_ = commit_off_;
    read_idx_ = 0;
    const Segment& last = segments_.back();
    if (last.size < options_.segment_bytes && !openWriter(last.id)) {
      return makeError(last_error_);
    }
  }
  cursor_dirty_ = true;
  return Ok{};
}

// Counts the valid records from `from` (moved to 0 when a first-format
// segment is converted); rewrites the segment without damaged bytes. Damage
// at its end stays open in `tail` until the next segment's first record
// tells how much was lost (closeTail).
Status SyslogSpool::scanSegment(Segment& seg, uint64_t& from, OpenTail& tail) {
  const std::string path = segmentPath(seg.id);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return makeError(errnoText("cannot open spool segment", path));
  std::string data(seg.size, '\0');
  const bool read_ok = data.empty() || preadAll(fd, data.data(), data.size(), 0);
  ::close(fd);
  if (!read_ok) return makeError(errnoText("cannot read spool segment", path));
  const std::string_view rest = std::string_view(data).substr(from);
  // A segment of the first format starts with a valid record of that format
  // (a current-format segment whose first magic is damaged does not).
  if (!rest.empty() && !rest.starts_with(kMagicText) && legacyRecordAt(rest, 0)) {
    const Status st = convertLegacySegment(seg, path, rest);
    if (st) from = 0;
    if (seg.records > 0) tail.prev_seq = next_seq_ - 1;
    return st;
  }
  const RecordScan scan = scanRecords(rest, tail.prev_seq);
  seg.records = scan.records;
  next_seq_ = std::max(next_seq_, scan.last_seq + 1);
  if (tail.open && scan.records > 0) {
    // The last segment ended in damage: the gap up to this segment's first
    // record is what it lost (already counted here if this one starts damaged).
    const uint64_t gap = scan.first_seq > tail.prev_seq + 1 ? scan.first_seq - tail.prev_seq - 1 : 0;
    countLost(scan.head_damaged ? 0 : gap, tail.torn, tail.where);
    tail.open = false;
  }
  if (scan.records > 0) tail.prev_seq = scan.last_seq;
  if (scan.first_damage == std::string_view::npos) return Ok{};
  const std::string where = path + " at offset " + std::to_string(from + scan.first_damage);
  countLost(scan.lost_corrupt, false, where);
  if (scan.tail_open) {
    if (!tail.open) tail = OpenTail{true, 0, scan.tail_torn, where, tail.prev_seq};
    tail.starts += scan.tail_starts;
    tail.torn = tail.torn && scan.tail_torn;
  }
  return rewriteSegment(seg, path, std::string_view(data).substr(0, from), scan.kept);
}

// Damage at the end of the last segment: no record follows to measure the
// gap. The cursor's next sequence number bounds it (records appended after
// its last sync are not known), and each record start in it counts.
void SyslogSpool::closeTail(OpenTail& tail) {
  if (!tail.open) return;
  uint64_t lost = std::max<uint64_t>(1, tail.starts);
  if (tail.prev_seq != 0 && synced_next_seq_ > tail.prev_seq + 1)
    lost = std::max(lost, synced_next_seq_ - tail.prev_seq - 1);
  countLost(lost, tail.torn && lost == 1, tail.where);
  tail.open = false;
}

// The first format: [u32 length][u32 crc32 of the payload][payload], no
// magic; damage ended the segment. Its undelivered records are rewritten in
// the current format.
Status SyslogSpool::convertLegacySegment(Segment& seg, const std::string& path, std::string_view data) {
  std::string kept;
  size_t pos = 0;
  size_t records = 0;
  while (pos < data.size() && legacyRecordAt(data, pos)) {
    const uint32_t len = loadLe32(reinterpret_cast<const uint8_t*>(data.data() + pos));
    encode(kept, data.substr(pos + kLegacyHeader, len), next_seq_++);
    ++records;
    pos += kLegacyHeader + len;
  }
  if (pos < data.size())
    countLost(1, data.size() - pos < kLegacyHeader, path + " (first format) at offset " + std::to_string(pos));
  logInfo(options_.label + " spool: " + path + ": converted " + std::to_string(records) +
          " message(s) to the current format");
  seg.records = records;
  return rewriteSegment(seg, path, {}, kept);
}

// Replaces the segment with `prefix` + `records` (write a temporary file, fsync, rename).
Status SyslogSpool::rewriteSegment(Segment& seg, const std::string& path, std::string_view prefix,
                                   std::string_view records) {
  const std::string tmp = path + ".tmp";
  std::string bytes(prefix);
  bytes += records;
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0 || !writeAll(fd, bytes) || ::fdatasync(fd) != 0) {
    const Error e = makeError(errnoText("cannot rewrite spool segment", tmp));
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    return e;
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const Error e = makeError(errnoText("cannot rename spool segment", tmp));
    ::unlink(tmp.c_str());
    return e;
  }
  seg.size = bytes.size();
  return Ok{};
}

bool SyslogSpool::openWriter(uint64_t id) {
  closeWriter();
  const std::string path = segmentPath(id);
  write_fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (write_fd_ < 0) {
    last_error_ = errnoText("cannot open spool segment", path);
    return false;
  }
  write_id_ = id;
  return true;
}

void SyslogSpool::closeWriter() {
  if (write_fd_ < 0) return;
  if (dirty_) ::fdatasync(write_fd_);
  dirty_ = false;
  ::close(write_fd_);
  write_fd_ = -1;
}

bool SyslogSpool::writeAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

uint64_t SyslogSpool::liveBytes() const {
  uint64_t total = 0;
  for (const auto& s : segments_) total += s.size;
  return total - commit_off_;
}

SyslogSpool::Segment* SyslogSpool::findSegment(uint64_t id) {
  for (auto& s : segments_) {
    if (s.id >= id) return &s;
  }
  return nullptr;
}

SyslogSpool::WriteStatus SyslogSpool::append(std::string_view message) {
  if (message.size() > kMaxRecord) return WriteStatus::TooLarge;
  if (liveBytes() + kHeader + message.size() > options_.max_bytes) return WriteStatus::Full;
  return appendUnchecked(message);
}

SyslogSpool::WriteStatus SyslogSpool::appendUnchecked(std::string_view message) {
  if (write_fd_ < 0 || segments_.empty() || segments_.back().id != write_id_ ||
      segments_.back().size >= options_.segment_bytes) {
    const uint64_t id = next_id_++;
    if (!openWriter(id)) return WriteStatus::IoError;
    if (segments_.empty()) {
      commit_off_ = 0;
      read_seg_ = id;
      read_off_ = 0;
      read_idx_ = 0;
      cursor_dirty_ = true;
    }
    segments_.push_back(Segment{id, 0, 0, 0});
  }
  record_buf_.clear();
  encode(record_buf_, message, next_seq_++);
  Segment& seg = segments_.back();
  if (!writeAll(write_fd_, record_buf_)) {
    last_error_ = errnoText("cannot write spool segment", segmentPath(seg.id));
    // Cut off a partial record so the segment stays parseable.
    if (::ftruncate(write_fd_, static_cast<off_t>(seg.size)) != 0) closeWriter();
    return WriteStatus::IoError;
  }
  seg.size += record_buf_.size();
  ++seg.records;
  ++pending_;
  dirty_ = true;
  return WriteStatus::Ok;
}

SyslogSpool::WriteStatus SyslogSpool::prepend(const std::vector<std::string>& messages) {
  if (messages.empty()) return WriteStatus::Ok;
  rewind();
  if (segments_.empty()) {
    for (const auto& m : messages) {
      const WriteStatus st = appendUnchecked(m);
      if (st != WriteStatus::Ok) return st;
    }
    return WriteStatus::Ok;
  }
  // Merge the new records and the undelivered rest of the front segment into
  // one new segment that sorts before it.
  Segment& front = segments_.front();
  for (const auto& m : messages)
    if (m.size() > kMaxRecord) return WriteStatus::TooLarge;
  const std::string old_path = segmentPath(front.id);
  std::string rest(front.size - commit_off_, '\0');
  const int rfd = ::open(old_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (rfd < 0 || !preadAll(rfd, rest.data(), rest.size(), commit_off_)) {
    last_error_ = errnoText("cannot read spool segment", old_path);
    if (rfd >= 0) ::close(rfd);
    return WriteStatus::IoError;
  }
  // The new records take the sequence numbers just below the oldest one kept.
  uint64_t seq = next_seq_;
  if (validRecordAt(rest, 0) > 0) seq = seqAt(rest, 0);
  seq -= std::min<uint64_t>(seq, messages.size());
  std::string bytes;
  for (const auto& m : messages) encode(bytes, m, seq++);
  bytes += rest;
  ::close(rfd);
  const uint64_t new_id = front.id - 1;
  const std::string new_path = segmentPath(new_id);
  const std::string tmp_path = new_path + ".tmp";
  const int wfd = ::open(tmp_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (wfd < 0 || !writeAll(wfd, bytes) || ::fdatasync(wfd) != 0) {
    last_error_ = errnoText("cannot write spool segment", tmp_path);
    if (wfd >= 0) ::close(wfd);
    ::unlink(tmp_path.c_str());
    return WriteStatus::IoError;
  }
  ::close(wfd);
  if (::rename(tmp_path.c_str(), new_path.c_str()) != 0) {
    last_error_ = errnoText("cannot rename spool segment", tmp_path);
    ::unlink(tmp_path.c_str());
    return WriteStatus::IoError;
  }
  const bool was_writer = write_id_ == front.id && write_fd_ >= 0;
  if (was_writer) closeWriter();
  if (read_fd_ >= 0 && read_fd_id_ == front.id) {
    ::close(read_fd_);
    read_fd_ = -1;
  }
  const uint64_t old_id = front.id;
  front = Segment{new_id, bytes.size(), messages.size() + front.records, 0};
  commit_off_ = 0;
  read_seg_ = new_id;
  read_off_ = 0;
  read_idx_ = 0;
  pending_ += messages.size();
  // Cursor first, then unlink: a crash in between re-delivers (duplicates), never loses.
  persistCursor();
  ::unlink(old_path.c_str());
  (void)old_id;
  if (was_writer) openWriter(new_id);
  return WriteStatus::Ok;
}

size_t SyslogSpool::read(std::vector<std::string>& out, size_t max_records, size_t max_bytes) {
  size_t count = 0, bytes = 0;
  while (count < max_records && bytes < max_bytes && unreadRecords() > 0) {
    Segment* seg = findSegment(read_seg_);
    if (seg == nullptr) break;
    if (seg->id != read_seg_) {
      read_seg_ = seg->id;
      read_off_ = 0;
      read_idx_ = 0;
    }
    if (read_off_ >= seg->size) {
      settleReadEnd(*seg);
      nextReadSegment(seg->id);
      continue;
    }
    if (read_fd_ < 0 || read_fd_id_ != seg->id) {
      if (read_fd_ >= 0) ::close(read_fd_);
      read_fd_ = ::open(segmentPath(seg->id).c_str(), O_RDONLY | O_CLOEXEC);
      read_fd_id_ = seg->id;
      if (read_fd_ < 0) last_error_ = errnoText("cannot open spool segment", segmentPath(seg->id));
    }
    char header[kHeader];
    bool good = read_fd_ >= 0 && seg->size - read_off_ >= kHeader && preadAll(read_fd_, header, kHeader, read_off_);
    uint32_t len = 0;
    if (good) {
      len = loadLe32(reinterpret_cast<const uint8_t*>(header) + 4);
      good = std::string_view(header, 4) == kMagicText && len <= kMaxRecord && seg->size - read_off_ - kHeader >= len;
    }
    std::string payload;
    if (good) {
      payload.resize(len);
      good = preadAll(read_fd_, payload.data(), len, read_off_ + kHeader) &&
             recordCrc(std::string_view(header + 4, 12), payload) ==
                 loadLe32(reinterpret_cast<const uint8_t*>(header) + 16);
    }
    if (!good) {
      skipDamage(*seg);  // damaged after open (disk error): resume at the next valid record
      continue;
    }
    read_off_ += kHeader + len;
    ++read_idx_;
    read_marks_.push_back(Mark{seg->id, read_off_, read_idx_, loadLe64(header + 8)});
    bytes += len;
    ++count;
    out.push_back(std::move(payload));
  }
  return count;
}

// The record at the read position is damaged. The rest of the segment is
// scanned: the records it still holds are read on, the others are lost.
// Counting remaining minus readable keeps the counts exact even when more
// damage follows (it is then already counted).
void SyslogSpool::skipDamage(Segment& seg) {
  const size_t base = seg.id == segments_.front().id ? seg.first : 0;
  const size_t remaining = seg.records - (read_idx_ - base);
  std::string rest(seg.size - read_off_, '\0');
  const bool read_ok = read_fd_ >= 0 && preadAll(read_fd_, rest.data(), rest.size(), read_off_);
  const RecordScan scan = read_ok ? scanRecords(rest, 0) : RecordScan{};
  if (read_ok && scan.first_damage == std::string_view::npos) return;  // a passing read error: read it again
  const uint64_t lost = remaining - std::min(remaining, scan.records);
  const bool torn = scan.lost_torn > 0 && scan.lost_corrupt == 0;
  countLost(lost, torn, "unreadable record in " + segmentPath(seg.id) + " at offset " + std::to_string(read_off_));
  seg.records -= lost;
  pending_ -= lost;
  if (!read_ok || scan.resume == std::string_view::npos) {
    seg.size = read_off_;  // nothing readable after it
  } else {
    read_off_ += scan.resume;
  }
}

// The end of a segment was read: records it was thought to hold but that
// were not there (damage skipped) are lost.
void SyslogSpool::settleReadEnd(Segment& seg) {
  const size_t base = seg.id == segments_.front().id ? seg.first : 0;
  const size_t read = read_idx_ - base;
  if (seg.records <= read) return;
  const size_t lost = seg.records - read;
  countLost(lost, false, "records missing at the end of " + segmentPath(seg.id));
  seg.records -= lost;
  pending_ -= lost;
}

void SyslogSpool::nextReadSegment(uint64_t after) {
  read_seg_ = after + 1;
  read_off_ = 0;
  read_idx_ = 0;
}

void SyslogSpool::dropFrontSegment() {
  const uint64_t id = segments_.front().id;
  if (write_fd_ >= 0 && write_id_ == id) closeWriter();
  if (read_fd_ >= 0 && read_fd_id_ == id) {
    ::close(read_fd_);
    read_fd_ = -1;
  }
  ::unlink(segmentPath(id).c_str());
  segments_.pop_front();
  commit_off_ = 0;
  cursor_dirty_ = true;
}

void SyslogSpool::commit(size_t n) {
  n = std::min(n, read_marks_.size());
  if (n == 0) return;
  const Mark mark = read_marks_[n - 1];
  committed_seq_ = mark.seq;
  read_marks_.erase(read_marks_.begin(), read_marks_.begin() + static_cast<std::ptrdiff_t>(n));
  pending_ -= n;
  while (!segments_.empty() && segments_.front().id < mark.seg_id) dropFrontSegment();
  if (segments_.empty()) return;
  Segment& front = segments_.front();
  // Records of the front are counted from its start: `first` of them are delivered.
  front.records -= (mark.idx - front.first);
  front.first = mark.idx;
  commit_off_ = mark.end;
  cursor_dirty_ = true;
  if (commit_off_ >= front.size && front.records == 0) {
    const bool reading_here = read_seg_ == front.id;
    dropFrontSegment();
    if (reading_here) nextReadSegment(mark.seg_id);
  }
}

void SyslogSpool::rewind() {
  read_marks_.clear();
  if (segments_.empty()) return;
  read_seg_ = segments_.front().id;
  read_off_ = commit_off_;
  read_idx_ = segments_.front().first;
}

void SyslogSpool::persistCursor() {
  const uint64_t id = segments_.empty() ? next_id_ : segments_.front().id;
  const uint64_t off = segments_.empty() ? 0 : commit_off_;
  const std::string tmp = options_.dir + "/cursor.tmp";
  const std::string text = std::to_string(id) + " " + std::to_string(off) + " " + std::to_string(committed_seq_) + " " +
                           std::to_string(next_seq_) + "\n";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0 || !writeAll(fd, text)) {
    last_error_ = errnoText("cannot write spool cursor", tmp);
    if (fd >= 0) ::close(fd);
    return;
  }
  ::close(fd);
  if (::rename(tmp.c_str(), (options_.dir + "/cursor").c_str()) != 0) {
    last_error_ = errnoText("cannot rename spool cursor", tmp);
    return;
  }
  cursor_dirty_ = false;
}

void SyslogSpool::sync() {
  if (dirty_ && write_fd_ >= 0) ::fdatasync(write_fd_);
  if (dirty_) cursor_dirty_ = true;  // the cursor also records the next sequence number
  dirty_ = false;
  if (cursor_dirty_) persistCursor();
}

}  // namespace tapwatch

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

uint32_t crcOf(std::string_view data) {
  return static_cast<uint32_t>(::crc32(0L, reinterpret_cast<const Bytef*>(data.data()),
                                       static_cast<uInt>(data.size())));
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

void SyslogSpool::encode(std::string& out, std::string_view message) {
  putLe32(out, static_cast<uint32_t>(message.size()));
  putLe32(out, crcOf(message));
  out += message;
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
    Status st = scanSegment(seg, from);
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

// Counts valid records from `from`; truncates the file at the first bad one.
Status SyslogSpool::scanSegment(Segment& seg, uint64_t from) {
  const std::string path = segmentPath(seg.id);
  const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return makeError(errnoText("cannot open spool segment", path));
  std::string data(seg.size - from, '\0');
  if (!data.empty() && !preadAll(fd, data.data(), data.size(), from)) {
    ::close(fd);
    return makeError(errnoText("cannot read spool segment", path));
  }
  size_t pos = 0;
  size_t records = 0;
  while (pos < data.size()) {
    if (data.size() - pos < kHeader) break;
    const auto* p = reinterpret_cast<const uint8_t*>(data.data() + pos);
    const uint32_t len = loadLe32(p);
    const uint32_t crc = loadLe32(p + 4);
    if (len > kMaxRecord || data.size() - pos - kHeader < len) break;
    if (crcOf(std::string_view(data).substr(pos + kHeader, len)) != crc) break;
    pos += kHeader + len;
    ++records;
  }
  if (pos < data.size()) {
    ++corrupt_regions_;
    logWarning("syslog spool: " + path + ": corrupt or torn record at offset " + std::to_string(from + pos) +
               ", discarding the last " + std::to_string(data.size() - pos) + " bytes of the segment");
    if (::ftruncate(fd, static_cast<off_t>(from + pos)) != 0) {
      logWarning(errnoText("syslog spool: cannot truncate", path));
    }
    seg.size = from + pos;
  }
  ::close(fd);
  seg.records = records;
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
  encode(record_buf_, message);
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
  std::string bytes;
  for (const auto& m : messages) {
    if (m.size() > kMaxRecord) return WriteStatus::TooLarge;
    encode(bytes, m);
  }
  const size_t prefix = bytes.size();
  const std::string old_path = segmentPath(front.id);
  bytes.resize(prefix + (front.size - commit_off_));
  const int rfd = ::open(old_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (rfd < 0 || !preadAll(rfd, bytes.data() + prefix, bytes.size() - prefix, commit_off_)) {
    last_error_ = errnoText("cannot read spool segment", old_path);
    if (rfd >= 0) ::close(rfd);
    return WriteStatus::IoError;
  }
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
      len = loadLe32(reinterpret_cast<const uint8_t*>(header));
      good = len <= kMaxRecord && seg->size - read_off_ - kHeader >= len;
    }
    std::string payload;
    if (good) {
      payload.resize(len);
      good = preadAll(read_fd_, payload.data(), len, read_off_ + kHeader) &&
             crcOf(payload) == loadLe32(reinterpret_cast<const uint8_t*>(header) + 4);
    }
    if (!good) {
      // Damaged after open (disk error): the rest of this segment is lost; say so and move on.
      const size_t base = seg->id == segments_.front().id ? seg->first : 0;
      const size_t lost = seg->records - (read_idx_ - base);
      ++corrupt_regions_;
      logError("syslog spool: unreadable record in " + segmentPath(seg->id) + " at offset " +
               std::to_string(read_off_) + "; skipping " + std::to_string(lost) + " message(s)");
      lost_ += lost;
      seg->records -= lost;
      pending_ -= lost;
      seg->size = read_off_;
      nextReadSegment(seg->id);
      continue;
    }
    read_off_ += kHeader + len;
    ++read_idx_;
    read_marks_.push_back(Mark{seg->id, read_off_, read_idx_});
    bytes += len;
    ++count;
    out.push_back(std::move(payload));
  }
  return count;
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
  const std::string text = std::to_string(id) + " " + std::to_string(off) + "\n";
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
  dirty_ = false;
  if (cursor_dirty_) persistCursor();
}

}  // namespace tapwatch

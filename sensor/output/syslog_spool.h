#pragma once
// SyslogSpool: the on-disk queue that keeps syslog messages while the
// receiver is down or slow, across sensor restarts, in order.
//
// Layout: spool_dir/seg-<20 digit id>.log segment files, read in id order;
// each record is [u32 length LE][u32 crc32 LE][payload]. spool_dir/cursor
// holds "<segment id> <offset>": everything before it was delivered.
//
// Two cursors: read() advances a volatile read cursor (messages handed to the
// transport); commit() advances the durable one once the transport confirmed
// them; rewind() goes back to the durable one after a broken connection. So a
// message leaves the spool only once delivered.
//
// Durability (fsync policy): every append is a write(2), so a crash of the
// process loses nothing appended; the active segment is fdatasync'ed by sync()
// (the forwarder calls it every second and at stop), so a power loss may lose
// up to about one second of spooled messages. The cursor is persisted by sync()
// (write + rename), so after a crash at most about one second of delivered
// messages is delivered again (at-least-once).
//
// Corruption: at open every record is length- and CRC-checked; a torn or
// corrupt record ends its segment there (the file is truncated), and the lost
// region is counted in corruptRegions() and logged.
//
// Bounds: append() refuses a message that would take the live size over
// max_bytes (the caller counts it as dropped: the newest is dropped, the
// oldest are kept). prepend() may exceed the bound by what it is given (the
// caller's in-flight window, bounded by the socket buffer).
//
// Output thread only.
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace tapwatch {

struct SpoolOptions {
  std::string dir;
  uint64_t max_bytes = 512ull << 20;
  uint64_t segment_bytes = 8ull << 20;
};

class SyslogSpool {
 public:
  enum class WriteStatus { Ok, Full, IoError, TooLarge };
  static constexpr uint32_t kMaxRecord = 1u << 20;
  static constexpr size_t kHeader = 8;

  // Creates the directory if needed, validates existing segments, restores the cursor.
  static Result<std::unique_ptr<SyslogSpool>> open(const SpoolOptions& options);
  ~SyslogSpool();
  SyslogSpool(const SyslogSpool&) = delete;
  SyslogSpool& operator=(const SyslogSpool&) = delete;

  WriteStatus append(std::string_view message);
  // Puts messages (oldest first) before everything not yet delivered. Only
  // when nothing is read-but-uncommitted (call rewind() first).
  WriteStatus prepend(const std::vector<std::string>& messages);

  // Appends up to max_records / about max_bytes unread messages to out; returns how many.
  size_t read(std::vector<std::string>& out, size_t max_records, size_t max_bytes);
  // The n oldest read messages were delivered.
  void commit(size_t n);
  // Forget what was read but not committed: it will be read again.
  void rewind();

  size_t unreadRecords() const { return pending_ - read_marks_.size(); }
  size_t pendingRecords() const { return pending_; }  // unread + read-uncommitted
  size_t inFlight() const { return read_marks_.size(); }
  uint64_t liveBytes() const;
  uint64_t corruptRegions() const { return corrupt_regions_; }
  // Messages lost to damage found while reading (they are counted as dropped).
  uint64_t lostRecords() const { return lost_; }
  const std::string& lastError() const { return last_error_; }

  // fdatasync the active segment if written to, persist the cursor.
  void sync();

 private:
  struct Segment {
    uint64_t id = 0;
    uint64_t size = 0;
    size_t records = 0;  // records not yet committed
    size_t first = 0;    // front only: index of the first uncommitted record, from the load/prepend start
  };
  struct Mark {  // where a read-but-uncommitted record ends
    uint64_t seg_id;
    uint64_t end;
    size_t idx;
  };

  explicit SyslogSpool(SpoolOptions options) : options_(std::move(options)) {}
  Status load();
  Status scanSegment(Segment& seg, uint64_t from);
  std::string segmentPath(uint64_t id) const;
  Segment* findSegment(uint64_t id);
  bool openWriter(uint64_t id);
  void closeWriter();
  void persistCursor();
  WriteStatus appendUnchecked(std::string_view message);
  void dropFrontSegment();
  void nextReadSegment(uint64_t after);
  bool writeAll(int fd, const std::string& bytes);
  static void encode(std::string& out, std::string_view message);

  SpoolOptions options_;
  std::deque<Segment> segments_;
  uint64_t commit_off_ = 0;  // in segments_.front()
  uint64_t read_seg_ = 0;
  uint64_t read_off_ = 0;
  size_t read_idx_ = 0;
  uint64_t next_id_ = 0;
  uint64_t lost_ = 0;
  std::deque<Mark> read_marks_;
  size_t pending_ = 0;
  int write_fd_ = -1;
  uint64_t write_id_ = 0;
  int read_fd_ = -1;
  uint64_t read_fd_id_ = 0;
  bool dirty_ = false;
  bool cursor_dirty_ = false;
  uint64_t corrupt_regions_ = 0;
  std::string last_error_;
  std::string record_buf_;
};

}  // namespace tapwatch

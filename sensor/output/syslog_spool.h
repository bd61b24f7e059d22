#pragma once
// SyslogSpool: the on-disk queue that keeps syslog messages while the
// receiver is down or slow, across sensor restarts, in order. The Redis sink
// (redis_sink.h) keeps its events in a spool of its own directory, in the
// same format: payloads are opaque bytes to the spool.
//
// Layout: spool_dir/seg-<20 digit id>.log segment files, read in id order;
// each record is [u32 magic "TWS2"][u32 length LE][u64 sequence LE][u32 crc32
// LE of length, sequence and payload][payload]. The magic lets a reader find
// the next record after damage; the CRC covers the length, so a flipped
// length bit is caught too; sequence numbers grow by one per record, so the
// records lost between two good ones are known exactly. spool_dir/cursor holds "<segment id> <offset>": everything
// before it was delivered. Segments of the first format (no magic, CRC of the
// payload only) are converted when the spool opens.
//
// Two cursors: read() advances a volatile read cursor (messages handed to the
// transport); commit() advances the durable one once the transport confirmed
// them; rewind() goes back to the durable one after a broken connection. So a
// message leaves the spool only once delivered.
//
// Durability (fsync policy): every append is a write(2), so a crash of the
// process loses nothing appended; the active segment is fdatasync'ed by sync()
// (the forwarder calls it every second and at stop), so a power loss may lose
// up to about one second of spooled messages (not counted: nothing on disk
// says they existed). The cursor is persisted by sync()
// (write + rename), so after a crash at most about one second of delivered
// messages is delivered again (at-least-once).
//
// Corruption: at open every record is checked; after a bad record the scan
// resynchronises at the next valid record (magic, length and CRC agree), the
// segment is rewritten without the damaged bytes, and what was lost is
// counted by reason: `torn` (a record cut by a crash at the end of a segment)
// or `corrupt` (damage inside: the sequence gap between the good records
// around it; at the spool's end, where no good record follows, the gap to the
// next sequence number the cursor recorded, or one per record start found in
// the damaged bytes, whichever is more, at least one). Damage found later, while reading, is
// skipped the same way. Both are logged and counted (lostTorn()/lostCorrupt()).
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
  std::string label = "syslog";  // who owns the spool, in log lines ("syslog", "redis")
};

class SyslogSpool {
 public:
  enum class WriteStatus { Ok, Full, IoError, TooLarge };
  static constexpr uint32_t kMaxRecord = 1u << 20;
  static constexpr uint32_t kMagic = 0x32535754;  // "TWS2" in file order
  static constexpr size_t kHeader = 20;

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
  // Messages lost to damage (they are counted as dropped), in total and by reason.
  uint64_t lostRecords() const { return lost_torn_ + lost_corrupt_; }
  uint64_t lostTorn() const { return lost_torn_; }
  uint64_t lostCorrupt() const { return lost_corrupt_; }
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
    uint64_t seq;
  };

  explicit SyslogSpool(SpoolOptions options) : options_(std::move(options)) {}
  Status load();
  // Damage at the end of a segment, waiting for the next segment's first record.
  struct OpenTail {
    bool open = false;
    uint64_t starts = 0;
    bool torn = false;
    std::string where;
    uint64_t prev_seq = 0;  // the last good record so far (0: none)
  };
  Status scanSegment(Segment& seg, uint64_t& from, OpenTail& tail);
  void closeTail(OpenTail& tail);
  Status convertLegacySegment(Segment& seg, const std::string& path, std::string_view data);
  Status rewriteSegment(Segment& seg, const std::string& path, std::string_view prefix, std::string_view records);
  void countLost(uint64_t records, bool torn, const std::string& where);
  std::string segmentPath(uint64_t id) const;
  Segment* findSegment(uint64_t id);
  bool openWriter(uint64_t id);
  void closeWriter();
  void persistCursor();
  WriteStatus appendUnchecked(std::string_view message);
  void dropFrontSegment();
  void nextReadSegment(uint64_t after);
  void skipDamage(Segment& seg);
  void settleReadEnd(Segment& seg);
  bool writeAll(int fd, const std::string& bytes);
  static void encode(std::string& out, std::string_view message, uint64_t seq);

  SpoolOptions options_;
  std::deque<Segment> segments_;
  uint64_t commit_off_ = 0;  // in segments_.front()
  uint64_t read_seg_ = 0;
  uint64_t read_off_ = 0;
  size_t read_idx_ = 0;
  uint64_t next_id_ = 0;
  uint64_t next_seq_ = 0;         // sequence number of the next appended record
  uint64_t committed_seq_ = 0;    // of the last delivered record (0: unknown); persisted in the cursor
  uint64_t synced_next_seq_ = 0;  // next_seq_ as the cursor file last recorded it (0: unknown)
  uint64_t lost_torn_ = 0;
  uint64_t lost_corrupt_ = 0;
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

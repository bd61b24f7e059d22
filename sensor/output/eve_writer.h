#pragma once
// EveWriter: appends EVE JSON lines to a file (or stdout for path "-").
// Buffered: flushed when 64 KiB are pending, by the owner's 250 ms timer, and
// at close. reopen() closes and reopens the path (logrotate's copy-less
// rotation: mv, then SIGHUP). A failed write never leaves a torn line (see
// writeFailed); unwritten records stay buffered up to kMaxPending and are
// retried on every flush; records that do not fit, or are still unwritten at
// close, are counted as errors. Errors are logged once per burst with the
// errno (the next success ends the burst). Output thread only: workers never touch it, so a slow disk
// never blocks a worker.
#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "output/output_stats.h"

namespace tapwatch {

enum class EveOpenMode {
  Append,    // the daemon: keep what earlier runs wrote
  Truncate,  // `tapwatch scan -o FILE`: the file holds this scan's records only
};

class EveWriter {
 public:
  EveWriter(std::string path, OutputStats& stats, EveOpenMode mode = EveOpenMode::Append);
  ~EveWriter();
  EveWriter(const EveWriter&) = delete;
  EveWriter& operator=(const EveWriter&) = delete;

  void write(std::string_view json_line);  // one record, without newline
  void flush();
  void reopen();
  bool isOpen() const { return fd_ >= 0; }
  const std::string& path() const { return path_; }
  // The errno text of the last failed open or write ("" before any failure).
  const std::string& lastError() const { return last_error_; }

 private:
  static constexpr size_t kFlushBytes = 64 * 1024;
  // Cap on what is held while the file cannot be written, so a full disk cannot grow memory.
  static constexpr size_t kMaxPending = 8 * 1024 * 1024;

  bool openFile();
  void closeFile();
  void failed(const std::string& why);
  void writeFailed(off_t start, size_t done, int error);

  std::string path_;
  OutputStats& stats_;
  EveOpenMode mode_;
  int fd_ = -1;
  std::string buffer_;
  uint64_t buffered_records_ = 0;
  bool error_logged_ = false;
  std::string last_error_;
};

}  // namespace tapwatch

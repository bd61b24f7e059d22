#include "output/eve_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "common/log.h"

namespace tapwatch {

EveWriter::EveWriter(std::string path, OutputStats& stats, EveOpenMode mode)
    : path_(std::move(path)), stats_(stats), mode_(mode) {
  buffer_.reserve(kFlushBytes * 2);
  openFile();
}

EveWriter::~EveWriter() {
  flush();
  if (buffered_records_ > 0) stats_.eve_errors.add(buffered_records_);  // the file never took them
  closeFile();
}

bool EveWriter::openFile() {
  if (fd_ >= 0) return true;
  if (path_ == "-") {
    fd_ = STDOUT_FILENO;
    return true;
  }
  const int truncate = mode_ == EveOpenMode::Truncate ? O_TRUNC : 0;
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | truncate, 0640);
  if (fd_ < 0) {
    last_error_ = std::strerror(errno);
    failed("cannot open " + path_ + ": " + last_error_);
    return false;
  }
  mode_ = EveOpenMode::Append;  // a reopen after an error must not throw away what was written
  return true;
}

void EveWriter::closeFile() {
  if (fd_ >= 0 && fd_ != STDOUT_FILENO) ::close(fd_);
  fd_ = -1;
}

void EveWriter::failed(const std::string& why) {
  if (!error_logged_)
    logError("eve: " + why + " (further errors counted in tapwatch_eve_records_total{result=\"error\"})");
  error_logged_ = true;
}

void EveWriter::write(std::string_view json_line) {
  if (buffer_.size() + json_line.size() + 1 > kMaxPending) {
    stats_.eve_errors.add();  // the file has been failing long enough to fill the cap
    return;
  }
  buffer_ += json_line;
  buffer_ += '\n';
  ++buffered_records_;
  if (buffer_.size() >= kFlushBytes) flush();
}

void EveWriter::flush() {
  if (buffer_.empty()) return;
  if (!openFile()) return;  // keep the buffer; retried on the next flush
  // Where this flush starts in the file, to take back a torn line.
  const off_t start = fd_ == STDOUT_FILENO ? -1 : ::lseek(fd_, 0, SEEK_END);
  size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      writeFailed(start, done, n < 0 ? errno : ENOSPC);
      return;
    }
    done += static_cast<size_t>(n);
  }
  stats_.eve_written.add(buffered_records_);
  buffer_.clear();
  buffered_records_ = 0;
  error_logged_ = false;
}

// A write stopped after `done` bytes (a full disk, an I/O error). The whole
// records before it are written; a record cut in the middle is cut off the
// file again (or, where the file cannot be truncated, the next write starts
// on a fresh line), so no line is ever torn or merged with the next record.
// The records not written stay buffered for the next flush (bounded by
// kMaxPending: beyond it new records are counted as errors).
void EveWriter::writeFailed(off_t start, size_t done, int error) {
  last_error_ = std::string(std::strerror(error)) + " (errno " + std::to_string(error) + ")";
  failed("write to " + path_ + " failed: " + last_error_);
  const size_t boundary = done == 0 ? 0 : buffer_.rfind('\n', done - 1) + 1;  // npos + 1 == 0
  const auto written = static_cast<uint64_t>(std::count(buffer_.begin(), buffer_.begin() + boundary, '\n'));
  if (done > boundary) {
    const bool cut_back = start >= 0 && ::ftruncate(fd_, start + static_cast<off_t>(boundary)) == 0;
    if (!cut_back) {
      buffer_.insert(boundary, 1, '\n');  // ends the torn fragment before the record is written again
      logError("eve: cannot cut a torn line off " + path_ + ": " + std::strerror(errno));
    }
  }
  stats_.eve_written.add(written);
  buffered_records_ -= written;
  buffer_.erase(0, boundary);
  closeFile();  // reopen on the next flush (the file may have been removed)
}

void EveWriter::reopen() {
  flush();
  if (path_ == "-") return;
  closeFile();
  openFile();
}

}  // namespace tapwatch

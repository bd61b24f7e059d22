#include "output/eve_writer.h"

#include <fcntl.h>
#include <unistd.h>

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
  size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      last_error_ = n < 0 ? std::strerror(errno) : "short write";
      failed("write to " + path_ + " failed: " + last_error_);
      // A partial line cannot be taken back; count the whole buffer as lost
      // rather than write a duplicate or a torn line later.
      stats_.eve_errors.add(buffered_records_);
      buffer_.clear();
      buffered_records_ = 0;
      closeFile();  // reopen on the next flush (the file may have been removed)
      return;
    }
    done += static_cast<size_t>(n);
  }
  stats_.eve_written.add(buffered_records_);
  buffer_.clear();
  buffered_records_ = 0;
  error_logged_ = false;
}

void EveWriter::reopen() {
  flush();
  if (path_ == "-") return;
  closeFile();
  openFile();
}

}  // namespace tapwatch

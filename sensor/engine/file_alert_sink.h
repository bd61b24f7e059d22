#pragma once
// FileAlertSink: writes EVE lines to a file or stdout for `tapwatch scan`.
// All workers call emit(); a mutex keeps lines whole (alerts are rare, so the
// lock is never on the per-packet path).
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include "common/result.h"
#include "engine/alert_sink.h"

namespace tapwatch {

class FileAlertSink final : public AlertSink {
 public:
  // "-" = stdout.
  static Result<std::unique_ptr<FileAlertSink>> open(const std::string& path);
  ~FileAlertSink() override;

  void emit(AlertRecord&& record) override;
  bool flush();  // false when a write failed
  uint64_t written() const { return written_; }

 private:
  FileAlertSink(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  std::mutex mutex_;
  std::FILE* file_;
  bool owned_;
  bool failed_ = false;
  uint64_t written_ = 0;
};

}  // namespace tapwatch

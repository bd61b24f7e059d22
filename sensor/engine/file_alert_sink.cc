#include "engine/file_alert_sink.h"

#include <cerrno>
#include <cstring>
#include <memory>

namespace tapwatch {

Result<std::unique_ptr<FileAlertSink>> FileAlertSink::open(const std::string& path) {
  if (path == "-") return std::unique_ptr<FileAlertSink>(new FileAlertSink(stdout, false));
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (f == nullptr) return makeError(std::string("cannot open output: ") + std::strerror(errno), {path});
  return std::unique_ptr<FileAlertSink>(new FileAlertSink(f, true));
}

FileAlertSink::~FileAlertSink() {
  flush();
  if (owned_) std::fclose(file_);
}

void FileAlertSink::emit(AlertRecord&& record) {
  std::lock_guard lock(mutex_);
  record.eve_json.push_back('\n');
  if (std::fwrite(record.eve_json.data(), 1, record.eve_json.size(), file_) != record.eve_json.size()) failed_ = true;
  ++written_;
}

bool FileAlertSink::flush() {
  std::lock_guard lock(mutex_);
  if (std::fflush(file_) != 0) failed_ = true;
  return !failed_;
}

}  // namespace tapwatch

#include "protocols/http_body_file.h"

#include "protocols/text_util.h"

namespace tapwatch {

void HttpBodyFile::open(std::vector<FileInfo>& files, FileInfo&& recycled, std::string_view filename,
                        std::string_view content_type, size_t max_files) {
  close(true);  // a file left open belongs to a body that did not end
  if (files.size() >= max_files) return;
  if (!hasher_) hasher_ = std::make_unique<Sha256Hasher>();
  FileInfo& f = files.emplace_back(std::move(recycled));
  f.size = 0;  // the strings are assigned below; the rest is set again at close()
  f.sha256.fill(0);
  f.sha256_valid = false;
  f.truncated = false;
  f.filename.assign(filename);
  f.content_type.assign(content_type);
  files_ = &files;
  index_ = files.size() - 1;
  size_ = 0;
  hasher_->begin();
}

void HttpBodyFile::update(ByteSpan decoded) {
  if (files_ == nullptr || decoded.empty()) return;
  size_ += decoded.size();
  hasher_->update(decoded);
}

void HttpBodyFile::close(bool cut) {
  if (files_ == nullptr) return;
  FileInfo& f = (*files_)[index_];
  f.size = size_;
  f.truncated = cut;
  f.sha256_valid = hasher_->active() && hasher_->finish(f.sha256) && !cut;
  if (!f.sha256_valid) f.sha256.fill(0);
  files_ = nullptr;
}

std::string_view contentDispositionFilename(std::string_view value, std::string& storage) {
  return headerParam(value, "filename", storage);
}

}  // namespace tapwatch

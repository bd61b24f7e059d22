#pragma once
// HttpBodyFile: one HTTP body followed as a file for EVE `fileinfo`, the way
// Suricata's HTTP file tracking names it: the bytes after transfer and content
// codings are undone (what a browser saves), their size and SHA-256, the
// filename from Content-Disposition or else the request's URI path, and the
// state: CLOSED when the body arrived whole, TRUNCATED when a cap, a gap or an
// early close cut it (no hash then, as for SMTP attachments).
//
// Only used when fileinfo records are wanted (ProtocolLimits::track_http_files):
// hashing every body costs CPU that alerts-only sensors should not pay. The
// SHA-256 context is made on the first file of a flow direction and reused.
// Worker thread only.
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "protocols/sha256_hasher.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

class HttpBodyFile {
 public:
  // Starts a file at the end of `files` (the transaction's list, which must
  // stay put until close()); nothing when the list already holds `max_files`.
  // `recycled`: an earlier FileInfo whose string buffers are reused (a warm
  // flow then lists files without allocating).
  void open(std::vector<FileInfo>& files, FileInfo&& recycled, std::string_view filename, std::string_view content_type,
            size_t max_files);
  void update(ByteSpan decoded);
  // Ends the file; `cut`: not every byte of the body was seen.
  void close(bool cut);
  bool isOpen() const { return files_ != nullptr; }

 private:
  std::unique_ptr<Sha256Hasher> hasher_;
  std::vector<FileInfo>* files_ = nullptr;
  size_t index_ = 0;
  uint64_t size_ = 0;
};

// The filename of a Content-Disposition value ("attachment; filename=\"a.pdf\""),
// unquoted into `storage`; empty when it names none.
std::string_view contentDispositionFilename(std::string_view value, std::string& storage);

}  // namespace tapwatch

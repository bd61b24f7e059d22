#pragma once
// Move-only RAII owners for Hyperscan's C handles (unique_ptr with a deleter:
// get/release/reset and explicit bool come for free). Databases are created on
// the main thread and shared read-only; scratch and streams belong to one
// worker thread.
#include <hs.h>

#include <memory>

namespace tapwatch {

struct HsDatabaseDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};
struct HsScratchDeleter {
  void operator()(hs_scratch_t* scratch) const { hs_free_scratch(scratch); }
};
// Closing without scratch/callback frees the stream and drops end-of-data
// matches; ScopeScan closes with a callback first when it wants them.
struct HsStreamDeleter {
  void operator()(hs_stream_t* stream) const { hs_close_stream(stream, nullptr, nullptr, nullptr); }
};
struct HsCompileErrorDeleter {
  void operator()(hs_compile_error_t* error) const { hs_free_compile_error(error); }
};

using HsDatabasePtr = std::unique_ptr<hs_database_t, HsDatabaseDeleter>;
using HsScratchPtr = std::unique_ptr<hs_scratch_t, HsScratchDeleter>;
using HsStreamPtr = std::unique_ptr<hs_stream_t, HsStreamDeleter>;
using HsCompileErrorPtr = std::unique_ptr<hs_compile_error_t, HsCompileErrorDeleter>;

}  // namespace tapwatch

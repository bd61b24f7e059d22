#pragma once
// Compiled Hyperscan databases cached on disk (hs_serialize_database), so a
// restart or reload of an unchanged signature set skips compilation — for a
// 100k-entry literal IOC list that is seconds versus milliseconds.
//
// Key: every input of the compile — expressions, flags, ids, mode — plus the
// Hyperscan version and the host platform (hs_populate_platform). The file
// name is a hash of that material, and the file stores the material itself,
// which is compared byte for byte on load: a hash collision or a stale file
// can never hand back the wrong database. Files are written to a temporary
// name and renamed (a crash never leaves a half file under the real name);
// the directory keeps at most kMaxCacheFiles databases, least recently used
// removed first.
// An unusable directory (missing and not creatable, read-only) means
// compiling without the cache: counted in DatabaseLoadStats::cache_errors
// and logged once per directory per process.
//
// The cache directory must be writable only by the sensor's user: its
// contents are loaded into Hyperscan as trusted code-like data.
//
// Any thread: a set build compiles its databases in parallel.
#include <hs.h>

#include <cstdint>
#include <string>
#include <vector>

#include "detect/hs_handles.h"

namespace tapwatch {

// Most sets need a handful of databases (the shipped packs: 4, ~20 MB), so
// this is room for many sets; small test and rule sets are a few KB each.
constexpr size_t kMaxCacheFiles = 256;

// What one signature-set build did with Hyperscan (exported as metrics).
struct DatabaseLoadStats {
  uint32_t databases = 0;          // Hyperscan databases the set needed
  uint32_t cache_hits = 0;         // loaded from the cache
  uint32_t cache_misses = 0;       // compiled (and stored, if the cache works)
  uint32_t cache_errors = 0;       // cache unusable (directory, write, corrupt file): compiled without it
  double compile_seconds = 0;      // time inside hs_compile_multi
  double deserialize_seconds = 0;  // time loading cached databases
};

struct CompileInput {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  unsigned mode = HS_MODE_BLOCK;  // HS_MODE_BLOCK or HS_MODE_STREAM
};

// Either a database or Hyperscan's compile error (for mapping the failing
// expression back to its signature).
struct CompileOutput {
  HsDatabasePtr database;
  HsCompileErrorPtr error;
};

// Compiles `input`, going through the cache in `cache_dir` when it is not empty.
CompileOutput compileWithCache(const CompileInput& input, const std::string& cache_dir, DatabaseLoadStats& stats);

// The exact bytes that identify a compile (exposed for tests).
std::string cacheKeyMaterial(const CompileInput& input);

}  // namespace tapwatch

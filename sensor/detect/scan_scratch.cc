#include "detect/scan_scratch.h"

namespace tapwatch {

bool ScanScratch::prepare(const DetectionSet& set) {
  if (excerpt_.capacity() < set.options().excerpt_bytes) excerpt_.reserve(set.options().excerpt_bytes);
  if (!scratch_ && set.scratchPrototype()) {
    hs_scratch_t* clone = nullptr;
    if (hs_clone_scratch(set.scratchPrototype(), &clone) != HS_SUCCESS) {
      stats_.scratch_failures.add();
      return false;
    }
    scratch_.reset(clone);
    return true;
  }
  for (const hs_database_t* db : set.hyperscanDatabases()) {
    hs_scratch_t* scratch = scratch_.release();
    const hs_error_t rc = hs_alloc_scratch(db, &scratch);
    scratch_.reset(scratch);
    if (rc != HS_SUCCESS) {
      stats_.scratch_failures.add();
      return false;
    }
  }
  return true;
}

}  // namespace tapwatch

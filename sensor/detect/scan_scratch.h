#pragma once
// ScanScratch: one per worker thread (what a worker needs to scan; it holds no
// signatures). Owns that worker's Hyperscan scratch (one
// scratch per packet thread, as in Snort 3's hyperscan search engine), the
// excerpt assembly buffer and a reference to its DetectStats. ScopeScans on
// the same worker share it; it must outlive them.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "detect/detect_stats.h"
#include "detect/detection_set.h"
#include "detect/hs_handles.h"
#include "detect/rule_chain_matcher.h"

namespace tapwatch {

class ScanScratch {
 public:
  explicit ScanScratch(DetectStats& stats) : stats_(stats) { exact_.reserve(64); }
  ScanScratch(const ScanScratch&) = delete;
  ScanScratch& operator=(const ScanScratch&) = delete;

  // Worker thread, between batches: make the scratch able to scan `set`.
  // The scratch only grows, so ScopeScans still using an older set keep
  // working. The first call clones the set's prototype scratch. Returns false
  // (and counts scratch_failures) if Hyperscan cannot allocate it; scans of
  // that set then fail and are counted as scan_errors.
  bool prepare(const DetectionSet& set);

  DetectStats& stats() { return stats_; }
  hs_scratch_t* hs() { return scratch_.get(); }
  // Reused buffer for excerpts that span two calls' data (no per-match allocation).
  std::string& excerptBuffer() { return excerpt_; }
  // Suricata rule confirmation (PCRE2 match data, transform buffer).
  RuleScratch& rules() { return rules_; }
  // Payload confirmation across segments (rule_stream_lookback.h): the direction's bytes before this
  // call's data (set by the scan that made candidates), and that joined to the data.
  std::string& lookBack() { return look_back_; }
  std::string& joined() { return joined_; }
  // Case-folded databases (detect/case_fold.h, ScopeScan): a piece of the
  // value folded (kFoldChunk bytes and up to 3 held back before it), and the case-sensitive database's matches on that
  // piece, waiting to be merged in offset order with the folded database's.
  static constexpr size_t kFoldChunk = 4096;
  uint8_t* foldBuffer() { return fold_.data(); }
  struct ExactMatch {
    uint64_t to;
    unsigned id;
  };
  std::vector<ExactMatch>& exactMatches() { return exact_; }

 private:
  DetectStats& stats_;
  HsScratchPtr scratch_;
  std::string excerpt_;
  RuleScratch rules_;
  std::string look_back_;
  std::string joined_;
  std::array<uint8_t, kFoldChunk + 4> fold_{};  // + a character held back from the previous piece
  std::vector<ExactMatch> exact_;
};

}  // namespace tapwatch

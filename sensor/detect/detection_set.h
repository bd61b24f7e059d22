#pragma once
// DetectionSet: a compiled, immutable signature set — the signatures plus one
// Hyperscan database per inspected field (streaming mode for streaming
// fields, block mode for the rest; `stream` in both, its block twin scanning
// whole UDP datagrams), the literal IOC lists of block fields in
// databases of their own, and the domain IOC hash sets. Fields that need the
// same compile share one database: an IOC list named on http.host, dns.query
// and tls.sni is compiled (or loaded from the cache) once, not three times,
// and distinct databases compile in parallel. Built on the
// main thread (startup, reload, `sig check`), then shared read-only by every
// worker as shared_ptr<const DetectionSet>; flows keep the set they started
// with, so an old set lives until its last ScopeScan ends.
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/field.h"
#include "common/result.h"
#include "detect/database_cache.h"
#include "detect/domain_matcher.h"
#include "detect/hs_handles.h"
#include "detect/ip_list.h"
#include "detect/pattern_ref.h"
#include "detect/rule_loader.h"
#include "detect/rule_vars.h"
#include "detect/signature.h"

namespace tapwatch {

struct DetectOptions {
  uint32_t excerpt_bytes = 96;      // alert excerpt: bytes ending at the match end
  std::string cache_dir;            // compiled-database cache (detect/database_cache.h); empty = none
  RuleVarMap rule_vars;             // config `vars:` for `.rules` headers (Suricata's defaults fill the rest)
  std::string classification_file;  // signatures.classification_file; empty = built-in table
  bool allow_list_outside = false;  // signatures.allow_list_outside: `list:` files beyond the pack's directory
  // Set (by a shutting-down daemon) to give up a load: checked between the
  // load's steps and before each Hyperscan compile job starts. A job already
  // inside hs_compile_multi cannot be interrupted and runs to its end.
  // Shared so the flag outlives whichever of the loader and its owner ends last.
  std::shared_ptr<const std::atomic<bool>> cancel;

  bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// The error a cancelled load returns (DetectOptions::cancel).
constexpr const char* kLoadCancelledMessage = "signature load cancelled";

constexpr uint32_t kMaxExcerptBytes = 65536;

// One Hyperscan database and what its expression ids mean. Identical
// expressions (same text and flags) are compiled once: the shipped packs
// repeat a pattern across signatures through YAML anchors, so one expression
// id stands for every (signature, pattern) that uses it and a match fans out
// to all of them.
struct PatternDatabase {
  std::shared_ptr<const hs_database_t> hs;  // null when empty; shared by fields that compile the same expressions
  // Case-folded scanning (detect/case_fold.h): `hs` holds the caseless
  // expressions rewritten for folded text and scans the folded bytes; `exact`
  // (null if none) the case-sensitive ones, scanned over the original bytes.
  // Both use the same expression ids (refs/ref_begin).
  bool folded = false;
  std::shared_ptr<const hs_database_t> exact;
  // A streaming database's expressions compiled once more in block mode, for
  // values that arrive whole in one call (a UDP datagram is a `stream` value
  // of its own): hs_scan needs no stream to open, reset or keep a tail for.
  // Same expression ids as `hs`. Null for block fields, case-folded
  // databases, fields other than `stream`, and if the block compile fails.
  std::shared_ptr<const hs_database_t> whole;
  std::vector<PatternRef> refs;     // every pattern, grouped by expression id
  std::vector<uint32_t> ref_begin;  // expression id i -> refs[ref_begin[i], ref_begin[i + 1])

  size_t expressionCount() const { return ref_begin.empty() ? 0 : ref_begin.size() - 1; }
};

// Everything that looks at one field.
struct FieldDatabase {
  PatternDatabase patterns;  // the field's patterns (on streaming fields also its literal lists)
  PatternDatabase lists;     // block fields: the literal lists, one database per distinct combination
                             // of lists, shared by the fields naming the same lists
  std::shared_ptr<const DomainMatcher> domains;  // null when no domain list looks here; shared
                                                 // by fields that use the same lists
  std::shared_ptr<const IpMatcher> ips;          // `kind: ip` lists; shared like `domains`
  bool streaming = false;
  // Suricata rules: values of this field are kept for confirming candidates
  // (some rule chain inspects it), and the rules with no fast pattern whose
  // chain looks here are candidates on every value (pcre-only rules).
  bool retain = false;
  std::vector<uint32_t> unfiltered;

  bool hasDomains() const { return domains && !domains->empty(); }
  bool hasIps() const { return ips && !ips->empty(); }
  bool used() const { return patterns.hs != nullptr || lists.hs != nullptr || hasDomains() || hasIps() || retain; }
};

// One distinct expression of a field's pattern database, with the flags the
// set compiles it with, and its first user ("signature 2112001 pattern
// 'warning'"): for bench/packs (where a pack's compile and scan cost goes).
struct SensorExpression {
  std::string text;
  unsigned flags = 0;
  std::string user;
  // The same first user as "2112001:warning" (a pattern without an id: "#3"),
  // and how many signature patterns share the expression (YAML anchors).
  std::string short_user;
  size_t users = 1;
  // The field's database is case-folded (PatternDatabase::folded): this
  // expression scans the folded text (`text` is the rewritten form), or the
  // original bytes (`exact`: a case-sensitive expression).
  bool folded = false;
  bool exact = false;
};
// The distinct expressions of `field`'s pattern database as build() compiles
// them (enabled signatures; literal lists of block fields and domain/IP
// lists, which have databases or matchers of their own, left out).
std::vector<SensorExpression> sensorExpressionsFor(const std::vector<Signature>& signatures, Field field);

class DetectionSet {
 public:
  // Compiles every enabled signature (disabled ones are still validated).
  // Errors point at the offending pattern's file:line:col and quote Hyperscan.
  static Result<std::shared_ptr<const DetectionSet>> build(std::vector<Signature> signatures,
                                                           const DetectOptions& options);
  // loadSignatureFiles() + build().
  static Result<std::shared_ptr<const DetectionSet>> load(const std::vector<std::string>& paths,
                                                          const DetectOptions& options);

  // Any thread.
  size_t size() const { return signatures_.size(); }
  size_t enabledCount() const { return enabled_; }
  const Signature& signature(size_t index) const { return signatures_[index]; }
  // An enabled signature looks at `field`: lets the engine skip work.
  bool inspects(Field field) const { return database(field).used(); }
  const DetectOptions& options() const { return options_; }
  // `.rules` rules read and the ones not loaded (with why), for `sig check` and metrics.
  const std::vector<RuleRefusal>& refusedRules() const { return refused_; }
  size_t rulesSeen() const { return rules_seen_; }
  // What building this set cost: compile time, cache hits and misses.
  const DatabaseLoadStats& loadStats() const { return load_stats_; }

  // For ScopeScan and ScanScratch (worker threads; read-only).
  const FieldDatabase& database(Field field) const { return fields_[static_cast<size_t>(field)]; }
  const hs_scratch_t* scratchPrototype() const { return prototype_.get(); }
  // Every distinct Hyperscan database of the set, to size a worker's scratch.
  std::vector<const hs_database_t*> hyperscanDatabases() const;

 private:
  DetectionSet() = default;
  static void planRule(DetectionSet& set, const Signature& sig, uint32_t index);

  std::vector<Signature> signatures_;
  size_t enabled_ = 0;
  DetectOptions options_;
  std::array<FieldDatabase, kFieldCount> fields_;
  std::vector<std::shared_ptr<const hs_database_t>> databases_;  // each distinct database once
  DatabaseLoadStats load_stats_;
  HsScratchPtr prototype_;
  std::vector<RuleRefusal> refused_;
  size_t rules_seen_ = 0;  // allocated at build: proves the set is scannable, cloned by workers
};

}  // namespace tapwatch

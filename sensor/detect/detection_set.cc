#include "detect/detection_set.h"

#include <hs.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <map>
#include <thread>
#include <unordered_map>

#include "detect/case_fold.h"
#include "detect/pattern_compiler.h"
#include "detect/signature_loader.h"
#include "detect/suricata_rule.h"

namespace tapwatch {
namespace {

// Expressions for one field, with where each came from for error messages.
struct FieldExpressions {
  std::vector<std::string> texts;
  std::vector<unsigned> flags;
  std::vector<PatternRef> refs;
  std::vector<SourceLocation> where;
};

std::string patternLabel(const Signature& sig, size_t index) {
  const Pattern& p = sig.patterns[index];
  std::string label = p.id.empty() ? "pattern #" + std::to_string(index + 1) : "pattern '" + p.id + "'";
  return label + " of signature " + std::to_string(sig.id);
}

void addExpressions(FieldExpressions& out, const Signature& sig, uint32_t sig_index, size_t pattern_index) {
  const Pattern& p = sig.patterns[pattern_index];
  const PatternRef ref{sig_index, static_cast<uint8_t>(pattern_index)};
  auto add = [&](std::string_view text, SourceLocation where) {
    out.texts.push_back(hyperscanExpression(p, text));
    out.flags.push_back(hyperscanFlags(p.flags, text, p.kind != PatternKind::Regex));
    out.refs.push_back(ref);
    out.where.push_back(std::move(where));
  };
  if (p.kind != PatternKind::List) {
    add(p.text, p.where);
  } else {
    for (const auto& entry : p.list_entries) add(entry.value, SourceLocation{p.list_file, entry.line, 1});
  }
}

// Where one pattern goes on one field: the field's own expressions, the
// field's domain lists, or (block fields) its literal lists, which are
// compiled once per distinct combination, below.
struct FieldPlan {
  FieldExpressions expressions;
  std::vector<PatternRef> domain_lists;
  std::vector<PatternRef> ip_lists;
  std::vector<PatternRef> literal_lists;
};

void addPattern(FieldPlan& plan, bool streaming, const Signature& sig, uint32_t sig_index, size_t pattern_index) {
  const Pattern& p = sig.patterns[pattern_index];
  const PatternRef ref{sig_index, static_cast<uint8_t>(pattern_index)};
  if (p.kind == PatternKind::List && p.list_kind == ListKind::Domain) {
    plan.domain_lists.push_back(ref);
  } else if (p.kind == PatternKind::List && p.list_kind == ListKind::Ip) {
    plan.ip_lists.push_back(ref);
  } else if (p.kind == PatternKind::List && !streaming) {
    plan.literal_lists.push_back(ref);
  } else {
    addExpressions(plan.expressions, sig, sig_index, pattern_index);
  }
}

// The distinct expressions of one database, and for each every pattern it
// stands for. The packs share patterns between signatures (YAML anchors), and
// lists share entries: each (text, flags) is compiled once and its matches
// fan out through refs/ref_begin.
struct DistinctExpressions {
  FieldExpressions expressions;  // one per distinct (text, flags); refs/where: its first user, for errors
  std::vector<PatternRef> refs;  // every user, grouped by expression, in plan order
  std::vector<uint32_t> ref_begin;
};

struct ExpressionKey {
  unsigned flags;
  std::string_view text;
  bool operator==(const ExpressionKey&) const = default;
};
struct ExpressionKeyHash {
  size_t operator()(const ExpressionKey& k) const {
    return std::hash<std::string_view>{}(k.text) ^ (static_cast<size_t>(k.flags) * 0x9E3779B97F4A7C15ull);
  }
};

DistinctExpressions distinctExpressions(FieldExpressions all) {
  DistinctExpressions out;
  const size_t n = all.texts.size();
  std::unordered_map<ExpressionKey, uint32_t, ExpressionKeyHash> index;
  index.reserve(n);
  std::vector<uint32_t> of(n);
  std::vector<uint32_t> users;
  for (size_t i = 0; i < n; ++i) {
    const auto next = static_cast<uint32_t>(users.size());
    auto [it, added] = index.emplace(ExpressionKey{all.flags[i], all.texts[i]}, next);
    if (added) users.push_back(0);
    of[i] = it->second;
    ++users[of[i]];
  }
  out.ref_begin.assign(users.size() + 1, 0);
  for (size_t e = 0; e < users.size(); ++e) out.ref_begin[e + 1] = out.ref_begin[e] + users[e];
  std::vector<uint32_t> fill(out.ref_begin.begin(), out.ref_begin.end() - 1);
  out.refs.resize(n);
  FieldExpressions& ex = out.expressions;
  ex.texts.resize(users.size());
  ex.flags.resize(users.size());
  ex.refs.resize(users.size());
  ex.where.resize(users.size());
  index.clear();  // its keys point into all.texts, which move out below
  for (size_t i = 0; i < n; ++i) {
    const uint32_t e = of[i];
    if (fill[e] == out.ref_begin[e]) {  // first user: the expression's text and error location
      ex.texts[e] = std::move(all.texts[i]);
      ex.flags[e] = all.flags[i];
      ex.refs[e] = all.refs[i];
      ex.where[e] = std::move(all.where[i]);
    }
    out.refs[fill[e]++] = all.refs[i];
  }
  return out;
}

// Identity of a field's compile: equal keys compile to equal databases.
std::string expressionsKey(const FieldExpressions& ex, bool streaming) {
  std::string key(streaming ? "stream\n" : "block\n");
  for (size_t i = 0; i < ex.texts.size(); ++i) {
    key += std::to_string(ex.flags[i]) + ':' + std::to_string(ex.texts[i].size()) + ':';
    key += ex.texts[i];
  }
  return key;
}

// One Hyperscan compile the set needs. Fields whose expressions are
// identical (same texts, flags and mode) share a job and its database.
struct CompileJob {
  Field first_field;  // names the job in errors
  bool streaming = false;
  bool lists = false;                 // the literal lists of block fields
  FieldExpressions expressions;       // distinct
  std::vector<PatternRef> list_refs;  // lists: the fan-out (DistinctExpressions), shared by the job's fields
  std::vector<uint32_t> list_ref_begin;
  size_t merged_into = SIZE_MAX;  // that job holds its expressions: not compiled (shareSubsetJobs)
  // Joined to a case-folded job that lacks a few of its expressions
  // (joinNearlyEqual): those (indices into `expressions`), compiled as
  // written into the field's own twin beside the job's case-sensitive part
  // (`exact_input`), so only this field's values pay for them.
  std::vector<uint32_t> own_extra;
  // Case-folded (planFold): `input` compiles the rewritten caseless
  // expressions, `exact_input` the case-sensitive ones; both keep the
  // expressions' ids.
  bool fold = false;
  std::vector<std::string> fold_texts;
  CompileInput input;
  CompileOutput output;
  DatabaseLoadStats stats;
  CompileInput exact_input;
  CompileOutput exact_output;
  DatabaseLoadStats exact_stats;
  // The streaming job `stream` scans: `input` once more in block mode, for
  // values that arrive whole (PatternDatabase::whole; planWhole).
  CompileInput whole_input;
  CompileOutput whole_output;
  DatabaseLoadStats whole_stats;
};

// A field whose distinct expressions are a subset of a bigger job's (same
// mode) scans that job's database instead of compiling its own, when the
// subset is big: the shipped packs' http.request_body_text has 180 of the
// 258 expressions of smtp.body_text / http.response_body_text, and compiling
// them again cost a third of a cold start's CPU and, compiled in parallel
// with the big job, most of its peak memory. The extra expressions' ids map
// to no pattern of the field (empty fan-out), so matches and alerts are
// those of the field's own database. Small sets keep their own database:
// they compile quickly, and a bigger database would cost scan time.
constexpr size_t kMinSharedSubset = 32;  // expressions
constexpr size_t kMaxSharedGrowth = 2;   // the shared database has at most this times the field's expressions
// Two fields whose expressions are nearly the same but neither a subset of
// the other (the packs' smtp.subject and smtp.body_own_text: the text
// indicators plus a pattern or two of each field's own) would compile two
// big databases and scan with both: at stop 34, 4x the cold-start compile,
// +17 MiB and +14 % CPU on bench/run's capture (bench/README.md, stop 35).
// The field instead joins a bigger database that lacks at most this share of
// its expressions; that database gains them (their ids map to no pattern of
// the fields that do not have them, as for a subset).
constexpr size_t kMaxMissingShare = 16;  // missing expressions <= the field's / 16

using ExpressionIndex = std::unordered_map<ExpressionKey, uint32_t, ExpressionKeyHash>;

void indexJob(const CompileJob& job, ExpressionIndex& index) {
  if (!index.empty()) return;
  const FieldExpressions& ex = job.expressions;
  for (size_t i = 0; i < ex.texts.size(); ++i)
    index.emplace(ExpressionKey{ex.flags[i], ex.texts[i]}, static_cast<uint32_t>(i));
}

bool foldsWhole(const FieldExpressions& ex, bool streaming);  // planFold(ex, streaming).fold

// The root (compiling job) that job `a` can share although the root lacks a
// few of its expressions (kMaxMissingShare), the one lacking fewest; SIZE_MAX
// if none. A case-folded root leaves them to `a`'s own twin (own_extra): a
// pattern of one field (smtp.subject's subject_sum) is then not scanned over
// the others' bytes (the packs' page text: +0.43 s of 4.0 on bench/run's
// capture). Another root gains them at the end, so ids already given out stay.
size_t joinNearlyEqual(std::vector<CompileJob>& jobs, const std::vector<size_t>& roots,
                       std::vector<ExpressionIndex>& index, size_t a) {
  const FieldExpressions& ex = jobs[a].expressions;
  const size_t allowed = ex.texts.size() / kMaxMissingShare;
  size_t best = SIZE_MAX;
  std::vector<size_t> missing, best_missing;
  for (size_t r : roots) {
    if (jobs[r].streaming != jobs[a].streaming) continue;
    indexJob(jobs[r], index[r]);
    missing.clear();
    for (size_t i = 0; i < ex.texts.size() && missing.size() <= allowed; ++i)
      if (index[r].count(ExpressionKey{ex.flags[i], ex.texts[i]}) == 0) missing.push_back(i);
    const size_t grown = jobs[r].expressions.texts.size() + missing.size();
    if (missing.size() > allowed || grown > kMaxSharedGrowth * ex.texts.size()) continue;
    if (best != SIZE_MAX && missing.size() >= best_missing.size()) continue;
    best = r;
    best_missing = missing;
  }
  if (best == SIZE_MAX) return best;
  if (foldsWhole(jobs[best].expressions, jobs[best].streaming)) {
    jobs[a].own_extra.assign(best_missing.begin(), best_missing.end());
    return best;
  }
  FieldExpressions& big = jobs[best].expressions;
  for (size_t i : best_missing) {
    big.texts.push_back(ex.texts[i]);
    big.flags.push_back(ex.flags[i]);
    big.refs.push_back(ex.refs[i]);
    big.where.push_back(ex.where[i]);
  }
  index[best].clear();  // its keys viewed the texts' old storage
  return best;
}

void shareSubsetJobs(std::vector<CompileJob>& jobs) {
  std::vector<size_t> order;
  for (size_t j = 0; j < jobs.size(); ++j)
    if (!jobs[j].lists) order.push_back(j);
  // Biggest first; of two as big, the one of a piecewise field (a body: where the bytes are) compiles and
  // the other joins it (joinNearlyEqual), so the other's own expressions stay off the body's bytes.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const size_t na = jobs[a].expressions.texts.size(), nb = jobs[b].expressions.texts.size();
    if (na != nb) return na > nb;
    return fieldInfo(jobs[a].first_field).piecewise && !fieldInfo(jobs[b].first_field).piecewise;
  });
  std::vector<size_t> roots;  // jobs that compile, biggest first
  std::vector<std::unordered_map<ExpressionKey, uint32_t, ExpressionKeyHash>> index(jobs.size());
  for (size_t a : order) {
    const FieldExpressions& ex = jobs[a].expressions;
    size_t best = SIZE_MAX;
    if (ex.texts.size() >= kMinSharedSubset) {
      for (size_t r : roots) {
        const FieldExpressions& big = jobs[r].expressions;
        if (jobs[r].streaming != jobs[a].streaming || big.texts.size() > kMaxSharedGrowth * ex.texts.size()) continue;
        if (best != SIZE_MAX && big.texts.size() >= jobs[best].expressions.texts.size()) continue;
        if (index[r].empty())
          for (size_t i = 0; i < big.texts.size(); ++i)
            index[r].emplace(ExpressionKey{big.flags[i], big.texts[i]}, static_cast<uint32_t>(i));
        bool subset = true;
        for (size_t i = 0; i < ex.texts.size() && subset; ++i)
          subset = index[r].count(ExpressionKey{ex.flags[i], ex.texts[i]}) != 0;
        if (subset) best = r;
      }
      if (best == SIZE_MAX) best = joinNearlyEqual(jobs, roots, index, a);
    }
    if (best == SIZE_MAX) roots.push_back(a);
    else jobs[a].merged_into = best;
  }
}

// The fan-out of `field` (its own distinct expressions) re-indexed by the
// expression ids of the bigger job it shares: ids the field does not use
// get no pattern.
void reindexInto(DistinctExpressions& field, const FieldExpressions& big, const CompileJob& own) {
  std::unordered_map<ExpressionKey, uint32_t, ExpressionKeyHash> index;
  for (size_t i = 0; i < big.texts.size(); ++i)
    index.emplace(ExpressionKey{big.flags[i], big.texts[i]}, static_cast<uint32_t>(i));
  // The field's own twin (own_extra): ids after the shared database's.
  for (size_t k = 0; k < own.own_extra.size(); ++k) {
    const size_t i = own.own_extra[k];
    index.emplace(ExpressionKey{own.expressions.flags[i], own.expressions.texts[i]},
                  static_cast<uint32_t>(big.texts.size() + k));
  }
  const FieldExpressions& ex = field.expressions;
  std::vector<std::vector<PatternRef>> by_id(big.texts.size() + own.own_extra.size());
  for (size_t e = 0; e < ex.texts.size(); ++e) {
    const uint32_t id = index.at(ExpressionKey{ex.flags[e], ex.texts[e]});
    for (uint32_t k = field.ref_begin[e]; k < field.ref_begin[e + 1]; ++k) by_id[id].push_back(field.refs[k]);
  }
  std::vector<PatternRef> refs;
  std::vector<uint32_t> ref_begin{0};
  for (const auto& users : by_id) {
    refs.insert(refs.end(), users.begin(), users.end());
    ref_begin.push_back(static_cast<uint32_t>(refs.size()));
  }
  field.refs = std::move(refs);
  field.ref_begin = std::move(ref_begin);
}

// Case-folded scanning (detect/case_fold.h) of a streaming database: pays
// when caseless expressions hold non-ASCII letters (Hyperscan turns each such
// letter into a set of byte sequences, so their words cannot go to its
// literal matcher; bench/README.md "Case-folded scanning": the packs' mail
// database compiles ~4x faster and scans ~1.5x faster). Every caseless
// expression is rewritten for folded text and compiled without
// HS_FLAG_CASELESS; case-sensitive ones go to a second database over the
// original bytes. If any caseless expression cannot be rewritten, the
// database is compiled as written.
struct FoldPlan {
  bool fold = false;
  std::vector<std::string> texts;  // the folded database's expressions, their flags and ids
  std::vector<unsigned> flags, ids;
  std::vector<unsigned> exact_ids;  // case-sensitive expressions, compiled as written
};

FoldPlan planFold(const FieldExpressions& ex, bool streaming) {
  FoldPlan plan;
  if (!streaming) return plan;
  bool pays = false;
  for (size_t i = 0; i < ex.texts.size() && !pays; ++i) pays = hasCaselessNonAsciiLetter(ex.texts[i], ex.flags[i]);
  if (!pays) return plan;
  for (size_t i = 0; i < ex.texts.size(); ++i) {
    if (!(ex.flags[i] & HS_FLAG_CASELESS)) {
      plan.exact_ids.push_back(static_cast<unsigned>(i));
      continue;
    }
    auto folded = foldExpression(ex.texts[i], ex.flags[i]);
    if (!folded) return FoldPlan{};
    plan.texts.push_back(std::move(*folded));
    plan.flags.push_back(ex.flags[i] & ~HS_FLAG_CASELESS);
    plan.ids.push_back(static_cast<unsigned>(i));
  }
  plan.fold = true;
  return plan;
}

bool foldsWhole(const FieldExpressions& ex, bool streaming) { return planFold(ex, streaming).fold; }

CompileInput compileInputFor(const FieldExpressions& ex, bool streaming) {
  CompileInput input;
  input.expressions.reserve(ex.texts.size());
  for (size_t i = 0; i < ex.texts.size(); ++i) {
    input.expressions.push_back(ex.texts[i].c_str());
    input.ids.push_back(static_cast<unsigned>(i));
  }
  input.flags = ex.flags;
  input.mode = streaming ? HS_MODE_STREAM : HS_MODE_BLOCK;
  return input;
}

// `stream` (Field::Payload) gets a block-mode twin of its streaming database:
// every UDP datagram is a whole `stream` value, and scanning it with hs_scan
// skips the stream's open/scan/reset and the tail kept for the next call
// (bench/README.md "Stop 32"). Only this field: other streaming fields are
// bodies and texts that mostly arrive in pieces, so a twin would double
// their compile for little. Case-folded databases keep the streaming path
// (their two-database merge is written for streams).
void planWhole(CompileJob& job) {
  if (!job.streaming || job.lists || job.fold || job.merged_into != SIZE_MAX) return;
  job.whole_input = job.input;
  job.whole_input.mode = HS_MODE_BLOCK;
}

// Biggest jobs first, spread over the CPUs: a cold start with a 100k-entry
// list is bounded by its longest compile, not by the sum. hs_compile_multi
// is thread-safe; the cache writes distinct files.
// A job not started when DetectOptions::cancel is set is skipped (no database,
// no error): the caller checks cancelled() before reading the outputs.
void compileAll(std::vector<CompileJob>& jobs, const DetectOptions& options) {
  struct Unit {
    const CompileInput* input;
    CompileOutput* output;
    DatabaseLoadStats* stats;
  };
  std::vector<Unit> order;
  for (CompileJob& job : jobs) {
    if (job.merged_into != SIZE_MAX) {  // only a joined field's own twin
      if (!job.exact_input.expressions.empty())
        order.push_back(Unit{&job.exact_input, &job.exact_output, &job.exact_stats});
      continue;
    }
    order.push_back(Unit{&job.input, &job.output, &job.stats});
    if (!job.exact_input.expressions.empty())
      order.push_back(Unit{&job.exact_input, &job.exact_output, &job.exact_stats});
    if (!job.whole_input.expressions.empty())
      order.push_back(Unit{&job.whole_input, &job.whole_output, &job.whole_stats});
  }
  std::stable_sort(order.begin(), order.end(), [&](const Unit& a, const Unit& b) {
    return a.input->expressions.size() > b.input->expressions.size();
  });
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < order.size();) {
      if (options.cancelled()) return;
      const Unit& unit = order[k];
      *unit.output = compileWithCache(*unit.input, options.cache_dir, *unit.stats);
    }
  };
  const size_t threads = std::min<size_t>(order.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::jthread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
}  // helpers join here

Error compileError(const CompileJob& job, const CompileInput& input, const CompileOutput& output,
                   const std::vector<Signature>& sigs) {
  const std::string hs_text = output.error ? output.error->message : "unknown error";
  const std::string context = std::string(" (") + (job.lists ? "literal lists of field " : "field ") +
                              std::string(fieldName(job.first_field)) + ", " + (job.streaming ? "streaming" : "block") +
                              " mode)";
  const auto& ex = job.expressions;
  const hs_compile_error_t* error = output.error.get();
  if (error && error->expression >= 0 && static_cast<size_t>(error->expression) < input.ids.size() &&
      input.ids[static_cast<size_t>(error->expression)] < ex.refs.size()) {
    const size_t i = input.ids[static_cast<size_t>(error->expression)];
    const PatternRef ref = ex.refs[i];
    return makeError(patternLabel(sigs[ref.signature], ref.pattern) + ": Hyperscan: " + hs_text + context, ex.where[i]);
  }
  return makeError("Hyperscan could not compile the signatures" + context + ": " + hs_text);
}

// A joined field's own twin did not compile: its own expressions are the
// ones never compiled before, named by their index in the field's job.
Error ownTwinError(const CompileJob& job, const CompileJob& root, const std::vector<Signature>& sigs) {
  CompileInput named = job.exact_input;
  const size_t base = root.expressions.texts.size();
  for (unsigned& id : named.ids) id = id >= base ? job.own_extra[id - base] : UINT_MAX;
  return compileError(job, named, job.exact_output, sigs);
}

std::shared_ptr<const hs_database_t> shareDatabase(HsDatabasePtr db) {
  return std::shared_ptr<const hs_database_t>(db.release(), HsDatabaseDeleter{});
}

// Every domain / IP list pattern of the set with the mask of fields it looks at.
using ListFields = std::map<std::pair<uint32_t, uint8_t>, FieldMask>;

std::shared_ptr<const DomainMatcher> buildDomainMatcher(const std::vector<Signature>& sigs, const ListFields& lists) {
  auto matcher = std::make_shared<DomainMatcher>();
  size_t total = 0;
  for (const auto& [ref, fields] : lists) total += sigs[ref.first].patterns[ref.second].list_entries.size();
  matcher->reserve(total);
  for (const auto& [ref, fields] : lists)
    for (const auto& entry : sigs[ref.first].patterns[ref.second].list_entries)
      matcher->add(entry.value, PatternRef{ref.first, ref.second}, fields);
  return matcher;
}

std::shared_ptr<const IpMatcher> buildIpMatcher(const std::vector<Signature>& sigs, const ListFields& lists) {
  auto matcher = std::make_shared<IpMatcher>();
  for (const auto& [ref, fields] : lists)
    for (const auto& prefix : sigs[ref.first].patterns[ref.second].ip_entries)
      matcher->add(prefix, PatternRef{ref.first, ref.second}, fields);
  matcher->build();
  return matcher;
}

// Domain and IP list entries live on in their matchers: drop the loaded
// copies so a 1M-entry list is held once, not twice.
void releaseListEntries(std::vector<Signature>& sigs) {
  for (auto& sig : sigs)
    for (auto& p : sig.patterns) {
      if (p.kind != PatternKind::List || p.list_kind == ListKind::Literal) continue;
      std::vector<ListEntry>().swap(p.list_entries);
      std::vector<IpPrefix>().swap(p.ip_entries);
    }
}

// Disabled signatures are not compiled, but a broken one must still fail `sig check`.
Status validateDisabled(const Signature& sig) {
  for (size_t i = 0; i < sig.patterns.size(); ++i) {
    const Pattern& p = sig.patterns[i];
    if (p.kind == PatternKind::List) continue;  // entries are escaped literals
    auto st =
        checkExpression(hyperscanExpression(p, p.text), hyperscanFlags(p.flags, p.text, p.kind != PatternKind::Regex));
    if (!st) return makeError(patternLabel(sig, i) + ": Hyperscan: " + st.error().message, p.where);
  }
  return Ok{};
}

Status validateShape(const std::vector<Signature>& sigs) {
  std::map<uint32_t, const Signature*> ids;
  for (const auto& sig : sigs) {
    if (auto [it, inserted] = ids.emplace(sig.id, &sig); !inserted)
      return makeError("duplicate signature id " + std::to_string(sig.id), sig.where);
    // A Suricata rule without a fast pattern (pcre-only) has no pattern: it is a candidate on every value.
    if ((sig.patterns.empty() && !sig.rule) || sig.patterns.size() > kMaxPatternsPerSignature)
      return makeError("signature " + std::to_string(sig.id) + " needs 1.." + std::to_string(kMaxPatternsPerSignature) +
                           " patterns",
                       sig.where);
    if (sig.fields.empty()) return makeError("signature " + std::to_string(sig.id) + " has no fields", sig.where);
  }
  return Ok{};
}

}  // namespace

Result<std::shared_ptr<const DetectionSet>> DetectionSet::build(std::vector<Signature> signatures,
                                                                const DetectOptions& options) {
  if (auto st = validateShape(signatures); !st) return st.error();
  if (options.excerpt_bytes > kMaxExcerptBytes)
    return makeError("excerpt_bytes must be at most " + std::to_string(kMaxExcerptBytes));

  std::shared_ptr<DetectionSet> set(new DetectionSet());
  set->options_ = options;
  set->signatures_ = std::move(signatures);

  std::array<FieldPlan, kFieldCount> plans;
  for (size_t s = 0; s < set->signatures_.size(); ++s) {
    const Signature& sig = set->signatures_[s];
    if (!sig.enabled) {
      if (auto st = validateDisabled(sig); !st) return st.error();
      continue;
    }
    ++set->enabled_;
    if (sig.rule) planRule(*set, sig, static_cast<uint32_t>(s));
    for (Field f : sig.fields)
      for (size_t p = 0; p < sig.patterns.size(); ++p)
        if (const auto& only = sig.patterns[p].fields;
            only.empty() || std::find(only.begin(), only.end(), f) != only.end())
          addPattern(plans[static_cast<size_t>(f)], fieldInfo(f).hs_streaming, sig, static_cast<uint32_t>(s), p);
  }

  // A signature usually names several fields, and a list is often named by
  // several signatures (one per field in the shipped pack): build one domain
  // matcher and one IP matcher for the whole set, whose references carry the
  // fields they apply to; plan one compile per distinct set of literal lists
  // and per distinct set of field expressions.
  using ListKey = std::vector<std::pair<uint32_t, uint8_t>>;
  auto listKey = [](const std::vector<PatternRef>& refs) {
    ListKey key;
    for (const PatternRef& ref : refs) key.emplace_back(ref.signature, ref.pattern);
    return key;
  };
  ListFields domain_fields, ip_fields;
  for (size_t i = 0; i < kFieldCount; ++i) {
    for (const PatternRef& ref : plans[i].domain_lists) domain_fields[{ref.signature, ref.pattern}] |= fieldBit(i);
    for (const PatternRef& ref : plans[i].ip_lists) ip_fields[{ref.signature, ref.pattern}] |= fieldBit(i);
  }
  const auto domains = domain_fields.empty() ? nullptr : buildDomainMatcher(set->signatures_, domain_fields);
  const auto ips = ip_fields.empty() ? nullptr : buildIpMatcher(set->signatures_, ip_fields);
  std::map<ListKey, size_t> list_jobs;
  std::map<std::string, size_t> field_jobs;
  std::vector<CompileJob> jobs;
  std::array<size_t, kFieldCount> patterns_job, lists_job, own_job;  // own_job: before sharing
  patterns_job.fill(SIZE_MAX);
  own_job.fill(SIZE_MAX);
  lists_job.fill(SIZE_MAX);
  std::array<DistinctExpressions, kFieldCount> field_distinct;
  for (const auto& info : allFields()) {
    const auto i = static_cast<size_t>(info.field);
    FieldPlan& plan = plans[i];
    set->fields_[i].streaming = info.hs_streaming;
    if (!plan.domain_lists.empty()) set->fields_[i].domains = domains;
    if (!plan.ip_lists.empty()) set->fields_[i].ips = ips;
    if (!plan.literal_lists.empty()) {
      auto [it, added] = list_jobs.emplace(listKey(plan.literal_lists), jobs.size());
      if (added) {
        FieldExpressions all;
        for (const PatternRef& ref : plan.literal_lists)
          addExpressions(all, set->signatures_[ref.signature], ref.signature, ref.pattern);
        DistinctExpressions distinct = distinctExpressions(std::move(all));
        jobs.emplace_back(CompileJob{info.field, info.hs_streaming, true, std::move(distinct.expressions),
                                     std::move(distinct.refs), std::move(distinct.ref_begin)});
      }
      lists_job[i] = it->second;
    }
    if (!plan.expressions.texts.empty()) {
      field_distinct[i] = distinctExpressions(std::move(plan.expressions));
      const FieldExpressions& ex = field_distinct[i].expressions;
      auto [it, added] = field_jobs.emplace(expressionsKey(ex, info.hs_streaming), jobs.size());
      if (added) jobs.emplace_back(CompileJob{info.field, info.hs_streaming, false, ex});
      patterns_job[i] = it->second;
    }
  }

  shareSubsetJobs(jobs);
  for (size_t i = 0; i < kFieldCount; ++i) {
    if (patterns_job[i] == SIZE_MAX || jobs[patterns_job[i]].merged_into == SIZE_MAX) continue;
    own_job[i] = patterns_job[i];
    patterns_job[i] = jobs[own_job[i]].merged_into;
    reindexInto(field_distinct[i], jobs[patterns_job[i]].expressions, jobs[own_job[i]]);
  }
  // Inputs point into the jobs' strings: made once `jobs` no longer moves.
  for (CompileJob& job : jobs) {
    if (job.merged_into != SIZE_MAX) continue;
    job.input = compileInputFor(job.expressions, job.streaming);
    if (job.lists) continue;
    FoldPlan fold = planFold(job.expressions, job.streaming);
    if (!fold.fold) continue;
    job.fold = true;
    job.fold_texts = std::move(fold.texts);
    job.input.expressions.clear();
    for (const std::string& text : job.fold_texts) job.input.expressions.push_back(text.c_str());
    job.input.flags = std::move(fold.flags);
    job.input.ids = std::move(fold.ids);
    job.exact_input.mode = job.input.mode;
    for (unsigned id : fold.exact_ids) {
      job.exact_input.expressions.push_back(job.expressions.texts[id].c_str());
      job.exact_input.flags.push_back(job.expressions.flags[id]);
      job.exact_input.ids.push_back(id);
    }
  }
  // A joined field's own twin: the shared job's case-sensitive part plus the
  // field's own expressions as written, scanned over the original bytes.
  for (CompileJob& job : jobs) {
    if (job.merged_into == SIZE_MAX || job.own_extra.empty()) continue;
    const CompileJob& root = jobs[job.merged_into];
    // Only scanFolded scans a twin: the join asked planFold of the same expressions, so this holds.
    if (!root.fold) return makeError("internal: a field's own expressions were left to a database that is not folded");
    job.exact_input = root.exact_input;
    job.exact_input.mode = root.input.mode;
    const auto base = static_cast<unsigned>(root.expressions.texts.size());
    for (size_t k = 0; k < job.own_extra.size(); ++k) {
      job.exact_input.expressions.push_back(job.expressions.texts[job.own_extra[k]].c_str());
      job.exact_input.flags.push_back(job.expressions.flags[job.own_extra[k]]);
      job.exact_input.ids.push_back(base + static_cast<unsigned>(k));
    }
  }
  if (const size_t payload = patterns_job[static_cast<size_t>(Field::Payload)]; payload != SIZE_MAX)
    planWhole(jobs[payload]);
  if (options.cancelled()) return makeError(kLoadCancelledMessage);
  compileAll(jobs, options);
  if (options.cancelled()) return makeError(kLoadCancelledMessage);
  std::vector<std::shared_ptr<const hs_database_t>> databases;
  std::vector<std::shared_ptr<const hs_database_t>> job_databases;  // by job; null for merged jobs
  std::vector<std::shared_ptr<const hs_database_t>>
      job_exact;  // by job; null unless folded with case-sensitive expressions
  std::vector<std::shared_ptr<const hs_database_t>> job_whole;  // by job; null without a block twin
  auto addStats = [&](const DatabaseLoadStats& stats) {
    DatabaseLoadStats& total = set->load_stats_;
    total.databases += stats.databases;
    total.cache_hits += stats.cache_hits;
    total.cache_misses += stats.cache_misses;
    total.cache_errors += stats.cache_errors;
    total.compile_seconds += stats.compile_seconds;
    total.deserialize_seconds += stats.deserialize_seconds;
  };
  for (CompileJob& job : jobs) {
    job_databases.emplace_back();
    job_exact.emplace_back();
    job_whole.emplace_back();
    if (job.merged_into != SIZE_MAX) {
      if (job.exact_input.expressions.empty()) continue;
      if (!job.exact_output.database) return ownTwinError(job, jobs[job.merged_into], set->signatures_);
      job_exact.back() = shareDatabase(std::move(job.exact_output.database));
      databases.push_back(job_exact.back());
      addStats(job.exact_stats);
      continue;
    }
    if (!job.output.database) return compileError(job, job.input, job.output, set->signatures_);
    job_databases.back() = shareDatabase(std::move(job.output.database));
    databases.push_back(job_databases.back());
    addStats(job.stats);
    // A twin that does not compile is no error: the streaming database serves every value.
    if (job.whole_output.database) {
      job_whole.back() = shareDatabase(std::move(job.whole_output.database));
      databases.push_back(job_whole.back());
      addStats(job.whole_stats);
    }
    if (job.exact_input.expressions.empty()) continue;
    if (!job.exact_output.database) return compileError(job, job.exact_input, job.exact_output, set->signatures_);
    job_exact.back() = shareDatabase(std::move(job.exact_output.database));
    databases.push_back(job_exact.back());
    addStats(job.exact_stats);
  }
  for (size_t i = 0; i < kFieldCount; ++i) {
    FieldDatabase& db = set->fields_[i];
    if (patterns_job[i] != SIZE_MAX) {
      db.patterns.hs = job_databases[patterns_job[i]];
      db.patterns.folded = jobs[patterns_job[i]].fold;
      const size_t own = own_job[i];
      db.patterns.exact = own != SIZE_MAX && !jobs[own].own_extra.empty() ? job_exact[own] : job_exact[patterns_job[i]];
      if (static_cast<Field>(i) == Field::Payload) db.patterns.whole = job_whole[patterns_job[i]];
      db.patterns.refs = std::move(field_distinct[i].refs);
      db.patterns.ref_begin = std::move(field_distinct[i].ref_begin);
    }
    if (lists_job[i] != SIZE_MAX) {
      db.lists.hs = job_databases[lists_job[i]];
      db.lists.refs = jobs[lists_job[i]].list_refs;
      db.lists.ref_begin = jobs[lists_job[i]].list_ref_begin;
    }
  }
  for (const auto& db : databases) {
    hs_scratch_t* scratch = set->prototype_.release();
    const hs_error_t rc = hs_alloc_scratch(db.get(), &scratch);
    set->prototype_.reset(scratch);  // on failure Hyperscan leaves the old scratch (or null)
    if (rc != HS_SUCCESS) return makeError("Hyperscan could not allocate scratch space for the signature databases");
  }
  set->databases_ = std::move(databases);
  releaseListEntries(set->signatures_);
  return std::shared_ptr<const DetectionSet>(std::move(set));
}

std::vector<SensorExpression> sensorExpressionsFor(const std::vector<Signature>& signatures, Field field) {
  FieldPlan plan;
  const bool streaming = fieldInfo(field).hs_streaming;
  for (size_t s = 0; s < signatures.size(); ++s) {
    const Signature& sig = signatures[s];
    if (!sig.enabled || std::find(sig.fields.begin(), sig.fields.end(), field) == sig.fields.end()) continue;
    for (size_t p = 0; p < sig.patterns.size(); ++p)
      if (const auto& only = sig.patterns[p].fields;
          only.empty() || std::find(only.begin(), only.end(), field) != only.end())
        addPattern(plan, streaming, sig, static_cast<uint32_t>(s), p);
  }
  const DistinctExpressions distinct = distinctExpressions(std::move(plan.expressions));
  const CompileInput input = compileInputFor(distinct.expressions, streaming);
  std::vector<SensorExpression> out;
  for (size_t i = 0; i < distinct.expressions.texts.size(); ++i) {
    const PatternRef ref = distinct.expressions.refs[i];
    const Signature& sig = signatures[ref.signature];
    const std::string& id = sig.patterns[ref.pattern].id;
    SensorExpression e{distinct.expressions.texts[i], input.flags[i], patternLabel(sig, ref.pattern)};
    e.short_user = std::to_string(sig.id);
    e.short_user += ':';
    if (id.empty()) e.short_user += '#';  // appended piecewise: GCC 12's -Wrestrict misfires on "#" + string
    e.short_user += id.empty() ? std::to_string(ref.pattern + 1) : id;
    e.users = distinct.ref_begin[i + 1] - distinct.ref_begin[i];
    out.push_back(std::move(e));
  }
  FoldPlan fold = planFold(distinct.expressions, streaming);
  if (!fold.fold) return out;
  for (auto& e : out) e.folded = e.exact = true;
  for (size_t k = 0; k < fold.ids.size(); ++k) {
    SensorExpression& e = out[fold.ids[k]];
    e.text = std::move(fold.texts[k]);
    e.flags = fold.flags[k];
    e.exact = false;
  }
  return out;
}

Result<std::shared_ptr<const DetectionSet>> DetectionSet::load(const std::vector<std::string>& paths,
                                                               const DetectOptions& options) {
  auto loaded =
      loadSignatureSet(paths, RulesOptions{options.rule_vars, options.classification_file, options.allow_list_outside});
  if (!loaded) return loaded.error();
  if (options.cancelled()) return makeError(kLoadCancelledMessage);
  auto built = build(std::move(loaded->signatures), options);
  if (!built) return built.error();
  // Built sets are immutable to their users; the refusals are attached once, here.
  auto& set = const_cast<DetectionSet&>(**built);
  set.refused_ = std::move(loaded->refused);
  set.rules_seen_ = loaded->rules_seen;
  return built;
}

void DetectionSet::planRule(DetectionSet& set, const Signature& sig, uint32_t index) {
  if (sig.rule->perPacket()) return;  // the engine evaluates it per packet (engine/packet_rules)
  for (const auto& fields : sig.rule->chain_fields)
    for (Field f : fields) set.fields_[static_cast<size_t>(f)].retain = true;
  if (sig.rule->ssl_version.active) set.fields_[static_cast<size_t>(Field::TlsVersion)].retain = true;
  if (sig.patterns.empty())
    for (Field f : sig.fields) {
      // Kept so the field is fed to scopes even when no chain reads it (a rule of only ssl_version or tls.cert_*).
      set.fields_[static_cast<size_t>(f)].retain = true;
      set.fields_[static_cast<size_t>(f)].unfiltered.push_back(index);
    }
}

std::vector<const hs_database_t*> DetectionSet::hyperscanDatabases() const {
  std::vector<const hs_database_t*> out;
  for (const auto& db : databases_) out.push_back(db.get());
  return out;
}

}  // namespace tapwatch

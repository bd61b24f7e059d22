#include "detect/detection_set.h"

#include <hs.h>

#include <algorithm>
#include <map>

#include "detect/pattern_compiler.h"
#include "detect/signature_loader.h"

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

void addPattern(FieldExpressions& out, std::vector<PatternRef>& domain_lists, const Signature& sig,
                uint32_t sig_index, size_t pattern_index) {
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
  } else if (p.list_kind == ListKind::Domain) {
    domain_lists.push_back(ref);  // hashed once per distinct combination of lists, below
  } else {
    for (const auto& entry : p.list_entries) add(entry.value, SourceLocation{p.list_file, entry.line, 1});
  }
}

Result<HsDatabasePtr> compileField(Field field, bool streaming, const FieldExpressions& ex,
                                   const std::vector<Signature>& sigs, const std::string& cache_dir,
                                   DatabaseLoadStats& stats) {
  CompileInput input;
  input.expressions.reserve(ex.texts.size());
  for (size_t i = 0; i < ex.texts.size(); ++i) {
    input.expressions.push_back(ex.texts[i].c_str());
    input.ids.push_back(static_cast<unsigned>(i));
  }
  input.flags = ex.flags;
  input.mode = streaming ? HS_MODE_STREAM : HS_MODE_BLOCK;
  CompileOutput compiled = compileWithCache(input, cache_dir, stats);
  if (compiled.database) return std::move(compiled.database);
  HsCompileErrorPtr error = std::move(compiled.error);
  const std::string hs_text = error ? error->message : "unknown error";
  const std::string context = " (field " + std::string(fieldName(field)) + ", " +
                              (streaming ? "streaming" : "block") + " mode)";
  if (error && error->expression >= 0 && static_cast<size_t>(error->expression) < ex.refs.size()) {
    const auto i = static_cast<size_t>(error->expression);
    const PatternRef ref = ex.refs[i];
    return makeError(patternLabel(sigs[ref.signature], ref.pattern) + ": Hyperscan: " + hs_text + context, ex.where[i]);
  }
  return makeError("Hyperscan could not compile the signatures" + context + ": " + hs_text);
}

std::shared_ptr<const DomainMatcher> buildDomainMatcher(const std::vector<Signature>& sigs,
                                                       const std::vector<PatternRef>& lists) {
  auto matcher = std::make_shared<DomainMatcher>();
  size_t total = 0;
  for (const PatternRef& ref : lists) total += sigs[ref.signature].patterns[ref.pattern].list_entries.size();
  matcher->reserve(total);
  for (const PatternRef& ref : lists)
    for (const auto& entry : sigs[ref.signature].patterns[ref.pattern].list_entries) matcher->add(entry.value, ref);
  return matcher;
}

// Disabled signatures are not compiled, but a broken one must still fail `sig check`.
Status validateDisabled(const Signature& sig) {
  for (size_t i = 0; i < sig.patterns.size(); ++i) {
    const Pattern& p = sig.patterns[i];
    if (p.kind == PatternKind::List) continue;  // entries are escaped literals
    auto st = checkExpression(hyperscanExpression(p, p.text), hyperscanFlags(p.flags, p.text, p.kind != PatternKind::Regex));
    if (!st) return makeError(patternLabel(sig, i) + ": Hyperscan: " + st.error().message, p.where);
  }
  return Ok{};
}

Status validateShape(const std::vector<Signature>& sigs) {
  std::map<uint32_t, const Signature*> ids;
  for (const auto& sig : sigs) {
    if (auto [it, inserted] = ids.emplace(sig.id, &sig); !inserted)
      return makeError("duplicate signature id " + std::to_string(sig.id), sig.where);
    if (sig.patterns.empty() || sig.patterns.size() > kMaxPatternsPerSignature)
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

  std::array<FieldExpressions, kFieldCount> expressions;
  std::array<std::vector<PatternRef>, kFieldCount> domain_lists;
  for (size_t s = 0; s < set->signatures_.size(); ++s) {
    const Signature& sig = set->signatures_[s];
    if (!sig.enabled) {
      if (auto st = validateDisabled(sig); !st) return st.error();
      continue;
    }
    ++set->enabled_;
    for (Field f : sig.fields)
      for (size_t p = 0; p < sig.patterns.size(); ++p)
        if (const auto& only = sig.patterns[p].fields; only.empty() || std::find(only.begin(), only.end(), f) != only.end())
          addPattern(expressions[static_cast<size_t>(f)], domain_lists[static_cast<size_t>(f)], sig,
                     static_cast<uint32_t>(s), p);
  }

  // A signature usually names several fields: build each distinct set of lists once.
  std::map<std::vector<std::pair<uint32_t, uint8_t>>, std::shared_ptr<const DomainMatcher>> matchers;
  for (size_t i = 0; i < kFieldCount; ++i) {
    if (domain_lists[i].empty()) continue;
    std::vector<std::pair<uint32_t, uint8_t>> key;
    for (const PatternRef& ref : domain_lists[i]) key.emplace_back(ref.signature, ref.pattern);
    auto& matcher = matchers[key];
    if (!matcher) matcher = buildDomainMatcher(set->signatures_, domain_lists[i]);
    set->fields_[i].domains = matcher;
  }

  for (const auto& info : allFields()) {
    const auto i = static_cast<size_t>(info.field);
    FieldDatabase& db = set->fields_[i];
    db.streaming = info.streaming;
    if (expressions[i].texts.empty()) continue;
    auto compiled = compileField(info.field, info.streaming, expressions[i], set->signatures_, options.cache_dir,
                                 set->load_stats_);
    if (!compiled) return compiled.error();
    db.hs = std::move(*compiled);
    db.expressions = std::move(expressions[i].refs);
    hs_scratch_t* scratch = set->prototype_.release();
    const hs_error_t rc = hs_alloc_scratch(db.hs.get(), &scratch);
    set->prototype_.reset(scratch);  // on failure Hyperscan leaves the old scratch (or null)
    if (rc != HS_SUCCESS)
      return makeError("Hyperscan could not allocate scratch space for field " + std::string(info.name));
  }
  return std::shared_ptr<const DetectionSet>(std::move(set));
}

Result<std::shared_ptr<const DetectionSet>> DetectionSet::load(const std::vector<std::string>& paths,
                                                               const DetectOptions& options) {
  auto sigs = loadSignatureFiles(paths);
  if (!sigs) return sigs.error();
  return build(std::move(*sigs), options);
}

std::vector<const hs_database_t*> DetectionSet::hyperscanDatabases() const {
  std::vector<const hs_database_t*> out;
  for (const auto& db : fields_)
    if (db.hs) out.push_back(db.hs.get());
  return out;
}

}  // namespace tapwatch

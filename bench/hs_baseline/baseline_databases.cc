#include "baseline_databases.h"

#include <hs.h>

#include <set>

#include "detect/pattern_compiler.h"
#include "detect/signature_loader.h"

namespace tapwatch {
namespace {

bool looksAt(const std::vector<Field>& fields, Field field) {
  for (Field f : fields)
    if (f == field) return true;
  return false;
}

std::string escapeForRegex(std::string_view literal) {
  std::string out;
  for (char c : literal) {
    if (std::string_view("\\^$.|?*+()[]{}/-").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

Result<BaselineDatabases> buildBaselineDatabases(const std::vector<std::string>& signature_paths, Field field) {
  auto sigs = loadSignatureFiles(signature_paths);
  if (!sigs) return sigs.error();
  BaselineDatabases dbs;
  for (const Signature& sig : *sigs) {
    if (!sig.enabled || !looksAt(sig.fields, field)) continue;
    ++dbs.signatures;
    for (const Pattern& p : sig.patterns) {
      // A pattern that names its own fields (`fields:`, e.g. header indicators of a text signature) is
      // compiled only into those fields' databases.
      if (!p.fields.empty() && !looksAt(p.fields, field)) continue;
      auto add = [&](std::string_view text) {
        dbs.expressions.push_back(BaselineExpression{
            hyperscanExpression(p, text), hyperscanFlags(p.flags, text, p.kind != PatternKind::Regex), sig.id});
      };
      if (p.kind != PatternKind::List) add(p.text);
      else if (p.list_kind == ListKind::Literal)
        for (const auto& e : p.list_entries) add(e.value);
      else
        for (const auto& e : p.list_entries) dbs.domain_entries.push_back(e.value);
    }
  }
  if (dbs.expressions.empty())
    return makeError("no enabled signature has Hyperscan patterns on field " + std::string(fieldName(field)));

  auto set = DetectionSet::build(std::move(*sigs), DetectOptions{});
  if (!set) return set.error();
  dbs.set = std::move(*set);
  const FieldDatabase& sensor_db = dbs.set->database(field);
  if (sensor_db.patterns.refs.size() != dbs.expressions.size())
    return makeError("the sensor compiled " + std::to_string(sensor_db.patterns.refs.size()) + " expressions for " +
                     std::string(fieldName(field)) + " but the baseline found " +
                     std::to_string(dbs.expressions.size()) + ": the baseline is out of date with detect/");

  std::vector<const char*> texts;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < dbs.expressions.size(); ++i) {
    texts.push_back(dbs.expressions[i].text.c_str());
    flags.push_back(dbs.expressions[i].flags);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* block = nullptr;
  hs_compile_error_t* raw_error = nullptr;
  if (hs_compile_multi(texts.data(), flags.data(), ids.data(), static_cast<unsigned>(texts.size()), HS_MODE_BLOCK,
                       nullptr, &block, &raw_error) != HS_SUCCESS) {
    HsCompileErrorPtr error(raw_error);
    return makeError(std::string("Hyperscan block-mode compile failed: ") + (error ? error->message : "?"));
  }
  dbs.block.reset(block);

  if (fieldInfo(field).hs_streaming) {
    dbs.stream = sensor_db.patterns.hs.get();
  } else {
    return makeError("field " + std::string(fieldName(field)) +
                     " is scanned in block mode by the sensor; "
                     "the baseline's stream-mode comparison needs a streaming field");
  }
  return dbs;
}

namespace {

// Joins (?FLAGS:expr) alternatives, each distinct text once.
class RegexUnion {
 public:
  void add(unsigned hs_flags, std::string_view body) {
    std::string f;
    if (hs_flags & HS_FLAG_CASELESS) f += 'i';
    if (hs_flags & HS_FLAG_DOTALL) f += 's';
    if (hs_flags & HS_FLAG_MULTILINE) f += 'm';
    std::string alternative = "(?" + f + ":" + std::string(body) + ")";
    if (!seen_.insert(alternative).second) return;
    if (!out_.empty()) out_.push_back('|');
    out_ += alternative;
  }
  const std::string& text() const { return out_; }

 private:
  std::string out_;
  std::set<std::string> seen_;
};

}  // namespace

std::string ngrepRegex(const BaselineDatabases& dbs) {
  RegexUnion regex;
  for (const auto& e : dbs.expressions) regex.add(e.flags, e.text);
  for (const auto& d : dbs.domain_entries) regex.add(HS_FLAG_CASELESS, escapeForRegex(d));
  return regex.text();
}

Result<std::string> ngrepRegexAllFields(const std::vector<std::string>& signature_paths) {
  auto sigs = loadSignatureFiles(signature_paths);
  if (!sigs) return sigs.error();
  RegexUnion regex;
  for (const Signature& sig : *sigs) {
    if (!sig.enabled) continue;
    for (const Pattern& p : sig.patterns) {
      if (p.kind == PatternKind::List && p.list_kind == ListKind::Domain) continue;
      auto add = [&](std::string_view text) {
        regex.add(hyperscanFlags(p.flags, text, p.kind != PatternKind::Regex), hyperscanExpression(p, text));
      };
      if (p.kind != PatternKind::List) add(p.text);
      else
        for (const auto& e : p.list_entries) add(e.value);
    }
  }
  return regex.text();
}

}  // namespace tapwatch

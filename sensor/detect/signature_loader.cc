#include "detect/signature_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "config/yaml_document.h"
#include "detect/ioc_list.h"
#include "detect/pattern_compiler.h"
#include "detect/rule_loader.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;

constexpr YamlWording kSignatureYaml{
    .syntax_error = "YAML error: ",
    .stalled = "YAML error: ",
    .extra_document = "a signature file holds one YAML document; found another (remove the extra '---')"};

#define TRY_ASSIGN(var, expr) \
  auto var##_result = (expr); \
  if (!var##_result) return var##_result.error(); \
  auto var = std::move(*var##_result)

bool isIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

bool validPatternId(const std::string& id) {
  if (id.empty() || id == "and" || id == "or" || id == "not") return false;
  return std::all_of(id.begin(), id.end(), isIdentChar);
}

class SignatureParser {
 public:
  SignatureParser(const std::string& file, fs::path base_dir, bool allow_list_outside)
      : r_(file), base_dir_(std::move(base_dir)), allow_list_outside_(allow_list_outside) {}

  Result<std::vector<Signature>> document(const YAML::Node& root) {
    if (!root.IsDefined() || root.IsNull())
      return makeError("empty signature file: expected a mapping with key 'signatures'",
                       SourceLocation{r_.file(), 1, 1});
    TRY_ASSIGN(top, r_.map(root, "signature file", {"signatures"}));
    const YamlEntry* list = top.find("signatures");
    if (!list) return r_.error(root, "signature file: missing required key 'signatures'");
    TRY_ASSIGN(items, r_.sequence(*list));
    std::vector<Signature> out;
    out.reserve(items.size());
    for (const auto& item : items) {
      TRY_ASSIGN(sig, signature(item.value));
      out.push_back(std::move(sig));
    }
    return out;
  }

 private:
  Result<Signature> signature(const YAML::Node& node) {
    TRY_ASSIGN(m, r_.map(node, "signature",
                         {"id", "rev", "name", "category", "severity", "enabled", "fields", "patterns", "condition",
                          "threshold", "references", "tags", "examples"}));
    Signature sig;
    sig.where = r_.at(node);
    for (const char* key : {"id", "name", "patterns"})
      if (!m.find(key)) return r_.error(node, std::string("signature: missing required key '") + key + "'");

    const YamlEntry& id = *m.find("id");
    TRY_ASSIGN(id_value, r_.uint32(id));
    if (id_value == 0) return r_.error(id.value, "'id': must be between 1 and " + std::to_string(UINT32_MAX));
    sig.id = id_value;
    const std::string in_sig = " (signature " + std::to_string(sig.id) + ")";

    if (const YamlEntry* e = m.find("rev")) {
      TRY_ASSIGN(rev, r_.uint32(*e));
      if (rev == 0) return r_.error(e->value, "'rev': must be at least 1" + in_sig);
      sig.rev = rev;
    }
    {
      const YamlEntry& e = *m.find("name");
      TRY_ASSIGN(name, r_.string(e));
      if (name.empty()) return r_.error(e.value, "'name': must not be empty" + in_sig);
      sig.name = std::move(name);
    }
    if (const YamlEntry* e = m.find("category")) {
      TRY_ASSIGN(category, r_.string(*e));
      sig.category = std::move(category);
    }
    if (const YamlEntry* e = m.find("severity")) {
      TRY_ASSIGN(severity, r_.string(*e));
      static constexpr std::string_view kNames[] = {"high", "medium", "low", "info"};
      auto it = std::find(std::begin(kNames), std::end(kNames), severity);
      if (it == std::end(kNames))
        return r_.error(e->value,
                        "'severity': unknown value '" + severity + "' (allowed: high, medium, low, info)" + in_sig);
      sig.severity = static_cast<uint8_t>(1 + (it - std::begin(kNames)));
    }
    if (const YamlEntry* e = m.find("enabled")) {
      TRY_ASSIGN(enabled, r_.boolean(*e));
      sig.enabled = enabled;
    }
    if (const YamlEntry* e = m.find("fields")) {
      TRY_ASSIGN(items, r_.sequence(*e));
      if (items.empty()) return r_.error(e->value, "'fields': must name at least one field" + in_sig);
      sig.fields.clear();
      for (const auto& item : items) {
        TRY_ASSIGN(name, r_.string(item));
        auto field = fieldFromName(name);
        if (!field)
          return r_.error(item.value, "'fields': unknown field '" + name + "' (allowed: " + fieldList() + ")" + in_sig);
        if (std::find(sig.fields.begin(), sig.fields.end(), *field) != sig.fields.end())
          return r_.error(item.value, "'fields': field '" + name + "' listed twice" + in_sig);
        sig.fields.push_back(*field);
      }
    }
    {
      const YamlEntry& e = *m.find("patterns");
      TRY_ASSIGN(items, r_.sequence(e));
      if (items.empty()) return r_.error(e.value, "'patterns': must contain at least one pattern" + in_sig);
      if (items.size() > kMaxPatternsPerSignature)
        return r_.error(e.value, "'patterns': more than " + std::to_string(kMaxPatternsPerSignature) +
                                     " patterns in one signature" + in_sig);
      for (const auto& item : items) {
        TRY_ASSIGN(p, pattern(item.value, sig.fields, in_sig));
        if (!p.id.empty())
          for (const auto& prev : sig.patterns)
            if (prev.id == p.id)
              return r_.error(item.value, "pattern 'id': duplicate pattern id '" + p.id + "' (first at line " +
                                              std::to_string(prev.where.line) + ")" + in_sig);
        sig.patterns.push_back(std::move(p));
      }
    }
    if (const YamlEntry* e = m.find("condition")) {
      TRY_ASSIGN(text, r_.string(*e));
      std::vector<std::string> ids;
      std::vector<uint32_t> weights;
      for (const auto& p : sig.patterns) {
        ids.push_back(p.id);
        weights.push_back(p.score);
      }
      auto cond = Condition::parse(text, ids, weights);
      if (!cond) {
        // Point into the condition string: its column plus the node's (and the opening quote).
        SourceLocation where = r_.at(e->value);
        if (where.column > 0 && cond.error().where.column > 0)
          where.column += cond.error().where.column - 1 + (isQuotedScalar(e->value) ? 1 : 0);
        return makeError("'condition': " + cond.error().message + in_sig, where);
      }
      if (cond->evaluate(PatternMask{}, true) == Truth::True)
        return r_.error(e->value,
                        "'condition': true when no pattern matches; it must require at least one pattern" + in_sig);
      sig.condition = std::move(*cond);
      sig.condition_text = std::move(text);
    }
    if (!sig.condition.hasScore())
      for (const auto& p : sig.patterns)
        if (p.score != 0)
          return makeError("pattern 'score': weights need a condition with a score term (e.g. \"score >= 5\")" + in_sig,
                           p.where);
    if (const YamlEntry* e = m.find("threshold")) {
      TRY_ASSIGN(t, threshold(e->value, in_sig));
      sig.threshold = t;
    }
    if (const YamlEntry* e = m.find("references")) {
      TRY_ASSIGN(refs, r_.stringList(*e));
      sig.references = std::move(refs);
    }
    if (const YamlEntry* e = m.find("tags")) {
      TRY_ASSIGN(tags, r_.stringList(*e));
      sig.tags = std::move(tags);
    }
    if (const YamlEntry* e = m.find("examples")) {
      TRY_ASSIGN(ex, r_.map(e->value, "examples", {"match", "no_match"}));
      if (const YamlEntry* list = ex.find("match")) {
        TRY_ASSIGN(items, examples(*list, sig, in_sig));
        sig.match_examples = std::move(items);
      }
      if (const YamlEntry* list = ex.find("no_match")) {
        TRY_ASSIGN(items, examples(*list, sig, in_sig));
        sig.no_match_examples = std::move(items);
      }
    }
    return sig;
  }

  Result<Pattern> pattern(const YAML::Node& node, const std::vector<Field>& sig_fields, const std::string& in_sig) {
    TRY_ASSIGN(m, r_.map(node, "pattern", {"id", "regex", "literal", "list", "kind", "flags", "fields", "score"}));
    Pattern p;
    // A pattern may look at only some of the signature's fields (e.g. "POST"
    // in http.method and "/gate.php" in http.uri of the same transaction).
    if (const YamlEntry* e = m.find("fields")) {
      TRY_ASSIGN(items, r_.sequence(*e));
      if (items.empty()) return r_.error(e->value, "pattern 'fields': must name at least one field" + in_sig);
      for (const auto& item : items) {
        TRY_ASSIGN(name, r_.string(item));
        auto field = fieldFromName(name);
        if (!field)
          return r_.error(item.value,
                          "pattern 'fields': unknown field '" + name + "' (allowed: " + fieldList() + ")" + in_sig);
        if (std::find(sig_fields.begin(), sig_fields.end(), *field) == sig_fields.end())
          return r_.error(item.value, "pattern 'fields': '" + name + "' is not one of the signature's fields" + in_sig);
        if (std::find(p.fields.begin(), p.fields.end(), *field) != p.fields.end())
          return r_.error(item.value, "pattern 'fields': field '" + name + "' listed twice" + in_sig);
        p.fields.push_back(*field);
      }
    }
    const YamlEntry* body = nullptr;
    for (const char* key : {"regex", "literal", "list"}) {
      const YamlEntry* e = m.find(key);
      if (!e) continue;
      if (body)
        return r_.error(e->key_node, "pattern: has both '" + body->key + "' and '" + e->key +
                                         "' (give exactly one of regex, literal, list)" + in_sig);
      body = e;
    }
    if (!body) return r_.error(node, "pattern: needs one of 'regex', 'literal' or 'list'" + in_sig);
    p.where = r_.at(body->value);

    if (const YamlEntry* e = m.find("id")) {
      TRY_ASSIGN(id, r_.string(*e));
      if (!validPatternId(id))
        return r_.error(e->value, "pattern 'id': '" + id +
                                      "' is not a valid pattern id (letters, digits, _ - . and not and/or/not)" +
                                      in_sig);
      p.id = std::move(id);
    }
    if (const YamlEntry* e = m.find("score")) {
      // uint32() rejects signs, fractions and anything but plain decimals, with file:line:col.
      TRY_ASSIGN(score, r_.uint32(*e));
      if (score == 0 || score > kMaxPatternScore)
        return r_.error(e->value,
                        "pattern 'score': must be between 1 and " + std::to_string(kMaxPatternScore) + in_sig);
      p.score = score;
    }
    const YamlEntry* kind = m.find("kind");
    if (kind && body->key != "list")
      return r_.error(kind->key_node, "pattern: 'kind' only applies to 'list' patterns" + in_sig);
    if (const YamlEntry* e = m.find("flags")) {
      TRY_ASSIGN(items, r_.sequence(*e));
      for (const auto& item : items) {
        TRY_ASSIGN(name, r_.string(item));
        static constexpr std::pair<std::string_view, uint32_t> kFlags[] = {{"caseless", pattern_flag::Caseless},
                                                                           {"dotall", pattern_flag::Dotall},
                                                                           {"multiline", pattern_flag::Multiline},
                                                                           {"utf8", pattern_flag::Utf8},
                                                                           {"ucp", pattern_flag::Ucp}};
        auto it = std::find_if(std::begin(kFlags), std::end(kFlags), [&](const auto& f) { return f.first == name; });
        if (it == std::end(kFlags))
          return r_.error(item.value, "pattern 'flags': unknown flag '" + name +
                                          "' (allowed: caseless, dotall, multiline, utf8, ucp)" + in_sig);
        p.flags |= it->second;
      }
    }

    TRY_ASSIGN(text, r_.string(*body));
    if (text.empty()) return r_.error(body->value, "pattern '" + body->key + "': must not be empty" + in_sig);
    if (body->key == "regex") {
      if (text.find('\0') != std::string::npos)
        return r_.error(body->value, "pattern 'regex': contains a NUL byte; write \\x00 instead" + in_sig);
      if (auto st = checkWordBoundaries(text); !st)
        return r_.error(body->value, "pattern 'regex': " + st.error().message + in_sig);
      p.kind = PatternKind::Regex;
      p.text = std::move(text);
    } else if (body->key == "literal") {
      p.kind = PatternKind::Literal;
      p.text = std::move(text);
    } else {
      if (!kind) return r_.error(node, "pattern: 'list' needs 'kind' (domain, ip or literal)" + in_sig);
      TRY_ASSIGN(kind_name, r_.string(*kind));
      if (kind_name == "domain") p.list_kind = ListKind::Domain;
      else if (kind_name == "literal") p.list_kind = ListKind::Literal;
      else if (kind_name == "ip") p.list_kind = ListKind::Ip;
      else
        return r_.error(kind->value,
                        "pattern 'kind': unknown value '" + kind_name + "' (allowed: domain, ip, literal)" + in_sig);
      if (p.list_kind == ListKind::Domain && p.flags != 0)
        return r_.error(m.find("flags")->key_node,
                        "pattern 'flags': domain lists take no flags (domains always match in any case)" + in_sig);
      if (p.list_kind == ListKind::Ip && p.flags != 0)
        return r_.error(m.find("flags")->key_node, "pattern 'flags': ip lists take no flags" + in_sig);
      fs::path path(text);
      if (path.is_relative()) path = base_dir_ / path;
      std::error_code ec;
      if (!fs::is_regular_file(path, ec))
        return r_.error(body->value, "pattern 'list': list file '" + text + "' not found (looked for " + path.string() +
                                         ")" + in_sig);
      if (!allow_list_outside_ && !insideBaseDir(path))
        return r_.error(body->value, "pattern 'list': list file '" + text + "' is outside the signature directory " +
                                         base_dir_.string() + " (set signatures.allow_list_outside: true to allow it)" +
                                         in_sig);
      p.kind = PatternKind::List;
      p.text = std::move(text);
      p.list_file = path.lexically_normal().string();
      if (p.list_kind == ListKind::Ip) {
        // An address is a whole value: streamed fields (stream, bodies) never hold one.
        for (Field f : p.fields.empty() ? sig_fields : p.fields)
          if (fieldInfo(f).hs_streaming)
            return r_.error(body->value, "pattern 'list': ip lists match whole-value fields (ip.src, ip.dst, "
                                         "dns.answer, smtp.url, ...), not '" +
                                             std::string(fieldName(f)) + "'; give the pattern 'fields:'" + in_sig);
        TRY_ASSIGN(prefixes, loadIpList(p.list_file));
        p.ip_entries = std::move(prefixes);
      } else {
        TRY_ASSIGN(entries, loadIocList(p.list_file, p.list_kind));
        p.list_entries = std::move(entries);
      }
    }
    return p;
  }

  Result<Threshold> threshold(const YAML::Node& node, const std::string& in_sig) {
    TRY_ASSIGN(m, r_.map(node, "threshold", {"count", "seconds", "track"}));
    Threshold t;
    if (const YamlEntry* e = m.find("count")) {
      TRY_ASSIGN(v, r_.uint32(*e));
      if (v == 0) return r_.error(e->value, "threshold 'count': must be at least 1" + in_sig);
      t.count = v;
    }
    if (const YamlEntry* e = m.find("seconds")) {
      TRY_ASSIGN(v, r_.uint32(*e));
      if (v == 0) return r_.error(e->value, "threshold 'seconds': must be at least 1" + in_sig);
      t.seconds = v;
    }
    if (const YamlEntry* e = m.find("track")) {
      TRY_ASSIGN(v, r_.string(*e));
      if (v == "by_src") t.track = ThresholdTrack::BySrc;
      else if (v == "by_dst") t.track = ThresholdTrack::ByDst;
      else if (v == "by_both") t.track = ThresholdTrack::ByBoth;
      else if (v == "by_rule") t.track = ThresholdTrack::ByRule;
      else if (v == "by_flow") t.track = ThresholdTrack::ByFlow;
      else
        return r_.error(e->value, "threshold 'track': unknown value '" + v +
                                      "' (allowed: by_src, by_dst, by_both, by_rule, by_flow)" + in_sig);
    }
    return t;
  }

  Result<std::vector<SignatureExample>> examples(const YamlEntry& list, const Signature& sig,
                                                 const std::string& in_sig) {
    TRY_ASSIGN(items, r_.sequence(list));
    std::vector<SignatureExample> out;
    for (const auto& item : items) {
      SignatureExample ex;
      ex.where = r_.at(item.value);
      if (item.value.IsMap()) {
        for (const auto& pair : item.value) {
          const YAML::Node key = pair.first;
          const std::string name = key.IsScalar() ? key.Scalar() : std::string();
          auto field = fieldFromName(name);
          if (!field) return r_.error(key, "example: unknown field '" + name + "'" + in_sig);
          if (std::find(sig.fields.begin(), sig.fields.end(), *field) == sig.fields.end())
            return r_.error(key, "example: field '" + name + "' is not in the signature's fields" + in_sig);
          for (const auto& [f, text] : ex.by_field)
            if (f == *field) return r_.error(key, "example: duplicate key '" + name + "'" + in_sig);
          TRY_ASSIGN(text, r_.string(YamlEntry{name, key, pair.second}));
          ex.by_field.emplace_back(*field, std::move(text));
        }
        if (ex.by_field.empty()) return r_.error(item.value, "example: empty mapping" + in_sig);
      } else {
        TRY_ASSIGN(text, r_.string(item));
        ex.text = std::move(text);
      }
      out.push_back(std::move(ex));
    }
    return out;
  }

  static std::string fieldList() {
    std::string out;
    for (const auto& info : allFields()) {
      if (!out.empty()) out += ", ";
      out += info.name;
    }
    return out;
  }

  // Both sides canonical (symlinks resolved), so neither "../" nor a link
  // inside the directory can reach a file elsewhere.
  bool insideBaseDir(const fs::path& file) const {
    std::error_code ec;
    const fs::path dir = fs::weakly_canonical(base_dir_, ec);
    if (ec) return false;
    const fs::path target = fs::weakly_canonical(file, ec);
    if (ec) return false;
    const auto [dir_end, unused] = std::mismatch(dir.begin(), dir.end(), target.begin(), target.end());
    return dir_end == dir.end();
  }

  YamlReader r_;
  fs::path base_dir_;
  bool allow_list_outside_ = false;
};

Result<std::vector<Signature>> parseDocument(std::string_view yaml, const std::string& file, bool allow_list_outside) {
  const fs::path base = fs::path(file).parent_path();
  return catchYamlErrors(file, kSignatureYaml, [&]() -> Result<std::vector<Signature>> {
    auto root = loadSingleYamlDocument(std::string(yaml), file, kSignatureYaml);
    if (!root) return root.error();
    return SignatureParser(file, base.empty() ? fs::path(".") : base, allow_list_outside).document(*root);
  });
}

Result<std::vector<std::string>> expandPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return makeError("no such file or directory", SourceLocation{path, 0, 0});
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::follow_directory_symlink, ec), end;
      for (; !ec && it != end; it.increment(ec))
        if ((it->path().extension() == ".yaml" || it->path().extension() == ".rules") && it->is_regular_file(ec))
          found.push_back(it->path().string());
      if (ec) return makeError("cannot list directory: " + ec.message(), SourceLocation{path, 0, 0});
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(path);
    }
  }
  // The same file through two paths would otherwise report its own ids as duplicates.
  std::vector<std::string> unique;
  std::vector<fs::path> seen;
  for (const auto& f : files) {
    std::error_code ec;
    const fs::path canon = fs::weakly_canonical(f, ec);
    if (std::find(seen.begin(), seen.end(), canon) != seen.end()) continue;
    seen.push_back(canon);
    unique.push_back(f);
  }
  return unique;
}

// Appends `sigs`, rejecting an id already seen in this or an earlier file.
Status appendUnique(std::vector<Signature>& all, std::map<uint32_t, SourceLocation>& ids,
                    std::vector<Signature>&& sigs) {
  for (auto& s : sigs) {
    auto [it, inserted] = ids.emplace(s.id, s.where);
    if (!inserted)
      return makeError("duplicate signature id " + std::to_string(s.id) + " (first defined at " + it->second.file +
                           ":" + std::to_string(it->second.line) + ":" + std::to_string(it->second.column) + ")",
                       s.where);
    all.push_back(std::move(s));
  }
  return Ok{};
}

// Suricata keeps loading when a rule is bad; a duplicate sid in a `.rules`
// file is one more refused rule, not a failed set.
void appendRules(SignatureLoad& load, std::map<uint32_t, SourceLocation>& ids, RuleLoadResult&& result) {
  for (auto& refusal : result.refused) load.refused.push_back(std::move(refusal));
  for (auto& sig : result.signatures) {
    auto [it, inserted] = ids.emplace(sig.id, sig.where);
    if (!inserted) {
      load.refused.push_back(RuleRefusal{sig.where.file, sig.where.line, sig.id, "sid",
                                         "duplicate sid (first at " + it->second.file + ":" +
                                             std::to_string(it->second.line) + ")"});
      continue;
    }
    load.signatures.push_back(std::move(sig));
  }
}

}  // namespace

Result<std::vector<Signature>> loadSignatureText(std::string_view yaml, const std::string& file) {
  TRY_ASSIGN(sigs, parseDocument(yaml, file, false));
  std::vector<Signature> all;
  std::map<uint32_t, SourceLocation> ids;
  if (auto st = appendUnique(all, ids, std::move(sigs)); !st) return st.error();
  return all;
}

Result<SignatureLoad> loadSignatureSet(const std::vector<std::string>& paths, const RulesOptions& options) {
  TRY_ASSIGN(files, expandPaths(paths));
  SignatureLoad load;
  std::map<uint32_t, SourceLocation> ids;
  RuleLoadContext rules;
  rules.vars = ruleVarsWithDefaults(options.vars);
  if (!options.classification_file.empty())
    if (auto st = rules.classes.loadFile(options.classification_file); !st) return st.error();
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return makeError("cannot read signature file", SourceLocation{file, 0, 0});
    std::ostringstream text;
    text << in.rdbuf();
    if (fs::path(file).extension() == ".rules") {
      RuleLoadResult result = loadRuleText(text.str(), file, rules);
      load.rules_seen += result.rules_seen;
      appendRules(load, ids, std::move(result));
      continue;
    }
    TRY_ASSIGN(sigs, parseDocument(text.str(), file, options.allow_list_outside));
    if (auto st = appendUnique(load.signatures, ids, std::move(sigs)); !st) return st.error();
  }
  return load;
}

Result<std::vector<Signature>> loadSignatureFiles(const std::vector<std::string>& paths) {
  TRY_ASSIGN(load, loadSignatureSet(paths, RulesOptions{}));
  return std::move(load.signatures);
}

}  // namespace tapwatch

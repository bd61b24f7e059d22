#include "detect/suricata_import.h"

#include <algorithm>
#include <set>

#include "detect/rule_refusal_reasons.h"

namespace tapwatch {

void importSuricataRules(std::string_view text, const std::string& file, RuleLoadContext& context,
                         SuricataImport& out) {
  std::set<uint32_t> sids;
  for (const ImportedRule& r : out.loaded) sids.insert(r.sid);
  for (const RuleSource& source : splitRuleFile(text)) {
    ++out.rules_seen;
    auto loaded = loadRule(source, file, context);
    if (auto* refusal = std::get_if<RuleRefusal>(&loaded)) {
      out.refused.push_back(std::move(*refusal));
      continue;
    }
    const Signature& sig = std::get<Signature>(loaded);
    if (!sids.insert(sig.id).second) {
      out.refused.push_back(RuleRefusal{file, source.line, sig.id, "sid", "duplicate sid"});
      continue;
    }
    out.loaded.push_back(ImportedRule{file, source.line, sig.id, source.text});
  }
}

std::string SuricataImport::rulesFile(const std::vector<std::string>& sources) const {
  size_t disabled = 0;
  for (const RuleRefusal& r : refused) disabled += r.disabled ? 1 : 0;
  std::string out = "# tapwatch sig import-suricata: the rules of";
  for (const std::string& s : sources) out += " " + s;
  out += "\n# that load with Suricata's meaning, unchanged: " + std::to_string(loaded.size()) + " of " +
         std::to_string(rules_seen) + " (" + std::to_string(refused.size() - disabled) + " not loaded, " +
         std::to_string(disabled) + " disabled).\n";
  for (const ImportedRule& r : loaded) out += r.text + "\n";
  return out;
}

std::vector<std::pair<std::string, size_t>> SuricataImport::refusalsByKeyword() const {
  return countRefusalKeywords(refused);
}

}  // namespace tapwatch

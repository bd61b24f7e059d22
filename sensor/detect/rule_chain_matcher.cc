// STAND-IN (R2): content-only confirmation; replaced by R1's matcher at merge.
#include "detect/rule_chain_matcher.h"

#include <cctype>

namespace tapwatch {

namespace {
bool findBytes(std::string_view hay, const std::string& needle, bool nocase) {
  if (!nocase) return hay.find(needle) != std::string_view::npos;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t j = 0;
    while (j < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + j])) ==
                                    std::tolower(static_cast<unsigned char>(needle[j])))
      ++j;
    if (j == needle.size()) return true;
  }
  return false;
}
}  // namespace

bool matchChain(const RuleChain& chain, ByteSpan buffer, RuleScratch&) {
  const std::string_view hay = asStringView(buffer);
  for (const auto& step : chain.steps)
    if (const auto* c = std::get_if<RuleContent>(&step))
      if (findBytes(hay, c->bytes, c->nocase) == c->negated) return false;
  return true;
}

}  // namespace tapwatch

#include "detect/domain_matcher.h"

namespace tapwatch {

void DomainMatcher::add(std::string_view domain, PatternRef ref) {
  auto it = map_.find(domain);
  if (it == map_.end()) it = map_.emplace(std::string(domain), std::vector<PatternRef>{}).first;
  for (const PatternRef& r : it->second)
    if (r.signature == ref.signature && r.pattern == ref.pattern) return;
  it->second.push_back(ref);
}

}  // namespace tapwatch

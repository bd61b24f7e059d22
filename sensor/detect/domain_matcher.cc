#include "detect/domain_matcher.h"

namespace tapwatch {

void DomainMatcher::add(std::string_view domain, PatternRef ref) {
  const auto node = static_cast<uint32_t>(refs_.size());
  auto [it, inserted] = map_.try_emplace(std::string(domain), node);
  if (!inserted) {
    for (uint32_t i = it->second; i != kNone; i = refs_[i].next)
      if (refs_[i].ref.signature == ref.signature && refs_[i].ref.pattern == ref.pattern) return;
    refs_.push_back({ref, it->second});  // prepend to the entry's chain
    it->second = node;
    return;
  }
  refs_.push_back({ref, kNone});
}

}  // namespace tapwatch

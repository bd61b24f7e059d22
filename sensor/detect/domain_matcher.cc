#include "detect/domain_matcher.h"

namespace tapwatch {

void DomainMatcher::add(std::string_view domain, PatternRef ref, FieldMask fields) {
  const uint32_t r = list_refs_.indexOf(ref, fields);
  const auto node = static_cast<uint32_t>(refs_.size());
  auto [it, inserted] = map_.try_emplace(std::string(domain), node);
  if (!inserted) {
    for (uint32_t i = it->second; i != kNone; i = refs_[i].next)
      if (refs_[i].ref == r) return;
    refs_.push_back({it->second, r});  // prepend to the entry's chain
    it->second = node;
    return;
  }
  refs_.push_back({kNone, r});
}

size_t DomainMatcher::memoryBytes() const {
  // A libstdc++ node: next pointer, the pair, the cached hash.
  constexpr size_t kNode = sizeof(void*) + sizeof(std::pair<const std::string, uint32_t>) + sizeof(size_t);
  size_t bytes = map_.bucket_count() * sizeof(void*) + map_.size() * kNode + refs_.capacity() * sizeof(RefNode) +
                 list_refs_.memoryBytes();
  for (const auto& [name, first] : map_)
    if (name.capacity() > 15) bytes += name.capacity() + 1;  // beyond the small-string buffer
  return bytes;
}

}  // namespace tapwatch

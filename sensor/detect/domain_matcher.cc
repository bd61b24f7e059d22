#include "detect/domain_matcher.h"

namespace tapwatch {

uint32_t DomainMatcher::refIndex(PatternRef ref, FieldMask fields) {
  // The last reference first: entries of one list arrive together.
  for (size_t i = list_refs_.size(); i-- > 0;)
    if (list_refs_[i].ref.signature == ref.signature && list_refs_[i].ref.pattern == ref.pattern) {
      list_refs_[i].fields |= fields;
      return static_cast<uint32_t>(i);
    }
  list_refs_.push_back({ref, fields});
  return static_cast<uint32_t>(list_refs_.size() - 1);
}

void DomainMatcher::add(std::string_view domain, PatternRef ref, FieldMask fields) {
  const uint32_t r = refIndex(ref, fields);
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
                 list_refs_.capacity() * sizeof(ListRef);
  for (const auto& [name, first] : map_)
    if (name.capacity() > 15) bytes += name.capacity() + 1;  // beyond the small-string buffer
  return bytes;
}

}  // namespace tapwatch

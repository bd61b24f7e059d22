#pragma once
// ListRefs: the distinct list patterns (signature, pattern) that one set-wide
// list matcher (DomainMatcher, IpMatcher) serves, each with the fields it
// applies to. A list named by several signatures on several fields is stored
// once; its entries name the reference by index. Few references per set, so a
// linear search at load time; nothing here runs per packet.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "detect/field_mask.h"
#include "detect/pattern_ref.h"

namespace tapwatch {

class ListRefs {
 public:
  struct Entry {
    PatternRef ref;
    FieldMask fields;
  };

  // The index of `ref`, added if new; `fields` joins the fields it applies to.
  uint32_t indexOf(PatternRef ref, FieldMask fields) {
    // The last reference first: the entries of one list arrive together.
    for (size_t i = entries_.size(); i-- > 0;)
      if (entries_[i].ref.signature == ref.signature && entries_[i].ref.pattern == ref.pattern) {
        entries_[i].fields |= fields;
        return static_cast<uint32_t>(i);
      }
    entries_.push_back({ref, fields});
    return static_cast<uint32_t>(entries_.size() - 1);
  }

  const Entry& operator[](size_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  size_t memoryBytes() const { return entries_.capacity() * sizeof(Entry); }

 private:
  std::vector<Entry> entries_;
};

}  // namespace tapwatch

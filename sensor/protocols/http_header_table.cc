#include "protocols/http_header_table.h"

#include "protocols/text_util.h"

namespace tapwatch {

uint64_t HttpHeaderTable::nameBit(std::string_view name) {
  if (name.empty()) return 0;
  const auto c = static_cast<unsigned char>(asciiLower(name.front()));
  const auto d = static_cast<unsigned char>(asciiLower(name.back()));
  return uint64_t{1} << ((c * 7u + d * 3u + name.size()) & 63u);
}

void HttpHeaderTable::clear() {
  arena_.clear();
  count_ = 0;
  present_ = 0;
}

HttpHeaderTable::Added HttpHeaderTable::add(std::string_view name, std::string_view value, size_t max_entries,
                                            size_t max_bytes, bool raw) {
  if (count_ >= max_entries) return Added::TooMany;
  if (arena_.size() + name.size() + value.size() > max_bytes) return Added::TooLong;
  Entry e;
  e.raw = raw;
  e.name_off = static_cast<uint32_t>(arena_.size());
  e.name_len = static_cast<uint32_t>(name.size());
  arena_.append(name);
  e.value_off = static_cast<uint32_t>(arena_.size());
  e.value_len = static_cast<uint32_t>(value.size());
  arena_.append(value);
  e.first = static_cast<int32_t>(count_);
  if (!raw) {
    // At most max_headers entries (100 by default): a linear search, and only
    // when the filter says the name may be there already.
    const uint64_t bit = nameBit(name);
    for (size_t i = 0; i < count_ && (present_ & bit) != 0; ++i) {
      Entry& o = entries_[i];
      if (!o.raw && o.first == static_cast<int32_t>(i) && iequals(nameOf(o), name)) {
        e.first = static_cast<int32_t>(i);
        o.repeated = true;
        break;
      }
    }
    present_ |= bit;
  }
  if (count_ == entries_.size()) {
    entries_.push_back(e);
  } else {
    entries_[count_] = e;
  }
  ++count_;
  return Added::Ok;
}

bool HttpHeaderTable::appendMerged(std::string& out, size_t first, size_t max) const {
  bool ok = true;
  bool more = false;
  for (size_t i = first; i < count_ && ok; ++i) {
    if (entries_[i].first != static_cast<int32_t>(first)) continue;
    if (more) ok = appendBounded(out, ", ", max);
    ok = ok && appendBounded(out, valueOf(entries_[i]), max);
    more = true;
  }
  return ok;
}

bool HttpHeaderTable::value(std::string_view name, std::string_view& out) {
  if ((present_ & nameBit(name)) == 0) return false;
  for (size_t i = 0; i < count_; ++i) {
    const Entry& e = entries_[i];
    if (e.raw || e.first != static_cast<int32_t>(i) || !iequals(nameOf(e), name)) continue;
    if (!e.repeated) {
      out = valueOf(e);
      return true;
    }
    joined_.clear();
    appendMerged(joined_, i, arena_.size() + 2 * count_);  // never cut: the joined form is bounded by the table
    out = joined_;
    return true;
  }
  return false;
}

bool HttpHeaderTable::entry(size_t i, std::string_view& name, std::string_view& value) {
  if (i >= count_) return false;
  const Entry& e = entries_[i];
  if (e.raw || e.first != static_cast<int32_t>(i)) return false;
  name = nameOf(e);
  return this->value(name, value);
}

bool HttpHeaderTable::writeBlock(std::string& out, std::string_view skip, size_t max) const {
  bool ok = true;
  for (size_t i = 0; i < count_ && ok; ++i) {
    const Entry& e = entries_[i];
    if (e.raw) {
      ok = appendBounded(out, valueOf(e), max) && appendBounded(out, "\r\n", max);
      continue;
    }
    if (e.first != static_cast<int32_t>(i) || (!skip.empty() && iequals(nameOf(e), skip))) continue;
    ok = appendBounded(out, nameOf(e), max) && appendBounded(out, ": ", max) && appendMerged(out, i, max) &&
         appendBounded(out, "\r\n", max);
  }
  return ok;
}

bool HttpHeaderTable::writeNames(std::string& out, size_t max) const {
  bool any = false;
  bool ok = true;
  for (size_t i = 0; i < count_ && ok; ++i) {
    const Entry& e = entries_[i];
    if (e.raw || e.first != static_cast<int32_t>(i)) continue;
    if (!any) ok = appendBounded(out, "\r\n", max);
    ok = ok && appendBounded(out, nameOf(e), max) && appendBounded(out, "\r\n", max);
    any = true;
  }
  if (any && ok) ok = appendBounded(out, "\r\n", max);
  return ok;
}

}  // namespace tapwatch

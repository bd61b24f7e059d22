#include "policy/suppress_list.h"

namespace tapwatch {

Result<std::shared_ptr<const SuppressList>> SuppressList::build(const std::vector<SuppressRule>& rules) {
  auto list = std::make_shared<SuppressList>();
  for (size_t i = 0; i < rules.size(); ++i) {
    const SuppressRule& rule = rules[i];
    Entry entry;
    if (!rule.cidr.empty()) {
      auto cidr = Cidr::parse(rule.cidr);
      if (!cidr) return makeError("suppress rule #" + std::to_string(i + 1) + ": " + cidr.error().message);
      entry.cidr = *cidr;
      if (rule.track == "by_src") entry.track = Track::Src;
      else if (rule.track == "by_dst") entry.track = Track::Dst;
      else if (rule.track == "by_either") entry.track = Track::Either;
      else return makeError("suppress rule #" + std::to_string(i + 1) + ": unknown track '" + rule.track + "'");
    }
    if (rule.signature_id == 0) list->all_signatures_.push_back(entry);
    else list->by_signature_[rule.signature_id].push_back(entry);
    ++list->size_;
  }
  return std::shared_ptr<const SuppressList>(std::move(list));
}

bool SuppressList::covers(const std::vector<Entry>& entries, const IpAddress& src, const IpAddress& dst) {
  for (const Entry& e : entries) {
    switch (e.track) {
      case Track::Any: return true;
      case Track::Src:
        if (e.cidr.contains(src)) return true;
        break;
      case Track::Dst:
        if (e.cidr.contains(dst)) return true;
        break;
      case Track::Either:
        if (e.cidr.contains(src) || e.cidr.contains(dst)) return true;
        break;
    }
  }
  return false;
}

bool SuppressList::suppresses(uint32_t signature_id, const IpAddress& src, const IpAddress& dst) const {
  if (size_ == 0) return false;
  if (covers(all_signatures_, src, dst)) return true;
  const auto it = by_signature_.find(signature_id);
  return it != by_signature_.end() && covers(it->second, src, dst);
}

}  // namespace tapwatch

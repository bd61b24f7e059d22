#pragma once
// SuppressList: the compiled suppression rules (config `signatures.suppress`
// plus the suppress file). Built on the main thread, then immutable and
// shared by every worker through AlertFilter (swapped atomically on reload).
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "common/ip_address.h"
#include "common/result.h"
#include "config/cidr.h"
#include "config/config.h"

namespace tapwatch {

class SuppressList {
 public:
  // Rules were validated by the config reader; a CIDR that still fails to
  // parse (rules built by hand) is an error naming the rule.
  static Result<std::shared_ptr<const SuppressList>> build(const std::vector<SuppressRule>& rules);

  // Any thread. True when a rule for this signature (or for signature 0)
  // covers the alert: no cidr, or the tracked address inside the cidr.
  bool suppresses(uint32_t signature_id, const IpAddress& src, const IpAddress& dst) const;

  size_t size() const { return size_; }

 private:
  enum class Track : uint8_t { Any, Src, Dst, Either };
  struct Entry {
    Track track = Track::Any;
    Cidr cidr;
  };
  static bool covers(const std::vector<Entry>& entries, const IpAddress& src, const IpAddress& dst);

  std::unordered_map<uint32_t, std::vector<Entry>> by_signature_;
  std::vector<Entry> all_signatures_;  // signature_id 0
  size_t size_ = 0;
};

}  // namespace tapwatch

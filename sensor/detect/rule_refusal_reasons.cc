#include "detect/rule_refusal_reasons.h"

#include <algorithm>
#include <map>

namespace tapwatch {
namespace {

size_t indexOf(std::string_view reason) {
  for (size_t i = 0; i < kRuleRefusalReasonCount; ++i)
    if (kRuleRefusalReasons[i] == reason) return i;
  return kRuleRefusalReasonCount - 1;  // other
}

}  // namespace

size_t ruleRefusalReason(std::string_view keyword) {
  if (keyword == "source address" || keyword == "destination address") return indexOf("address");
  if (keyword == "source port" || keyword == "destination port") return indexOf("port");
  if (keyword == "detection_filter") return indexOf("threshold");
  if (keyword == "base64_data") return indexOf("base64_decode");
  if (keyword == "fragoffset") return indexOf("fragbits");
  if (keyword == "ssl_version") return indexOf("ssl_state");
  if (keyword == "tls.cert_valid" || keyword == "tls.cert_expired") return indexOf("tls.cert_expired");
  if (keyword == "hostbits") return indexOf("xbits");
  if (keyword == "dsize" || keyword == "flags" || keyword == "ttl" || keyword == "tos" || keyword == "id" ||
      keyword == "ipopts" || keyword == "seq" || keyword == "ack" || keyword == "window" || keyword == "itype" ||
      keyword == "icode" || keyword == "icmp_id" || keyword == "icmp_seq" || keyword == "ip_proto" ||
      keyword == "sameip" || keyword == "tcp.mss")
    return indexOf("packet keyword");
  if (keyword.find('.') != std::string_view::npos || keyword.ends_with("_data") || keyword == "file_data")
    return indexOf("buffer");  // a sticky buffer the sensor has no field for
  return indexOf(keyword);
}

std::array<size_t, kRuleRefusalReasonCount> countRefusalReasons(const std::vector<RuleRefusal>& refused) {
  std::array<size_t, kRuleRefusalReasonCount> counts{};
  for (const RuleRefusal& r : refused)
    if (!r.disabled) ++counts[ruleRefusalReason(r.keyword)];
  return counts;
}

std::vector<std::pair<std::string, size_t>> countRefusalKeywords(const std::vector<RuleRefusal>& refused) {
  std::map<std::string, size_t> counts;
  for (const RuleRefusal& r : refused)
    if (!r.disabled) ++counts[r.keyword];
  std::vector<std::pair<std::string, size_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace tapwatch

#pragma once
// Why `.rules` rules were not loaded, grouped for a metric and a summary:
// the refusal's keyword when it is one of a fixed list (bounded label
// values for tapwatch_rules_refused_total{reason}), else "other". The
// per-rule refusal (file:line, sid, keyword, why) stays in RuleRefusal.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detect/rule_loader.h"

namespace tapwatch {

// The label values, "other" last.
inline constexpr std::array<std::string_view, 28> kRuleRefusalReasons{"syntax",
                                                                      "sid",
                                                                      "protocol",
                                                                      "address",
                                                                      "port",
                                                                      "flow",
                                                                      "flowbits",
                                                                      "flowint",
                                                                      "xbits",
                                                                      "threshold",
                                                                      "rate_filter",
                                                                      "payload",
                                                                      "base64_decode",
                                                                      "byte_extract",
                                                                      "pcre",
                                                                      "stream_size",
                                                                      "dataset",
                                                                      "datarep",
                                                                      "iprep",
                                                                      "app-layer-event",
                                                                      "app-layer-protocol",
                                                                      "ssl_state",
                                                                      "tls.cert_expired",
                                                                      "fragbits",
                                                                      "buffer",
                                                                      "packet keyword",
                                                                      "transform",
                                                                      "other"};
constexpr size_t kRuleRefusalReasonCount = kRuleRefusalReasons.size();

// The index into kRuleRefusalReasons of one refusal's keyword.
size_t ruleRefusalReason(std::string_view keyword);

// Per reason index, the refusals that are not just disabled rules.
std::array<size_t, kRuleRefusalReasonCount> countRefusalReasons(const std::vector<RuleRefusal>& refused);

// "keyword -> count" over the refusals (disabled excluded), most frequent first, then by name.
std::vector<std::pair<std::string, size_t>> countRefusalKeywords(const std::vector<RuleRefusal>& refused);

}  // namespace tapwatch

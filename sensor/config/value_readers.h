#pragma once
// Strict readers for single config values. Each checks the YAML node's shape
// and content and returns the value or an Error naming the key path and
// position (via ValueSite). Numbers and booleans must be plain (unquoted)
// scalars; strings reject control characters so paths and names cannot be
// cut short or smuggle line breaks into logs. Main thread only.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "config/value_site.h"

namespace tapwatch {

// Decimal only: no sign, no leading zeros (YAML 1.1 reads 010 as octal), no hex or underscores.
Result<uint64_t> readUnsigned(const ValueSite& site, uint64_t min, uint64_t max);

// Exactly `true` or `false` (not yes/no/on/off/True: those mean different things in YAML 1.1 and 1.2).
Result<bool> readBool(const ValueSite& site);

struct StringRule {
  bool allow_empty = true;
  size_t max_length = 4096;
  // Extra content check; returns why the value is wrong, or nullopt.
  std::optional<std::string> (*check)(std::string_view value) = nullptr;
};
Result<std::string> readString(const ValueSite& site, const StringRule& rule);

Result<std::string> readEnum(const ValueSite& site, std::span<const std::string_view> allowed);

// A YAML list of ports 1..65535 without duplicates; may be empty.
Result<std::vector<uint16_t>> readPortList(const ValueSite& site);

// A non-empty YAML list of distinct non-empty strings.
Result<std::vector<std::string>> readStringList(const ValueSite& site, const StringRule& item_rule,
                                                bool allow_empty_list = false);

}  // namespace tapwatch

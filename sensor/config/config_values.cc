#include "config/config_values.h"

#include <string>

namespace tapwatch {

std::optional<int> syslogFacilityCode(std::string_view name) {
  for (const auto& f : kSyslogFacilities) {
    if (f.name == name) return f.code;
  }
  return std::nullopt;
}

bool isOneOf(std::string_view value, std::span<const std::string_view> allowed) {
  for (auto word : allowed) {
    if (word == value) return true;
  }
  return false;
}

std::string joinWords(std::span<const std::string_view> words) {
  std::string out;
  for (auto word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

}  // namespace tapwatch

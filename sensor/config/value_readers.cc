#include "config/value_readers.h"

#include <algorithm>

#include "config/config_values.h"
#include "config/yaml_document.h"

namespace tapwatch {
namespace {

// Bounds the quadratic duplicate check; no sane config lists more signature paths.
constexpr size_t kMaxListEntries = 1024;

std::string got(const YAML::Node& node) {
  if (node.IsScalar() && node.Scalar().empty()) return "got an empty value";
  if (isQuotedScalar(node)) return "got a quoted string " + describeNode(node);
  return "got " + describeNode(node);
}

}  // namespace

Result<uint64_t> readUnsigned(const ValueSite& site, uint64_t min, uint64_t max) {
  const YAML::Node& node = site.node();
  if (!isPlainScalar(node)) return site.fail("expected an unsigned integer, " + got(node));
  const std::string& text = node.Scalar();
  if (!text.empty() && text[0] == '-') {
    return site.fail("expected an unsigned integer, got '" + text + "' (negative values are not allowed)");
  }
  const bool digits = !text.empty() &&
                      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) return site.fail("expected an unsigned integer, " + got(node));
  if (text.size() > 1 && text[0] == '0') {
    return site.fail("expected a decimal integer without leading zeros, got '" + text + "'");
  }
  uint64_t value = 0;
  bool overflow = false;
  for (char c : text) {
    const uint64_t digit = static_cast<uint64_t>(c - '0');
    if (value > (UINT64_MAX - digit) / 10) {
      overflow = true;
      break;
    }
    value = value * 10 + digit;
  }
  if (overflow || value < min || value > max) {
    return site.fail("value " + text + " is out of range " + std::to_string(min) + ".." + std::to_string(max));
  }
  return value;
}

Result<bool> readBool(const ValueSite& site) {
  const YAML::Node& node = site.node();
  if (isPlainScalar(node)) {
    if (node.Scalar() == "true") return true;
    if (node.Scalar() == "false") return false;
  }
  return site.fail("expected true or false, " + got(node));
}

Result<std::string> readString(const ValueSite& site, const StringRule& rule) {
  const YAML::Node& node = site.node();
  if (!node.IsScalar()) {
    std::string hint = node.IsNull() ? " (write \"\" for an empty value)" : "";
    return site.fail("expected a string, got " + describeNode(node) + hint);
  }
  const std::string& text = node.Scalar();
  if (text.empty() && !rule.allow_empty) return site.fail("must not be empty");
  if (text.size() > rule.max_length) {
    return site.fail("is " + std::to_string(text.size()) + " characters long; the limit is " +
                     std::to_string(rule.max_length));
  }
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return site.fail("contains a control character: " + describeNode(node));
  }
  if (rule.check) {
    if (auto why = rule.check(text)) return site.fail(*why);
  }
  return text;
}

Result<std::string> readEnum(const ValueSite& site, std::span<const std::string_view> allowed) {
  const YAML::Node& node = site.node();
  if (node.IsScalar() && isOneOf(node.Scalar(), allowed)) return node.Scalar();
  return site.fail("expected one of " + joinWords(allowed) + ", " + got(node));
}

Result<std::vector<uint16_t>> readPortList(const ValueSite& site) {
  const YAML::Node& node = site.node();
  if (!node.IsSequence()) return site.fail("expected a list of ports such as [80, 8080], got " + describeNode(node));
  std::vector<uint16_t> ports;
  std::vector<bool> seen(65536);  // a bitmap keeps a hostile 65535-entry list linear
  for (size_t i = 0; i < node.size(); ++i) {
    const ValueSite item = site.item(i, node[i]);
    auto port = readUnsigned(item, 1, 65535);
    if (!port.ok()) return port.error();
    const auto value = static_cast<uint16_t>(*port);
    if (seen[value]) return item.fail("port " + std::to_string(value) + " is listed twice");
    seen[value] = true;
    ports.push_back(value);
  }
  return ports;
}

Result<std::vector<std::string>> readStringList(const ValueSite& site, const StringRule& item_rule,
                                                bool allow_empty_list) {
  const YAML::Node& node = site.node();
  if (!node.IsSequence()) {
    return site.fail("expected a list such as [a, b], got " + describeNode(node));
  }
  if (node.size() == 0 && !allow_empty_list) return site.fail("must list at least one entry");
  if (node.size() > kMaxListEntries) {
    return site.fail("lists " + std::to_string(node.size()) + " entries; the limit is " +
                     std::to_string(kMaxListEntries));
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < node.size(); ++i) {
    const ValueSite item = site.item(i, node[i]);
    auto value = readString(item, item_rule);
    if (!value.ok()) return value.error();
    if (std::find(out.begin(), out.end(), *value) != out.end()) {
      return item.fail("'" + *value + "' is listed twice");
    }
    out.push_back(std::move(*value));
  }
  return out;
}

}  // namespace tapwatch

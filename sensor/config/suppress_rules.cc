#include "config/suppress_rules.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "config/cidr.h"
#include "config/config_values.h"
#include "config/value_readers.h"
#include "config/yaml_document.h"

namespace tapwatch {
namespace {

// A suppress file is a short operator list, not a feed: bound what is read.
constexpr std::uintmax_t kMaxSuppressFileBytes = 16u << 20;
constexpr size_t kMaxSuppressRules = 100000;

// The config's document messages, but parser errors read "YAML error:" as they always have here.
constexpr YamlWording kSuppressYaml{
    .syntax_error = "YAML error: ",
    .stalled = "YAML syntax error: ",
    .extra_document = "a config file holds one YAML document; found more than one (remove the extra '---')"};

std::optional<std::string> checkCidr(std::string_view text) {
  auto cidr = Cidr::parse(text);
  if (!cidr) return cidr.error().message;
  return std::nullopt;
}

Result<SuppressRule> readRule(const ValueSite& site) {
  const YAML::Node& node = site.node();
  if (!node.IsMap())
    return site.fail("expected a mapping such as {signature_id: 2100001, cidr: 10.0.0.0/8, track: by_src}, got " +
                     describeNode(node));
  SuppressRule rule;
  bool has_id = false;
  bool has_track = false;
  std::set<std::string> seen;
  for (const auto& pair : node) {
    const YAML::Node key = pair.first;
    const YAML::Node value = pair.second;
    const std::string name = key.IsScalar() ? key.Scalar() : std::string();
    const ValueSite field(site.source(), site.path() + "." + name, value, value.IsNull() ? key.Mark() : value.Mark());
    if (!seen.insert(name).second) return field.fail("duplicate key");
    if (name == "signature_id") {
      auto id = readUnsigned(field, 0, UINT32_MAX);
      if (!id) return id.error();
      rule.signature_id = static_cast<uint32_t>(*id);
      has_id = true;
    } else if (name == "cidr") {
      auto text = readString(field, StringRule{.allow_empty = false, .max_length = 64, .check = checkCidr});
      if (!text) return text.error();
      rule.cidr = std::move(*text);
    } else if (name == "track") {
      auto text = readEnum(field, kSuppressTracks);
      if (!text) return text.error();
      rule.track = std::move(*text);
      has_track = true;
    } else {
      return field.fail("unknown key; valid keys: signature_id, cidr, track");
    }
  }
  if (!has_id) return site.fail("needs signature_id (0 = every signature)");
  if (has_track && rule.cidr.empty())
    return site.fail("track needs a cidr (without one the whole signature is suppressed)");
  return rule;
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }  // cidr/track hold no quotes

}  // namespace

Result<std::vector<SuppressRule>> readSuppressRules(const ValueSite& site) {
  const YAML::Node& node = site.node();
  if (node.IsNull()) return std::vector<SuppressRule>{};
  if (!node.IsSequence())
    return site.fail("expected a list such as [{signature_id: 2100001, cidr: 10.0.0.0/8}], got " + describeNode(node));
  if (node.size() > kMaxSuppressRules)
    return site.fail("lists " + std::to_string(node.size()) + " rules; the limit is " +
                     std::to_string(kMaxSuppressRules));
  std::vector<SuppressRule> rules;
  rules.reserve(node.size());
  for (size_t i = 0; i < node.size(); ++i) {
    auto rule = readRule(site.item(i, node[i]));
    if (!rule) return rule.error();
    rules.push_back(std::move(*rule));
  }
  return rules;
}

Result<std::vector<SuppressRule>> loadSuppressFile(const std::string& path) {
  const SourceLocation where{path};
  auto read = readBoundedTextFile(path, "suppress file", kMaxSuppressFileBytes);
  if (!read) return read.error();
  const std::string& text = *read;
  if (text.find('\0') != std::string::npos) return makeError("contains a NUL byte; a suppress file is text", where);
  return catchYamlErrors(path, kSuppressYaml, [&]() -> Result<std::vector<SuppressRule>> {
    auto document = loadSingleYamlDocument(text, path, kSuppressYaml);
    if (!document) return document.error();
    const YAML::Node& root = *document;
    if (!root.IsDefined() || root.IsNull()) return std::vector<SuppressRule>{};
    const ValueSource source{path, false};
    if (!root.IsMap())
      return configError(source, "", root.Mark(),
                         "expected a mapping with the key 'suppress', got " + describeNode(root));
    std::vector<SuppressRule> rules;
    for (const auto& pair : root) {
      const YAML::Node key = pair.first;
      const YAML::Node value = pair.second;
      if (!key.IsScalar() || key.Scalar() != "suppress")
        return configError(source, key.IsScalar() ? key.Scalar() : "", key.Mark(), "unknown key; valid key: suppress");
      if (!rules.empty()) return configError(source, "suppress", key.Mark(), "duplicate key");
      auto read = readSuppressRules(ValueSite(source, "suppress", value, value.IsNull() ? key.Mark() : value.Mark()));
      if (!read) return read.error();
      rules = std::move(*read);
    }
    return rules;
  });
}

std::string showSuppressRules(const std::vector<SuppressRule>& rules) {
  std::string out = "[";
  for (const SuppressRule& r : rules) {
    if (out.size() > 1) out += ", ";
    out += "{signature_id: " + std::to_string(r.signature_id);
    if (!r.cidr.empty()) out += ", track: " + r.track + ", cidr: " + quoted(r.cidr);
    out += "}";
  }
  return out + "]";
}

}  // namespace tapwatch

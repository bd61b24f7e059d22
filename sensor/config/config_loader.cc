#include "config/config_loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include "config/config_checks.h"
#include "config/config_schema.h"
#include "config/value_site.h"
#include "config/yaml_document.h"

namespace tapwatch {
namespace {

// A config file is a page of YAML; anything this large is a mistake (or an
// attack on the parser), not a config.
constexpr std::uintmax_t kMaxConfigBytes = 4u << 20;

constexpr YamlWording kConfigYaml{
    .syntax_error = "YAML syntax error: ",
    .stalled = "YAML syntax error: ",
    .extra_document = "a config file holds one YAML document; found more than one (remove the extra '---')"};

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// "unknown key; did you mean 'workers'? valid keys in capture: ..."
std::string unknownKeyMessage(const ConfigEntry& section, const std::string& section_path, std::string_view name) {
  std::string message = "unknown key";
  const ConfigEntry* best = nullptr;
  size_t best_distance = 3;  // suggest only close misspellings
  if (name.size() <= 64) {
    for (const auto& child : section.children) {
      const size_t d = editDistance(name, child.name);
      if (d < best_distance) {
        best_distance = d;
        best = &child;
      }
    }
  }
  if (best != nullptr) message += "; did you mean '" + best->name + "'?";
  message += section_path.empty() ? "; valid top-level keys: " : "; valid keys in " + section_path + ": ";
  return message + section.childNames();
}

std::string joinPath(const std::string& parent, std::string_view name) {
  return parent.empty() ? std::string(name) : parent + std::string(".").append(name);
}

class Loader {
 public:
  explicit Loader(std::string file) : origins_(file), file_(std::move(file)) { config_.source_file = file_; }

  Status loadDocument(std::string_view yaml) {
    const ValueSource source{file_, false};
    auto document = loadSingleYamlDocument(std::string(yaml), file_, kConfigYaml);
    if (!document.ok()) return document.error();
    const YAML::Node& root = *document;
    if (!root.IsDefined() || root.IsNull()) return Ok{};  // empty or comments only: all defaults
    return loadSection(configSchema(), root, root.Mark(), "", source);
  }

  Status applyOverride(const std::string& text) {
    const ValueSource source{"--set", true};
    const size_t eq = text.find('=');
    const std::string path = text.substr(0, eq);
    if (eq == std::string::npos || path.empty()) {
      return makeError("--set " + text + ": expected KEY.PATH=VALUE, e.g. capture.workers=4");
    }
    const ConfigEntry* entry = &configSchema();
    std::string walked;
    size_t start = 0;
    while (true) {
      const size_t dot = path.find('.', start);
      const std::string name = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (!entry->isSection() && entry->kind == ValueKind::VarMap) {
        // vars.NAME=VALUE sets one variable: the rest of the path is its name.
        YAML::Node one(YAML::NodeType::Map);
        auto parsed = loadYamlValue(text.substr(eq + 1).empty() ? std::string("''") : text.substr(eq + 1));
        if (!parsed.ok()) return makeError("--set " + path + ": " + parsed.error().message);
        one[path.substr(start)] = *parsed;
        return loadKey(*entry, one, YAML::Mark::null_mark(), walked, source);
      }
      if (!entry->isSection()) {
        return makeError("--set " + path + ": " + walked + " is a key, not a section");
      }
      const ConfigEntry* next = entry->child(name);
      if (next == nullptr) {
        return makeError("--set " + joinPath(walked, name) + ": " + unknownKeyMessage(*entry, walked, name));
      }
      entry = next;
      walked = joinPath(walked, name);
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    if (entry->isSection()) {
      return makeError("--set " + path + ": is a section, not a key; set one of its keys: " + entry->childNames());
    }
    const std::string value_text = text.substr(eq + 1);
    YAML::Node value;
    if (entry->kind == ValueKind::String || entry->kind == ValueKind::Choice) {
      // Strings are taken as typed: "-", "[::1]:9917" or a password with '#'
      // or '*' would otherwise need YAML quoting inside shell quoting.
      value = YAML::Node(value_text);
    } else {
      // An empty VALUE reads as YAML null; '' makes the error say "empty value".
      auto parsed = loadYamlValue(value_text.empty() ? std::string("''") : value_text);
      if (!parsed.ok()) {
        return makeError("--set " + path + ": cannot parse '" + value_text +
                         "' as a YAML value: " + parsed.error().message);
      }
      value = *parsed;
    }
    return loadKey(*entry, value, YAML::Mark::null_mark(), path, source);
  }

  Status finish() { return checkKeyCombinations(config_, origins_); }

  Config take() { return std::move(config_); }

 private:
  Status loadSection(const ConfigEntry& section, const YAML::Node& map, const YAML::Mark& key_mark,
                     const std::string& path, const ValueSource& source) {
    if (map.IsNull()) return Ok{};  // "capture:" with nothing under it keeps the defaults
    if (!map.IsMap()) {
      const YAML::Mark where = map.Mark().is_null() ? key_mark : map.Mark();
      return configError(source, path, where,
                         "expected a mapping with keys " + section.childNames() + ", got " + describeNode(map));
    }
    std::map<std::string, int, std::less<>> seen;  // key -> 1-based line, for duplicate messages
    for (const auto& pair : map) {
      // Copies: yaml-cpp nodes are handles, and the pair is a temporary proxy.
      const YAML::Node key = pair.first;
      const YAML::Node value = pair.second;
      if (!key.IsScalar()) {
        return configError(source, path, key.Mark(), "keys must be plain names, got " + describeNode(key));
      }
      const std::string& name = key.Scalar();
      const std::string key_path = joinPath(path, name);
      const ConfigEntry* entry = section.child(name);
      if (entry == nullptr) return configError(source, key_path, key.Mark(), unknownKeyMessage(section, path, name));
      if (auto [pos, inserted] = seen.emplace(name, key.Mark().line + 1); !inserted) {
        return configError(source, key_path, key.Mark(),
                           "duplicate key (first set on line " + std::to_string(pos->second) + ")");
      }
      Status status = entry->isSection() ? loadSection(*entry, value, key.Mark(), key_path, source)
                                         : loadKey(*entry, value, key.Mark(), key_path, source);
      if (!status.ok()) return status;
    }
    return Ok{};
  }

  Status loadKey(const ConfigEntry& entry, const YAML::Node& value, const YAML::Mark& key_mark, const std::string& path,
                 const ValueSource& source) {
    // yaml-cpp places an empty value's mark on the next token; point at the key instead.
    const YAML::Mark where = value.IsNull() || value.Mark().is_null() ? key_mark : value.Mark();
    Status status = entry.load(ValueSite(source, path, value, where), config_);
    if (status.ok()) origins_.record(path, source, where);
    return status;
  }

  Config config_;
  KeyOrigins origins_;
  std::string file_;
};

Result<Config> build(std::string_view yaml, const std::string& name, const std::vector<std::string>& overrides,
                     bool has_document) {
  try {
    return catchYamlErrors(name, kConfigYaml, [&]() -> Result<Config> {
      Loader loader(name);
      if (has_document) {
        if (auto s = loader.loadDocument(yaml); !s.ok()) return s.error();
      }
      for (const auto& text : overrides) {
        if (auto s = loader.applyOverride(text); !s.ok()) return s.error();
      }
      if (auto s = loader.finish(); !s.ok()) return s.error();
      return loader.take();
    });
  } catch (const std::exception& e) {
    return makeError(std::string("cannot load config: ") + e.what(), SourceLocation{name});
  }
}

}  // namespace

Result<Config> loadConfigText(std::string_view yaml, std::string_view name, const std::vector<std::string>& overrides) {
  if (const size_t nul = yaml.find('\0'); nul != std::string_view::npos) {
    // yaml-cpp would read NUL bytes as an encoding hint or end of input and
    // accept the file as empty; a config with NULs is not text.
    const std::string_view before = yaml.substr(0, nul);
    const auto line = static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
    const size_t line_start = before.rfind('\n');
    const auto column = static_cast<uint32_t>(line_start == std::string_view::npos ? nul + 1 : nul - line_start);
    return makeError("contains a NUL byte; a config file is UTF-8 text",
                     SourceLocation{std::string(name), line, column});
  }
  if (yaml.size() > kMaxConfigBytes) {
    return makeError("config is " + std::to_string(yaml.size()) + " bytes; the limit is " +
                         std::to_string(kMaxConfigBytes),
                     SourceLocation{std::string(name)});
  }
  return build(yaml, std::string(name), overrides, true);
}

Result<Config> loadConfigFile(const std::string& path, const std::vector<std::string>& overrides) {
  auto text = readBoundedTextFile(path, "config file", kMaxConfigBytes);
  if (!text) return text.error();
  return loadConfigText(*text, path, overrides);
}

Result<Config> defaultConfig(const std::vector<std::string>& overrides) {
  auto config = build({}, "", overrides, false);
  return config;
}

}  // namespace tapwatch

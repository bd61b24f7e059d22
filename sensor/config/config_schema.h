#pragma once
// The single table of config keys. Each section lists its keys
// once; that one list drives loading, the "valid keys" of unknown-key
// messages, `--set` lookups, value display, and the tests that keep
// config/tapwatch.yaml and config.h in step with it. Main thread only; the
// table itself is built once and immutable.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "config/config.h"
#include "config/value_site.h"

namespace tapwatch {

// What a key holds; `--set` takes String and Choice values literally (so
// "-", "[::1]:9917" or a password with '#' need no YAML quoting) and parses
// the others as YAML.
enum class ValueKind { Section, Number, Bool, String, Choice, PortList, StringList, SuppressList, VarMap };

struct ConfigEntry {
  using LoadFn = std::function<Status(const ValueSite& site, Config& config)>;
  using ShowFn = std::function<std::string(const Config& config)>;

  std::string name;
  ValueKind kind = ValueKind::Section;
  LoadFn load;                        // keys: parse + validate + store
  ShowFn show;                        // keys: the value in YAML flow syntax, e.g. [80, 8080]
  std::vector<ConfigEntry> children;  // sections: their keys and subsections

  bool isSection() const { return !load; }
  const ConfigEntry* child(std::string_view child_name) const;
  // "a, b, c": the valid keys of this section, for error messages.
  std::string childNames() const;
};

// The root section (its children are the top-level sections).
const ConfigEntry& configSchema();

// Looks up a dotted path ("outputs.syslog.tls"); nullptr if there is no such key or section.
const ConfigEntry* findConfigEntry(std::string_view dotted_path);

// Visits every key (not sections) depth-first in table order with its dotted path.
void forEachConfigKey(const std::function<void(const std::string& path, const ConfigEntry& key)>& visit);

}  // namespace tapwatch

#pragma once
// ValueSite: one YAML value being loaded into the config, with everything an
// error message needs — the full key path and where the value came from (a
// file position, or a `--set` override). Main thread only (config loading).
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"

namespace tapwatch {

// Where values come from: a config file (errors carry FILE:LINE:COL) or a
// command-line override (errors read "--set KEY.PATH: ...").
struct ValueSource {
  std::string file;
  bool from_override = false;
};

class ValueSite {
 public:
  // `mark` is where to point at: the value's own mark, or the key's when the
  // value is null (yaml-cpp marks an empty value at the next token).
  ValueSite(const ValueSource& source, std::string path, YAML::Node node, YAML::Mark mark);

  const YAML::Node& node() const { return node_; }
  const std::string& path() const { return path_; }
  const ValueSource& source() const { return source_; }
  SourceLocation location() const;

  // An error about this value: "PATH: message" at the value's location.
  Error fail(std::string_view message) const;
  // The site of element `index` of a sequence value: "PATH[index]".
  ValueSite item(size_t index, const YAML::Node& element) const;

 private:
  const ValueSource& source_;
  std::string path_;
  YAML::Node node_;
  YAML::Mark mark_;
};

// Builds an error for `path` from `source` at `where` (used for keys and for
// checks that span several keys).
Error configError(const ValueSource& source, std::string_view path, const YAML::Mark& where, std::string_view message);

// Short human description of what a node is, for "got ..." in messages:
// 'text' for scalars (truncated, control characters escaped), "a list", "a mapping", "null".
std::string describeNode(const YAML::Node& node);

}  // namespace tapwatch

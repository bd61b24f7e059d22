#pragma once
// yaml-cpp Mark -> SourceLocation, shared by the config and signature loaders
// so every YAML error is reported the same way (FILE:LINE:COL, 1-based).
// Header-only so tapwatch_common does not link yaml-cpp; users link tw::yaml.
// Any thread (pure functions).
#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/node.h>

#include <cstdint>
#include <string>

#include "common/result.h"

namespace tapwatch {

// yaml-cpp marks are 0-based and -1 when unknown (null_mark); SourceLocation
// uses 1-based lines/columns and 0 for unknown.
inline SourceLocation yamlLocation(const std::string& file, const YAML::Mark& mark) {
  SourceLocation where;
  where.file = file;
  if (mark.line >= 0) where.line = static_cast<uint32_t>(mark.line) + 1;
  if (mark.line >= 0 && mark.column >= 0) where.column = static_cast<uint32_t>(mark.column) + 1;
  return where;
}

inline SourceLocation yamlLocation(const std::string& file, const YAML::Node& node) {
  return yamlLocation(file, node.Mark());
}

}  // namespace tapwatch

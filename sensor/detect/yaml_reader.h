#pragma once
// Strict typed access to yaml-cpp nodes for the signature loader: every
// mapping is checked for unknown and duplicate keys, every scalar for its
// YAML type, and every error carries FILE:LINE:COL of the offending node.
// Main thread (control plane). Never throws: callers catch yaml-cpp
// exceptions only around parsing (signature_loader.cc).
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace tapwatch {

struct YamlEntry {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
};

// A checked mapping: keys unique and all from the allowed set.
class YamlMap {
 public:
  const YamlEntry* find(std::string_view key) const;
  const std::vector<YamlEntry>& entries() const { return entries_; }
  YAML::Node node;  // the mapping itself (for "missing key" errors)

 private:
  friend class YamlReader;
  std::vector<YamlEntry> entries_;
};

// Parses text that must hold at most one YAML document (YAML::Load would
// silently drop a second one, and yaml-cpp 0.7's LoadAll loops on a stray
// ','). Null root for an empty text. May throw yaml-cpp exceptions: the caller
// catches them (same approach as config/yaml_document.h).
Result<YAML::Node> loadSingleDocument(const std::string& text, const std::string& file);

class YamlReader {
 public:
  explicit YamlReader(std::string file) : file_(std::move(file)) {}

  const std::string& file() const { return file_; }
  SourceLocation at(const YAML::Node& node) const;
  Error error(const YAML::Node& node, std::string message) const;

  // `what` names the mapping in messages, e.g. "signature" or "pattern".
  Result<YamlMap> map(const YAML::Node& node, std::string_view what,
                      std::initializer_list<std::string_view> allowed) const;

  Result<std::string> string(const YamlEntry& e) const;       // any non-null scalar
  Result<uint32_t> uint32(const YamlEntry& e) const;          // plain decimal scalar
  Result<bool> boolean(const YamlEntry& e) const;             // plain true/false
  Result<std::vector<YamlEntry>> sequence(const YamlEntry& e) const;  // items as entries named key[i]
  Result<std::vector<std::string>> stringList(const YamlEntry& e) const;

  // Quoted scalars start one column after their node mark.
  static bool isQuoted(const YAML::Node& node);

 private:
  std::string file_;
};

}  // namespace tapwatch

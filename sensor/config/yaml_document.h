#pragma once
// The strict YAML layer for every YAML file the sensor reads (config, suppress
// file, signature packs): the one place yaml-cpp exceptions are caught, so
// every problem comes back as an Error at FILE:LINE:COL (1-based). Main thread only.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace tapwatch {

// yaml-cpp marks are 0-based and -1 when unknown (null_mark); SourceLocation
// uses 1-based lines/columns and 0 for unknown.
SourceLocation yamlLocation(const std::string& file, const YAML::Mark& mark);
SourceLocation yamlLocation(const std::string& file, const YAML::Node& node);

// yaml-cpp tags plain scalars "?" and quoted ones "!"; an explicitly tagged
// scalar (!!str 5) is neither.
bool isPlainScalar(const YAML::Node& node);
bool isQuotedScalar(const YAML::Node& node);

// How one kind of file words its YAML errors. The wording differs per kind and
// operators' scripts match on it, so each loader keeps its own.
struct YamlWording {
  std::string_view syntax_error;    // before a parser error's text, e.g. "YAML syntax error: "
  std::string_view stalled;         // before "unexpected 'X'" when the parser cannot place a token
  std::string_view extra_document;  // the whole message for a second document
};

// A yaml-cpp exception raised while reading `file`, as an Error at its mark:
// parser errors get wording.syntax_error, any other "YAML error: ".
Error yamlExceptionError(const YAML::Exception& e, const std::string& file, const YamlWording& wording);

// Runs `body` (which parses or walks YAML read from `file`) and returns its
// result, or the Error for a yaml-cpp exception it raised.
template <typename Body>
auto catchYamlErrors(const std::string& file, const YamlWording& wording, Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const YAML::Exception& e) {
    return yamlExceptionError(e, file, wording);
  }
}

// The one document `text` may hold: a null node when it holds none (empty,
// comments only), an Error when it holds two or the parser fails. yaml-cpp
// 0.7's LoadAll loops forever on a stray flow indicator such as a leading ','
// (fixed upstream in 0.9), so documents are counted with a bounded event pass.
Result<YAML::Node> loadSingleYamlDocument(const std::string& text, const std::string& file, const YamlWording& wording);

// The whole of a text file the config layer loads, at most `max_bytes` of it.
// `kind` names the file in errors ("config file" -> "cannot open config file: ...",
// "is a directory, not a config file", "config file is larger than N bytes").
Result<std::string> readBoundedTextFile(const std::string& path, std::string_view kind, std::uintmax_t max_bytes);

// One value typed outside a file (a `--set` override). The Error holds
// yaml-cpp's message alone: there is no file position to give.
Result<YAML::Node> loadYamlValue(const std::string& text);

// Strict typed access to a loaded document: every mapping is checked for
// unknown and duplicate keys, every scalar for its YAML type, and every error
// names the key and carries FILE:LINE:COL of the offending node. Never throws.
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

class YamlReader {
 public:
  explicit YamlReader(std::string file) : file_(std::move(file)) {}

  const std::string& file() const { return file_; }
  SourceLocation at(const YAML::Node& node) const;
  Error error(const YAML::Node& node, std::string message) const;

  // `what` names the mapping in messages, e.g. "signature" or "pattern".
  Result<YamlMap> map(const YAML::Node& node, std::string_view what,
                      std::initializer_list<std::string_view> allowed) const;

  Result<std::string> string(const YamlEntry& e) const;               // any non-null scalar
  Result<uint32_t> uint32(const YamlEntry& e) const;                  // plain decimal scalar
  Result<bool> boolean(const YamlEntry& e) const;                     // plain true/false
  Result<std::vector<YamlEntry>> sequence(const YamlEntry& e) const;  // items as entries named key[i]
  Result<std::vector<std::string>> stringList(const YamlEntry& e) const;

 private:
  std::string file_;
};

}  // namespace tapwatch

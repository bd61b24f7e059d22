#pragma once
// Reads the one YAML document a config file holds. yaml-cpp 0.7's LoadAll
// loops forever on a stray flow indicator such as a leading ',' (yaml-cpp
// issue #1040, fixed upstream in 0.9), so documents are counted with a bounded
// event pass instead. Throws yaml-cpp exceptions like YAML::Load; the caller
// (the config loader) catches them. Main thread only.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

#include "common/result.h"

namespace tapwatch {

struct YamlDocument {
  YAML::Node root;  // null when the text holds no document (empty, comments only)
};

// An Error (message + 1-based position in `file`) when the text holds more
// than one document or stalls the parser; otherwise the document.
Result<YamlDocument> loadSingleYamlDocument(const std::string& text, const std::string& file);

}  // namespace tapwatch

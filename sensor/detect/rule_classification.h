#pragma once
// The classtype table of Suricata rules: classtype name -> description (EVE
// alert.category) and default priority (EVE alert.severity). Built-in:
// Suricata's shipped classification.config (with the ET additions it ships);
// `signatures.classification_file` (same format) adds to or overrides it.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "common/result.h"

namespace tapwatch {

struct ClassType {
  std::string description;
  uint8_t priority = 3;
};

class ClassificationTable {
 public:
  static ClassificationTable builtin();
  // Lines `config classification: name,description,priority`; '#' comments.
  Status load(std::string_view text, const std::string& file);
  Status loadFile(const std::string& path);
  const ClassType* find(std::string_view name) const;

 private:
  std::map<std::string, ClassType, std::less<>> types_;
};

}  // namespace tapwatch

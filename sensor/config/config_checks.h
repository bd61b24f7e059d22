#pragma once
// Checks that span several keys (both halves of a credential pair, a port
// claimed by two protocols). They run after the file and all overrides are
// applied, and point at whichever key the operator actually set. Main thread only.
#include <map>
#include <string>
#include <string_view>

#include "common/result.h"
#include "config/config.h"
#include "config/value_site.h"

namespace tapwatch {

// Where each key was last set (file position or --set), for errors about combinations.
class KeyOrigins {
 public:
  explicit KeyOrigins(std::string file) : file_(std::move(file)) {}

  void record(const std::string& path, const ValueSource& source, const YAML::Mark& mark);
  bool isSet(std::string_view path) const { return origins_.find(path) != origins_.end(); }
  // "PATH: message" located where PATH was set (the file name alone for a built-in default).
  Error error(std::string_view path, std::string_view message) const;

 private:
  struct Origin {
    ValueSource source;
    YAML::Mark mark;
  };
  std::string file_;
  std::map<std::string, Origin, std::less<>> origins_;
};

Status checkKeyCombinations(const Config& config, const KeyOrigins& origins);

}  // namespace tapwatch

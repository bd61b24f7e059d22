#pragma once
// BaselineDatabases: the signatures' patterns for one field, loaded with the
// sensor's own loader (detect/signature_loader.h) and turned into Hyperscan
// expressions with the sensor's own translation (detect/pattern_compiler.h),
// compiled as one block-mode and one stream-mode database. The stream-mode
// database is the one the sensor itself builds (DetectionSet), so the ceiling
// scans with exactly the sensor's database. Domain IOC lists are not
// Hyperscan patterns in the sensor (a hash-set lookup over tokens); they are
// counted here, and left out of the Hyperscan databases. Main thread.
#include <memory>
#include <string>
#include <vector>

#include "common/field.h"
#include "common/result.h"
#include "detect/detection_set.h"
#include "detect/hs_handles.h"

namespace tapwatch {

struct BaselineExpression {
  std::string text;  // Hyperscan expression
  unsigned flags = 0;
  uint32_t signature_id = 0;
};

struct BaselineDatabases {
  std::shared_ptr<const DetectionSet> set;  // the sensor's compiled set (owns the stream database)
  std::vector<BaselineExpression> expressions;
  std::vector<std::string> domain_entries;  // from `list: kind: domain` patterns on the field
  HsDatabasePtr block;
  const hs_database_t* stream = nullptr;  // owned by `set`
  size_t signatures = 0;                  // enabled signatures looking at the field
};

Result<BaselineDatabases> buildBaselineDatabases(const std::vector<std::string>& signature_paths, Field field);

// One PCRE2 regex equivalent to the expressions (and domain entries) for
// `ngrep`: each expression becomes (?FLAGS:expr), joined with '|'. Caseless,
// dotall and multiline map to inline flags; UTF-8/UCP cannot be set per
// alternative, so caseless non-ASCII text only matches as written in ngrep.
std::string ngrepRegex(const BaselineDatabases& dbs);

// The same for every enabled signature on every field (each distinct
// expression once; domain lists left out): what ngrep must match on every
// packet to look for what the sensor looks for, since it cannot tell an HTTP
// body or a mail subject from any other payload.
Result<std::string> ngrepRegexAllFields(const std::vector<std::string>& signature_paths);

}  // namespace tapwatch

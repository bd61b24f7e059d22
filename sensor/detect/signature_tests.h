#pragma once
// The logic behind `tapwatch sig check` and `tapwatch sig test` as library
// functions, so the CLI stays thin and the test suite runs the same code.
// Main thread.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "detect/detection_set.h"

namespace tapwatch {

// `sig check`: load and compile; the error (if any) is FILE:LINE:COL: message.
Result<std::shared_ptr<const DetectionSet>> checkSignatures(const std::vector<std::string>& paths,
                                                            const DetectOptions& options = {});

struct ExampleFailure {
  uint32_t signature_id = 0;
  bool expected_match = true;  // a `match` example that did not alert, or a `no_match` one that did
  size_t example_index = 0;    // 0-based within its list
  SourceLocation where;        // the example's node

  // "FILE:LINE:COL: signature 2100001: match example #1 did not alert"
  std::string describe() const;
};

struct ExampleReport {
  size_t signatures_tested = 0;
  size_t examples_run = 0;
  std::vector<ExampleFailure> failures;
};

// `sig test`: for every enabled signature, feeds each example to a fresh
// ScopeScan per scope (a plain string goes to every field of the signature,
// a mapping to the named fields; channel 0, last=true, then close) and
// checks whether that signature alerted. Other signatures may alert too;
// only the example's own signature counts.
ExampleReport runSignatureExamples(const std::shared_ptr<const DetectionSet>& set);

}  // namespace tapwatch

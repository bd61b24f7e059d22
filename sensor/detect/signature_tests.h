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

// One example's outcome (`sig test -v` prints all of them, failures always).
struct ExampleResult {
  uint32_t signature_id = 0;
  bool expected_match = true;  // from the `match` list (else `no_match`)
  bool alerted = false;
  size_t example_index = 0;             // 0-based within its list
  SourceLocation where;                 // the example's node
  int score = -1;                       // summed weights of the matched patterns; -1 without a score term
  std::vector<std::string> indicators;  // ids of the patterns that matched (all scopes of the example)
  std::vector<std::string> missed;      // ids of the signature's patterns that did not match

  bool passed() const { return alerted == expected_match; }
  // "FILE:LINE:COL: signature 2100001: match example #1 did not alert (score 4, matched: story, ask; not matched: sum)"
  std::string describe() const;
};
using ExampleFailure = ExampleResult;

struct ExampleReport {
  size_t signatures_tested = 0;
  size_t examples_run = 0;
  std::vector<ExampleResult> failures;
  std::vector<ExampleResult> results;  // every example, in signature order
};

// `sig test`: for every enabled signature, feeds each example to a fresh
// ScopeScan per scope (a plain string goes to every field of the signature,
// a mapping to the named fields; channel 0, last=true, then close) and
// checks whether that signature alerted. Other signatures may alert too;
// only the example's own signature counts.
ExampleReport runSignatureExamples(const std::shared_ptr<const DetectionSet>& set);

}  // namespace tapwatch

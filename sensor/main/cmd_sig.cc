// `tapwatch sig check` and `tapwatch sig test`.
#include <cstdio>

#include "detect/rule_refusal_reasons.h"
#include "detect/signature_tests.h"
#include "main/commands.h"

namespace tapwatch {
namespace {

// With --cache-dir: how many compiled databases came from the cache and how many were compiled.
void printCacheUse(const DetectionSet& set, const std::string& cache_dir) {
  if (cache_dir.empty()) return;
  const DatabaseLoadStats& load = set.loadStats();
  std::printf("cache %s: %u of %u databases loaded, %u compiled (%.3f s), %u cache errors\n", cache_dir.c_str(),
              load.cache_hits, load.databases, load.cache_misses, load.compile_seconds, load.cache_errors);
}

}  // namespace

int runSigCheck(const std::vector<std::string>& paths, const std::string& cache_dir) {
  DetectOptions options;
  options.cache_dir = cache_dir;
  auto set = checkSignatures(paths, options);
  if (!set) {
    std::fprintf(stderr, "%s\n", set.error().describe().c_str());
    return kExitUsage;
  }
  for (const RuleRefusal& r : (*set)->refusedRules())
    if (!r.disabled) std::printf("not loaded: %s\n", r.describe().c_str());
  std::printf("OK: %zu signatures (%zu enabled) compiled\n", (*set)->size(), (*set)->enabledCount());
  if ((*set)->rulesSeen() != 0) {
    std::printf(".rules: %zu rules read, %zu not loaded (including disabled)\n", (*set)->rulesSeen(),
                (*set)->refusedRules().size());
    // Which keywords keep rules out, most frequent first (the metric groups them by a fixed list).
    for (const auto& [keyword, count] : countRefusalKeywords((*set)->refusedRules()))
      std::printf("  %6zu  %s\n", count, keyword.c_str());
  }
  printCacheUse(**set, cache_dir);
  return kExitOk;
}

int runSigTest(const std::vector<std::string>& paths, bool verbose, const std::string& cache_dir) {
  // The same databases and cache key as `sig check --cache-dir` and the daemon's signatures.cache_dir:
  // a set compiled by either loads here without compiling again.
  DetectOptions options;
  options.cache_dir = cache_dir;
  auto set = checkSignatures(paths, options);
  if (!set) {
    std::fprintf(stderr, "%s\n", set.error().describe().c_str());
    return kExitUsage;
  }
  printCacheUse(**set, cache_dir);
  const ExampleReport report = runSignatureExamples(*set);
  // Failures say which patterns matched and the score, so a weight or threshold can be tuned.
  if (verbose)
    for (const ExampleResult& r : report.results)
      if (r.passed()) std::printf("%s\n", r.describe().c_str());
  for (const ExampleResult& failure : report.failures) std::fprintf(stderr, "%s\n", failure.describe().c_str());
  std::printf("%zu signatures, %zu examples: %zu passed, %zu failed\n", report.signatures_tested, report.examples_run,
              report.examples_run - report.failures.size(), report.failures.size());
  return report.failures.empty() ? kExitOk : kExitRuntime;
}

}  // namespace tapwatch

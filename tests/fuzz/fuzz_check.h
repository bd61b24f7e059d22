#pragma once
// FUZZ_CHECK: an invariant of a fuzz target. A failure prints what broke and
// aborts, which libFuzzer reports as a crash (and saves the input) and the
// corpus replay test reports as a failed test.
#include <cstdio>
#include <cstdlib>

namespace tapwatch::fuzz {

[[noreturn]] inline void checkFailed(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
  std::abort();
}

}  // namespace tapwatch::fuzz

#define FUZZ_CHECK(cond) \
  do { \
    if (!(cond)) ::tapwatch::fuzz::checkFailed(#cond, __FILE__, __LINE__); \
  } while (0)

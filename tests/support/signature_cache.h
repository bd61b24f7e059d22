#pragma once
// The compiled-signature cache a test should use: the build tree's shared one
// (TAPWATCH_TEST_SIG_CACHE, set by CMake on every test, tests/CMakeLists.txt),
// so the shipped packs are compiled once per build tree instead of once per
// test, or `fallback` (the test's own directory) when run by hand without it.
// Tests about the cache itself keep their own directory and do not call this.
#include <cstdlib>
#include <string>

namespace tapwatch::test {

inline std::string signatureCacheDir(const std::string& fallback) {
  const char* shared = std::getenv("TAPWATCH_TEST_SIG_CACHE");
  return shared != nullptr && *shared != '\0' ? std::string(shared) : fallback;
}

}  // namespace tapwatch::test

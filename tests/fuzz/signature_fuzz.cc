// libFuzzer entry for the signature loader (loadSignatureText). A loaded set
// that is small enough is also compiled (DetectionSet::build: Hyperscan
// expressions, domain lists, conditions) and its embedded examples are run,
// as `tapwatch sig check` and `sig test` would. List files exist next to the
// pretend pack (lists/domains.txt, lists/literals.txt) so list patterns load.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "detect/signature_tests.h"
#include "fuzz_check.h"

using namespace tapwatch;

namespace {

std::string& packFile() {
  static std::string file;
  return file;
}

void makePackDir() {
  char dir_template[] = "/tmp/tapwatch-sigfuzz-XXXXXX";
  const char* dir = mkdtemp(dir_template);
  if (dir == nullptr) std::abort();
  const std::filesystem::path base(dir);
  std::filesystem::create_directories(base / "lists");
  std::ofstream(base / "lists/domains.txt") << "# scam domains\nexample-scam.test\nbad.example\n";
  std::ofstream(base / "lists/literals.txt") << "wallet 1abc\nsend bitcoin\n";
  packFile() = (base / "pack.yaml").string();
}

// `{n`, `{n,m}` or `{,m}` with a number above 32 anywhere in the regex.
bool hasLargeRepeat(std::string_view regex) {
  uint32_t number = 0;
  bool in_braces = false;
  for (char c : regex) {
    if (c == '{') {
      in_braces = true;
      number = 0;
    } else if (in_braces && c >= '0' && c <= '9') {
      number = number * 10 + static_cast<uint32_t>(c - '0');
      if (number > 32) return true;
    } else if (c == ',') {
      number = 0;
    } else {
      in_braces = false;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  makePackDir();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 32768) return 0;
  if (packFile().empty()) makePackDir();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<std::vector<Signature>> loaded = loadSignatureText(text, packFile());
  if (!loaded) {
    const Error& e = loaded.error();
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(!e.where.file.empty());
    return 0;
  }
  size_t patterns = 0;
  size_t text_bytes = 0;
  bool large_repeat = false;
  for (const Signature& sig : loaded.value()) {
    FUZZ_CHECK(!sig.patterns.empty());
    FUZZ_CHECK(sig.patterns.size() <= kMaxPatternsPerSignature);
    FUZZ_CHECK(sig.severity >= 1 && sig.severity <= 4);
    for (const Pattern& p : sig.patterns) {
      text_bytes += p.text.size();
      large_repeat = large_repeat || hasLargeRepeat(p.text);
    }
    patterns += sig.patterns.size();
  }
  // Hyperscan compile time grows with the set and with bounded repeats (a
  // trusted analyst's cost, not an attacker's); keep the fuzzer fast.
  if (patterns > 4 || text_bytes > 96 || large_repeat) return 0;
  auto set = DetectionSet::build(std::move(loaded.value()), DetectOptions{});
  if (!set) {
    FUZZ_CHECK(!set.error().message.empty());
    return 0;
  }
  const ExampleReport report = runSignatureExamples(set.value());
  FUZZ_CHECK(report.signatures_tested <= set.value()->size());
  return 0;
}

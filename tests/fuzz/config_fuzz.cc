// libFuzzer entry for the config loader: the input up to the first NUL is the
// YAML file, every further NUL-separated piece a `--set KEY.PATH=VALUE`
// override. Loading must return a Config or an Error naming a location inside
// the input; a loaded Config must load again identically from the same text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_describe.h"
#include "config/config_loader.h"
#include "fuzz_check.h"

using namespace tapwatch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const size_t nul = all.find('\0');
  const std::string yaml(all.substr(0, nul));
  std::vector<std::string> overrides;
  if (nul != std::string_view::npos) {
    std::string_view rest = all.substr(nul + 1);
    while (!rest.empty() && overrides.size() < 8) {
      const size_t next = rest.find('\0');
      overrides.emplace_back(rest.substr(0, next));
      rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next + 1);
    }
  }

  Result<Config> config = loadConfigText(yaml, "fuzz.yaml", overrides);
  if (!config) {
    const Error& e = config.error();
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(!e.describe().empty());
    // Errors from the file point into it (lines are 1-based; 0 = no position).
    if (e.where.file == "fuzz.yaml") {
      size_t lines = 1;
      for (char c : yaml) lines += c == '\n';
      FUZZ_CHECK(e.where.line <= lines + 1);
    }
    return 0;
  }
  FUZZ_CHECK(config.value().source_file == "fuzz.yaml");
  FUZZ_CHECK(config.value().capture.workers >= 1);
  FUZZ_CHECK(!describeConfig(config.value()).empty());
  Result<Config> again = loadConfigText(yaml, "fuzz.yaml", overrides);
  FUZZ_CHECK(again.ok() && again.value() == config.value());
  return 0;
}

// `tapwatch sig import-suricata PATH... [-o OUT.rules] [--var NAME=VALUE]`:
// checks Suricata rules against the native `.rules` loader. Every rule is
// reported as loaded or not (with file:line, sid, keyword and why); the
// loadable ones are written out unchanged as a `.rules` file that `-s` and
// `signatures.paths` take as is; a summary counts the reasons.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "detect/detection_set.h"
#include "detect/suricata_import.h"
#include "main/commands.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxRulesBytes = size_t{512} << 20;

bool readAll(std::istream& in, std::string& out, std::string& why) {
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    out.append(buffer, static_cast<size_t>(in.gcount()));
    if (out.size() > kMaxRulesBytes) {
      why = "larger than " + std::to_string(kMaxRulesBytes >> 20) + " MiB";
      return false;
    }
  }
  if (in.bad()) why = std::strerror(errno);
  return !in.bad();
}

// Files named, every *.rules under a directory (sorted), "-" for stdin.
bool expandInputs(const std::vector<std::string>& paths, std::vector<std::string>& files) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".rules" && it->is_regular_file(ec)) found.push_back(it->path().string());
    if (ec) {
      std::fprintf(stderr, "%s: cannot list directory: %s\n", path.c_str(), ec.message().c_str());
      return false;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return true;
}

bool readInput(const std::string& file, std::string& text) {
  std::string why;
  bool ok = false;
  if (file == "-") {
    ok = readAll(std::cin, text, why);
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) why = std::strerror(errno);
    else ok = readAll(in, text, why);
  }
  if (!ok) std::fprintf(stderr, "%s: cannot read rules: %s\n", file.c_str(), why.c_str());
  return ok;
}

// The written file must load and compile as it is: checked before writing.
bool outputCompiles(const std::string& rules, RuleLoadContext context) {
  context.flowbits.clear();
  context.flowints.clear();
  RuleLoadResult again = loadRuleText(rules, "<output>", context);
  if (again.signatures.empty()) return true;
  auto set = DetectionSet::build(std::move(again.signatures), {});
  if (!set)
    std::fprintf(stderr, "internal error: the loadable rules do not compile: %s\n", set.error().describe().c_str());
  return set.ok();
}

bool writeOutput(const std::string& output, const std::string& text) {
  if (output.empty() || output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return true;
  }
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) std::fprintf(stderr, "%s: cannot write: %s\n", output.c_str(), std::strerror(errno));
  return static_cast<bool>(out);
}

void printReport(const SuricataImport& result, bool verbose) {
  if (verbose)
    for (const ImportedRule& r : result.loaded)
      std::fprintf(stderr, "%s:%u: sid %u: loaded\n", r.file.c_str(), r.line, r.sid);
  size_t disabled = 0;
  for (const RuleRefusal& r : result.refused) {
    if (r.disabled) ++disabled;
    if (!r.disabled || verbose) std::fprintf(stderr, "%s: not loaded\n", r.describe().c_str());
  }
  std::fprintf(stderr, "%zu rules: %zu loaded, %zu not loaded, %zu disabled\n", result.rules_seen, result.loaded.size(),
               result.refused.size() - disabled, disabled);
  for (const auto& [keyword, count] : result.refusalsByKeyword())
    std::fprintf(stderr, "  %6zu  %s\n", count, keyword.c_str());
}

}  // namespace

int runSigImportSuricata(const SigImportOptions& options) {
  std::vector<std::string> files;
  if (!expandInputs(options.inputs, files)) return kExitUsage;
  RuleVarMap overrides;
  for (const std::string& var : options.vars) {
    const size_t eq = var.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::fprintf(stderr, "--var %s: expected NAME=VALUE, e.g. HOME_NET=[10.0.0.0/8]\n", var.c_str());
      return kExitUsage;
    }
    overrides[var.substr(0, eq)] = var.substr(eq + 1);
  }
  RuleLoadContext context;
  context.vars = ruleVarsWithDefaults(overrides);
  SuricataImport result;
  for (const std::string& file : files) {
    std::string text;
    if (!readInput(file, text)) return kExitUsage;
    importSuricataRules(text, file == "-" ? "<stdin>" : file, context, result);
  }
  std::vector<std::string> sources = files;
  std::replace(sources.begin(), sources.end(), std::string("-"), std::string("<stdin>"));
  const std::string rules = result.rulesFile(sources);
  if (!outputCompiles(rules, context)) return kExitRuntime;
  if (!writeOutput(options.output, rules)) return kExitRuntime;
  printReport(result, options.verbose);
  return kExitOk;
}

}  // namespace tapwatch

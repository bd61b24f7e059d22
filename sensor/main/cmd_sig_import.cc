// `tapwatch sig import-suricata RULES [-o OUT.yaml]`: converts the Suricata
// rules that map cleanly and lists every other rule with the reason.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "detect/suricata_import.h"
#include "main/commands.h"

namespace tapwatch {
namespace {

constexpr size_t kMaxRulesBytes = size_t{512} << 20;

bool readFile(const std::string& path, std::string& out, std::string& why) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    out.append(buffer, static_cast<size_t>(in.gcount()));
    if (out.size() > kMaxRulesBytes) {
      why = "larger than " + std::to_string(kMaxRulesBytes >> 20) + " MiB";
      return false;
    }
  }
  return !in.bad();
}

}  // namespace

int runSigImportSuricata(const std::string& rules_path, const std::string& output) {
  std::string text;
  std::string why;
  if (!readFile(rules_path, text, why)) {
    std::fprintf(stderr, "%s: cannot read rules: %s\n", rules_path.c_str(), why.c_str());
    return kExitUsage;
  }
  const SuricataImport result = importSuricataRules(text);
  const std::string yaml = result.yaml(rules_path);

  // The output must load and compile as it is: check before writing it.
  const std::string out_name = output.empty() || output == "-" ? "<stdout>" : output;
  auto sigs = loadSignatureText(yaml, out_name);
  if (sigs && !sigs->empty()) {
    auto set = DetectionSet::build(std::move(*sigs), {});
    if (!set) {
      std::fprintf(stderr, "internal error: the converted signatures do not compile: %s\n",
                   set.error().describe().c_str());
      return kExitRuntime;
    }
  } else if (!sigs) {
    std::fprintf(stderr, "internal error: the converted YAML does not load: %s\n", sigs.error().describe().c_str());
    return kExitRuntime;
  }

  for (const RejectedRule& r : result.rejected) {
    std::fprintf(stderr, "%s:%u: %ssid %u%s%s%s: not converted: %s\n", rules_path.c_str(), r.line,
                 r.disabled ? "(disabled) " : "", r.sid, r.msg.empty() ? "" : " \"", r.msg.c_str(),
                 r.msg.empty() ? "" : "\"", r.reason.c_str());
  }
  if (output.empty() || output == "-") {
    std::fwrite(yaml.data(), 1, yaml.size(), stdout);
  } else {
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out << yaml;
    out.close();
    if (!out) {
      std::fprintf(stderr, "%s: cannot write: %s\n", output.c_str(), std::strerror(errno));
      return kExitRuntime;
    }
  }
  std::fprintf(stderr, "converted %zu of %zu rules; %zu not converted\n", result.converted.size(), result.rules_seen,
               result.rejected.size());
  return kExitOk;
}

}  // namespace tapwatch

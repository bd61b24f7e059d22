#pragma once
// Converts Suricata rules into Tapwatch signature YAML (`tapwatch sig
// import-suricata`). Only what maps cleanly is converted: msg, sid, rev,
// classtype, priority, reference, content (with nocase, |hex| bytes and
// negation), pcre (/.../ismx and the buffer modifiers that name a Tapwatch
// field), sticky buffers and old-style content modifiers that have a
// Tapwatch field, startswith/endswith and offset/depth (as anchored
// regexes), and detection_filter (as threshold). Everything else —
// distance/within, isdataat, byte_*, flowbits, transforms, buffers Tapwatch
// does not have — rejects the rule with a reason, so no rule is silently
// widened. Options that only narrow a rule in ways the fields already imply
// (flow, header addresses and ports) or that are hints (fast_pattern,
// metadata) are dropped and noted in a comment above the signature.
// Main thread only (CLI); pure text in, text out.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tapwatch {

struct ConvertedRule {
  uint32_t sid = 0;
  uint32_t line = 0;
  std::string yaml;                // one `- id: ...` list item, indented for `signatures:`
  std::vector<std::string> notes;  // options dropped as harmless, for the comment
};

struct RejectedRule {
  uint32_t line = 0;
  uint32_t sid = 0;  // 0 when the rule had none (or it could not be read)
  std::string msg;
  std::string reason;
  bool disabled = false;  // the rule was commented out in the input
};

struct SuricataImport {
  std::vector<ConvertedRule> converted;
  std::vector<RejectedRule> rejected;
  size_t rules_seen = 0;

  // The whole YAML document: a header comment naming `source`, then `signatures:`.
  std::string yaml(const std::string& source) const;
};

SuricataImport importSuricataRules(std::string_view text);

}  // namespace tapwatch

#pragma once
// Suricata `pcre` options: parsing "/regex/flags" into PCRE2 code compiled
// with JIT (main thread, at load), and running it on a buffer (worker thread,
// allocation-free: the match data and JIT stack live in RulePcreScratch).
//
// Bounds: every match runs under a match limit (Suricata's default
// match-limit 3500 and match-limit-recursion 1500; /O raises the limit to
// kRulePcreOverrideMatchLimit instead of lifting it, so one regex can never
// stall a worker). A match that hits a limit counts as "no match" — the rule
// does not fire — as Suricata does, and RulePcreScratch::limit_hits counts it.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "common/bytes.h"
#include "common/result.h"
#include "detect/rule_program.h"

namespace tapwatch {

inline constexpr uint32_t kRulePcreMatchLimit = 3500;
inline constexpr uint32_t kRulePcreDepthLimit = 1500;
inline constexpr uint32_t kRulePcreOverrideMatchLimit = 1000000;

// Immutable compiled regex, shared between programs and workers.
struct RulePcreCode {
  RulePcreCode() = default;
  RulePcreCode(const RulePcreCode&) = delete;
  RulePcreCode& operator=(const RulePcreCode&) = delete;
  ~RulePcreCode();

  pcre2_code* code = nullptr;
  bool jit = false;             // pcre2_jit_compile succeeded (falls back to the interpreter otherwise)
  bool override_limit = false;  // /O
};

// What one pcre option says besides the regex itself.
struct ParsedRulePcre {
  RulePcre pcre;
  std::string buffer;  // sticky buffer named by a Suricata modifier (/U /H ...), "" for the current one
};

// `text` is the option value as written after "pcre:" (quotes and a leading '!' included).
Result<ParsedRulePcre> parseRulePcre(std::string_view text);

// Per-worker state for running regexes: created once, reused for every match.
class RulePcreScratch {
 public:
  RulePcreScratch();
  ~RulePcreScratch();
  RulePcreScratch(const RulePcreScratch&) = delete;
  RulePcreScratch& operator=(const RulePcreScratch&) = delete;

  enum class Outcome : uint8_t { Match, NoMatch, LimitHit };
  // Runs `code` on `subject`; on Match, [*start, *end) is the matched range within `subject`.
  Outcome match(const RulePcreCode& code, ByteSpan subject, size_t* start, size_t* end);

  uint64_t limit_hits = 0;

 private:
  pcre2_match_data* match_data_ = nullptr;
  pcre2_match_context* context_ = nullptr;
  pcre2_match_context* override_context_ = nullptr;
  pcre2_jit_stack* jit_stack_ = nullptr;
};

}  // namespace tapwatch

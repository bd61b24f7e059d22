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

// Move-only owners of PCRE2's per-match C handles (the hs_handles.h shape).
struct Pcre2MatchDataDeleter {
  void operator()(pcre2_match_data* p) const { pcre2_match_data_free(p); }
};
struct Pcre2MatchContextDeleter {
  void operator()(pcre2_match_context* p) const { pcre2_match_context_free(p); }
};
struct Pcre2JitStackDeleter {
  void operator()(pcre2_jit_stack* p) const { pcre2_jit_stack_free(p); }
};

// Per-worker state for running regexes: created once, reused for every match. Movable, not copyable.
class RulePcreScratch {
 public:
  RulePcreScratch();

  enum class Outcome : uint8_t { Match, NoMatch, LimitHit };
  // Runs `code` on `subject`; on Match, [*start, *end) is the matched range within `subject`.
  Outcome match(const RulePcreCode& code, ByteSpan subject, size_t* start, size_t* end);

  uint64_t limit_hits = 0;

 private:
  std::unique_ptr<pcre2_match_data, Pcre2MatchDataDeleter> match_data_;
  std::unique_ptr<pcre2_match_context, Pcre2MatchContextDeleter> context_;
  std::unique_ptr<pcre2_match_context, Pcre2MatchContextDeleter> override_context_;
  std::unique_ptr<pcre2_jit_stack, Pcre2JitStackDeleter> jit_stack_;
};

}  // namespace tapwatch

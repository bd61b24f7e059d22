#pragma once
// Signature: one detection rule as loaded from a YAML pack (schema: signatures/README.md).
// Built on the main thread by the loader, then owned (immutable) by a
// DetectionSet that workers share.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/field.h"
#include "common/result.h"
#include "detect/condition.h"
#include "detect/ip_list.h"
#include "detect/pattern_mask.h"

namespace tapwatch {

enum class PatternKind : uint8_t { Regex, Literal, List };
enum class ListKind : uint8_t { Domain, Literal, Ip };

// Pattern flags as written in `flags:`; translated to HS_FLAG_* at compile time.
namespace pattern_flag {
constexpr uint32_t Caseless = 1u << 0;
constexpr uint32_t Dotall = 1u << 1;
constexpr uint32_t Multiline = 1u << 2;
constexpr uint32_t Utf8 = 1u << 3;
constexpr uint32_t Ucp = 1u << 4;
}  // namespace pattern_flag

// One entry of an IOC list file, with its line for error messages.
struct ListEntry {
  std::string value;  // normalised: domains lower-case without trailing dot
  uint32_t line = 0;
};

struct Pattern {
  std::string id;  // empty when the YAML gave none (then no condition can name it)
  PatternKind kind = PatternKind::Regex;
  std::string text;  // regex source (Regex) or the exact bytes (Literal)
  ListKind list_kind = ListKind::Domain;
  std::string list_file;                // resolved path of the list (List)
  std::vector<ListEntry> list_entries;  // Domain and Literal lists
  std::vector<IpPrefix> ip_entries;     // Ip lists, parsed
  uint32_t flags = 0;                   // pattern_flag bits
  uint32_t score = 0;                   // `score:` weight summed by `score >= N` conditions (0 = none)
  std::vector<Field> fields;  // where this pattern looks: a subset of the signature's fields; empty = all of them
  SourceLocation where;       // the regex/literal/list value node
};

enum class ThresholdTrack : uint8_t { BySrc, ByDst, ByBoth, ByRule, ByFlow };

// How the count gates alerts within a window of `seconds`:
// FromCount: every event from the count-th on (YAML `threshold:`, Suricata
// `detection_filter` with count+1); EveryCount: the count-th, 2*count-th, ...
// (Suricata `type threshold`); Limit: the first count events (`type limit`);
// Both: once, at the count-th event (`type both`).
// Backoff (Suricata `type backoff`, by_flow only): alerts at the count-th match, then at count*multiplier,
// count*multiplier^2, ...; never windowed.
enum class ThresholdMode : uint8_t { FromCount, EveryCount, Limit, Both, Backoff };

// Applied by the engine (it knows addresses and time); detect only validates it.
struct Threshold {
  uint32_t count = 1;
  uint32_t seconds = 60;
  ThresholdTrack track = ThresholdTrack::BySrc;
  ThresholdMode mode = ThresholdMode::FromCount;
  uint32_t multiplier = 0;  // Backoff only (>= 2)
};

struct SuricataRule;  // detect/suricata_rule.h

// An embedded example for `sig test`: either one text fed to every field of
// the signature, or explicit per-field texts.
struct SignatureExample {
  std::string text;  // used when by_field is empty
  std::vector<std::pair<Field, std::string>> by_field;
  SourceLocation where;
};

struct Signature {
  uint32_t id = 0;
  uint32_t rev = 1;
  std::string name;
  std::string category;
  uint8_t severity = 2;  // 1 high .. 4 info (EVE severity)
  bool enabled = true;
  std::vector<Field> fields{Field::Payload};
  std::vector<Pattern> patterns;
  std::string condition_text;  // empty = any pattern
  Condition condition;
  std::optional<Threshold> threshold;
  std::vector<std::string> references;
  std::vector<std::string> tags;
  // `.rules` only: metadata key/value pairs (EVE alert.metadata.<key>[]) and
  // what the rule means beyond a pattern (header, flow, flowbits, program).
  std::vector<std::pair<std::string, std::string>> metadata;
  std::shared_ptr<const SuricataRule> rule;
  std::vector<SignatureExample> match_examples;
  std::vector<SignatureExample> no_match_examples;
  SourceLocation where;  // the signature's mapping node
};

// Score and indicators of a hit (`matched`: bit i = patterns[i] matched in
// the scope): the summed weights, or -1 when the signature has no score term;
// the ids of the matched patterns (unnamed ones as "#<1-based index>").
int hitScore(const Signature& sig, PatternMask matched);
std::vector<std::string> hitIndicators(const Signature& sig, PatternMask matched);

std::string_view severityName(uint8_t severity);  // "high".."info", "?" if out of range
std::string_view thresholdTrackName(ThresholdTrack track);

}  // namespace tapwatch

#pragma once
// What one Suricata rule's payload options mean, per inspection buffer: the
// output of RuleProgramBuilder (rule_program_builder.h) and the input of
// matchChain (rule_chain_matcher.h). Built on the main thread when rules load,
// then shared read-only by every worker.
//
// Semantics follow Suricata's payload keywords (docs.suricata.io, "Payload
// Keywords"): offset/depth count from the start of the buffer; distance and
// within count from the end of the previous match in the same buffer (the
// start of the buffer when there is none); a relative step whose value is a
// byte_extract variable reads it at match time.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tapwatch {

// byte_extract / byte_math variables one chain may define.
inline constexpr size_t kMaxRuleVariables = 16;

// Applied to a sticky buffer, in rule order, before any step sees it.
enum class RuleTransform : uint8_t {
  DotPrefix,           // "." + value: `.example.com` then matches "example.com" and its subdomains only
  StripWhitespace,     // drops every isspace() byte
  CompressWhitespace,  // each run of isspace() bytes becomes its first byte (as Suricata 7)
  ToLowercase,
  ToUppercase,
  UrlDecode,           // %XX and '+' -> ' '; a bad %-escape stays as written
  StripPseudoHeaders,  // HTTP/2 ":name: value" lines dropped
  HeaderLowercase,     // header names (before ':') lower-cased, values kept
  Md5,                 // the raw 16/20/32-byte digest replaces the buffer
  Sha1,
  Sha256,
  Xor,  // every byte XORed with RuleChain::xor_key, repeated
};

// An integer operand that is either written in the rule or a byte_extract
// variable (index into the chain's variables) read at match time.
struct RuleValue {
  int64_t literal = 0;
  int8_t variable = -1;  // >= 0: use the variable instead of `literal`
  bool isVariable() const { return variable >= 0; }
};

struct RuleContent {
  std::string bytes;  // after |hex| and escapes
  bool nocase = false, negated = false, startswith = false, endswith = false, fast_pattern = false;
  std::optional<int32_t> offset, depth, distance, within;
  // Additions to the contract: the variable form of the four positions (-1: literal above),
  // fast_pattern:only and the `fast_pattern:offset,length` chop.
  int8_t offset_var = -1, depth_var = -1, distance_var = -1, within_var = -1;
  bool fast_pattern_only = false;
  std::optional<uint16_t> fast_pattern_chop_offset, fast_pattern_chop_length;
  // rawbytes is accepted and ignored: every buffer here is already the raw one it names.

  bool relative() const { return distance || within || distance_var >= 0 || within_var >= 0; }
};

// Compiled once at load; shared by every copy of the program and every worker.
struct RulePcreCode;  // rule_pcre.h
struct RulePcre {
  std::shared_ptr<const RulePcreCode> code;
  std::string source;     // the rule text, for messages: "/regex/flags"
  bool relative = false;  // /R: starts at the previous match's end
  bool negated = false;   // pcre:!"/.../": holds when the regex does not match
};

enum class RuleNumberBase : uint8_t { Binary, Dec, Hex, Oct };  // Binary: raw bytes, else `string,<base>`

enum class RuleByteOp : uint8_t { Less, Greater, Equal, LessEqual, GreaterEqual, And, Xor };

struct RuleByteTest {
  uint8_t bytes = 1;  // 1..8 raw, 1..23 as a string
  RuleByteOp op = RuleByteOp::Equal;
  bool negated = false;  // `!op`
  RuleValue value;
  RuleValue offset;
  bool relative = false;
  bool little_endian = false;
  RuleNumberBase base = RuleNumberBase::Binary;
  uint64_t bitmask = 0;  // 0: none; else AND, then shift right by the mask's trailing zeros
};

struct RuleByteJump {
  uint8_t bytes = 1;
  RuleValue offset;
  bool relative = false;
  bool little_endian = false;
  RuleNumberBase base = RuleNumberBase::Binary;
  uint32_t multiplier = 1;
  bool align = false;  // round the jump up to a multiple of 4
  bool from_beginning = false, from_end = false;
  int32_t post_offset = 0;
  uint64_t bitmask = 0;
};

struct RuleByteExtract {
  uint8_t bytes = 1;
  int32_t offset = 0;
  uint8_t variable = 0;  // index into the chain's variables
  std::string name;
  bool relative = false;
  bool little_endian = false;
  RuleNumberBase base = RuleNumberBase::Binary;
  uint32_t multiplier = 1;
  uint8_t align = 0;  // 0, 2 or 4
};

// byte_math: reads a number, combines it with rvalue, stores the result in a variable.
struct RuleByteMath {
  enum class Oper : uint8_t { Add, Subtract, Multiply, Divide, ShiftLeft, ShiftRight };
  uint8_t bytes = 1;  // 1..4 raw, 1..10 as a string
  int32_t offset = 0;
  Oper oper = Oper::Add;
  RuleValue rvalue;
  uint8_t variable = 0;  // where the result goes
  std::string name;
  bool relative = false;
  bool little_endian = false;
  RuleNumberBase base = RuleNumberBase::Binary;
  uint64_t bitmask = 0;
};

struct RuleIsDataAt {
  RuleValue offset;
  bool relative = false;
  bool negated = false;
};

// bsize and Suricata's other unsigned-integer comparisons (integer keywords).
struct RuleBsize {
  enum class Mode : uint8_t {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Range,
    NotRange,
    MaskEqual,
    MaskNotEqual
  };
  Mode mode = Mode::Equal;
  uint64_t a = 0;  // the value, the range's low end, or the mask
  uint64_t b = 0;  // the range's high end, or the value compared with the masked size
  bool holds(uint64_t size) const;
};

// base64_decode (Suricata "Base64 keywords"): decodes base64 text from the
// buffer (from its start + offset, or from the previous match's end + offset
// when relative; at most `bytes` encoded bytes, 0 = to the buffer's end;
// decoding stops at the first byte outside the RFC 4648 alphabet) into the
// worker's scratch, where the chain's base64_data steps are then evaluated.
// Always the last step of its chain (the builder refuses steps after it).
inline constexpr size_t kMaxBase64DecodeBytes = 65535;  // Suricata limits `bytes` to 64 KiB
struct RuleBase64Decode {
  uint32_t bytes = 0;  // encoded bytes to read; 0: all that is left
  uint32_t offset = 0;
  bool relative = false;
};

using RuleStep = std::variant<RuleContent, RulePcre, RuleByteTest, RuleByteJump, RuleIsDataAt, RuleBsize,
                              RuleByteExtract, RuleByteMath, RuleBase64Decode>;

struct RuleChain {
  // Canonical Suricata sticky-buffer name: "pkt_data" (the raw payload), "http.uri", "file.data", ...
  std::string buffer;
  std::vector<RuleTransform> transforms;
  std::vector<RuleStep> steps;  // in rule order; relative steps refer to the previous match
  // Additions to the contract:
  std::string xor_key;         // for RuleTransform::Xor
  uint8_t variable_count = 0;  // byte_extract variables this chain defines
  // base64_data: steps evaluated on what the chain's RuleBase64Decode step decoded (empty: none).
  std::vector<RuleStep> base64_steps;
};

struct RuleFastPattern {
  size_t chain = 0;
  std::string bytes;  // after the fast_pattern:offset,length chop, if any
  bool nocase = false;
  bool only = false;
  size_t step = 0;  // addition: the content's index in chains[chain].steps
};

struct RuleProgram {
  std::vector<RuleChain> chains;                // one per distinct (buffer, transforms), in first-use order
  std::optional<RuleFastPattern> fast_pattern;  // nullopt: no positive content anywhere
};

// Suricata's "Pattern Strength": byte diversity score used to break fast-pattern ties.
uint32_t rulePatternStrength(std::string_view bytes);

}  // namespace tapwatch

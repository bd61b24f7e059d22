#include "detect/rule_chain_matcher.h"

#include <array>
#include <cstring>

#include "detect/rule_base64.h"

namespace tapwatch {
namespace {

struct MatchState {
  const RuleChain& chain;
  ByteSpan buffer;
  const std::vector<RuleStep>* steps;  // chain.steps, or chain.base64_steps once base64_decode ran
  RuleScratch& scratch;
  uint32_t budget = kRuleInspectionBudget;
  std::array<uint64_t, kMaxRuleVariables> variables{};

  int64_t value(const RuleValue& v) const {
    return v.isVariable() ? static_cast<int64_t>(variables[static_cast<size_t>(v.variable)]) : v.literal;
  }
  int64_t value(std::optional<int32_t> literal, int8_t variable) const {
    if (variable >= 0) return static_cast<int64_t>(variables[static_cast<size_t>(variable)]);
    return literal.value_or(0);
  }
  int64_t size() const { return static_cast<int64_t>(buffer.size()); }
};

bool matchFrom(MatchState& s, size_t index, int64_t cursor);

uint8_t lower(uint8_t c) { return c >= 'A' && c <= 'Z' ? static_cast<uint8_t>(c + 32) : c; }

bool equalAt(ByteSpan buffer, int64_t at, const std::string& pattern, bool nocase) {
  const uint8_t* p = buffer.data() + at;
  if (!nocase) return std::memcmp(p, pattern.data(), pattern.size()) == 0;
  for (size_t i = 0; i < pattern.size(); ++i)
    if (lower(p[i]) != lower(static_cast<uint8_t>(pattern[i]))) return false;
  return true;
}

// First start in [from, last_start] where the content's bytes are, or -1.
int64_t findContent(ByteSpan buffer, const RuleContent& c, int64_t from, int64_t last_start) {
  for (int64_t at = from; at <= last_start; ++at) {
    if (!c.nocase) {
      const void* hit =
          std::memchr(buffer.data() + at, static_cast<uint8_t>(c.bytes[0]), static_cast<size_t>(last_start - at + 1));
      if (hit == nullptr) return -1;
      at = static_cast<const uint8_t*>(hit) - buffer.data();
    }
    if (equalAt(buffer, at, c.bytes, c.nocase)) return at;
  }
  return -1;
}

// Where a content may start and end: [lo, hi) of the buffer (Suricata's offset/depth, distance/within).
struct Window {
  int64_t lo = 0, hi = 0;
};

Window contentWindow(const MatchState& s, const RuleContent& c, int64_t cursor) {
  const auto len = static_cast<int64_t>(c.bytes.size());
  Window w{0, s.size()};
  if (c.startswith) {
    w.hi = std::min(w.hi, len);
  } else if (c.relative()) {
    // Within counts from where distance puts the search start, as in Suricata's content inspection.
    const int64_t start = cursor + s.value(c.distance, c.distance_var);
    w.lo = std::max<int64_t>(start, 0);
    if (c.within || c.within_var >= 0) w.hi = std::min(w.hi, start + s.value(c.within, c.within_var));
  } else {
    w.lo = s.value(c.offset, c.offset_var);
    if (c.depth || c.depth_var >= 0) w.hi = std::min(w.hi, w.lo + s.value(c.depth, c.depth_var));
  }
  if (c.endswith) w.lo = std::max(w.lo, s.size() - len);  // the match must end at the buffer's end
  return w;
}

// Whether evaluating steps [index, end) reads the cursor before something absolute replaces it:
// only then is retrying an earlier match at its next occurrence worth anything.
bool restUsesCursor(const std::vector<RuleStep>& steps, size_t index) {
  for (size_t i = index; i < steps.size(); ++i) {
    const RuleStep& step = steps[i];
    if (const auto* c = std::get_if<RuleContent>(&step)) {
      if (c->relative()) return true;
      if (!c->negated) return false;
    } else if (const auto* p = std::get_if<RulePcre>(&step)) {
      if (p->relative) return true;
      if (!p->negated) return false;
    } else if (const auto* t = std::get_if<RuleByteTest>(&step)) {
      if (t->relative) return true;
    } else if (const auto* j = std::get_if<RuleByteJump>(&step)) {
      if (j->relative && !j->from_beginning) return true;
      return false;  // an absolute jump sets the cursor itself
    } else if (const auto* d = std::get_if<RuleIsDataAt>(&step)) {
      if (d->relative) return true;
    } else if (const auto* e = std::get_if<RuleByteExtract>(&step)) {
      if (e->relative) return true;
    } else if (const auto* m = std::get_if<RuleByteMath>(&step)) {
      if (m->relative) return true;
    } else if (const auto* b = std::get_if<RuleBase64Decode>(&step)) {
      return b->relative;
    }
  }
  return false;
}

bool spend(MatchState& s) {
  if (s.budget == 0) return false;
  --s.budget;
  return true;
}

bool matchContent(MatchState& s, const RuleContent& c, size_t index, int64_t cursor) {
  const auto len = static_cast<int64_t>(c.bytes.size());
  const Window w = contentWindow(s, c, cursor);
  const int64_t last_start = w.hi - len;
  if (c.negated) {
    if (len > 0 && w.lo <= last_start && findContent(s.buffer, c, w.lo, last_start) >= 0) return false;
    return matchFrom(s, index + 1, cursor);
  }
  if (len == 0) return false;  // the builder refuses empty contents; a defensive no-match
  for (int64_t from = w.lo; from <= last_start;) {
    const int64_t at = findContent(s.buffer, c, from, last_start);
    if (at < 0) return false;
    if (matchFrom(s, index + 1, at + len)) return true;
    if (!restUsesCursor(*s.steps, index + 1) || !spend(s)) return false;
    from = at + 1;
  }
  return false;
}

bool matchPcre(MatchState& s, const RulePcre& p, size_t index, int64_t cursor) {
  // Relative: the subject begins at the cursor, so '^' anchors there (Suricata does the same).
  int64_t from = p.relative ? cursor : 0;
  while (from <= s.size()) {
    size_t start = 0, end = 0;
    const auto outcome = s.scratch.pcre.match(*p.code, s.buffer.subspan(static_cast<size_t>(from)), &start, &end);
    // A limit hit is a failed evaluation: it fails the step, negated or not.
    if (outcome == RulePcreScratch::Outcome::LimitHit) return false;
    const bool matched = outcome == RulePcreScratch::Outcome::Match;
    if (p.negated) return !matched && matchFrom(s, index + 1, cursor);
    if (!matched) return false;
    if (matchFrom(s, index + 1, from + static_cast<int64_t>(end))) return true;
    if (!restUsesCursor(*s.steps, index + 1) || !spend(s)) return false;
    from += static_cast<int64_t>(start) + 1;
  }
  return false;
}

// The text form, read as strtoull reads it (Suricata's byte_* keywords use it): leading white space,
// an optional sign (a '-' negates modulo 2^64), "0x" before hex digits; the number ends at the first
// non-digit, and at least one digit is needed.
bool readText(const uint8_t* p, uint8_t bytes, RuleNumberBase base, uint64_t* out) {
  const uint64_t radix = base == RuleNumberBase::Hex ? 16 : base == RuleNumberBase::Oct ? 8 : 10;
  uint8_t i = 0;
  while (i < bytes && (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r'))) ++i;
  const bool minus = i < bytes && p[i] == '-';
  if (i < bytes && (p[i] == '-' || p[i] == '+')) ++i;
  if (radix == 16 && i + 2 < bytes && p[i] == '0' && (p[i + 1] | 0x20) == 'x' && hexDigitValue(p[i + 2]) >= 0) i += 2;
  uint64_t value = 0;
  const uint8_t first_digit = i;
  for (; i < bytes; ++i) {
    const int d = hexDigitValue(p[i]);
    if (d < 0 || static_cast<uint64_t>(d) >= radix) break;
    value = value * radix + static_cast<uint64_t>(d);
  }
  *out = minus ? 0 - value : value;
  return i > first_digit;
}

// Reads `bytes` at `at` as a raw big/little-endian number or as text in a base; false when it is not one.
bool readNumber(ByteSpan buffer, int64_t at, uint8_t bytes, RuleNumberBase base, bool little, uint64_t* out) {
  if (at < 0 || at + bytes > static_cast<int64_t>(buffer.size())) return false;
  const uint8_t* p = buffer.data() + at;
  uint64_t value = 0;
  if (bytes == 0) {  // byte_jump:0,...: nothing to read, the jump is post_offset alone
    *out = 0;
    return true;
  }
  if (base == RuleNumberBase::Binary) {
    for (uint8_t i = 0; i < bytes; ++i) value = (value << 8) | p[little ? bytes - 1 - i : i];
    *out = value;
    return true;
  }
  return readText(p, bytes, base, out);
}

uint64_t applyBitmask(uint64_t value, uint64_t mask) {
  if (mask == 0) return value;
  value &= mask;
  return value >> __builtin_ctzll(mask);
}

bool compare(RuleByteOp op, uint64_t found, uint64_t expected) {
  switch (op) {
    case RuleByteOp::Less: return found < expected;
    case RuleByteOp::Greater: return found > expected;
    case RuleByteOp::Equal: return found == expected;
    case RuleByteOp::LessEqual: return found <= expected;
    case RuleByteOp::GreaterEqual: return found >= expected;
    case RuleByteOp::And: return (found & expected) != 0;
    case RuleByteOp::Xor: return (found ^ expected) != 0;
  }
  return false;
}

bool matchByteTest(MatchState& s, const RuleByteTest& t, size_t index, int64_t cursor) {
  const int64_t at = (t.relative ? cursor : 0) + s.value(t.offset);
  uint64_t found = 0;
  if (!readNumber(s.buffer, at, t.bytes, t.base, t.little_endian, &found)) return false;
  found = applyBitmask(found, t.bitmask);
  const bool holds = compare(t.op, found, static_cast<uint64_t>(s.value(t.value)));
  return holds != t.negated && matchFrom(s, index + 1, cursor);
}

bool matchByteJump(MatchState& s, const RuleByteJump& j, size_t index, int64_t cursor) {
  const int64_t at = (j.relative ? cursor : 0) + s.value(j.offset);
  uint64_t found = 0;
  if (!readNumber(s.buffer, at, j.bytes, j.base, j.little_endian, &found)) return false;
  found = applyBitmask(found, j.bitmask);
  if (found > (uint64_t{1} << 32)) return false;  // beyond any buffer: no overflow games below
  auto jump = static_cast<int64_t>(found) * j.multiplier;
  if (j.align) jump = (jump + 3) & ~int64_t{3};
  const int64_t base = j.from_beginning ? 0 : j.from_end ? s.size() : at + j.bytes;
  const int64_t target = base + jump + j.post_offset;
  // Suricata: the jump must land inside the buffer.
  if (target < 0 || target >= s.size()) return false;
  return matchFrom(s, index + 1, target);
}

bool matchByteExtract(MatchState& s, const RuleByteExtract& e, size_t index, int64_t cursor) {
  const int64_t at = (e.relative ? cursor : 0) + e.offset;
  uint64_t found = 0;
  if (!readNumber(s.buffer, at, e.bytes, e.base, e.little_endian, &found)) return false;
  if (found > (uint64_t{1} << 32)) return false;
  found *= e.multiplier;
  if (e.align > 0) found = (found + e.align - 1) / e.align * e.align;
  s.variables[e.variable] = found;
  // Like Suricata, the cursor moves past the extracted bytes.
  return matchFrom(s, index + 1, at + e.bytes);
}

// Suricata's byte_math: the result goes to a variable; the cursor stays. Division by 0 fails the step.
bool matchByteMath(MatchState& s, const RuleByteMath& m, size_t index, int64_t cursor) {
  const int64_t at = (m.relative ? cursor : 0) + m.offset;
  uint64_t found = 0;
  if (!readNumber(s.buffer, at, m.bytes, m.base, m.little_endian, &found)) return false;
  found = applyBitmask(found, m.bitmask);
  const auto rvalue = static_cast<uint64_t>(s.value(m.rvalue));
  uint64_t result = 0;
  switch (m.oper) {
    case RuleByteMath::Oper::Add: result = found + rvalue; break;
    case RuleByteMath::Oper::Subtract: result = found - rvalue; break;
    case RuleByteMath::Oper::Multiply: result = found * rvalue; break;
    case RuleByteMath::Oper::Divide:
      if (rvalue == 0) return false;
      result = found / rvalue;
      break;
    case RuleByteMath::Oper::ShiftLeft: result = rvalue >= 64 ? 0 : found << rvalue; break;
    case RuleByteMath::Oper::ShiftRight: result = rvalue >= 64 ? 0 : found >> rvalue; break;
  }
  s.variables[m.variable] = result & 0xffffffffu;  // Suricata keeps byte_math results as 32-bit values
  return matchFrom(s, index + 1, cursor);
}

bool matchIsDataAt(MatchState& s, const RuleIsDataAt& d, size_t index, int64_t cursor) {
  const int64_t n = s.value(d.offset);
  // Relative: n more bytes after the cursor; absolute: a byte at index n (Suricata's isdataat).
  const bool holds = d.relative ? cursor + n <= s.size() : n < s.size();
  return holds != d.negated && matchFrom(s, index + 1, cursor);
}

// Decodes into the worker's scratch, then evaluates the chain's base64_data steps there from its start.
// The buffer and steps are put back afterwards so an earlier content may retry at its next occurrence.
bool matchBase64Decode(MatchState& s, const RuleBase64Decode& b, int64_t cursor) {
  const int64_t start = (b.relative ? cursor : 0) + b.offset;
  if (start >= s.size()) return false;
  ByteSpan encoded = s.buffer.subspan(static_cast<size_t>(start));
  if (b.bytes != 0 && encoded.size() > b.bytes) encoded = encoded.first(b.bytes);
  const ByteSpan decoded = decodeRuleBase64(encoded, s.scratch.base64);
  if (decoded.empty()) return false;  // nothing decoded: base64_data has nothing to match
  const ByteSpan outer_buffer = s.buffer;
  const std::vector<RuleStep>* outer_steps = s.steps;
  s.buffer = decoded;
  s.steps = &s.chain.base64_steps;
  const bool matched = matchFrom(s, 0, 0);
  s.buffer = outer_buffer;
  s.steps = outer_steps;
  return matched;
}

bool matchFrom(MatchState& s, size_t index, int64_t cursor) {
  if (index == s.steps->size()) return true;
  if (!spend(s)) return false;
  const RuleStep& step = (*s.steps)[index];
  switch (step.index()) {
    case 0: return matchContent(s, std::get<RuleContent>(step), index, cursor);
    case 1: return matchPcre(s, std::get<RulePcre>(step), index, cursor);
    case 2: return matchByteTest(s, std::get<RuleByteTest>(step), index, cursor);
    case 3: return matchByteJump(s, std::get<RuleByteJump>(step), index, cursor);
    case 4: return matchIsDataAt(s, std::get<RuleIsDataAt>(step), index, cursor);
    case 5: return std::get<RuleBsize>(step).holds(s.buffer.size()) && matchFrom(s, index + 1, cursor);
    case 6: return matchByteExtract(s, std::get<RuleByteExtract>(step), index, cursor);
    case 7: return matchByteMath(s, std::get<RuleByteMath>(step), index, cursor);
    case 8: return matchBase64Decode(s, std::get<RuleBase64Decode>(step), cursor);
    default: return false;
  }
}

}  // namespace

bool matchChain(const RuleChain& chain, ByteSpan buffer, RuleScratch& scratch) {
  MatchState state{chain, scratch.transforms.apply(chain, buffer), &chain.steps, scratch};
  const bool matched = matchFrom(state, 0, 0);
  if (!matched && state.budget == 0) ++scratch.budget_exhausted;
  return matched;
}

}  // namespace tapwatch

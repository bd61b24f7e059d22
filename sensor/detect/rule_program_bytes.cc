#include "detect/rule_program_bytes.h"

#include <cctype>
#include <vector>

#include "detect/rule_program_values.h"

namespace tapwatch {
namespace {

Error fail(std::string_view keyword, std::string_view what) {
  return makeError(std::string(keyword) + std::string(": ").append(what));
}

bool isIdentifier(std::string_view text) {
  if (text.empty() || !(std::isalpha(static_cast<uint8_t>(text[0])) || text[0] == '_')) return false;
  for (char c : text)
    if (!std::isalnum(static_cast<uint8_t>(c)) && c != '_' && c != '.' && c != '-') return false;
  return true;
}

// A number as written, or a byte_extract variable's name.
Result<RuleValue> parseValue(std::string_view keyword, std::string_view text, int64_t min, int64_t max,
                             const RuleVariableLookup& variable) {
  if (isIdentifier(text)) {
    const int8_t index = variable ? variable(text) : -1;
    if (index < 0)
      return fail(keyword, std::string("unknown variable '").append(text) + "' (no byte_extract defines it)");
    return RuleValue{0, index};
  }
  auto n = parseRuleInteger(keyword, text, min, max);
  if (!n) return n.error();
  return RuleValue{*n, -1};
}

// Options shared by byte_test / byte_jump / byte_extract, from argument `first` on.
struct ByteOptions {
  bool relative = false, little_endian = false, align = false, from_beginning = false, from_end = false;
  RuleNumberBase base = RuleNumberBase::Binary;
  uint64_t bitmask = 0;
  int64_t multiplier = 1, post_offset = 0, align_to = 0;
};

Result<RuleNumberBase> parseBase(std::string_view keyword, std::string_view text) {
  if (text == "hex") return RuleNumberBase::Hex;
  if (text == "dec") return RuleNumberBase::Dec;
  if (text == "oct") return RuleNumberBase::Oct;
  return fail(keyword, std::string("string needs hex, dec or oct, not '").append(text) + "'");
}

// One "name" or "name value" option; `allowed` lists what this keyword accepts.
Status parseOption(std::string_view keyword, const std::vector<std::string_view>& args, size_t& i,
                   std::string_view allowed, ByteOptions& out) {
  std::string_view arg = args[i];
  std::string_view name = arg.substr(0, arg.find(' '));
  std::string_view inline_value = name.size() < arg.size() ? trimRuleText(arg.substr(name.size())) : "";
  auto isAllowed = [&](std::string_view option) {
    return allowed.find(std::string(" ").append(option) + " ") != std::string_view::npos;
  };
  if (name == "dce") return fail(keyword, "dce (DCE/RPC byte order) is not supported");
  if (!isAllowed(name)) return fail(keyword, std::string("unknown option '").append(arg) + "'");
  auto number = [&](int64_t min, int64_t max) { return parseRuleInteger(keyword, inline_value, min, max); };
  if (name == "relative") {
    out.relative = true;
  } else if (name == "big") {
    out.little_endian = false;
  } else if (name == "little") {
    out.little_endian = true;
  } else if (name == "endian") {
    if (inline_value != "big" && inline_value != "little") return fail(keyword, "endian needs big or little");
    out.little_endian = inline_value == "little";
  } else if (name == "string") {
    // "string,dec" (two arguments) or "string dec"; a bare "string" reads decimal.
    std::string_view base_text = inline_value;
    if (base_text.empty() && i + 1 < args.size() &&
        (args[i + 1] == "hex" || args[i + 1] == "dec" || args[i + 1] == "oct"))
      base_text = args[++i];
    auto base = base_text.empty() ? Result<RuleNumberBase>(RuleNumberBase::Dec) : parseBase(keyword, base_text);
    if (!base) return base.error();
    out.base = *base;
  } else if (name == "align") {
    out.align = true;
    if (!inline_value.empty()) {
      auto n = number(2, 4);
      if (!n || (*n != 2 && *n != 4)) return fail(keyword, "align takes 2 or 4");
      out.align_to = *n;
    }
  } else if (name == "from_beginning") {
    out.from_beginning = true;
  } else if (name == "from_end") {
    out.from_end = true;
  } else if (name == "multiplier") {
    auto n = number(1, 65535);
    if (!n) return n.error();
    out.multiplier = *n;
  } else if (name == "post_offset") {
    auto n = number(-65535, 65535);
    if (!n) return n.error();
    out.post_offset = *n;
  } else if (name == "bitmask") {
    auto n = number(1, UINT32_MAX);
    if (!n) return n.error();
    out.bitmask = static_cast<uint64_t>(*n);
  }
  return Ok{};
}

Status parseOptions(std::string_view keyword, const std::vector<std::string_view>& args, size_t first,
                    std::string_view allowed, ByteOptions& out) {
  for (size_t i = first; i < args.size(); ++i)
    if (auto status = parseOption(keyword, args, i, allowed, out); !status) return status;
  return Ok{};
}

// byte_jump alone may read 0 bytes (a jump by post_offset only, e.g. from_end).
Result<uint8_t> parseByteCount(std::string_view keyword, std::string_view text, RuleNumberBase base) {
  auto n = parseRuleInteger(keyword, text, keyword == "byte_jump" ? 0 : 1, 23);
  if (!n) return n.error();
  if (base == RuleNumberBase::Binary && *n > 8) return fail(keyword, "more than 8 bytes needs the string option");
  return static_cast<uint8_t>(*n);
}

Result<RuleByteOp> parseOperator(std::string_view text, bool* negated) {
  *negated = text.starts_with("!");
  if (*negated) text.remove_prefix(1);
  if (text == "<") return RuleByteOp::Less;
  if (text == ">") return RuleByteOp::Greater;
  if (text == "=") return RuleByteOp::Equal;
  if (text == "<=") return RuleByteOp::LessEqual;
  if (text == ">=") return RuleByteOp::GreaterEqual;
  if (text == "&") return RuleByteOp::And;
  if (text == "^") return RuleByteOp::Xor;
  if (text.empty() && *negated) {  // "!=" arrives as "!" + "=" only when written "!="; plain "!" is "not equal"
    return RuleByteOp::Equal;
  }
  return fail("byte_test", std::string("unknown operator '").append(text) + "' (< > = <= >= & ^, optionally after !)");
}

}  // namespace

Result<RuleByteTest> parseRuleByteTest(std::string_view value, const RuleVariableLookup& variable) {
  const auto args = splitRuleArguments(value);
  if (args.size() < 4) return fail("byte_test", "needs <bytes>, <operator>, <value>, <offset>");
  RuleByteTest t;
  ByteOptions options;
  if (auto s = parseOptions("byte_test", args, 4, " relative big little endian string dce bitmask ", options); !s)
    return s.error();
  auto op = parseOperator(args[1], &t.negated);
  if (!op) return op.error();
  auto bytes = parseByteCount("byte_test", args[0], options.base);
  auto expected = parseValue("byte_test", args[2], 0, INT64_MAX, variable);
  auto offset = parseValue("byte_test", args[3], -65535, 65535, variable);
  if (!bytes) return bytes.error();
  if (!expected) return expected.error();
  if (!offset) return offset.error();
  t.op = *op;
  t.bytes = *bytes;
  t.value = *expected;
  t.offset = *offset;
  t.relative = options.relative;
  t.little_endian = options.little_endian;
  t.base = options.base;
  t.bitmask = options.bitmask;
  return t;
}

Result<RuleByteJump> parseRuleByteJump(std::string_view value, const RuleVariableLookup& variable) {
  const auto args = splitRuleArguments(value);
  if (args.size() < 2) return fail("byte_jump", "needs <bytes>, <offset>");
  ByteOptions options;
  if (auto s = parseOptions("byte_jump", args, 2,
                            " relative multiplier big little endian string align from_beginning from_end "
                            "post_offset dce bitmask ",
                            options);
      !s)
    return s.error();
  if (options.from_beginning && options.from_end)
    return fail("byte_jump", "from_beginning and from_end exclude each other");
  if (isIdentifier(args[0])) return fail("byte_jump", "a variable as the byte count is not supported");
  auto bytes = parseByteCount("byte_jump", args[0], options.base);
  auto offset = parseValue("byte_jump", args[1], -65535, 65535, variable);
  if (!bytes) return bytes.error();
  if (!offset) return offset.error();
  RuleByteJump j;
  j.bytes = *bytes;
  j.offset = *offset;
  j.relative = options.relative;
  j.little_endian = options.little_endian;
  j.base = options.base;
  j.multiplier = static_cast<uint32_t>(options.multiplier);
  j.align = options.align;
  j.from_beginning = options.from_beginning;
  j.from_end = options.from_end;
  j.post_offset = static_cast<int32_t>(options.post_offset);
  j.bitmask = options.bitmask;
  return j;
}

Result<RuleByteExtract> parseRuleByteExtract(std::string_view value) {
  const auto args = splitRuleArguments(value);
  if (args.size() < 3) return fail("byte_extract", "needs <bytes>, <offset>, <variable name>");
  ByteOptions options;
  if (auto s =
          parseOptions("byte_extract", args, 3, " relative multiplier big little endian string align dce ", options);
      !s)
    return s.error();
  auto bytes = parseByteCount("byte_extract", args[0], options.base);
  auto offset = parseRuleInteger("byte_extract", args[1], -65535, 65535);
  if (!bytes) return bytes.error();
  if (!offset) return offset.error();
  if (!isIdentifier(args[2]))
    return fail("byte_extract", std::string("'").append(args[2]) + "' is not a variable name");
  if (options.align && options.align_to == 0) return fail("byte_extract", "align takes 2 or 4");
  RuleByteExtract e;
  e.bytes = *bytes;
  e.offset = static_cast<int32_t>(*offset);
  e.name = std::string(args[2]);
  e.relative = options.relative;
  e.little_endian = options.little_endian;
  e.base = options.base;
  e.multiplier = static_cast<uint32_t>(options.multiplier);
  e.align = static_cast<uint8_t>(options.align_to);
  return e;
}

namespace {

Result<RuleByteMath::Oper> parseOper(std::string_view text) {
  using Oper = RuleByteMath::Oper;
  if (text == "+") return Oper::Add;
  if (text == "-") return Oper::Subtract;
  if (text == "*") return Oper::Multiply;
  if (text == "/") return Oper::Divide;
  if (text == "<<") return Oper::ShiftLeft;
  if (text == ">>") return Oper::ShiftRight;
  return fail("byte_math", std::string("oper must be one of + - * / << >>, not '").append(text) + "'");
}

}  // namespace

Result<RuleByteMath> parseRuleByteMath(std::string_view value, const RuleVariableLookup& variable) {
  const auto args = splitRuleArguments(value);
  RuleByteMath m;
  ByteOptions options;
  std::vector<std::string_view> common;  // relative, endian, string, bitmask: parsed like byte_test's
  std::string_view bytes_text, offset_text, oper_text, rvalue_text;
  for (std::string_view arg : args) {
    const std::string_view name = arg.substr(0, arg.find(' '));
    const std::string_view rest = name.size() < arg.size() ? trimRuleText(arg.substr(name.size())) : "";
    if (name == "bytes") {
      bytes_text = rest;
    } else if (name == "offset") {
      offset_text = rest;
    } else if (name == "oper") {
      oper_text = rest;
    } else if (name == "rvalue") {
      rvalue_text = rest;
    } else if (name == "result") {
      m.name = std::string(rest);
    } else {
      common.push_back(arg);
    }
  }
  if (bytes_text.empty() || offset_text.empty() || oper_text.empty() || rvalue_text.empty() || m.name.empty())
    return fail("byte_math", "needs bytes, offset, oper, rvalue and result");
  if (auto s = parseOptions("byte_math", common, 0, " relative endian big little string bitmask dce ", options); !s)
    return s.error();
  auto bytes = parseRuleInteger("byte_math", bytes_text, 1, options.base == RuleNumberBase::Binary ? 4 : 10);
  auto offset = parseRuleInteger("byte_math", offset_text, -65535, 65535);
  auto oper = parseOper(oper_text);
  auto rvalue = parseValue("byte_math", rvalue_text, 0, UINT32_MAX, variable);
  if (!bytes) return bytes.error();
  if (!offset) return offset.error();
  if (!oper) return oper.error();
  if (!rvalue) return rvalue.error();
  if (!isIdentifier(m.name)) return fail("byte_math", "'" + m.name + "' is not a variable name");
  m.bytes = static_cast<uint8_t>(*bytes);
  m.offset = static_cast<int32_t>(*offset);
  m.oper = *oper;
  m.rvalue = *rvalue;
  m.relative = options.relative;
  m.little_endian = options.little_endian;
  m.base = options.base;
  m.bitmask = options.bitmask;
  return m;
}

Result<RuleIsDataAt> parseRuleIsDataAt(std::string_view value, const RuleVariableLookup& variable) {
  auto args = splitRuleArguments(value);
  RuleIsDataAt d;
  std::string_view first = args[0];
  d.negated = first.starts_with("!");
  if (d.negated) first = trimRuleText(first.substr(1));
  auto offset = parseValue("isdataat", first, 0, 65535, variable);
  if (!offset) return offset.error();
  d.offset = *offset;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "relative") {
      d.relative = true;
    } else if (args[i] != "rawbytes") {
      return fail("isdataat", std::string("unknown option '").append(args[i]) + "'");
    }
  }
  return d;
}

}  // namespace tapwatch

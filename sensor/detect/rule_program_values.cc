#include "detect/rule_program_values.h"

#include <charconv>

#include "common/bytes.h"

namespace tapwatch {
namespace {

Error fail(std::string_view keyword, std::string_view what) {
  return makeError(std::string(keyword) + std::string(": ").append(what));
}

// Consumes a "|..|" hex block at `body[i]` == '|'; returns the index after the closing '|'.
Result<size_t> decodeHex(std::string_view keyword, std::string_view body, size_t i, std::string& out) {
  int high = -1;
  for (++i; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '|') {
      if (high >= 0) return fail(keyword, "odd number of hex digits in |hex|");
      return i + 1;
    }
    if (c == ' ') continue;
    const int digit = hexDigitValue(static_cast<uint8_t>(c));
    if (digit < 0) return fail(keyword, std::string("'") + c + "' is not a hex digit in |hex|");
    if (high < 0) {
      high = digit;
    } else {
      out.push_back(static_cast<char>(high * 16 + digit));
      high = -1;
    }
  }
  return fail(keyword, "unterminated |hex|");
}

Result<uint64_t> parseUnsigned(std::string_view keyword, std::string_view text) {
  text = trimRuleText(text);
  uint64_t unit = 1;
  auto endsWith = [&](std::string_view suffix) {
    if (text.size() <= suffix.size()) return false;
    std::string_view tail = text.substr(text.size() - suffix.size());
    for (size_t i = 0; i < suffix.size(); ++i)
      if ((tail[i] | 0x20) != suffix[i]) return false;
    return true;
  };
  for (auto [suffix, scale] : {std::pair<std::string_view, uint64_t>{"kib", 1024},
                               {"mib", 1u << 20},
                               {"gib", 1u << 30},
                               {"kb", 1024},
                               {"mb", 1u << 20},
                               {"gb", 1u << 30}}) {
    if (endsWith(suffix)) {
      text = trimRuleText(text.substr(0, text.size() - suffix.size()));
      unit = scale;
      break;
    }
  }
  int base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    text.remove_prefix(2);
    base = 16;
  }
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    return fail(keyword, std::string("'").append(text) + "' is not an unsigned integer");
  if (value > UINT64_MAX / unit) return fail(keyword, "value too large");
  return value * unit;
}

}  // namespace

std::string_view trimRuleText(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

Result<std::string> decodeRuleContent(std::string_view keyword, std::string_view value, bool* negated) {
  value = trimRuleText(value);
  *negated = !value.empty() && value.front() == '!';
  if (*negated) value = trimRuleText(value.substr(1));
  if (value.size() < 2 || value.front() != '"' || value.back() != '"')
    return fail(keyword, "the value must be quoted: content:\"...\"");
  const std::string_view body = value.substr(1, value.size() - 2);
  std::string out;
  for (size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (c == '|') {
      auto next = decodeHex(keyword, body, i, out);
      if (!next) return next.error();
      i = *next;
    } else if (c == '\\') {
      if (i + 1 >= body.size()) return fail(keyword, "a trailing '\\' escapes nothing");
      const char e = body[i + 1];
      if (e != '"' && e != ';' && e != '\\' && e != ':' && e != '|')
        return fail(keyword, std::string("unknown escape '\\") + e + "' (only \\\" \\; \\\\ \\: \\| are allowed)");
      out.push_back(e);
      i += 2;
    } else if (c == '"') {
      return fail(keyword, "an unescaped '\"' inside the value (write \\\")");
    } else {
      out.push_back(c);
      ++i;
    }
  }
  if (out.empty()) return fail(keyword, "empty content");
  return out;
}

Result<int64_t> parseRuleInteger(std::string_view keyword, std::string_view text, int64_t min, int64_t max) {
  text = trimRuleText(text);
  bool minus = !text.empty() && text.front() == '-';
  std::string_view digits = minus ? text.substr(1) : text;
  int base = 10;
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
    digits.remove_prefix(2);
    base = 16;
  }
  int64_t value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
    return fail(keyword, std::string("'").append(text) + "' is not an integer");
  if (minus) value = -value;
  if (value < min || value > max)
    return fail(keyword,
                std::to_string(value) + " is out of range [" + std::to_string(min) + ", " + std::to_string(max) + "]");
  return value;
}

std::vector<std::string_view> splitRuleArguments(std::string_view value) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  while (begin <= value.size()) {
    size_t comma = value.find(',', begin);
    if (comma == std::string_view::npos) comma = value.size();
    out.push_back(trimRuleText(value.substr(begin, comma - begin)));
    begin = comma + 1;
  }
  return out;
}

Result<RuleBsize> parseRuleUintCompare(std::string_view keyword, std::string_view value) {
  using Mode = RuleBsize::Mode;
  value = trimRuleText(value);
  auto number = [&](std::string_view text) { return parseUnsigned(keyword, text); };
  if (value.starts_with("&")) {  // &mask=v, &mask!=v
    const size_t ne = value.find("!=");
    const size_t eq = value.find('=');
    if (eq == std::string_view::npos) return fail(keyword, "a bitmask needs '=' or '!=': &0xc0=0x80");
    const size_t split = ne != std::string_view::npos ? ne : eq;
    auto mask = number(value.substr(1, split - 1));
    auto expected = number(value.substr(split + (ne != std::string_view::npos ? 2 : 1)));
    if (!mask) return mask.error();
    if (!expected) return expected.error();
    return RuleBsize{ne != std::string_view::npos ? Mode::MaskNotEqual : Mode::MaskEqual, *mask, *expected};
  }
  struct Prefix {
    std::string_view text;
    Mode mode;
  };
  for (const Prefix& p : {Prefix{"!=", Mode::NotEqual}, Prefix{"<=", Mode::LessEqual}, Prefix{">=", Mode::GreaterEqual},
                          Prefix{"<", Mode::Less}, Prefix{">", Mode::Greater}, Prefix{"=", Mode::Equal}}) {
    if (!value.starts_with(p.text)) continue;
    auto n = number(value.substr(p.text.size()));
    if (!n) return n.error();
    return RuleBsize{p.mode, *n, 0};
  }
  const bool negated = value.starts_with("!");
  if (negated) value = trimRuleText(value.substr(1));
  size_t sep = value.find("<>");
  size_t sep_len = 2;
  if (sep == std::string_view::npos) {
    sep = value.find('-', 1);
    sep_len = 1;
  }
  if (sep != std::string_view::npos) {
    auto low = number(value.substr(0, sep));
    auto high = number(value.substr(sep + sep_len));
    if (!low) return low.error();
    if (!high) return high.error();
    if (*low >= *high) return fail(keyword, "a range needs its low end below its high end");
    return RuleBsize{negated ? Mode::NotRange : Mode::Range, *low, *high};
  }
  auto n = number(value);
  if (!n) return n.error();
  return RuleBsize{negated ? Mode::NotEqual : Mode::Equal, *n, 0};
}

Result<std::string> parseRuleHexKey(std::string_view keyword, std::string_view value) {
  value = trimRuleText(value);
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
  if (value.empty() || value.size() % 2 != 0) return fail(keyword, "needs an even number of hex digits");
  std::string key;
  for (size_t i = 0; i < value.size(); i += 2) {
    const int high = hexDigitValue(static_cast<uint8_t>(value[i]));
    const int low = hexDigitValue(static_cast<uint8_t>(value[i + 1]));
    if (high < 0 || low < 0) return fail(keyword, std::string("'").append(value) + "' is not hex");
    key.push_back(static_cast<char>(high * 16 + low));
  }
  return key;
}

}  // namespace tapwatch

#include "detect/rule_text.h"

#include <algorithm>
#include <array>

namespace tapwatch {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimView(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Words a commented line must start with to count as a disabled rule.
bool startsWithAction(std::string_view s) {
  static constexpr std::array<std::string_view, 8> kActions{"alert",     "pass",      "drop",       "reject",
                                                            "rejectsrc", "rejectdst", "rejectboth", "config"};
  for (std::string_view a : kActions)
    if (s.substr(0, a.size()) == a && s.size() > a.size() && isSpace(s[a.size()])) return a != "config";
  return false;
}

uint32_t leadingColumn(std::string_view line) {
  uint32_t col = 1;
  for (char c : line) {
    if (!isSpace(c)) break;
    ++col;
  }
  return col;
}

// Reads one header word; a bracketed list may contain spaces (`[1.2.3.4, 5.6.7.8]`).
std::string_view headerWord(std::string_view text, size_t& pos) {
  while (pos < text.size() && isSpace(text[pos])) ++pos;
  const size_t start = pos;
  int depth = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '[') ++depth;
    if (c == ']') --depth;
    if (depth <= 0 && (isSpace(c) || c == '(')) break;
    ++pos;
  }
  return text.substr(start, pos - start);
}

void addOption(RuleText& out, std::string_view item, uint32_t column) {
  RuleOption opt;
  const size_t colon = item.find(':');
  opt.keyword = std::string(trimView(item.substr(0, colon)));
  if (colon != std::string_view::npos) {
    opt.value = std::string(trimView(item.substr(colon + 1)));
    opt.has_value = true;
  }
  opt.column = column;
  out.options.push_back(std::move(opt));
}

// Splits the text between '(' and ')' as Suricata does: an option ends at the
// first ';' not preceded by a backslash (`\;`). Quotes do not protect a ';' --
// ET writes `pcre:"/^["']?post/Ri"` with a bare quote inside the regex, which
// Suricata loads -- but a value that opens a quote must close it.
Status splitOptions(std::string_view body, uint32_t body_column, RuleText& out, const SourceLocation& where) {
  size_t start = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != ';' || (i > 0 && body[i - 1] == '\\')) continue;
    const std::string_view item = body.substr(start, i - start);
    const size_t skip = item.find_first_not_of(" \t\r\n");
    if (skip != std::string_view::npos) {
      const uint32_t column = body_column + static_cast<uint32_t>(start + skip);
      addOption(out, item.substr(skip), column);
      const std::string& value = out.options.back().value;
      if (!value.empty() && value.front() == '"' && (value.size() < 2 || value.back() != '"')) {
        SourceLocation at = where;
        at.column = column;
        return makeError("unterminated quoted string in the options", at);
      }
    }
    start = i + 1;
  }
  SourceLocation at = where;
  at.column = body_column + static_cast<uint32_t>(start);
  if (!trimView(body.substr(start)).empty()) {
    if (body.substr(start).find('"') != std::string_view::npos)
      return makeError("unterminated quoted string in the options", at);
    return makeError("the last option must end with ';'", at);
  }
  return Ok{};
}

}  // namespace

std::vector<RuleSource> splitRuleFile(std::string_view content) {
  std::vector<RuleSource> rules;
  std::string pending;
  RuleSource current;
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    const size_t end = std::min(content.find('\n', pos), content.size());
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const bool continued = !trimView(line).empty() && trimView(line).back() == '\\';
    if (current.text.empty()) {
      std::string_view body = trimView(line);
      if (body.empty()) continue;
      current.line = line_no;
      current.column = leadingColumn(line);
      current.disabled = false;
      if (body.front() == '#') {
        body = trimView(body.substr(1));
        // `##` and prose are comments; `# alert ... (` is a disabled rule.
        if (!startsWithAction(body) || body.find('(') == std::string_view::npos) continue;
        current.disabled = true;
      }
      current.text.assign(continued ? trimView(body).substr(0, trimView(body).size() - 1) : body);
    } else {
      std::string_view body = trimView(line);
      if (current.disabled && !body.empty() && body.front() == '#') body = trimView(body.substr(1));
      current.text.append(continued ? body.substr(0, body.size() - 1) : body);
    }
    if (continued && pos <= content.size()) continue;
    rules.push_back(std::move(current));
    current = RuleSource{};
  }
  if (!current.text.empty()) rules.push_back(std::move(current));
  return rules;
}

Result<RuleText> parseRuleText(std::string_view rule, const SourceLocation& where) {
  RuleText out;
  size_t pos = 0;
  std::array<std::string*, 7> words{&out.action,    &out.protocol, &out.src_addr, &out.src_port,
                                    &out.direction, &out.dst_addr, &out.dst_port};
  for (std::string* word : words) {
    const size_t before = pos;
    *word = std::string(headerWord(rule, pos));
    if (word->empty()) {
      SourceLocation at = where;
      at.column = where.column + static_cast<uint32_t>(before);
      return makeError("incomplete rule header (expected action protocol src_addr src_port -> dst_addr dst_port)", at);
    }
  }
  if (out.direction != "->" && out.direction != "<>") {
    SourceLocation at = where;
    at.column = where.column + static_cast<uint32_t>(rule.find(out.direction, 0));
    return makeError("direction must be '->' or '<>', not '" + out.direction + "'", at);
  }
  while (pos < rule.size() && isSpace(rule[pos])) ++pos;
  SourceLocation at = where;
  at.column = where.column + static_cast<uint32_t>(pos);
  if (pos >= rule.size() || rule[pos] != '(') return makeError("expected '(' before the rule options", at);
  const std::string_view rest = trimView(rule.substr(pos + 1));
  if (rest.empty() || rest.back() != ')') return makeError("the rule options must end with ')'", at);
  const size_t body_offset = rule.find(rest.substr(0, 1), pos + 1);
  auto split =
      splitOptions(rest.substr(0, rest.size() - 1), where.column + static_cast<uint32_t>(body_offset), out, where);
  if (!split) return split.error();
  return out;
}

std::string unquoteRuleValue(std::string_view value) {
  value = trimView(value);
  if (value.size() < 2 || value.front() != '"' || value.back() != '"') return std::string(value);
  std::string out;
  for (size_t i = 1; i + 1 < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\' && i + 2 < value.size()) {
      const char next = value[i + 1];
      if (next == '"' || next == ';' || next == '\\' || next == ':') {
        out += next;
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::vector<std::string> splitRuleList(std::string_view value, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    const size_t end = std::min(value.find(separator, start), value.size());
    const std::string_view item = trimView(value.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

}  // namespace tapwatch

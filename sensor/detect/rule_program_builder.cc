// STAND-IN (R2): content, nocase, fast_pattern and sticky buffers only.
#include "detect/rule_program_builder.h"

#include <array>

#include "detect/rule_chain_matcher.h"

namespace tapwatch {
namespace {

bool isStickyBuffer(std::string_view k) {
  static constexpr std::array<std::string_view, 12> kBuffers{
      "pkt_data", "http.uri",  "http.header", "http.method", "http.host",  "http.user_agent",
      "file.data", "dns.query", "tls.sni",    "http.cookie", "http.stat_code", "ja3.hash"};
  for (auto b : kBuffers)
    if (b == k) return true;
  return false;
}

std::string decode(std::string_view v, bool& negated) {
  negated = false;
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  if (!v.empty() && v.front() == '!') {
    negated = true;
    v.remove_prefix(1);
  }
  if (v.size() >= 2 && v.front() == '"') v = v.substr(1, v.size() - 2);
  std::string out;
  bool hex = false;
  int nib = -1;
  for (size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (c == '|') {
      hex = !hex;
      continue;
    }
    if (!hex) {
      if (c == '\\' && i + 1 < v.size()) c = v[++i];
      out += c;
      continue;
    }
    if (c == ' ') continue;
    const int d = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10;
    if (nib < 0) {
      nib = d;
    } else {
      out += static_cast<char>(nib * 16 + d);
      nib = -1;
    }
  }
  return out;
}

}  // namespace

RuleChain& RuleProgramBuilder::chainFor(const std::string& buffer) {
  for (size_t i = 0; i < program_.chains.size(); ++i)
    if (program_.chains[i].buffer == buffer) {
      current_ = i;
      return program_.chains[i];
    }
  program_.chains.push_back(RuleChain{buffer, {}, {}, {}, 0});
  current_ = program_.chains.size() - 1;
  return program_.chains.back();
}

Result<RuleProgramBuilder::Took> RuleProgramBuilder::add(std::string_view keyword, std::string_view value) {
  if (isStickyBuffer(keyword)) {
    pending_buffer_ = std::string(keyword);
    has_chain_ = false;
    return Took::Yes;
  }
  if (keyword == "content") {
    RuleContent c;
    c.bytes = decode(value, c.negated);
    chainFor(pending_buffer_).steps.emplace_back(std::move(c));
    has_chain_ = true;
    return Took::Yes;
  }
  if (keyword == "nocase" || keyword == "fast_pattern") {
    if (!has_chain_) return makeError(std::string(keyword) + ": needs a previous content");
    auto& step = program_.chains[current_].steps.back();
    if (auto* c = std::get_if<RuleContent>(&step)) (keyword == "nocase" ? c->nocase : c->fast_pattern) = true;
    return Took::Yes;
  }
  return Took::NotMine;
}

Result<RuleProgram> RuleProgramBuilder::finish() {
  size_t best_len = 0;
  for (size_t ci = 0; ci < program_.chains.size(); ++ci)
    for (size_t si = 0; si < program_.chains[ci].steps.size(); ++si)
      if (const auto* c = std::get_if<RuleContent>(&program_.chains[ci].steps[si]); c && !c->negated) {
        if (c->fast_pattern || c->bytes.size() > best_len) {
          best_len = c->fast_pattern ? SIZE_MAX : c->bytes.size();
          program_.fast_pattern = RuleFastPattern{ci, c->bytes, c->nocase, false, si};
        }
      }
  return std::move(program_);
}

}  // namespace tapwatch

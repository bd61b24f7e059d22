#include "detect/rule_program_builder.h"

#include <algorithm>
#include <optional>

#include "detect/rule_fast_pattern.h"
#include "detect/rule_pcre.h"
#include "detect/rule_program_buffers.h"
#include "detect/rule_program_bytes.h"
#include "detect/rule_program_values.h"

namespace tapwatch {
namespace {

Error fail(std::string_view keyword, std::string_view what) {
  return makeError(std::string(keyword) + std::string(": ").append(what));
}

bool isContentModifier(std::string_view k) {
  return k == "nocase" || k == "offset" || k == "depth" || k == "distance" || k == "within" || k == "startswith" ||
         k == "endswith" || k == "fast_pattern" || k == "rawbytes";
}

// Payload keywords Suricata has and this engine does not evaluate: refusing keeps a rule from widening.
bool isUnsupportedPayloadKeyword(std::string_view k) {
  return k == "entropy" || k == "asn1" || k == "replace" || k == "http_raw_cookie" || k == "luajit" || k == "lua";
}

bool usesVariables(const RuleStep& step) {
  if (std::holds_alternative<RuleByteExtract>(step) || std::holds_alternative<RuleByteMath>(step)) return true;
  if (const auto* c = std::get_if<RuleContent>(&step))
    return c->offset_var >= 0 || c->depth_var >= 0 || c->distance_var >= 0 || c->within_var >= 0;
  if (const auto* t = std::get_if<RuleByteTest>(&step)) return t->value.isVariable() || t->offset.isVariable();
  if (const auto* j = std::get_if<RuleByteJump>(&step)) return j->offset.isVariable();
  if (const auto* d = std::get_if<RuleIsDataAt>(&step)) return d->offset.isVariable();
  return false;
}

// The largest buffer size a bsize step allows (UINT64_MAX: no upper bound).
uint64_t bsizeMaximum(const RuleBsize& b) {
  using Mode = RuleBsize::Mode;
  switch (b.mode) {
    case Mode::Equal: return b.a;
    case Mode::Less: return b.a == 0 ? 0 : b.a - 1;
    case Mode::LessEqual: return b.a;
    case Mode::Range: return b.b - 1;
    default: return UINT64_MAX;
  }
}

}  // namespace

Result<RuleProgramBuilder::Took> RuleProgramBuilder::add(std::string_view keyword, std::string_view value) {
  keyword = trimRuleText(keyword);
  value = trimRuleText(value);
  Status status = Ok{};
  if (keyword == "base64_decode") {
    status = addBase64Decode(value);
  } else if (keyword == "base64_data") {
    if (!base64_chain_) return fail(keyword, "needs a base64_decode before it");
    if (in_base64_data_) return fail(keyword, "already given");
    in_base64_data_ = true;
  } else if (in_base64_data_) {
    status = addBase64Step(keyword, value);
  } else if (keyword == "content") {
    status = addContent(keyword, value);
  } else if (keyword == "uricontent") {
    status = addContent(keyword, value);
    if (status) status = moveLastContent(keyword, "http.uri");
  } else if (isContentModifier(keyword)) {
    status = addContentModifier(keyword, value);
  } else if (std::string_view legacy = ruleLegacyContentBuffer(keyword); !legacy.empty()) {
    status = moveLastContent(keyword, legacy);
  } else if (std::string_view sticky = ruleStickyBuffer(keyword); !sticky.empty()) {
    selectBuffer(sticky);
  } else if (ruleTransformKeyword(keyword)) {
    status = addTransform(keyword, value);
  } else if (ruleUnsupportedTransform(keyword)) {
    return fail(keyword, "this transform is not supported");
  } else if (keyword == "pcre") {
    status = addPcre(value);
  } else if (keyword == "byte_test" || keyword == "byte_jump" || keyword == "byte_extract" || keyword == "byte_math" ||
             keyword == "isdataat" || keyword == "bsize" || keyword == "urilen") {
    status = addStep(keyword, value);
  } else if (isUnsupportedPayloadKeyword(keyword)) {
    return fail(keyword, "this payload keyword is not supported");
  } else if (keyword == "prefilter") {
    // A prefilter-engine hint: Hyperscan prefilters every rule by its fast pattern anyway.
  } else {
    return Took::NotMine;
  }
  if (!status) return status.error();
  return Took::Yes;
}

void RuleProgramBuilder::selectBuffer(std::string_view buffer) {
  buffer_ = std::string(buffer);
  transforms_.clear();
  xor_key_.clear();
  chain_ = SIZE_MAX;
  new_instance_ = ruleMultiBuffer(buffer_);
}

size_t RuleProgramBuilder::chainFor(std::string_view buffer, const std::vector<RuleTransform>& transforms,
                                    const std::string& xor_key) {
  for (size_t i = 0; i < program_.chains.size(); ++i) {
    const RuleChain& c = program_.chains[i];
    if (c.buffer == buffer && c.transforms == transforms && c.xor_key == xor_key) return i;
  }
  RuleChain chain;
  chain.buffer = std::string(buffer);
  chain.transforms = transforms;
  chain.xor_key = xor_key;
  program_.chains.push_back(std::move(chain));
  return program_.chains.size() - 1;
}

size_t RuleProgramBuilder::currentChain() {
  if (chain_ == SIZE_MAX && new_instance_) {
    program_.chains.push_back(RuleChain{buffer_, transforms_, {}, xor_key_, 0});
    chain_ = program_.chains.size() - 1;
    new_instance_ = false;
  }
  if (chain_ == SIZE_MAX) chain_ = chainFor(buffer_, transforms_, xor_key_);
  return chain_;
}

std::vector<RuleStep>& RuleProgramBuilder::stepsOf(const ContentRef& ref) {
  RuleChain& chain = program_.chains[ref.chain];
  return ref.base64 ? chain.base64_steps : chain.steps;
}

RuleContent* RuleProgramBuilder::lastContent() {
  if (!last_content_) return nullptr;
  return &std::get<RuleContent>(stepsOf(*last_content_)[last_content_->step]);
}

int8_t RuleProgramBuilder::variableIndex(std::string_view name, size_t chain) const {
  for (const Variable& v : variables_)
    if (v.name == name && v.chain == chain) return static_cast<int8_t>(v.index);
  return -1;
}

Status RuleProgramBuilder::addContent(std::string_view keyword, std::string_view value) {
  RuleContent content;
  auto bytes = decodeRuleContent(keyword, value, &content.negated);
  if (!bytes) return bytes.error();
  content.bytes = std::move(*bytes);
  const size_t chain = currentChain();
  program_.chains[chain].steps.push_back(std::move(content));
  last_content_ = ContentRef{chain, program_.chains[chain].steps.size() - 1};
  return Ok{};
}

Status RuleProgramBuilder::addContentModifier(std::string_view keyword, std::string_view value) {
  RuleContent* content = lastContent();
  if (content == nullptr) return fail(keyword, "needs a previous content");
  if (keyword == "rawbytes") return Ok{};  // every buffer here is already the raw one its name says
  if (keyword == "nocase") {
    if (content->nocase) return fail(keyword, "already set for this content");
    content->nocase = true;
    return Ok{};
  }
  if (keyword == "startswith") {
    if (content->startswith) return fail(keyword, "already set for this content");
    if (content->offset || content->depth || content->relative() || content->offset_var >= 0 || content->depth_var >= 0)
      return fail(keyword, "can't be combined with offset, depth, distance or within");
    content->startswith = true;
    return Ok{};
  }
  if (keyword == "endswith") {
    if (content->endswith) return fail(keyword, "already set for this content");
    content->endswith = true;
    return Ok{};
  }
  if (keyword == "fast_pattern") return addFastPattern(value, *content);
  return addPosition(keyword, value, *content);
}

Status RuleProgramBuilder::addPosition(std::string_view keyword, std::string_view value, RuleContent& content) {
  const bool relative = keyword == "distance" || keyword == "within";
  std::optional<int32_t>& literal = keyword == "offset"     ? content.offset
                                    : keyword == "depth"    ? content.depth
                                    : keyword == "distance" ? content.distance
                                                            : content.within;
  int8_t& variable = keyword == "offset"     ? content.offset_var
                     : keyword == "depth"    ? content.depth_var
                     : keyword == "distance" ? content.distance_var
                                             : content.within_var;
  if (literal || variable >= 0) return fail(keyword, "already set for this content");
  if (content.startswith) return fail(keyword, "can't be combined with startswith");
  const bool has_absolute = content.offset || content.depth || content.offset_var >= 0 || content.depth_var >= 0;
  if (relative ? has_absolute : content.relative())
    return fail(keyword, "can't mix relative (distance, within) and absolute (offset, depth) on one content");
  if (value.empty()) return fail(keyword, "needs a value");
  if (std::isalpha(static_cast<uint8_t>(value[0])) || value[0] == '_') {
    variable = last_content_->base64 ? int8_t{-1} : variableIndex(value, last_content_->chain);
    if (variable < 0)
      return fail(keyword, std::string("unknown variable '").append(value) + "' (no byte_extract in this buffer)");
    return Ok{};
  }
  // Suricata bounds distance and within to 1 MiB either way; offset and depth get the same bound here.
  constexpr int64_t kMaxPosition = 1 << 20;
  const int64_t min = keyword == "distance" ? -kMaxPosition : keyword == "offset" ? 0 : 1;
  auto n = parseRuleInteger(keyword, value, min, kMaxPosition);
  if (!n) return n.error();
  const auto length = static_cast<int64_t>(content.bytes.size());
  if ((keyword == "depth" || keyword == "within") && *n < length)
    return fail(keyword, std::to_string(*n) + " is smaller than the content's length " + std::to_string(length));
  literal = static_cast<int32_t>(*n);
  return Ok{};
}

Status RuleProgramBuilder::addFastPattern(std::string_view value, RuleContent& content) {
  if (last_content_ && last_content_->base64)
    return fail("fast_pattern", "a base64_data content is not in any buffer the prefilter sees");
  if (fast_pattern_seen_) return fail("fast_pattern", "can only be set once per rule");
  fast_pattern_seen_ = true;
  content.fast_pattern = true;
  if (value.empty()) return Ok{};
  if (value == "only") {
    if (content.negated) return fail("fast_pattern", "only can't be used on a negated content");
    content.fast_pattern_only = true;
    return Ok{};
  }
  const auto args = splitRuleArguments(value);
  if (args.size() != 2) return fail("fast_pattern", "takes nothing, 'only', or '<offset>,<length>'");
  auto offset = parseRuleInteger("fast_pattern", args[0], 0, 65535);
  auto length = parseRuleInteger("fast_pattern", args[1], 1, 65535);
  if (!offset) return offset.error();
  if (!length) return length.error();
  if (static_cast<size_t>(*offset + *length) > content.bytes.size())
    return fail("fast_pattern", "offset + length is beyond the content");
  content.fast_pattern_chop_offset = static_cast<uint16_t>(*offset);
  content.fast_pattern_chop_length = static_cast<uint16_t>(*length);
  return Ok{};
}

Status RuleProgramBuilder::moveLastContent(std::string_view keyword, std::string_view buffer) {
  if (!last_content_) return fail(keyword, "needs a previous content");
  if (base64_chain_) return fail(keyword, "can't move contents of a rule with base64_decode");
  RuleChain& source = program_.chains[last_content_->chain];
  if (source.buffer != "pkt_data" || !source.transforms.empty())
    return fail(keyword, "the content is in sticky buffer " + source.buffer +
                             "; a content modifier only moves a content of the payload");
  auto first = source.steps.begin() + static_cast<std::ptrdiff_t>(last_content_->step);
  if (std::any_of(first, source.steps.end(), usesVariables))
    return fail(keyword, "can't move a content that byte_extract variables depend on");
  std::vector<RuleStep> moved(std::make_move_iterator(first), std::make_move_iterator(source.steps.end()));
  source.steps.erase(first, source.steps.end());
  const size_t target = chainFor(buffer, {}, "");
  RuleChain& destination = program_.chains[target];
  last_content_ = ContentRef{target, destination.steps.size()};
  for (RuleStep& step : moved) destination.steps.push_back(std::move(step));
  return Ok{};
}

Status RuleProgramBuilder::addTransform(std::string_view keyword, std::string_view value) {
  if (chain_ != SIZE_MAX && !program_.chains[chain_].steps.empty())
    return fail(keyword, "a transform must follow its sticky buffer, before the buffer's first match keyword");
  const RuleTransform transform = *ruleTransformKeyword(keyword);
  if (transform == RuleTransform::Xor) {
    if (!xor_key_.empty()) return fail(keyword, "only one xor per buffer");
    auto key = parseRuleHexKey(keyword, value);
    if (!key) return key.error();
    xor_key_ = std::move(*key);
  }
  transforms_.push_back(transform);
  chain_ = SIZE_MAX;  // a different transform list is a different chain
  return Ok{};
}

Status RuleProgramBuilder::addPcre(std::string_view value) {
  auto parsed = parseRulePcre(value);
  if (!parsed) return parsed.error();
  size_t chain = 0;
  if (parsed->buffer.empty() || parsed->buffer == buffer_) {
    chain = currentChain();
    if (buffer_ != "pkt_data") sticky_pcres_.push_back(ContentRef{chain, program_.chains[chain].steps.size()});
  } else if (buffer_ != "pkt_data") {
    return fail("pcre", "its flags name " + parsed->buffer + " but the sticky buffer is " + buffer_);
  } else {
    chain = chainFor(parsed->buffer, {}, "");
  }
  program_.chains[chain].steps.push_back(std::move(parsed->pcre));
  return Ok{};
}

Status RuleProgramBuilder::addStep(std::string_view keyword, std::string_view value) {
  if (keyword == "urilen") {  // urilen:<cmp>[,norm|raw]: the length of the (normalised or raw) URI
    const auto args = splitRuleArguments(value);
    if (args.size() > 2 || (args.size() == 2 && args[1] != "norm" && args[1] != "raw"))
      return fail(keyword, "takes <comparison>[, norm|raw]");
    auto compare = parseRuleUintCompare(keyword, args[0]);
    if (!compare) return compare.error();
    const size_t chain = chainFor(args.size() == 2 && args[1] == "raw" ? "http.uri.raw" : "http.uri", {}, "");
    program_.chains[chain].steps.push_back(*compare);
    return Ok{};
  }
  const size_t chain = currentChain();
  const RuleVariableLookup lookup = [this, chain](std::string_view name) { return variableIndex(name, chain); };
  RuleChain& target = program_.chains[chain];
  if (keyword == "bsize") {
    auto compare = parseRuleUintCompare(keyword, value);
    if (!compare) return compare.error();
    target.steps.push_back(*compare);
  } else if (keyword == "byte_test") {
    auto step = parseRuleByteTest(value, lookup);
    if (!step) return step.error();
    target.steps.push_back(std::move(*step));
  } else if (keyword == "byte_jump") {
    auto step = parseRuleByteJump(value, lookup);
    if (!step) return step.error();
    target.steps.push_back(std::move(*step));
  } else if (keyword == "isdataat") {
    auto step = parseRuleIsDataAt(value, lookup);
    if (!step) return step.error();
    target.steps.push_back(std::move(*step));
  } else if (keyword == "byte_math") {
    auto step = parseRuleByteMath(value, lookup);
    if (!step) return step.error();
    return defineVariable(keyword, chain, std::move(*step));
  } else {
    auto step = parseRuleByteExtract(value);
    if (!step) return step.error();
    return defineVariable(keyword, chain, std::move(*step));
  }
  return Ok{};
}

Status RuleProgramBuilder::addBase64Decode(std::string_view value) {
  constexpr std::string_view k = "base64_decode";
  if (base64_chain_) return fail(k, "only one per rule");
  RuleBase64Decode decode;
  bool bytes_seen = false, offset_seen = false;
  for (std::string_view arg : splitRuleArguments(value)) {
    if (arg.empty() && value.empty()) continue;  // `base64_decode;`: every default
    if (arg == "relative") {
      if (decode.relative) return fail(k, "relative given twice");
      decode.relative = true;
      continue;
    }
    const size_t space = arg.find(' ');
    const std::string_view name = arg.substr(0, space);
    const std::string_view number = space == std::string_view::npos ? "" : trimRuleText(arg.substr(space + 1));
    if (name == "bytes" && !bytes_seen) {
      auto n = parseRuleInteger(k, number, 1, static_cast<int64_t>(kMaxBase64DecodeBytes));
      if (!n) return n.error();
      decode.bytes = static_cast<uint32_t>(*n);
      bytes_seen = true;
    } else if (name == "offset" && !offset_seen) {
      auto n = parseRuleInteger(k, number, 0, static_cast<int64_t>(kMaxBase64DecodeBytes));
      if (!n) return n.error();
      decode.offset = static_cast<uint32_t>(*n);
      offset_seen = true;
    } else {
      return fail(k, std::string("cannot read '").append(arg) + "' (bytes <n>, offset <n>, relative)");
    }
  }
  const size_t chain = currentChain();
  program_.chains[chain].steps.push_back(decode);
  base64_chain_ = chain;
  return Ok{};
}

// A keyword after base64_data: match keywords on the decoded data; anything that would switch buffers is
// refused (base64_data is the last buffer here, as Suricata's base64_data list has no way back).
Status RuleProgramBuilder::addBase64Step(std::string_view keyword, std::string_view value) {
  std::vector<RuleStep>& steps = program_.chains[*base64_chain_].base64_steps;
  if (keyword == "content") {
    RuleContent content;
    auto bytes = decodeRuleContent(keyword, value, &content.negated);
    if (!bytes) return bytes.error();
    content.bytes = std::move(*bytes);
    steps.push_back(std::move(content));
    last_content_ = ContentRef{*base64_chain_, steps.size() - 1, true};
    return Ok{};
  }
  if (isContentModifier(keyword)) return addContentModifier(keyword, value);
  if (keyword == "pcre") {
    auto parsed = parseRulePcre(value);
    if (!parsed) return parsed.error();
    if (!parsed->buffer.empty()) return fail("pcre", "its flags name buffer " + parsed->buffer + " after base64_data");
    steps.push_back(std::move(parsed->pcre));
    return Ok{};
  }
  const RuleVariableLookup none = [](std::string_view) { return int8_t{-1}; };
  if (keyword == "bsize") {
    auto compare = parseRuleUintCompare(keyword, value);
    if (!compare) return compare.error();
    steps.push_back(*compare);
  } else if (keyword == "byte_test") {
    auto step = parseRuleByteTest(value, none);
    if (!step) return step.error();
    steps.push_back(std::move(*step));
  } else if (keyword == "byte_jump") {
    auto step = parseRuleByteJump(value, none);
    if (!step) return step.error();
    steps.push_back(std::move(*step));
  } else if (keyword == "isdataat") {
    auto step = parseRuleIsDataAt(value, none);
    if (!step) return step.error();
    steps.push_back(std::move(*step));
  } else if (keyword == "prefilter") {
    return fail(keyword, "a base64_data content is not in any buffer the prefilter sees");
  } else {
    return fail(keyword, "not supported after base64_data (the rule's last buffer here)");
  }
  return Ok{};
}

template <typename Step>
Status RuleProgramBuilder::defineVariable(std::string_view keyword, size_t chain, Step step) {
  RuleChain& target = program_.chains[chain];
  if (variableIndex(step.name, chain) >= 0) return fail(keyword, "variable '" + step.name + "' defined twice");
  if (target.variable_count >= kMaxRuleVariables) return fail(keyword, "too many variables in one buffer");
  step.variable = target.variable_count++;
  variables_.push_back(Variable{step.name, chain, step.variable});
  target.steps.push_back(std::move(step));
  return Ok{};
}

Status RuleProgramBuilder::validateChain(size_t index) const {
  const RuleChain& chain = program_.chains[index];
  bool previous_match = false;
  uint64_t longest_content = 0, bsize_max = UINT64_MAX;
  for (size_t i = 0; i < chain.steps.size(); ++i) {
    const RuleStep& step = chain.steps[i];
    if (const auto* c = std::get_if<RuleContent>(&step)) {
      if (c->fast_pattern_only && (c->offset || c->depth || c->relative() || c->offset_var >= 0 || c->depth_var >= 0))
        return fail("fast_pattern", "only can't be combined with offset, depth, distance or within");
      if (!c->negated) longest_content = std::max<uint64_t>(longest_content, c->bytes.size());
      previous_match = true;
    } else if (const auto* p = std::get_if<RulePcre>(&step)) {
      // Suricata allows a first /R pcre in a sticky buffer (relative to its start), not in the payload.
      const bool in_sticky = std::find(sticky_pcres_.begin(), sticky_pcres_.end(), ContentRef{index, i}) !=
                             sticky_pcres_.end();
      if (p->relative && !previous_match && !in_sticky)
        return fail("pcre", p->source + " is relative (/R) but has no previous match in buffer " + chain.buffer);
      previous_match = true;
    } else if (const auto* b = std::get_if<RuleBsize>(&step)) {
      bsize_max = std::min(bsize_max, bsizeMaximum(*b));
    } else if (std::holds_alternative<RuleBase64Decode>(step) && i + 1 != chain.steps.size()) {
      return fail("base64_decode", "a match keyword in buffer " + chain.buffer +
                                       " follows it; only base64_data's keywords may come after base64_decode");
    }
  }
  if (longest_content > bsize_max)
    return fail("bsize",
                "buffer " + chain.buffer + " can never hold its " + std::to_string(longest_content) + "-byte content");
  return Ok{};
}

Result<RuleProgram> RuleProgramBuilder::finish() {
  if (base64_chain_ && !in_base64_data_)
    return fail("base64_decode", "without base64_data it never alerts (Suricata needs both)");
  if (base64_chain_ && program_.chains[*base64_chain_].base64_steps.empty())
    return fail("base64_data", "has no match keyword after it");
  for (size_t i = 0; i < program_.chains.size(); ++i)
    if (auto status = validateChain(i); !status) return status.error();
  std::erase_if(program_.chains, [](const RuleChain& c) { return c.steps.empty(); });
  program_.fast_pattern = chooseRuleFastPattern(program_);
  return std::move(program_);
}

}  // namespace tapwatch

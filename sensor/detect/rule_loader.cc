#include "detect/rule_loader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>
#include <memory>
#include <optional>

#include "detect/pattern_compiler.h"
#include "detect/rule_buffers.h"
#include "detect/rule_packet.h"
#include "detect/rule_program_builder.h"
#include "detect/rule_program_values.h"
#include "detect/rule_stream_lookback.h"
#include "detect/rule_stream_size.h"
#include "detect/rule_text.h"
#include "detect/rule_xbits.h"
#include "detect/suricata_rule.h"

namespace tapwatch {
namespace {

struct Refusal {
  std::string keyword;
  std::string reason;
};

std::optional<uint32_t> parseNumber(std::string_view text) {
  uint32_t value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

// Options that say what the rule is (not what it matches): never refused
// for being unknown to the payload engine.
bool isAnnotation(std::string_view k) {
  return k == "gid" || k == "target" || k == "tag";  // tag: extra logging only, no effect on alerts
}

std::optional<ThresholdTrack> parseTrack(std::string_view v) {
  if (v == "by_src") return ThresholdTrack::BySrc;
  if (v == "by_dst") return ThresholdTrack::ByDst;
  if (v == "by_both") return ThresholdTrack::ByBoth;
  if (v == "by_rule") return ThresholdTrack::ByRule;
  if (v == "by_flow") return ThresholdTrack::ByFlow;
  return std::nullopt;
}

// What Hyperscan can look for in the untransformed field so that every
// value the transformed chain could match is a candidate: the fast pattern
// as is under case transforms (caseless), without the leading '.' under
// dotprefix; nothing (every value is a candidate) under transforms that
// reshape bytes (url_decode, whitespace, hashes, xor).
std::optional<RuleFastPattern> rawPrefilter(const RuleChain& chain, RuleFastPattern fp) {
  for (size_t i = 0; i < chain.transforms.size(); ++i) {
    switch (chain.transforms[i]) {
      case RuleTransform::ToLowercase:
      case RuleTransform::ToUppercase:
      case RuleTransform::HeaderLowercase: fp.nocase = true; break;
      case RuleTransform::StripPseudoHeaders: break;
      case RuleTransform::DotPrefix:
        if (i != 0) return std::nullopt;
        if (!fp.bytes.empty() && fp.bytes.front() == '.') fp.bytes.erase(0, 1);
        if (fp.bytes.empty()) return std::nullopt;
        break;
      default: return std::nullopt;
    }
  }
  return fp;
}

// Suricata keywords this engine knows of but does not evaluate yet, with the reason the refusal gives.
std::optional<std::string_view> notYetSupported(std::string_view k) {
  if (k == "hostbits")
    return "not supported: the hostbits syntax is not read; xbits with track ip_src / ip_dst means the same";
  if (k == "ssl_state")
    return "not supported: Suricata matches the handshake message being parsed at each packet; this engine "
           "confirms TLS rules once per handshake";
  if (k == "app-layer-event") return "not supported: the protocol parsers raise no events under Suricata's names";
  return std::nullopt;
}

// One rule's conversion; each method returns a Refusal when the meaning cannot be kept.
class RuleConverter {
 public:
  RuleConverter(RuleLoadContext& context, const RuleText& text) : context_(context), text_(text) {}

  std::optional<Refusal> run(const SourceLocation& where, Signature& out);
  uint32_t sid() const { return sid_; }

 private:
  std::optional<Refusal> header();
  std::optional<Refusal> option(const RuleOption& opt);
  std::optional<Refusal> flow(std::string_view value);
  std::optional<Refusal> flowbits(std::string_view value);
  std::optional<Refusal> flowint(std::string_view value);
  std::optional<uint16_t> flowintIndex(const std::string& name);
  std::optional<Refusal> appLayerProtocol(std::string_view value);
  std::optional<Refusal> threshold(std::string_view keyword, std::string_view value);
  std::optional<Refusal> metadata(std::string_view value);
  std::optional<Refusal> finish(const SourceLocation& where, Signature& out);

  RuleLoadContext& context_;
  const RuleText& text_;
  SuricataRule rule_;
  RuleProgramBuilder builder_;
  Signature sig_;
  uint32_t sid_ = 0;
  std::optional<uint32_t> priority_;
  std::string classtype_;
  std::string packet_keyword_;  // the first packet keyword, to name it in a refusal
};

std::optional<Refusal> RuleConverter::run(const SourceLocation& where, Signature& out) {
  // sid first: every later refusal names it.
  for (const RuleOption& opt : text_.options)
    if (opt.keyword == "sid") sid_ = parseNumber(opt.value).value_or(0);
  if (sid_ == 0) return Refusal{"sid", "the rule has no valid sid"};
  if (text_.action == "pass") return Refusal{"pass", "pass rules (whitelisting) are not supported"};
  if (text_.action != "alert" && text_.action != "drop" && text_.action != "reject" && text_.action != "rejectsrc" &&
      text_.action != "rejectdst" && text_.action != "rejectboth")
    return Refusal{text_.action, "unknown rule action"};
  if (auto r = header()) return r;
  for (const RuleOption& opt : text_.options)
    if (auto r = option(opt)) return r;
  return finish(where, out);
}

std::optional<Refusal> RuleConverter::header() {
  auto protocol = parseRuleProtocol(text_.protocol);
  if (!protocol) return Refusal{"protocol", protocol.error().message};
  rule_.header.protocol = *protocol;
  rule_.header.bidirectional = text_.direction == "<>";
  auto src = parseAddressExpr(text_.src_addr, context_.vars);
  if (!src) return Refusal{"source address", src.error().message};
  auto dst = parseAddressExpr(text_.dst_addr, context_.vars);
  if (!dst) return Refusal{"destination address", dst.error().message};
  auto sport = parsePortExpr(text_.src_port, context_.vars);
  if (!sport) return Refusal{"source port", sport.error().message};
  auto dport = parsePortExpr(text_.dst_port, context_.vars);
  if (!dport) return Refusal{"destination port", dport.error().message};
  rule_.header.src_addr = std::move(*src);
  rule_.header.dst_addr = std::move(*dst);
  rule_.header.src_port = std::move(*sport);
  rule_.header.dst_port = std::move(*dport);
  return std::nullopt;
}

std::optional<Refusal> RuleConverter::option(const RuleOption& opt) {
  const std::string& k = opt.keyword;
  if (k == "sid" || isAnnotation(k)) return std::nullopt;
  if (k == "msg") {
    sig_.name = unquoteRuleValue(opt.value);
  } else if (k == "rev") {
    sig_.rev = parseNumber(opt.value).value_or(1);
  } else if (k == "classtype") {
    classtype_ = opt.value;
    if (context_.classes.find(classtype_) == nullptr) return Refusal{k, "unknown classtype '" + classtype_ + "'"};
  } else if (k == "priority") {
    priority_ = parseNumber(opt.value);
    if (!priority_ || *priority_ == 0 || *priority_ > 255) return Refusal{k, "priority must be 1..255"};
  } else if (k == "reference") {
    sig_.references.push_back(unquoteRuleValue(opt.value));
  } else if (k == "metadata") {
    return metadata(opt.value);
  } else if (k == "flow") {
    return flow(opt.value);
  } else if (k == "flowbits") {
    return flowbits(opt.value);
  } else if (k == "flowint") {
    return flowint(opt.value);
  } else if (k == "xbits") {
    auto parsed = parseRuleXbits(opt.value);
    if (!parsed) return Refusal{k, parsed.error().message};
    if (parsed->noalert) rule_.noalert = true;
    else rule_.xbits.push_back(std::move(parsed->bit));
  } else if (k == "stream_size") {
    auto parsed = parseRuleStreamSize(opt.value);
    if (!parsed) return Refusal{k, parsed.error().message};
    rule_.stream_sizes.push_back(*parsed);
  } else if (k == "noalert") {
    rule_.noalert = true;
  } else if (k == "threshold" || k == "detection_filter") {
    return threshold(k, opt.value);
  } else if (k == "app-layer-protocol") {
    return appLayerProtocol(opt.value);
  } else if (k == "tls.cert_expired" || k == "tls_cert_expired" || k == "tls.cert_valid" || k == "tls_cert_valid") {
    if (!trimRuleText(opt.value).empty()) return Refusal{k, "takes no value"};
    const RuleCertValidity want = k.ends_with("expired") ? RuleCertValidity::Expired : RuleCertValidity::Valid;
    if (rule_.cert_validity != RuleCertValidity::Any && rule_.cert_validity != want)
      return Refusal{k, "tls.cert_expired and tls.cert_valid together never match"};
    rule_.cert_validity = want;
  } else if (k == "ssl_version") {
    if (rule_.ssl_version.active) return Refusal{k, "only one per rule"};
    auto parsed = parseRuleSslVersion(opt.value);
    if (!parsed) return Refusal{k, parsed.error().message};
    rule_.ssl_version = *parsed;
  } else if (auto why = notYetSupported(k)) {
    return Refusal{k, std::string(*why)};
  } else if (isRulePacketKeyword(k)) {
    auto test = parseRulePacketTest(k, opt.value);
    if (!test) {
      std::string why = test.error().message;
      if (why.starts_with(k + ": ")) why.erase(0, k.size() + 2);  // the refusal names the keyword already
      return Refusal{k, std::move(why)};
    }
    rule_.packet.push_back(*test);
    if (packet_keyword_.empty()) packet_keyword_ = k;
  } else {
    auto took = builder_.add(k, opt.value);
    if (!took) return Refusal{k, took.error().message};
    if (*took == RuleProgramBuilder::Took::NotMine) return Refusal{k, "keyword not supported"};
  }
  return std::nullopt;
}

std::optional<Refusal> RuleConverter::flow(std::string_view value) {
  for (const std::string& item : splitRuleList(value)) {
    if (item == "to_server" || item == "from_client") rule_.flow.side = RuleSide::ToServer;
    else if (item == "to_client" || item == "from_server") rule_.flow.side = RuleSide::ToClient;
    else if (item == "established") rule_.flow.established = true;
    else if (item == "not_established") rule_.flow.not_established = true;
    else if (item == "stateless") rule_.flow.stateless = true;
    else if (item == "only_stream") rule_.flow.only_stream = true;
    else if (item == "no_stream") rule_.flow.no_stream = true;
    else return Refusal{"flow", "unsupported flow option '" + item + "'"};
  }
  return std::nullopt;
}

std::optional<Refusal> RuleConverter::appLayerProtocol(std::string_view value) {
  std::string name(trimRuleText(value));
  const bool negated = !name.empty() && name.front() == '!';
  if (negated) name = std::string(trimRuleText(std::string_view(name).substr(1)));
  if (name == "http1") name = "http";
  // Only protocols this sensor detects can be asserted; any name can be denied
  // (a flow of a protocol the sensor does not detect has no known protocol and
  // matches neither form here, where Suricata would let `!name` of another one match).
  const bool known = name == "http" || name == "tls" || name == "dns" || name == "smtp" || name == "quic";
  if (name == "failed" || name == "unknown")
    return Refusal{"app-layer-protocol", name.append(": protocol detection outcomes are not tracked")};
  if (name.empty() || (!known && !negated))
    return Refusal{"app-layer-protocol",
                   std::string("'").append(name).append("' is not a protocol this sensor detects")};
  if (!rule_.app_protocol.name.empty()) return Refusal{"app-layer-protocol", "only one per rule"};
  rule_.app_protocol = RuleAppProtocol{name, negated};
  return std::nullopt;
}

std::optional<Refusal> RuleConverter::flowbits(std::string_view value) {
  const auto parts = splitRuleList(value);
  if (parts.empty()) return Refusal{"flowbits", "needs an action"};
  RuleFlowbit bit;
  const std::string& action = parts[0];
  if (action == "noalert" && parts.size() == 1) {
    rule_.noalert = true;
    return std::nullopt;
  }
  if (action == "set") bit.op = FlowbitOp::Set;
  else if (action == "isset") bit.op = FlowbitOp::IsSet;
  else if (action == "isnotset") bit.op = FlowbitOp::IsNotSet;
  else if (action == "unset") bit.op = FlowbitOp::Unset;
  else if (action == "toggle") bit.op = FlowbitOp::Toggle;
  else return Refusal{"flowbits", "unsupported flowbits action '" + action + "'"};
  if (parts.size() != 2) return Refusal{"flowbits", action + " needs one name (or a|b / a&b)"};
  const std::string& names = parts[1];
  const bool any = names.find('|') != std::string::npos;
  if (any && names.find('&') != std::string::npos) return Refusal{"flowbits", "cannot mix | and &"};
  bit.any_of = any;
  for (const std::string& name : splitRuleList(names, any ? '|' : '&')) {
    auto it = context_.flowbits.find(name);
    if (it == context_.flowbits.end()) {
      if (context_.flowbits.size() >= kMaxFlowbits)
        return Refusal{"flowbits", "more than " + std::to_string(kMaxFlowbits) + " distinct flowbit names in the set"};
      it = context_.flowbits.emplace(name, static_cast<uint16_t>(context_.flowbits.size())).first;
    }
    bit.bits.push_back(it->second);
  }
  rule_.flowbits.push_back(std::move(bit));
  return std::nullopt;
}

std::optional<uint16_t> RuleConverter::flowintIndex(const std::string& name) {
  auto it = context_.flowints.find(name);
  if (it == context_.flowints.end()) {
    if (context_.flowints.size() >= kMaxFlowints) return std::nullopt;
    it = context_.flowints.emplace(name, static_cast<uint16_t>(context_.flowints.size())).first;
  }
  return it->second;
}

// flowint: name, isset|notset|isnotset  or  flowint: name, <op>, <number or flowint name>
std::optional<Refusal> RuleConverter::flowint(std::string_view value) {
  const auto parts = splitRuleList(value);
  if (parts.size() != 2 && parts.size() != 3)
    return Refusal{"flowint", "takes <name>, isset|notset or <name>, <operator>, <value>"};
  const std::string& name = parts[0];
  if (name.empty() || !(std::isalpha(static_cast<uint8_t>(name[0])) || name[0] == '_'))
    return Refusal{"flowint", "'" + name + "' is not a variable name"};
  RuleFlowint op;
  const auto too_many = Refusal{"flowint", "more than " + std::to_string(kMaxFlowints) + " distinct flowint names"};
  const auto var = flowintIndex(name);
  if (!var) return too_many;
  op.var = *var;
  const std::string& modifier = parts[1];
  if (parts.size() == 2) {
    if (modifier == "isset") op.op = FlowintOp::IsSet;
    else if (modifier == "notset" || modifier == "isnotset") op.op = FlowintOp::NotSet;
    else return Refusal{"flowint", "'" + modifier + "' needs a value (or use isset/notset)"};
    rule_.flowints.push_back(op);
    return std::nullopt;
  }
  static constexpr std::pair<std::string_view, FlowintOp> kOps[] = {
      {"=", FlowintOp::Set},           {"+", FlowintOp::Add},     {"-", FlowintOp::Sub},
      {"<", FlowintOp::Less},          {">", FlowintOp::Greater}, {"<=", FlowintOp::LessEqual},
      {">=", FlowintOp::GreaterEqual}, {"==", FlowintOp::Equal},  {"!=", FlowintOp::NotEqual}};
  const auto* found =
      std::find_if(std::begin(kOps), std::end(kOps), [&](const auto& o) { return o.first == modifier; });
  if (found == std::end(kOps)) return Refusal{"flowint", "unknown operator '" + modifier + "'"};
  op.op = found->second;
  const std::string& operand = parts[2];
  if (!operand.empty() && (std::isalpha(static_cast<uint8_t>(operand[0])) || operand[0] == '_')) {
    const auto other = flowintIndex(operand);
    if (!other) return too_many;
    op.value_var = *other;
  } else {
    const auto number = parseNumber(operand);
    if (!number) return Refusal{"flowint", "'" + operand + "' is not an unsigned 32-bit number or a flowint name"};
    op.value = *number;
  }
  rule_.flowints.push_back(op);
  return std::nullopt;
}

std::optional<Refusal> RuleConverter::threshold(std::string_view keyword, std::string_view value) {
  Threshold t;
  t.mode = keyword == "detection_filter" ? ThresholdMode::FromCount : ThresholdMode::EveryCount;
  std::optional<uint32_t> count, seconds, multiplier;
  for (const std::string& item : splitRuleList(value)) {
    const auto words = splitRuleList(item, ' ');
    if (words.size() != 2) return Refusal{std::string(keyword), "cannot read '" + item + "'"};
    if (words[0] == "type" && keyword == "threshold") {
      if (words[1] == "threshold") t.mode = ThresholdMode::EveryCount;
      else if (words[1] == "limit") t.mode = ThresholdMode::Limit;
      else if (words[1] == "both") t.mode = ThresholdMode::Both;
      else if (words[1] == "backoff") t.mode = ThresholdMode::Backoff;
      else return Refusal{std::string(keyword), "type " + words[1] + " is not supported"};
    } else if (words[0] == "track") {
      const auto track = parseTrack(words[1]);
      if (!track) return Refusal{std::string(keyword), "track " + words[1] + " is not supported"};
      t.track = *track;
    } else if (words[0] == "count") {
      count = parseNumber(words[1]);
    } else if (words[0] == "seconds") {
      seconds = parseNumber(words[1]);
    } else if (words[0] == "multiplier" && keyword == "threshold") {
      multiplier = parseNumber(words[1]);
      if (!multiplier) return Refusal{std::string(keyword), "multiplier must be a number"};
    } else {
      return Refusal{std::string(keyword), "unsupported '" + words[0] + "'"};
    }
  }
  if (t.mode == ThresholdMode::Backoff) {
    // Suricata: backoff is by_flow only, takes a multiplier instead of seconds.
    if (t.track != ThresholdTrack::ByFlow) return Refusal{std::string(keyword), "type backoff needs track by_flow"};
    if (!count || *count == 0 || !multiplier || *multiplier < 2 || seconds)
      return Refusal{std::string(keyword), "type backoff needs count >= 1 and multiplier >= 2 (and no seconds)"};
    t.count = *count;
    t.multiplier = *multiplier;
    t.seconds = 0;
    if (sig_.threshold) return Refusal{std::string(keyword), "only one threshold or detection_filter per rule"};
    sig_.threshold = t;
    return std::nullopt;
  }
  if (multiplier) return Refusal{std::string(keyword), "multiplier is for type backoff only"};
  if (!count || !seconds) return Refusal{std::string(keyword), "needs count and seconds"};
  // detection_filter alerts once the count is exceeded: from the (count+1)-th hit on.
  t.count = keyword == "detection_filter" ? *count + 1 : *count;
  t.seconds = *seconds;
  if (sig_.threshold) return Refusal{std::string(keyword), "only one threshold or detection_filter per rule"};
  sig_.threshold = t;
  return std::nullopt;
}

std::optional<Refusal> RuleConverter::metadata(std::string_view value) {
  for (const std::string& item : splitRuleList(value)) {
    const size_t space = item.find(' ');
    if (space == std::string::npos) {
      sig_.metadata.emplace_back(item, "");
      continue;
    }
    std::string key = item.substr(0, space);
    std::string val = item.substr(item.find_first_not_of(' ', space));
    sig_.metadata.emplace_back(std::move(key), std::move(val));
  }
  return std::nullopt;
}

std::optional<Refusal> RuleConverter::finish(const SourceLocation& where, Signature& out) {
  auto program = builder_.finish();
  if (!program) {
    // Name the base64 keyword a whole-rule check refused (the refusal reasons count it under base64_decode).
    const std::string& why = program.error().message;
    for (std::string_view k : {"base64_decode", "base64_data"})
      if (why.starts_with(std::string(k) + ":")) return Refusal{std::string(k), why.substr(k.size() + 2)};
    return Refusal{"payload", why};
  }
  rule_.program = std::move(*program);
  if (rule_.flow.only_stream && rule_.flow.no_stream)
    return Refusal{"flow", "only_stream and no_stream together never match"};
  std::optional<Scope> scope;
  for (const RuleChain& chain : rule_.program.chains) {
    auto fields = fieldsForBuffer(chain.buffer, rule_.flow.side, rule_.header.protocol.app);
    if (!fields) return Refusal{chain.buffer, fields.error().message};
    const Scope s = fieldInfo(fields->front()).scope;
    if (scope && *scope != s)
      return Refusal{chain.buffer, std::string("buffers of different scopes in one rule (").append(scopeName(*scope)) +
                                       std::string(" and ").append(scopeName(s)) + ")"};
    scope = s;
    rule_.chain_fields.push_back(std::move(*fields));
  }
  if (rule_.ssl_version.active) {
    // Suricata compares the client's version on to_server packets and the server's on to_client ones;
    // only the server's negotiated version is a field here.
    if (rule_.flow.side != RuleSide::ToClient)
      return Refusal{"ssl_version",
                     "only with flow:to_client (the server's negotiated version); the client's offered version is "
                     "not exposed to rules"};
    const RuleProtocol& proto = rule_.header.protocol;
    if ((!proto.app.empty() && proto.app != "tls") || proto.ip_proto == 17 || proto.icmp_any)
      return Refusal{"ssl_version", "needs a tls, tcp or ip rule (TLS over TCP)"};
    if (scope && *scope != Scope::TlsHandshake)
      return Refusal{"ssl_version",
                     std::string("buffers of another scope in the rule (").append(scopeName(*scope)) + ")"};
    if (!scope) sig_.fields = {Field::TlsVersion};  // a candidate whenever the server's version arrives
    scope = Scope::TlsHandshake;
  }
  if (rule_.cert_validity != RuleCertValidity::Any) {
    const std::string k = rule_.cert_validity == RuleCertValidity::Expired ? "tls.cert_expired" : "tls.cert_valid";
    const RuleProtocol& proto = rule_.header.protocol;
    if ((!proto.app.empty() && proto.app != "tls") || proto.ip_proto == 17 || proto.icmp_any)
      return Refusal{k, "needs a tls, tcp or ip rule (TLS over TCP)"};
    if (scope && *scope != Scope::TlsHandshake)
      return Refusal{k, std::string("buffers of another scope in the rule (").append(scopeName(*scope)) + ")"};
    // A candidate whenever the server's certificate arrives (its fingerprint is always written).
    if (!scope) sig_.fields = {Field::TlsCertFingerprint};
    scope = Scope::TlsHandshake;
  }
  if (!scope) {
    // Header-only rule: every packet its header admits is inspected (Suricata's packet rules).
    if (rule_.flow.only_stream)
      return Refusal{"flow", "only_stream on a rule without payload: stream pseudo-packets are not inspected here"};
    scope = Scope::Flow;
  } else {
    // ICMP rules run per packet on the ICMP data: only pkt_data applies there.
    if (rule_.header.protocol.icmp_any && (*scope != Scope::Flow || rule_.flow.only_stream))
      return Refusal{"protocol", "ICMP rules inspect the packet's ICMP data (pkt_data) only"};
    if (*scope != Scope::Flow && rule_.needsPacket())
      return Refusal{rule_.packet.empty() ? std::string("flow") : packet_keyword_,
                     "packet keywords and flow:no_stream apply to packet payloads, not to app-layer buffers"};
    if (rule_.flow.only_stream && rule_.needsPacket())
      return Refusal{"flow", "only_stream with packet keywords: stream data carries no packet headers"};
  }
  rule_.scope = *scope;
  if (!rule_.stream_sizes.empty()) {
    // Suricata compares the sizes when it inspects the rule's packet; payload (stream) rules and
    // header-only rules are decided on that packet here, app-layer buffers only once their
    // transaction or message is complete, when the sizes may have moved on.
    const RuleProtocol& proto = rule_.header.protocol;
    if (proto.ip_proto == 17 || proto.icmp_any || proto.app == "quic" || (proto.ip_proto != 0 && proto.ip_proto != 6))
      return Refusal{"stream_size", "needs TCP: on this rule's protocol it never matches"};
    if (rule_.scope != Scope::Flow)
      return Refusal{
          "stream_size",
          std::string("with ").append(scopeName(rule_.scope)) +
              " buffers: they are inspected once complete, not at the packet Suricata compares the sizes on"};
  }
  if (rule_.flow.established && rule_.flow.not_established)
    return Refusal{"flow", "established and not_established together never match"};

  const size_t prefilter_chain = rule_.program.fast_pattern ? rule_.program.fast_pattern->chain : 0;
  sig_.id = sid_;
  rule_.chain_looks_back.clear();
  for (size_t c = 0; c < rule_.program.chains.size(); ++c)
    rule_.chain_looks_back.push_back(ruleInspectsStream(rule_) && chainLooksBack(rule_, c));
  if (!rule_.chain_fields.empty()) sig_.fields = rule_.chain_fields[prefilter_chain];  // else as set above
  std::optional<RuleFastPattern> fp;
  if (rule_.program.fast_pattern) fp = rawPrefilter(rule_.program.chains[prefilter_chain], *rule_.program.fast_pattern);
  if (fp && !rule_.perPacket()) {  // per-packet rules are confirmed without Hyperscan
    Pattern p;
    p.kind = PatternKind::Regex;  // bytes escaped below: byte-exact, never UTF-8 mode
    p.text = escapeLiteral(fp->bytes, false);
    if (fp->nocase) p.flags |= pattern_flag::Caseless;
    p.where = where;
    sig_.patterns.push_back(std::move(p));
  }
  const ClassType* cls = classtype_.empty() ? nullptr : context_.classes.find(classtype_);
  sig_.category = cls ? cls->description : "";
  // Suricata: priority keyword, else the classtype's, else 3. EVE severity is
  // 1..4 in this sensor's schema: lower priorities (5..255) show as 4.
  const uint32_t priority = priority_.value_or(cls ? cls->priority : 3);
  sig_.severity = static_cast<uint8_t>(std::clamp<uint32_t>(priority, 1, 4));
  sig_.where = where;
  sig_.rule = std::make_shared<const SuricataRule>(std::move(rule_));
  out = std::move(sig_);
  return std::nullopt;
}

}  // namespace

std::string RuleRefusal::describe() const {
  std::string out = file + ":" + std::to_string(line) + ": ";
  if (sid != 0) out += "sid " + std::to_string(sid) + ": ";
  out += keyword.empty() ? reason : keyword + ": " + reason;
  return out;
}

std::variant<Signature, RuleRefusal> loadRule(const RuleSource& source, const std::string& file,
                                              RuleLoadContext& context) {
  const SourceLocation where{file, source.line, source.column};
  auto parsed = parseRuleText(source.text, where);
  if (source.disabled) {
    uint32_t sid = 0;
    if (parsed)
      for (const auto& opt : parsed->options)
        if (opt.keyword == "sid") sid = parseNumber(opt.value).value_or(0);
    return RuleRefusal{file, source.line, sid, "", "disabled (commented out)", true};
  }
  if (!parsed) return RuleRefusal{file, source.line, 0, "syntax", parsed.error().describe(), false};
  RuleConverter converter(context, *parsed);
  Signature sig;
  if (auto refusal = converter.run(where, sig))
    return RuleRefusal{file, source.line, converter.sid(), std::move(refusal->keyword), std::move(refusal->reason)};
  return sig;
}

RuleLoadResult loadRuleText(std::string_view text, const std::string& file, RuleLoadContext& context) {
  RuleLoadResult result;
  for (const RuleSource& source : splitRuleFile(text)) {
    ++result.rules_seen;
    auto loaded = loadRule(source, file, context);
    if (auto* sig = std::get_if<Signature>(&loaded)) result.signatures.push_back(std::move(*sig));
    else result.refused.push_back(std::move(std::get<RuleRefusal>(loaded)));
  }
  return result;
}

}  // namespace tapwatch

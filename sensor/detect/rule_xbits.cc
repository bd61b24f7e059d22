#include "detect/rule_xbits.h"

#include <charconv>
#include <vector>

#include "detect/rule_text.h"

namespace tapwatch {

uint64_t xbitNameHash(std::string_view name) {
  uint64_t h = 1469598103934665603ull;
  for (char c : name) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  return h;
}

Result<ParsedXbits> parseRuleXbits(std::string_view value) {
  const std::vector<std::string> parts = splitRuleList(value);
  ParsedXbits out;
  if (parts.size() == 1 && parts[0] == "noalert") {
    out.noalert = true;
    return out;
  }
  if (parts.size() < 3 || parts.size() > 4)
    return makeError("takes <set|unset|isset|isnotset|toggle>,<name>,track <ip_src|ip_dst|ip_pair>[,expire <seconds>]");
  RuleXbit& bit = out.bit;
  const std::string& op = parts[0];
  if (op == "set") bit.op = RuleXbit::Op::Set;
  else if (op == "unset") bit.op = RuleXbit::Op::Unset;
  else if (op == "isset") bit.op = RuleXbit::Op::IsSet;
  else if (op == "isnotset") bit.op = RuleXbit::Op::IsNotSet;
  else if (op == "toggle") bit.op = RuleXbit::Op::Toggle;
  else return makeError("unknown action '" + op + "'");
  bit.name = parts[1];
  if (bit.name.find_first_of(" \t|&") != std::string::npos) return makeError("'" + bit.name + "' is not one bit name");
  bit.name_hash = xbitNameHash(bit.name);
  bool tracked = false, expires = false;
  for (size_t i = 2; i < parts.size(); ++i) {
    const std::vector<std::string> words = splitRuleList(parts[i], ' ');
    if (words.size() != 2) return makeError("cannot read '" + parts[i] + "'");
    if (words[0] == "track" && !tracked) {
      if (words[1] == "ip_src") bit.track = RuleXbit::Track::IpSrc;
      else if (words[1] == "ip_dst") bit.track = RuleXbit::Track::IpDst;
      else if (words[1] == "ip_pair") bit.track = RuleXbit::Track::IpPair;
      else if (words[1] == "tx") return makeError("track tx (bits per app-layer transaction) is not supported");
      else return makeError("unknown track '" + words[1] + "' (ip_src, ip_dst or ip_pair)");
      tracked = true;
    } else if (words[0] == "expire" && !expires) {
      const std::string& n = words[1];
      const auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), bit.expire_seconds);
      if (ec != std::errc{} || ptr != n.data() + n.size() || bit.expire_seconds == 0)
        return makeError("expire must be a number of seconds from 1 to 4294967295");
      expires = true;
    } else {
      return makeError("unexpected '" + parts[i] + "'");
    }
  }
  if (!tracked) return makeError("needs track ip_src, ip_dst or ip_pair");
  return out;
}

}  // namespace tapwatch

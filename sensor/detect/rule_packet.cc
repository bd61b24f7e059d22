#include "detect/rule_packet.h"

#include <array>
#include <cctype>
#include <string>

#include "detect/rule_program_values.h"

namespace tapwatch {
namespace {

using Key = RulePacketTest::Key;
using Mode = RuleBsize::Mode;

struct KeywordName {
  std::string_view name;
  Key key;
};
constexpr std::array kKeywords{
    KeywordName{"dsize", Key::Dsize},       KeywordName{"ttl", Key::Ttl},          KeywordName{"tos", Key::Tos},
    KeywordName{"id", Key::IpId},           KeywordName{"ip_proto", Key::IpProto}, KeywordName{"ipopts", Key::Ipopts},
    KeywordName{"fragbits", Key::Fragbits}, KeywordName{"flags", Key::Flags},      KeywordName{"seq", Key::Seq},
    KeywordName{"ack", Key::Ack},           KeywordName{"window", Key::Window},    KeywordName{"tcp.mss", Key::TcpMss},
    KeywordName{"itype", Key::Itype},       KeywordName{"icode", Key::Icode},      KeywordName{"icmp_id", Key::IcmpId},
    KeywordName{"icmp_seq", Key::IcmpSeq},  KeywordName{"sameip", Key::SameIp},
};

Error fail(std::string_view keyword, std::string_view what) {
  return makeError(std::string(keyword) + std::string(": ").append(what));
}

std::string_view unquote(std::string_view v) {
  v = trimRuleText(v);
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = trimRuleText(v.substr(1, v.size() - 2));
  return v;
}

// "[!]n" (Suricata's tos, window, id, seq, ack, icmp_id, icmp_seq): equality or inequality.
Result<RuleBsize> equality(std::string_view keyword, std::string_view value, uint64_t max, bool allow_x_hex) {
  bool negated = false;
  if (value.starts_with('!')) {
    negated = true;
    value = trimRuleText(value.substr(1));
  }
  // tos accepts "x10" for hex (Suricata's tos syntax) besides 0x10. Built
  // with append(): GCC 12 -O3 -Wrestrict misreads string::insert here.
  std::string text;
  if (allow_x_hex && !value.empty() && (value[0] == 'x' || value[0] == 'X')) text.push_back('0');
  text.append(value);
  auto n = parseRuleInteger(keyword, text, 0, static_cast<int64_t>(max));
  if (!n) return n.error();
  return RuleBsize{negated ? Mode::NotEqual : Mode::Equal, static_cast<uint64_t>(*n), 0};
}

// A uint comparison bounded by the field's width (a value the field cannot hold is a typo, not "never").
Result<RuleBsize> compare(std::string_view keyword, std::string_view value, uint64_t max) {
  auto c = parseRuleUintCompare(keyword, value);
  if (!c) return c.error();
  if (c->mode != Mode::MaskEqual && c->mode != Mode::MaskNotEqual && (c->a > max || c->b > max))
    return fail(keyword, "value out of range 0.." + std::to_string(max));
  return c;
}

Result<RuleBsize> protocolNumber(std::string_view value) {
  Mode mode = Mode::Equal;
  if (value.starts_with('!')) mode = Mode::NotEqual;
  else if (value.starts_with('<')) mode = Mode::Less;
  else if (value.starts_with('>')) mode = Mode::Greater;
  if (mode != Mode::Equal) value = trimRuleText(value.substr(1));
  struct Name {
    std::string_view name;
    uint8_t number;
  };
  static constexpr std::array kNames{Name{"ip", 0},   Name{"icmp", 1},       Name{"igmp", 2},  Name{"tcp", 6},
                                     Name{"udp", 17}, Name{"ipv6", 41},      Name{"gre", 47},  Name{"esp", 50},
                                     Name{"ah", 51},  Name{"ipv6-icmp", 58}, Name{"sctp", 132}};
  std::string lower(value);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Name& n : kNames)
    if (lower == n.name) return RuleBsize{mode, n.number, 0};
  auto n = parseRuleInteger("ip_proto", value, 0, 255);
  if (!n) return fail("ip_proto", std::string("unknown protocol '").append(value).append("'"));
  return RuleBsize{mode, static_cast<uint64_t>(*n), 0};
}

Result<uint8_t> ipOption(std::string_view value) {
  struct Name {
    std::string_view name;
    uint8_t type;
  };
  static constexpr std::array kOptions{Name{"eol", 0},     Name{"nop", 1},    Name{"rr", 7},     Name{"ts", 68},
                                       Name{"sec", 130},   Name{"esec", 133}, Name{"lsrr", 131}, Name{"ssrr", 137},
                                       Name{"satid", 136}, Name{"any", 0xff}};
  for (const Name& n : kOptions)
    if (value == n.name) return n.type;
  return fail("ipopts", std::string("unknown option '").append(value).append("'"));
}

// Modifier characters may stand before or after the letters ("+S", "S+").
bool takeModifier(char c, RulePacketTest& t) {
  if (c == '+') t.bit_mode = RulePacketTest::BitMode::Plus;
  else if (c == '*') t.bit_mode = RulePacketTest::BitMode::Any;
  else if (c == '!') t.bit_mode = RulePacketTest::BitMode::Not;
  else return false;
  return true;
}

int tcpFlagBit(char c) {
  switch (std::toupper(static_cast<unsigned char>(c))) {
    case 'F': return 0x01;
    case 'S': return 0x02;
    case 'R': return 0x04;
    case 'P': return 0x08;
    case 'A': return 0x10;
    case 'U': return 0x20;
    case 'E':
    case '2': return 0x40;  // ECE ("2" is Snort's old name for it)
    case 'C':
    case '1': return 0x80;  // CWR
    default: return -1;
  }
}

Result<RulePacketTest> tcpFlags(std::string_view value, RulePacketTest t) {
  const size_t comma = value.find(',');
  const std::string_view spec = trimRuleText(value.substr(0, comma));
  bool zero = false;
  for (char c : spec) {
    if (c == ' ' || takeModifier(c, t)) continue;
    if (c == '0') {
      zero = true;
      continue;
    }
    const int bit = tcpFlagBit(c);
    if (bit < 0) return fail("flags", std::string("unknown flag '") + c + "'");
    t.bits |= static_cast<uint16_t>(bit);
  }
  if (zero && t.bits != 0) return fail("flags", "0 (no flags) cannot be combined with flags");
  if (!zero && t.bits == 0) return fail("flags", "needs at least one flag");
  t.considered = 0xff;
  if (comma != std::string_view::npos) {
    for (char c : trimRuleText(value.substr(comma + 1))) {
      if (c == ' ') continue;
      const int bit = tcpFlagBit(c);
      if (bit < 0) return fail("flags", std::string("unknown flag '") + c + "' in the mask");
      t.considered = static_cast<uint16_t>(t.considered & ~bit);
    }
  }
  return t;
}

Result<RulePacketTest> fragBits(std::string_view value, RulePacketTest t) {
  for (char c : value) {
    if (c == ' ' || takeModifier(c, t)) continue;
    switch (std::toupper(static_cast<unsigned char>(c))) {
      case 'M': t.bits |= 0x2000; break;
      case 'D': t.bits |= 0x4000; break;
      case 'R': t.bits |= 0x8000; break;
      default: return fail("fragbits", std::string("unknown bit '") + c + "'");
    }
  }
  if (t.bits == 0) return fail("fragbits", "needs M, D or R");
  // Fragments reach detection only once reassembled (the datagram has no MF
  // bit): a rule needing MF set would silently never match.
  const bool needs_mf = (t.bits & 0x2000) != 0 && t.bit_mode != RulePacketTest::BitMode::Not;
  if (needs_mf) return fail("fragbits", "M: IP fragments are inspected only after reassembly");
  t.considered = 0xe000;
  return t;
}

}  // namespace

bool isRulePacketKeyword(std::string_view keyword) {
  for (const KeywordName& k : kKeywords)
    if (k.name == keyword) return true;
  return false;
}

Result<RulePacketTest> parseRulePacketTest(std::string_view keyword, std::string_view raw) {
  RulePacketTest t;
  const KeywordName* found = nullptr;
  for (const KeywordName& k : kKeywords)
    if (k.name == keyword) found = &k;
  if (found == nullptr) return fail(keyword, "not a packet keyword");
  t.key = found->key;
  const std::string_view value = unquote(raw);
  Result<RuleBsize> c = RuleBsize{};
  switch (t.key) {
    case Key::SameIp:
      if (!value.empty()) return fail(keyword, "takes no value");
      return t;
    case Key::Flags: return tcpFlags(value, t);
    case Key::Fragbits: return fragBits(value, t);
    case Key::Ipopts: {
      auto option = ipOption(value);
      if (!option) return option.error();
      t.option = *option;
      return t;
    }
    case Key::Dsize: c = compare(keyword, value, 65535); break;
    case Key::Ttl:
    case Key::Itype:
    case Key::Icode: c = compare(keyword, value, 255); break;
    case Key::TcpMss: c = compare(keyword, value, 65535); break;
    case Key::Tos: c = equality(keyword, value, 255, true); break;
    case Key::IpId:
    case Key::Window:
    case Key::IcmpId:
    case Key::IcmpSeq: c = equality(keyword, value, 65535, false); break;
    case Key::Seq:
    case Key::Ack: c = equality(keyword, value, 0xffffffffu, false); break;
    case Key::IpProto: c = protocolNumber(value); break;
  }
  if (!c) return c.error();
  t.compare = *c;
  return t;
}

}  // namespace tapwatch

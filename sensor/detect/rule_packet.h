#pragma once
// Suricata's packet keywords: tests on the decoded headers of one packet
// (IP, TCP, ICMP) rather than on a buffer. Parsed here on the main thread
// into plain values; evaluated on the worker thread by the engine, which has
// the decoded packet (engine/rule_packet_match), without allocation.
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "detect/rule_program.h"

namespace tapwatch {

struct RulePacketTest {
  enum class Key : uint8_t {
    Dsize,     // payload length of the packet
    Ttl,       // IPv4 TTL, IPv6 hop limit
    Tos,       // IPv4 TOS byte, IPv6 traffic class
    IpId,      // IPv4 identification (IPv6 packets never match)
    IpProto,   // the packet's upper-layer protocol number
    Ipopts,    // an IPv4 option is present (`option` below; 0xff = any)
    Fragbits,  // IPv4 MF/DF/reserved bits
    Flags,     // TCP flags
    Seq,
    Ack,
    Window,
    TcpMss,  // the MSS option's value (packets without it never match)
    Itype,
    Icode,
    IcmpId,  // echo/timestamp/info/address-mask messages only
    IcmpSeq,
    SameIp,  // source address equals destination address
  };
  Key key = Key::Dsize;
  RuleBsize compare;  // the number tests (everything but Ipopts, Fragbits, Flags, SameIp)
  // Flags and Fragbits: Suricata's modifiers over a bit set.
  enum class BitMode : uint8_t { Exact, Plus, Any, Not };
  BitMode bit_mode = BitMode::Exact;
  uint16_t bits = 0;
  uint16_t considered = 0xffff;  // flags' mask: only these bits take part (",CE" removes C and E)
  uint8_t option = 0;            // Ipopts: the option type, 0xff = any
  bool negated = false;          // SameIp: `!sameip` is not a Suricata form; kept false
};

// Which keywords are packet keywords (others go to the payload program or are refused).
bool isRulePacketKeyword(std::string_view keyword);

// One packet keyword's value. Errors name the keyword and the unsupported
// form, e.g. fragbits asking for the more-fragments bit (fragments are
// inspected only once reassembled here).
Result<RulePacketTest> parseRulePacketTest(std::string_view keyword, std::string_view value);

}  // namespace tapwatch

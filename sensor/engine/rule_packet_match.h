#pragma once
// Evaluates a Suricata rule's packet keywords (detect/rule_packet.h) on one
// decoded packet: reads the IP/TCP/ICMP headers the decoder left pointers to.
// Worker thread; no allocation, no state.
#include <vector>

#include "decode/decoded_packet.h"
#include "detect/rule_packet.h"

namespace tapwatch {

bool packetTestHolds(const RulePacketTest& test, const DecodedPacket& packet);
bool packetTestsHold(const std::vector<RulePacketTest>& tests, const DecodedPacket& packet);

}  // namespace tapwatch

#pragma once
// peekFlowHash: the FlowTable hash (hashFlowKey of makeFlowKey) of a raw
// frame, read straight from its headers without decoding it. The worker uses
// it a few packets ahead to prefetch the flow-table slot and the flow, whose
// cache misses dominate small-packet traffic with many live flows.
//
// A hint only: it reads no state, counts nothing and handles only the common
// shapes (Ethernet with up to kMaxVlanTags VLAN tags, raw IP, SLL/SLL2;
// unfragmented IPv4, IPv6 without extension headers; TCP or UDP). Anything
// else returns false and the packet is simply not prefetched. For shapes it
// accepts it matches the decoder's key (tests/flow/flow_key_peek_test.cc).
// Any thread; pure.
#include <cstdint>

namespace tapwatch {

bool peekFlowHash(int datalink, const uint8_t* data, uint32_t caplen, uint32_t& hash);

}  // namespace tapwatch

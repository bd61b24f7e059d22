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

#include "decode/decoded_packet.h"

namespace tapwatch {

bool peekFlowHash(int datalink, const uint8_t* data, uint32_t caplen, uint32_t& hash);
// The same, and whether the packet may carry payload: false only for a TCP
// segment whose IP length leaves no byte after the TCP header (pure ACK,
// bare SYN/FIN/RST). Such a packet never reaches the flow's payload scan
// (reassembly delivers data on the segment that carries it), so the
// look-ahead prefetches nothing of its inspection state.
bool peekFlowHash(int datalink, const uint8_t* data, uint32_t caplen, uint32_t& hash, bool& payload);

// Whether a hash peekFlowHash() accepted for a frame is the flow table's hash
// of what the decoder made of that frame: true unless the decoder went past
// the headers the peek read (a tunnel it opened, e.g. VXLAN on UDP, whose
// inner packet keys the flow; a datagram reassembled from fragments). The
// flow table then uses the peeked hash instead of hashing the key again.
inline bool peekedHashApplies(const DecodedPacket& packet) {
  return packet.tunnel_layers == 0 && !packet.from_fragments;
}

}  // namespace tapwatch

// Worker: the look-ahead queue that prefetches a packet's flow state while
// the packets before it are handled (see worker.h, AheadPacket).
//
// Each step reads only what the step before pulled in, and re-derives every
// pointer from the flow record (whose memory lives as long as the flow
// table), because a packet handled in between may close the flow and free
// its inspection state. The hints read; they never write or count.
#include "engine/worker.h"
#include "flow/flow_key_peek.h"

namespace tapwatch {

void Worker::queuePacket(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                         Timestamp floor) {
  if (ahead_count_ == kAheadDepth) {
    const AheadPacket& oldest = ahead_[ahead_first_];
    ahead_first_ = (ahead_first_ + 1) % kAheadDepth;
    --ahead_count_;
    handleQueued(oldest);
  }
  AheadPacket& p = ahead_[(ahead_first_ + ahead_count_) % kAheadDepth];
  ++ahead_count_;
  p.data = data;
  p.ts = ts;
  p.caplen = caplen;
  p.wire_length = wire_length;
  p.datalink = datalink;
  p.floor = floor;
  p.flow = nullptr;
  p.hashed = peekFlowHash(datalink, data, caplen, p.hash, p.payload);
  // Every queued packet moves one step on: the newest gets step 0.
  for (size_t distance = 0; distance < ahead_count_; ++distance)
    prefetchStep(ahead_[(ahead_first_ + ahead_count_ - 1 - distance) % kAheadDepth], distance);
}

void Worker::prefetchStep(AheadPacket& p, size_t distance) {
  if (!p.hashed) return;
  if (distance == 0) {
    flows_.prefetchSlot(p.hash);
    return;
  }
  if (distance == 1) {
    p.flow = flows_.prefetchFlow(p.hash);
    return;
  }
  if (p.flow == nullptr) return;
  const Flow& flow = *p.flow;
  if (distance == 2) {
    flows_.prefetchNeighbours(flow);
    if (p.payload && flow.context) __builtin_prefetch(flow.context.get());
    return;
  }
  // A pure ACK touches the flow record and its neighbours only (a quarter of
  // the packets of the small-packet capture): its inspection state and
  // Hyperscan streams stay where they are.
  if (!p.payload || !flow.in_use || !flow.context) return;
  const auto& state = static_cast<const FlowInspection&>(*flow.context);
  if (!state.payload_scan) return;
  if (distance == 3) __builtin_prefetch(state.payload_scan.get());
  else if (distance == 4) state.payload_scan->prefetchSlots();
  else if (distance == 5) state.payload_scan->prefetchStreams();
}

void Worker::flushAhead() {
  while (ahead_count_ != 0) {
    const AheadPacket& oldest = ahead_[ahead_first_];
    ahead_first_ = (ahead_first_ + 1) % kAheadDepth;
    --ahead_count_;
    handleQueued(oldest);
  }
  ahead_first_ = 0;
}

// The clock moves in packet order: a packet another worker handled before
// this one (file fanout) counts once this one's turn comes.
void Worker::handleQueued(const AheadPacket& p) {
  if (now_ < p.floor) now_ = p.floor;
  handlePacket(p.datalink, p.ts, p.data, p.caplen, p.wire_length, p.hashed ? p.hash : FlowTable::kNoPeekedHash);
}

}  // namespace tapwatch

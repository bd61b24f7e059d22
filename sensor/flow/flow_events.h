#pragma once
// FlowEvents: what the flow table tells the engine. Implemented by the
// engine's Worker; called synchronously on the worker thread from inside
// FlowTable::process()/expire()/closeAll(). Implementations must not call
// back into the FlowTable.
#include <cstdint>

#include "common/bytes.h"
#include "common/direction.h"
#include "decode/decoded_packet.h"
#include "flow/flow.h"

namespace tapwatch {

class FlowEvents {
 public:
  virtual ~FlowEvents() = default;

  // A new flow, before any of its data. The place to set flow.context.
  virtual void onFlowOpen(Flow& flow) = 0;

  // In-order TCP bytes of one direction (each byte once), or one whole UDP
  // datagram payload. `data` is valid only during the call. `packet` is the
  // packet that caused the delivery; its src/dst always match `dir`, but it
  // may be synthetic (payload empty) when the bytes come from the
  // out-of-order buffer on an ACK or at close: use its ts, not its payload.
  virtual void onStreamData(Flow& flow, Direction dir, ByteSpan data, const DecodedPacket& packet) = 0;

  // `missing_bytes` of this direction were never seen (capture loss); the
  // next onStreamData() for this direction continues after the hole.
  virtual void onStreamGap(Flow& flow, Direction dir, uint64_t missing_bytes) = 0;

  // Every packet of the flow, after its data (if any) was delivered: for
  // per-packet inspection (rules on packet headers). Default: nothing.
  virtual void onPacket(Flow& flow, Direction dir, const DecodedPacket& packet) {
    (void)flow;
    (void)dir;
    (void)packet;
  }

  // The flow ends; its buffered data has been flushed. Called once, before
  // the flow (and its context) is destroyed.
  virtual void onFlowClose(Flow& flow, FlowEndReason reason) = 0;
};

}  // namespace tapwatch

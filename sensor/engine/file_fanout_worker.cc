// Worker: the file-fanout entry points (see worker.h, handleShare/passOver).
//
// One worker that handles every packet ticks (flow and fragment timeouts)
// at the first packet of each new second of capture time, and stamps events
// with the latest packet time seen. A fanout worker sees every packet too,
// only handles fewer: it keeps the same input clock over all of them, hands
// it to each of its own packets as a floor (applied in packet order, after
// the look-ahead queue), and ticks itself when another worker's packet
// starts a new second, after handling its own queued packets that came first.
#include "engine/worker.h"

namespace tapwatch {

void Worker::handleShare(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                         bool stable) {
  const Timestamp floor = input_clock_;
  if (input_clock_ < ts) input_clock_ = ts;
  handleInline(datalink, ts, data, caplen, wire_length, stable, floor);
}

void Worker::advanceInputClock(Timestamp ts) {
  const bool new_second = ts.sec > input_clock_.sec;
  input_clock_ = ts;
  // Within a second only timestamps move: the next own packet takes them as its floor.
  if (!new_second) return;
  flushAhead();  // the packets before this one, handled with the clock they had
  if (now_ < ts) now_ = ts;
  if (now_.sec > last_tick_.sec) tick(now_);
}

}  // namespace tapwatch

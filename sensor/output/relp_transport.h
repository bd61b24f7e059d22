#pragma once
// relp transport (librelp): the no-loss transport. The receiver acknowledges
// each message after taking it; librelp keeps unacknowledged frames and
// re-sends them itself when it reconnects (relpCltReconnect), so after a
// break the forwarder re-sends only what librelp never accepted.
//
// librelp's client calls block (connect, window waits, close handshake), so
// they run on a thread owned by this transport; results are posted back to
// the output thread's io_context.
//
// Confirmation: librelp has no per-message ack callback, but it never has
// more than `window` frames unacknowledged, so after N accepted messages at
// least N - window are acknowledged. At finish() the session is closed
// politely; the receiver answers "close" only after all earlier frames, so a
// close without a librelp error confirms everything. If the receiver is down
// at stop, the last `window` messages are kept (spooled) and may arrive twice.
#include "output/syslog_transport.h"

namespace tapwatch {

inline constexpr int kRelpWindow = 128;

SyslogTransportPtr makeRelpTransport(boost::asio::io_context& io, TransportTarget target);

}  // namespace tapwatch

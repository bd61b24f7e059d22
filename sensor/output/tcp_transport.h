#pragma once
// tcp (RFC 6587) and tls (RFC 5425) syslog transports over Boost.Asio, and udp
// (RFC 5426). Output thread only (see syslog_transport.h).
//
// What "confirmed" means here: TCP cannot say what the receiving *program*
// got. We track what the receiver's *kernel* acknowledged: bytes written minus
// the socket's unacknowledged send queue (SIOCOUTQ). When a connection breaks,
// messages not yet acknowledged that way are re-sent on the next connection
// (at-least-once: a message can arrive twice if only the ACK was lost). What
// is lost: messages the receiver's kernel acknowledged but the receiver
// process never read (it crashed with data in its socket buffer) — only RELP,
// with application-level acknowledgements, closes that gap.
#include <boost/asio/ssl/context.hpp>
#include <memory>

#include "output/syslog_transport.h"

namespace tapwatch {

// tls_context null = plain tcp.
SyslogTransportPtr makeTcpTransport(boost::asio::io_context& io, TransportTarget target, SyslogFraming framing,
                                    std::shared_ptr<boost::asio::ssl::context> tls_context);
SyslogTransportPtr makeUdpTransport(boost::asio::io_context& io, TransportTarget target);

}  // namespace tapwatch

#pragma once
// SyslogTransport: one way of getting syslog messages to the receiver (udp,
// tcp, tls, relp). The forwarder owns delivery policy (queue, spool, order,
// backoff); a transport only connects, sends batches, and says how many of
// the messages sent since connect() the receiver surely has.
//
// Output thread only: every method is called, and every callback runs, on the
// forwarder's io_context thread (relp does its blocking work on a thread of
// its own and posts results back).
#include <boost/asio/io_context.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "output/syslog_framing.h"

namespace tapwatch {

struct SyslogOutputConfig;

class SyslogTransport {
 public:
  // Empty string = success, else a description of the failure.
  using Done = std::function<void(const std::string& error)>;

  virtual ~SyslogTransport() = default;

  // Connects; on_broken fires (at most once per connect) when the connection
  // is lost while idle, e.g. the receiver closed it.
  virtual void connect(Done done, Done on_broken) = 0;
  // Sends messages (unframed); done once all were handed to the kernel/library.
  virtual void send(std::vector<std::string> batch, Done done) = 0;
  // Lower bound on the number of messages, counted from connect(), that the
  // receiver has (tcp/tls: acknowledged at TCP level; relp: acknowledged by
  // RELP; udp: all that were sent).
  virtual uint64_t confirmed() = 0;
  // relp: after a break the transport itself re-sends its unacknowledged
  // messages on reconnect, so the forwarder must not re-send them.
  virtual bool redeliversUnconfirmed() const { return false; }
  // Orderly end before stop: relp closes the session and waits for its
  // acknowledgements; done(error) says whether everything sent is confirmed.
  virtual void finish(Done done) = 0;
  // Drops the connection now (no waiting).
  virtual void close() = 0;
};

using SyslogTransportPtr = std::unique_ptr<SyslogTransport>;

struct TransportTarget {
  std::string host;
  uint16_t port = 0;
};

// "host:port", "[v6]:port"; an error names what is wrong.
Result<TransportTarget> parseTransportTarget(const std::string& text);

// Builds the transport the config names; errors for unknown transport/framing
// or unreadable TLS files.
Result<SyslogTransportPtr> makeSyslogTransport(boost::asio::io_context& io, const SyslogOutputConfig& config);

}  // namespace tapwatch

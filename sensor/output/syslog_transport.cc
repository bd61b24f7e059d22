#include "output/syslog_transport.h"

#include <boost/asio/ssl/context.hpp>
#include <charconv>

#include "config/config.h"
#include "output/relp_transport.h"
#include "output/tcp_transport.h"

namespace tapwatch {

Result<TransportTarget> parseTransportTarget(const std::string& text) {
  TransportTarget t;
  std::string_view port_text;
  if (!text.empty() && text.front() == '[') {
    const size_t close = text.find(']');
    if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':') {
      return makeError("syslog target '" + text + "': expected [IPv6]:PORT");
    }
    t.host = text.substr(1, close - 1);
    port_text = std::string_view(text).substr(close + 2);
  } else {
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || text.find(':') != colon) {
      return makeError("syslog target '" + text + "': expected HOST:PORT");
    }
    t.host = text.substr(0, colon);
    port_text = std::string_view(text).substr(colon + 1);
  }
  unsigned port = 0;
  const auto [ptr, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (t.host.empty() || ec != std::errc() || ptr != port_text.data() + port_text.size() || port == 0 || port > 65535) {
    return makeError("syslog target '" + text + "': expected HOST:PORT with a port 1..65535");
  }
  t.port = static_cast<uint16_t>(port);
  return t;
}

Result<SyslogTransportPtr> makeSyslogTransport(boost::asio::io_context& io, const SyslogOutputConfig& config) {
  auto target = parseTransportTarget(config.target);
  if (!target) return target.error();
  const auto framing = parseSyslogFraming(config.framing);
  if (!framing)
    return makeError("outputs.syslog.framing: unknown value '" + config.framing + "' (octet-counting | lf)");
  if (config.transport == "udp") return makeUdpTransport(io, *target);
  if (config.transport == "tcp") return makeTcpTransport(io, *target, *framing, nullptr);
  if (config.transport == "relp") return makeRelpTransport(io, *target);
  if (config.transport != "tls") {
    return makeError("outputs.syslog.transport: unknown value '" + config.transport + "' (udp | tcp | tls | relp)");
  }
  namespace ssl = boost::asio::ssl;
  auto ctx = std::make_shared<ssl::context>(ssl::context::tls_client);
  boost::system::error_code ec;
  ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                       ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1,
                   ec);
  if (config.tls.ca_file.empty()) {
    ctx->set_default_verify_paths(ec);
  } else {
    ctx->load_verify_file(config.tls.ca_file, ec);
  }
  if (ec) return makeError("outputs.syslog.tls.ca_file '" + config.tls.ca_file + "': " + ec.message());
  if (config.tls.cert_file.empty() != config.tls.key_file.empty()) {
    return makeError("outputs.syslog.tls: cert_file and key_file must be given together");
  }
  if (!config.tls.cert_file.empty()) {
    ctx->use_certificate_chain_file(config.tls.cert_file, ec);
    if (ec) return makeError("outputs.syslog.tls.cert_file '" + config.tls.cert_file + "': " + ec.message());
    ctx->use_private_key_file(config.tls.key_file, ssl::context::pem, ec);
    if (ec) return makeError("outputs.syslog.tls.key_file '" + config.tls.key_file + "': " + ec.message());
  }
  return makeTcpTransport(io, *target, *framing, std::move(ctx));
}

}  // namespace tapwatch

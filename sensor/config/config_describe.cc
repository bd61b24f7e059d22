#include "config/config_describe.h"

#include <sstream>

namespace tapwatch {
namespace {

std::string joinPorts(const std::vector<uint16_t>& ports) {
  if (ports.empty()) return "content detection only";
  std::string out;
  for (uint16_t p : ports) {
    if (!out.empty()) out += ',';
    out += std::to_string(p);
  }
  return out;
}

std::string bytesText(uint64_t bytes) {
  if (bytes == 0) return "unlimited";
  if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

std::string describeConfig(const Config& c) {
  std::ostringstream out;
  out << "config: " << (c.source_file.empty() ? "built-in defaults" : c.source_file) << "\n";
  out << "sensor: " << c.sensor.name << "\n";
  out << "capture: interface " << c.capture.interface << ", " << c.capture.workers
      << (c.capture.workers == 1 ? " worker" : " workers") << ", snaplen " << c.capture.snaplen << ", "
      << (c.capture.promiscuous ? "promiscuous" : "not promiscuous") << ", kernel buffer " << c.capture.buffer_mb
      << " MiB, ring " << c.capture.ring_mb << " MiB/worker, bpf "
      << (c.capture.bpf.empty() ? "none" : "\"" + c.capture.bpf + "\"");
  if (c.capture.fanout > 0) out << ", fanout " << c.capture.fanout << " capture threads";
  if (c.capture.mode == "afpacket")
    out << ", afpacket (workers mode: " << c.capture.afpacket.block_count << " x " << c.capture.afpacket.block_size
        << " B ring per worker, fanout " << c.capture.afpacket.fanout << ")";
  out << "\n";
  out << "flows: max " << c.flow.max_flows << ", timeouts tcp_established " << c.flow.timeouts.tcp_established
      << "s, tcp_syn " << c.flow.timeouts.tcp_syn << "s, tcp_closed " << c.flow.timeouts.tcp_closed << "s, udp "
      << c.flow.timeouts.udp << "s\n";
  out << "stream: depth " << bytesText(c.stream.depth_bytes) << "/direction, out-of-order "
      << bytesText(c.stream.max_out_of_order_bytes) << "/direction, memcap " << c.stream.memcap_mb << " MiB, "
      << (c.stream.midstream ? "midstream pickup on" : "midstream pickup off") << "\n";
  out << "defrag: memcap " << c.defrag.memcap_mb << " MiB, timeout " << c.defrag.timeout_seconds << "s\n";
  out << "decode: vxlan ports " << (c.decode.vxlan_ports.empty() ? "none" : joinPorts(c.decode.vxlan_ports))
      << ", geneve ports " << (c.decode.geneve_ports.empty() ? "none" : joinPorts(c.decode.geneve_ports)) << "\n";
  out << "protocols: http " << joinPorts(c.protocols.http.ports) << "; smtp " << joinPorts(c.protocols.smtp.ports)
      << "; dns " << joinPorts(c.protocols.dns.ports) << "; tls " << joinPorts(c.protocols.tls.ports) << "; quic "
      << joinPorts(c.protocols.quic.ports) << "\n";
  out << "signatures: ";
  for (size_t i = 0; i < c.signatures.paths.size(); ++i) out << (i ? ", " : "") << c.signatures.paths[i];
  out << (c.signatures.watch ? " (reloaded on change)" : " (reloaded on SIGHUP only)") << "\n";
  out << "suppression: " << c.signatures.suppress.size() << (c.signatures.suppress.size() == 1 ? " rule" : " rules")
      << (c.signatures.suppress_file.empty() ? std::string() : " + file " + c.signatures.suppress_file) << "\n";
  out << "signature cache: " << (c.signatures.cache_dir.empty() ? std::string("off") : c.signatures.cache_dir) << "\n";
  out << "alerts: excerpt " << c.alerts.excerpt_bytes << " bytes" << (c.alerts.redact ? ", redacted" : "") << "\n";

  const auto& o = c.outputs;
  out << "eve: " << (o.eve.enabled ? (o.eve.path == "-" ? std::string("stdout") : o.eve.path) : "off") << "\n";
  out << "syslog: ";
  if (o.syslog.enabled) {
    out << o.syslog.transport << "://" << o.syslog.target << ", " << o.syslog.format << ", body " << o.syslog.body
        << ", facility " << o.syslog.facility;
    if (o.syslog.transport == "tcp" || o.syslog.transport == "tls") out << ", framing " << o.syslog.framing;
    out << ", queue " << o.syslog.queue_max << ", spool " << o.syslog.spool_dir << " (max " << o.syslog.spool_max_mb
        << " MiB)";
    if (o.syslog.transport == "tls" && !o.syslog.tls.cert_file.empty()) out << ", client certificate";
  } else {
    out << "off";
  }
  out << "\n";
  if (o.redis.enabled) {
    out << "redis: " << o.redis.mode << " " << o.redis.key << " on " << o.redis.server << ":" << o.redis.port
        << ", batch " << o.redis.batch << ", queue " << o.redis.queue_max << ", spool "
        << (o.redis.spool_dir.empty() ? std::string("off")
                                      : o.redis.spool_dir + " (max " + std::to_string(o.redis.spool_max_mb) + " MB)");
    if (o.redis.db != 0) out << ", db " << o.redis.db;
    if (!o.redis.password.empty())
      out << (o.redis.username.empty() ? std::string(", AUTH") : ", AUTH as " + o.redis.username);
    if (o.redis.mode == "stream" && o.redis.stream_maxlen != 0) out << ", MAXLEN ~" << o.redis.stream_maxlen;
    out << "\n";
  }
  out << "prometheus: ";
  if (o.prometheus.enabled) {
    out << (o.prometheus.tls.cert_file.empty() ? "http://" : "https://") << o.prometheus.listen << "/metrics"
        << (o.prometheus.basic_auth_user.empty() ? " (no authentication)" : " (basic auth)");
  } else {
    out << "off";
  }
  out << "\n";
  if (!o.eve.enabled && !o.syslog.enabled && !o.redis.enabled)
    out << "warning: no alert output is enabled (eve and syslog are off)\n";
  out << "privileges: "
      << (c.privileges.user.empty() && c.privileges.group.empty()
              ? std::string("keep the starting user")
              : "drop to user " + (c.privileges.user.empty() ? std::string("(unchanged)") : c.privileges.user) +
                    ", group " + (c.privileges.group.empty() ? std::string("(unchanged)") : c.privileges.group))
      << "\n";
  out << "logging: " << c.logging.level << "\n";
  return out.str();
}

}  // namespace tapwatch

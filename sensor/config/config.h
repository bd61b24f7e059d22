#pragma once
// The configuration model (DESIGN.md §3a). Every field's initialiser is the
// built-in default and must match the commented config/tapwatch.yaml.
// Immutable once loaded; shared as shared_ptr<const Config>.
#include <cstdint>
#include <string>
#include <vector>

namespace tapwatch {

struct SensorConfig {
  std::string name = "tap-01";
};

struct CaptureConfig {
  std::string interface = "eth0";
  std::string bpf;
  uint32_t snaplen = 65535;
  bool promiscuous = true;
  uint32_t buffer_mb = 64;
  uint32_t workers = 2;
  uint32_t ring_mb = 16;       // packet bytes buffered per worker between capture and worker
  uint32_t fanout = 0;         // >0: that many capture threads in one AF_PACKET fanout group
};

struct FlowTimeouts {
  uint32_t tcp_established = 3600;
  uint32_t tcp_closed = 30;
  uint32_t tcp_syn = 60;
  uint32_t udp = 60;
};

struct FlowConfig {
  uint32_t max_flows = 1000000;
  FlowTimeouts timeouts;
};

struct StreamConfig {
  uint64_t depth_bytes = 1048576;  // per direction; 0 = unlimited
  uint32_t max_out_of_order_bytes = 262144;
  uint32_t memcap_mb = 1024;
  bool midstream = true;
};

struct DefragConfig {
  uint32_t memcap_mb = 64;
  uint32_t timeout_seconds = 30;
};

struct ProtocolPorts {
  std::vector<uint16_t> ports;
};

struct ProtocolsConfig {
  ProtocolPorts http{{80, 8080}};
  ProtocolPorts smtp{{25, 587, 2525}};
  ProtocolPorts dns{{53}};
  ProtocolPorts tls{{443}};
};

struct SignaturesConfig {
  std::vector<std::string> paths{"/etc/tapwatch/signatures"};
  bool watch = true;
};

struct AlertsConfig {
  uint32_t excerpt_bytes = 96;
  bool redact = false;
};

struct EveOutputConfig {
  bool enabled = true;
  std::string path = "/var/log/tapwatch/eve.json";
};

struct SyslogTlsConfig {
  std::string ca_file;
  std::string cert_file;
  std::string key_file;
};

struct SyslogOutputConfig {
  bool enabled = false;
  std::string target = "127.0.0.1:6514";
  std::string transport = "tcp";  // udp | tcp | tls | relp
  std::string framing = "octet-counting";  // octet-counting | lf (tcp and tls)
  std::string format = "rfc5424";  // rfc5424 | rfc3164
  std::string body = "json";       // json | cef
  std::string facility = "local4";
  uint32_t queue_max = 100000;
  std::string spool_dir = "/var/lib/tapwatch/spool";
  uint32_t spool_max_mb = 512;
  SyslogTlsConfig tls;
};

struct PrometheusOutputConfig {
  bool enabled = true;
  std::string listen = "0.0.0.0:9917";
  std::string basic_auth_user;      // empty = no authentication
  std::string basic_auth_password;
};

struct OutputsConfig {
  EveOutputConfig eve;
  SyslogOutputConfig syslog;
  PrometheusOutputConfig prometheus;
};

struct PrivilegesConfig {
  std::string user;
  std::string group;
};

struct LoggingConfig {
  std::string level = "info";  // debug | info | warning | error
};

struct Config {
  SensorConfig sensor;
  CaptureConfig capture;
  FlowConfig flow;
  StreamConfig stream;
  DefragConfig defrag;
  ProtocolsConfig protocols;
  SignaturesConfig signatures;
  AlertsConfig alerts;
  OutputsConfig outputs;
  PrivilegesConfig privileges;
  LoggingConfig logging;

  std::string source_file;  // the file this was loaded from; empty = built-in defaults
};

}  // namespace tapwatch
